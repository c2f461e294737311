import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, coaches, conversations, handovers, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';

if (browserMissing) console.warn(browserMissing);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'mohamed-demo-wachtwoord';

/**
 * A coach taps the link of a notice that their young person wrote (`/dashboard/notices/cases/<id>`),
 * signs in, lands on that case, and logs a call with "Ik heb gebeld": the call is in the history and
 * the handover is settled, so its reminder stops. On a phone (390 px) and without axe findings.
 */
describe.skipIf(Boolean(browserMissing))('a notice link to a case and "Ik heb gebeld" in Chromium', () => {
  let t: TestStack;
  let browser: Browser;
  let caseId: string;
  let handoverId: string;

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    const { db } = t.stack.database;
    const [mohamed] = await db.select().from(coaches).where(eq(coaches.firstName, 'Mohamed'));
    const created = await fetch(`${t.baseUrl}/api/staff-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'mohamed.elamrani@example.nl', name: 'Mohamed El Amrani', role: 'coach', coachId: mohamed!.id, password: PASSWORD }),
    });
    expect(created.status).toBe(201);
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt('whatsapp:+31612348888') })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 20, municipality: 'amstelveen', locale: 'nl' }).returning();
    const [row] = await db
      .insert(cases)
      .values({ youthId: youth!.id, sourceEventId: 910001, status: 'open', route: 'werk', step: 'intake', wants: 'werk', coachId: mohamed!.id, intensity: 'licht' })
      .returning();
    caseId = row!.id;
    const [handover] = await db
      .insert(handovers)
      .values({ caseId, coachId: mohamed!.id, summaryEnc: t.stack.protector.encrypt('Jongere (20) zoekt werk.'), dueAt: new Date(Date.now() + 86_400_000) })
      .returning();
    handoverId = handover!.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const scan = async (p: Page, name: string) => {
    await p.evaluate(axeSource);
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), name).toEqual([]);
  };

  it('opens the case from the notice after sign-in, and a logged call settles the handover', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/dashboard/notices/cases/${caseId}`);
    await expect.poll(() => page.url()).toMatch(/\/dashboard\/sign-in$/);
    await page.getByLabel('E-mailadres').fill('mohamed.elamrani@example.nl');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/dashboard/cases/${caseId}$`));
    // The remembered way is used once: it does not send a later sign-in here.
    expect((await context.cookies()).find((c) => c.name === 'jl_next')).toBeUndefined();
    // Signed in, the next notice's link opens the case at once.
    await page.goto(`${t.baseUrl}/dashboard/notices/cases/${caseId}`);
    await expect.poll(() => page.url()).toMatch(new RegExp(`/dashboard/cases/${caseId}$`));

    await page.getByLabel('Wat hebben jullie afgesproken? (niet verplicht)').fill('Gebeld, afspraak volgende week');
    await scan(page, 'case page with the call form');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Gesprek vastgelegd');
    const history = page.locator('section[aria-labelledby="s-history"] .history');
    await expect.poll(() => history.first().textContent()).toContain('Contact gelegd buiten de chat — Gebeld, afspraak volgende week');
    expect(await history.first().textContent()).toContain('Overdracht afgerond: er is contact met de jongere');
    expect(await history.first().textContent()).not.toContain('Overdracht afgesloten: Overdracht afgerond');
    await page.screenshot({ path: '/tmp/wt-notices-case-call.png', fullPage: true });

    const [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
    expect(handover?.status).toBe('acknowledged');
    const run = await t.stack.worker!.checkDeadlines(new Date(Date.now() + 10 * 86_400_000));
    expect(run.reminded).not.toContain(handoverId);
    await context.close();
  });
});
