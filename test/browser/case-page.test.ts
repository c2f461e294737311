import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, caseMessages, cases, coaches, conversations, handovers, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';

if (browserMissing) console.warn(browserMissing);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'sanne-demo-wachtwoord';
const long = 'Een heel lang bericht zonder einde '.repeat(12);

/**
 * The case page on a phone (390 px) and a desk (1280 px): the young person's summary and the next
 * action are in the first screen without sideways scrolling, the history is whole, closing asks for
 * confirmation, and axe finds nothing serious or critical.
 */
describe.skipIf(Boolean(browserMissing))('the case page in Chromium', () => {
  let t: TestStack;
  let browser: Browser;
  let caseId: string;

  const scan = async (p: Page, name: string) => {
    await p.evaluate(axeSource);
    const result = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    });
    const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, `${name}: ${JSON.stringify(serious)}`).toEqual([]);
  };

  const signedIn = async (width: number) => {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
    const p = await context.newPage();
    await p.goto(`${t.baseUrl}/dashboard`);
    await p.getByLabel('E-mailadres').fill('sanne.devries@example.nl');
    await p.getByLabel('Wachtwoord').fill(PASSWORD);
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => p.url()).toMatch(/\/dashboard\/inbox/);
    return p;
  };

  /** Whether the element is inside the first screen, fully, and the page does not scroll sideways. */
  const inFirstScreen = (p: Page, selector: string) =>
    p.evaluate((sel) => {
      const box = document.querySelector(sel)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.right <= document.documentElement.clientWidth && document.documentElement.scrollWidth <= window.innerWidth;
    }, selector);

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    const { db } = t.stack.database;
    const [sanne] = await db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const created = await fetch(`${t.baseUrl}/api/staff-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanne!.id, password: PASSWORD }),
    });
    expect(created.status).toBe(201);
    const protector = t.stack.protector;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: protector.encrypt('whatsapp:+31612348888'), lastInboundAt: new Date() })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 22, municipality: 'amstelveen', diploma: 'mbo1', hasStartkwalificatie: false, locale: 'nl' }).returning();
    const [row] = await db
      .insert(cases)
      .values({ youthId: youth!.id, sourceEventId: 910001, status: 'open', route: 'werk', step: 'match', wants: 'werk', coachId: sanne!.id, intensity: 'middelzwaar' })
      .returning();
    caseId = row!.id;
    await db.insert(handovers).values({ caseId, coachId: sanne!.id, summary: 'Jongere van 22 jaar uit Amstelveen. Wil werk vinden. Route: werk.', status: 'acknowledged' });
    await db.insert(caseMessages).values({ caseId, direction: 'from_youth', bodyEnc: protector.encrypt('Ik heb een baan gevonden!') });
    // A long history: every line must stay readable, none cut off.
    await db.insert(caseEvents).values(
      Array.from({ length: 30 }, (_, i) => ({ caseId, type: i % 2 ? 'contact.assigned' : 'case.closed', actor: 'system', data: i % 2 ? {} : { outcome: 'anders', noteEnc: protector.encrypt(long) } })),
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px shows the summary and the next action in the first screen, the whole history, without sideways scrolling`, async () => {
      const p = await signedIn(width);
      await p.goto(`${t.baseUrl}/dashboard/cases/${caseId}`);
      expect(await p.locator('#s-summary').textContent()).toBe('Jongere van 22 jaar uit Amstelveen');
      // The young person wrote last: the next action is to answer.
      const action = p.getByRole('link', { name: 'Reageer: nieuw bericht' });
      expect(await action.count()).toBe(1);
      expect(await inFirstScreen(p, '#s-summary')).toBe(true);
      expect(await inFirstScreen(p, '.next-action .utrecht-button-link')).toBe(true);
      // The history in full: all 30 lines, long notes wrapped inside the page.
      expect(await p.locator('.history li').count()).toBe(30);
      expect(await p.evaluate(() => Array.from(document.querySelectorAll('.history li')).every((li) => li.getBoundingClientRect().right <= document.documentElement.clientWidth))).toBe(true);
      await scan(p, `case ${width}`);
      await p.screenshot({ path: `/tmp/wt-casepage-case-${width}.png` });
      await p.screenshot({ path: `/tmp/wt-casepage-case-${width}-full.png`, fullPage: true });
      await p.locator('section[aria-labelledby="s-messages"]').screenshot({ path: `/tmp/wt-casepage-messages-${width}.png` });
      await p.locator('.history li').first().screenshot({ path: `/tmp/wt-casepage-history-${width}.png` });
      await p.locator('.more-actions').screenshot({ path: `/tmp/wt-casepage-more-${width}.png` });
      await action.click();
      await expect.poll(() => p.evaluate(() => document.activeElement?.id === 'message' || location.hash === '#message')).toBe(true);
      await p.context().close();
    });
  }

  it('asks for a choice and a confirmation before closing, on a phone', async () => {
    const p = await signedIn(390);
    await p.goto(`${t.baseUrl}/dashboard/cases/${caseId}`);
    await p.locator('#do-close summary').click();
    // No outcome chosen: the browser holds the form back (the server refuses it too, see test/case-page.test.ts).
    await p.getByRole('button', { name: 'Sluit casus' }).click();
    expect(p.url()).toBe(`${t.baseUrl}/dashboard/cases/${caseId}`);
    await p.getByLabel('Uitkomst').selectOption('duurzaam_werk');
    await p.getByRole('button', { name: 'Sluit casus' }).click();
    await expect.poll(() => p.locator('h2').first().textContent()).toBe('Weet je het zeker?');
    expect(await p.locator('main').textContent()).toContain('De jongere krijgt nazorg');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await scan(p, 'close confirmation 390');
    await p.screenshot({ path: '/tmp/wt-casepage-confirm-390.png', fullPage: true });
    const [before] = await t.stack.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
    expect(before?.status).toBe('open');
    await p.getByRole('button', { name: 'Ja, sluit de casus' }).click();
    await expect.poll(() => p.getByRole('status').textContent()).toContain('De jongere is nu in nazorg');
    const [after] = await t.stack.database.db.select({ status: cases.status, step: cases.step }).from(cases).where(eq(cases.id, caseId));
    expect(after).toEqual({ status: 'closed', step: 'nazorg' });
    await p.context().close();
  });
});
