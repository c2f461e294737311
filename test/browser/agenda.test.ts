import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments, cases, coaches, conversations, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { eventually, startTestStack, type TestStack } from '../support/stack';
import { expectNoSeriousAxeFindings } from '../support/axe';

if (browserMissing) console.warn(browserMissing);

const PASSWORD = 'sanne-agenda-wachtwoord';

/**
 * A coach's agenda on a phone (390 px) and a desktop (1280 px): open it, change the weekly hours,
 * then book for a young person from the case page and confirm. Nothing scrolls sideways, and every
 * page passes axe-core without serious or critical violations.
 */
describe.skipIf(Boolean(browserMissing))('agenda and booking in Chromium', () => {
  let t: TestStack;
  let browser: Browser;
  let sanneId: string;
  const problems: string[] = [];

  /** axe-core in the page (evaluated over the DevTools protocol, which the page's CSP does not block). */
  const scan = (p: Page, name: string) => expectNoSeriousAxeFindings(p, name);
  const noSidewaysScroll = async (p: Page, width: number) => expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  /** A young person of Sanne on WhatsApp, who wrote just now. */
  async function youngPerson(phone: string, sourceEventId: number): Promise<string> {
    const { db } = t.stack.database;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt(`whatsapp:${phone}`), lastInboundAt: new Date() })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 18, municipality: 'amstelveen', locale: 'nl' }).returning();
    const [created] = await db.insert(cases).values({ youthId: youth!.id, sourceEventId, status: 'open', route: 'werk', step: 'intake', wants: 'werk', coachId: sanneId }).returning();
    return created!.id;
  }

  beforeAll(async () => {
    t = await startTestStack();
    const [sanne] = await t.stack.database.db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    sanneId = sanne!.id;
    const created = await fetch(`${t.baseUrl}/api/staff-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanneId, password: PASSWORD }),
    });
    expect(created.status).toBe(201);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const [width, height, phone, sourceEventId, tuesdayEnd] of [
    [390, 844, '+31612377801', 920001, '15:00'],
    [1280, 900, '+31612377802', 920002, '14:15'],
  ] as const) {
    it(`at ${width} px: opens the agenda, changes the hours and books for a young person`, async () => {
      const caseId = await youngPerson(phone, sourceEventId);
      const context = await browser.newContext({ viewport: { width, height }, ...(width < 600 ? { isMobile: true, hasTouch: true } : {}) });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${t.baseUrl}/dashboard`);
      await page.getByLabel('E-mailadres').fill('sanne.devries@example.nl');
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await expect.poll(() => page.url()).toMatch(/\/dashboard\/inbox$/);

      await page.getByRole('link', { name: 'Mijn agenda' }).click();
      await expect.poll(() => page.url()).toMatch(/\/dashboard\/agenda$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn agenda');
      // The demo's hours are there from the first start, and so are free times.
      expect(await page.getByLabel('Dinsdag, Blok 2: tot').inputValue()).toMatch(/^(16:30|15:00)$/);
      expect(await page.locator('.free-times li').count()).toBe(5);
      await scan(page, `agenda ${width}`);
      await noSidewaysScroll(page, width);

      await page.getByLabel('Dinsdag, Blok 2: tot').fill(tuesdayEnd);
      await page.getByRole('button', { name: 'Uren opslaan' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Je uren zijn opgeslagen/);
      expect(await page.getByLabel('Dinsdag, Blok 2: tot').inputValue()).toBe(tuesdayEnd);
      const saved = await t.db.sql`select end_minute from coach_weekly_hours where coach_id = ${sanneId} and weekday = 2 order by start_minute`;
      const [h, m] = tuesdayEnd.split(':').map(Number);
      expect(saved.map((r) => r.end_minute)).toEqual([720, h! * 60 + m!]);
      await page.screenshot({ path: `/tmp/wt-agenda-agenda-${width}.png`, fullPage: true });

      await page.goto(`${t.baseUrl}/dashboard/cases/${caseId}`);
      const booking = page.locator('form', { has: page.getByRole('heading', { name: 'Afspraak maken voor de jongere' }) });
      const second = booking.getByRole('radio').nth(1);
      const chosen = await second.getAttribute('value');
      await second.check();
      await booking.getByLabel('Waar of hoe').selectOption('telefoon');
      await noSidewaysScroll(page, width);
      await scan(page, `case ${width}`);
      await booking.getByRole('button', { name: 'Verder' }).click();

      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Afspraak bevestigen');
      expect(await page.locator('.facts').textContent()).toContain('Telefoon');
      await scan(page, `confirm ${width}`);
      await noSidewaysScroll(page, width);
      await page.screenshot({ path: `/tmp/wt-agenda-confirm-${width}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Afspraak maken' }).click();

      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/De afspraak is gemaakt/);
      expect(await page.locator('#s-appointments + .agenda-list').textContent()).toContain('Telefoon · Gepland');
      const rows = await t.stack.database.db.select().from(appointments).where(eq(appointments.caseId, caseId));
      expect(rows.map((r) => [r.startsAt.toISOString(), r.place, r.status])).toEqual([[chosen, 'telefoon', 'booked']]);
      await eventually(() => t.twilio.messages.find((msg) => msg.to === `whatsapp:${phone}` && /Sanne heeft een afspraak met je gemaakt/.test(msg.body ?? '')));
      await scan(page, `case after booking ${width}`);
      await noSidewaysScroll(page, width);
      await page.screenshot({ path: `/tmp/wt-agenda-case-${width}.png`, fullPage: true });
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
