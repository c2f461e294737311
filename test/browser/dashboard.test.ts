import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, caseMessages, cases, coaches, conversations, handovers, trustedPersons, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';
import { expectNoSeriousAxeFindings } from '../support/axe';

if (browserMissing) console.warn(browserMissing);

const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
const COACH_PASSWORD = 'sanne-demo-wachtwoord';
const ANALYST_PASSWORD = 'analist-demo-wachtwoord';
const ADMIN_PASSWORD = 'beheer-demo-wachtwoord';

/**
 * A coach signs in, picks up a handover, reads the young person's message (script shown as text),
 * writes back, changes the step and sees an indicator change; an analyst sees indicators only. Every
 * page passes an axe-core scan without serious or critical violations.
 */
describe.skipIf(Boolean(browserMissing))('dashboard in Chromium against the running product', () => {
  let t: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;
  const problems: string[] = [];

  const api = (path: string, body: unknown) =>
    fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** axe-core in the page (evaluated over the DevTools protocol, which the page's CSP does not block). */
  const scan = (p: Page, name: string) => expectNoSeriousAxeFindings(p, name);

  const signIn = async (p: Page, email: string, password: string) => {
    await p.goto(`${t.baseUrl}/dashboard`);
    await p.getByLabel('E-mailadres').fill(email);
    await p.getByLabel('Wachtwoord').fill(password);
    const posted = p.waitForResponse((r) => r.url().includes('/dashboard/sign-in') && r.request().method() === 'POST');
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await posted;
    await p.waitForLoadState();
  };

  beforeAll(async () => {
    // Admins sign in with a password alone here; the second factor has its own tests (staff-second-factor).
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    const { db } = t.stack.database;
    const [sanne] = await db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    expect((await api('/api/staff-accounts', { email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanne!.id, password: COACH_PASSWORD })).status).toBe(201);
    expect((await api('/api/staff-accounts', { email: 'analist@example.nl', name: 'Ali Analist', role: 'analyst', municipality: 'amstelveen', password: ANALYST_PASSWORD })).status).toBe(201);

    // A young person on WhatsApp who wrote two days ago (window closed), with an open urgent handover.
    const protector = t.stack.protector;
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: protector.encrypt('whatsapp:+31612349999'), lastInboundAt: twoDaysAgo })
      .returning();
    const [youth] = await db
      .insert(youths)
      .values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', hasStartkwalificatie: false, diploma: 'vmbo', locale: 'nl' })
      .returning();
    const [created] = await db
      .insert(cases)
      .values({
        youthId: youth!.id,
        sourceEventId: 900001,
        status: 'open',
        route: 'school',
        step: 'intake',
        wants: 'school',
        coachId: sanne!.id,
        intensity: 'middelzwaar',
        // The zelfscan as stored (encrypted): the coach reads it on the case page.
        assessmentEnc: protector.encrypt(
          JSON.stringify({ levels: {}, obstacles: ['geld'], attention: ['wonen'], strengths: ['netwerk'], talkAbout: ['geld', 'wonen'], skipped: [], intensity: 'middelzwaar', multiproblematiek: false }),
        ),
      })
      .returning();
    caseId = created!.id;
    await db.insert(handovers).values({ caseId, coachId: sanne!.id, summary: `Jongere (19) wil terug naar school.\n${evil}`, urgent: true, dueAt: new Date(Date.now() + 86_400_000) });
    await db.insert(caseMessages).values({ caseId, direction: 'from_youth', bodyEnc: protector.encrypt(evil) });
    // Someone who helps, named in the chat (flows/trusted-person-dialog.ts): typed text, so script too.
    await db.insert(trustedPersons).values({
      conversationId: conversation!.id,
      detailsEnc: protector.encrypt(JSON.stringify({ name: `Fatima ${evil}`, relation: 'parent', reach: '0612345678' })),
      mayContact: true,
      sourceEventId: 900002,
    });
    await db.insert(caseEvents).values({ caseId, type: 'nazorg.answered', actor: 'youth', data: { answer: 'better', month: 3 } });

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs a coach in and shows the inbox with the urgent handover and its deadline', async () => {
    await page.goto(`${t.baseUrl}/dashboard`);
    await expect.poll(() => page.url()).toMatch(/\/dashboard\/sign-in$/);
    await scan(page, 'sign-in');
    await page.screenshot({ path: '/tmp/dashboard-sign-in.png' });
    await signIn(page, 'sanne.devries@example.nl', COACH_PASSWORD);
    await expect.poll(() => page.url()).toMatch(/\/dashboard\/inbox$/);
    const row = page.locator('tbody tr').first();
    await expect.poll(() => row.textContent()).toMatch(/Spoed/);
    expect(await row.textContent()).toMatch(/Op tijd/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'jl_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    await scan(page, 'inbox');
    await page.screenshot({ path: '/tmp/dashboard-inbox.png', fullPage: true });
  });

  it('picks up the handover and shows the young person’s script as text', async () => {
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await expect.poll(() => page.url()).toContain(`/dashboard/cases/${caseId}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Overdracht opgepakt/);
    expect(await page.locator('.thread .msg-from_youth .msg-text').textContent()).toBe(evil);
    const helper = page.locator('.facts div', { hasText: 'Iemand die helpt' }).locator('dd');
    expect(await helper.textContent()).toBe(`Fatima ${evil} (ouder of verzorger), 0612345678. Je mag contact opnemen.`);
    await expect.poll(() => page.locator('.history li', { hasText: "Nazorg: de jongere antwoordde 'kan beter'" }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#window-hint').textContent()).toMatch(/24-uursvenster is dicht/);
    const zelfscan = (label: string) => page.locator('.facts div', { hasText: label }).locator('dd').textContent();
    expect(await zelfscan('Wil erover praten met de coach')).toBe('geld en inkomen, wonen');
    expect(await zelfscan('Gaat goed')).toBe('vrienden en familie');
    const [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.caseId, caseId));
    expect(handover?.status).toBe('acknowledged');
    await scan(page, 'case');
  });

  it('writes to the young person: an invitation goes out and the text waits', async () => {
    await page.getByRole('textbox', { name: 'Bericht' }).fill('Hoi! Ik ben Sanne, je coach. Zullen we bellen?');
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Uitnodiging verstuurd/);
    expect(await page.locator('.thread .msg-to_youth .msg-text').last().textContent()).toBe('Hoi! Ik ben Sanne, je coach. Zullen we bellen?');
  });

  it('changes the step and the indicator "in nazorg" follows: exact for the admin, "< 5" for a coach', async () => {
    // A coach sees small counts as "< 5" (cases/indicators/small-counts.ts); the admin sees them exactly.
    const inNazorg = async (): Promise<number> => {
      const answer = (await (await fetch(`${t.baseUrl}/api/indicators`, { headers: { authorization: `Bearer ${t.adminToken}` } })).json()) as {
        rows: { indicator: string; value: number }[];
      };
      return answer.rows.find((row) => row.indicator === 'in_nazorg')!.value;
    };
    const before = await inNazorg();
    await page.goto(`${t.baseUrl}/dashboard/cases/${caseId}`);
    // A rare action, folded below the thread.
    await page.locator('#do-step summary').click();
    await page.getByLabel('Nieuwe stap').selectOption('nazorg');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Stap gewijzigd/);
    expect(await page.locator('.step-current').textContent()).toMatch(/Nazorg/);
    await page.screenshot({ path: '/tmp/dashboard-case.png', fullPage: true });
    expect(await inNazorg()).toBe(before + 1);
    await page.goto(`${t.baseUrl}/dashboard/indicators`);
    const shown = before + 1 < 5 ? '< 5' : String(before + 1);
    expect(await page.locator('td[data-indicator="in_nazorg"]').textContent()).toBe(shown);
    await scan(page, 'indicators');
    await page.screenshot({ path: '/tmp/dashboard-indicators.png', fullPage: true });
    const csv = await (await context.request.get(`${t.baseUrl}/dashboard/indicators.csv`)).text();
    // Dutch Excel's separator; every line carries the municipality and the period first.
    expect(csv).toMatch(new RegExp(`;in_nazorg;;${shown}\r\n`));
  });

  it('lists and filters cases, and shows the casusoverleg without the young person’s details', async () => {
    await page.goto(`${t.baseUrl}/dashboard/cases?step=nazorg`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await scan(page, 'cases');
    await page.screenshot({ path: '/tmp/dashboard-cases.png', fullPage: true });
    await page.goto(`${t.baseUrl}/dashboard/cases?step=match`);
    expect(await page.locator('tbody tr').count()).toBe(0);
    await page.goto(`${t.baseUrl}/dashboard/casusoverleg`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(caseId.slice(0, 8));
    expect(text).toContain('Sanne de Vries');
    expect(text).not.toContain('vmbo');
    await scan(page, 'casusoverleg');
    await page.screenshot({ path: '/tmp/dashboard-casusoverleg.png', fullPage: true });
  });

  it('opens a notice link on a phone: sign in first, then the case; signed in, straight to the case', async () => {
    const [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.caseId, caseId));
    const link = `${t.baseUrl}/dashboard/handovers/${handover!.id}`;
    // Tapped in WhatsApp on a phone that is not signed in.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    await p.goto(link);
    await expect.poll(() => p.url()).toMatch(/\/dashboard\/sign-in/);
    await p.getByLabel('E-mailadres').fill('sanne.devries@example.nl');
    await p.getByLabel('Wachtwoord').fill(COACH_PASSWORD);
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => p.url()).toBe(`${t.baseUrl}/dashboard/cases/${caseId}`);
    expect(await p.locator('h1').textContent()).toContain('Casus');
    // Signed in now: the next notice link opens the case at once.
    await p.goto(link);
    await expect.poll(() => p.url()).toBe(`${t.baseUrl}/dashboard/cases/${caseId}`);
    await phone.close();
  });

  it('refuses a form post without the CSRF token', async () => {
    const response = await context.request.post(`${t.baseUrl}/dashboard/cases/${caseId}/step`, { form: { step: 'match' }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
    const [row] = await t.stack.database.db.select({ step: cases.step }).from(cases).where(eq(cases.id, caseId));
    expect(row?.step).toBe('nazorg');
  });

  it('reads well on a phone and in English', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await signIn(p, 'sanne.devries@example.nl', COACH_PASSWORD);
    await p.goto(`${t.baseUrl}/dashboard/cases/${caseId}?lang=en`);
    expect(await p.locator('h1').textContent()).toMatch(/^Case /);
    // Signing out sits in the header's menu on a phone.
    await p.getByText('Menu', { exact: true }).click();
    expect(await p.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    // No sideways scrolling of the page itself on a 375px screen.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await scan(p, 'case (phone, en)');
    await p.screenshot({ path: '/tmp/dashboard-case-phone.png', fullPage: true });
    await phone.close();
  });

  it('lets an admin manage accounts on a 390px phone: a one-time password shown once', async () => {
    expect((await api('/api/staff-accounts', { email: 'beheer@example.nl', name: 'Bea Beheer', role: 'admin', password: ADMIN_PASSWORD })).status).toBe(201);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await signIn(p, 'beheer@example.nl', ADMIN_PASSWORD);
    await p.getByRole('link', { name: 'Accounts' }).click();
    await p.getByRole('link', { name: 'Sanne de Vries' }).click();
    await expect.poll(() => p.locator('h1').textContent()).toBe('Sanne de Vries');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await scan(p, 'account (phone)');
    await p.getByRole('button', { name: 'Nieuw wachtwoord maken' }).click();
    await p.waitForLoadState();
    const shown = await p.getByRole('status').locator('code').textContent();
    expect(shown).toMatch(/^[\w-]{20}$/);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.screenshot({ path: '/tmp/dashboard-account-phone.png', fullPage: true });
    // Opening the account page again does not show it again.
    await p.goto(p.url().replace(/\/password$/, ''));
    await expect.poll(() => p.locator('h1').textContent()).toBe('Sanne de Vries');
    expect(await p.locator('code').count()).toBe(0);
    await phone.close();
    // The old password no longer works; the one shown does.
    const fresh = await browser.newContext();
    const q = await fresh.newPage();
    await signIn(q, 'sanne.devries@example.nl', COACH_PASSWORD);
    expect(q.url()).toMatch(/sign-in/);
    await signIn(q, 'sanne.devries@example.nl', shown ?? '');
    // The one shown works once: it opens the page to choose a password of her own, on her phone too.
    expect(q.url()).toMatch(/\/dashboard\/sign-in\/new-password$/);
    await q.setViewportSize({ width: 390, height: 844 });
    expect(await q.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await q.locator('#password').fill('sannes-eigen-wachtwoord');
    await q.locator('#repeat').fill('sannes-eigen-wachtwoord');
    await q.locator('main button[type=submit]').click();
    await expect.poll(() => q.url()).toMatch(/\/dashboard\/inbox\?notice=passwordChanged$/);
    await fresh.close();
  });

  it('shows an analyst the indicators only, without coach names', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await other.newPage();
    await signIn(p, 'analist@example.nl', ANALYST_PASSWORD);
    await expect.poll(() => p.url()).toMatch(/\/dashboard\/indicators$/);
    expect(await p.locator('main').textContent()).not.toContain('Sanne');
    const cases = await p.goto(`${t.baseUrl}/dashboard/cases`);
    expect(cases?.status()).toBe(403);
    const detail = await p.goto(`${t.baseUrl}/dashboard/cases/${caseId}`);
    expect(detail?.status()).toBe(403);
    await other.close();
  });

  it('after five wrong passwords from one address, refuses that address for 15 minutes, also with the right one', async () => {
    const other = await browser.newContext();
    const p = await other.newPage();
    for (let i = 0; i < 5; i += 1) {
      await signIn(p, 'analist@example.nl', 'wrong-password-123');
    }
    expect(await p.getByRole('alert').textContent()).toMatch(/15 minuten/);
    await signIn(p, 'analist@example.nl', ANALYST_PASSWORD);
    expect(await p.getByRole('alert').textContent()).toMatch(/15 minuten/);
    expect(p.url()).toMatch(/sign-in/);
    await other.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
