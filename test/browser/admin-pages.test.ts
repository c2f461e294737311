import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coaches, feedback } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';
import { expectNoSeriousAxeFindings } from '../support/axe';

if (browserMissing) console.warn(browserMissing);

const PASSWORD = 'beheer-demo-wachtwoord';
const year = new Date().getFullYear();
const HEADER = 'School;BRIN-nummer;Voornaam;Geboortedatum;Telefoon;Gemeente;Hoogste diploma;Reden uitschrijving;Datum uitschrijving;Toestemming WhatsApp';
const line = (phone: string, born = `14-03-${year - 20}`) => ['Keizer Karel College', '17AB', 'Sam', born, phone, 'Amstelveen', 'vmbo', 'voortijdig', `01-07-${year - 1}`, 'ja'].join(';');

/**
 * The admin pages in Chromium at a phone's width (390 px) and a laptop's (1280 px): an administrator
 * makes an entry point, imports a school's file (a bad one first), sees the coaches and the ratings.
 * No page scrolls sideways, and axe-core finds nothing serious or critical.
 */
describe.skipIf(Boolean(browserMissing))('admin pages in Chromium', () => {
  let t: TestStack;
  let browser: Browser;
  const problems: string[] = [];

  const scan = (p: Page, name: string) => expectNoSeriousAxeFindings(p, name);
  /** The page fits the screen: nothing sticks out sideways, so the main action needs no sideways scrolling. */
  const fits = async (p: Page, name: string) => {
    const sizes = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(sizes.scroll, `${name} is wider than the screen`).toBeLessThanOrEqual(sizes.view);
  };
  const check = async (p: Page, name: string, width: number) => {
    await scan(p, `${name} at ${width}`);
    await fits(p, `${name} at ${width}`);
    await p.screenshot({ path: `/tmp/wt-admin-${name}-${width}.png`, fullPage: true });
  };

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    const { db } = t.stack.database;
    const answer = await fetch(`${t.baseUrl}/api/staff-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@example.nl', name: 'Demo beheerder', role: 'admin', password: PASSWORD }),
    });
    expect(answer.status).toBe(201);
    await db.insert(feedback).values([
      ...Array.from({ length: 7 }, (_, i) => ({ source: 'intake' as const, rating: i < 4 ? ('great' as const) : ('good' as const), municipality: 'amstelveen', sourceEventId: 8000 + i })),
      { source: 'nazorg', rating: 'okay', municipality: 'aalsmeer', sourceEventId: 8100, suggestionEnc: t.stack.protector.encrypt('Sneller antwoord van de coach zou fijn zijn') },
    ]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [390, 1280]) {
    it(`works at ${width} px: entry point, school import, coaches, ratings`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await context.newPage();
      p.on('pageerror', (e) => problems.push(e.message));
      await p.goto(`${t.baseUrl}/dashboard`);
      await p.getByLabel('E-mailadres').fill('beheer@example.nl');
      await p.getByLabel('Wachtwoord').fill(PASSWORD);
      await p.getByRole('button', { name: 'Inloggen' }).click();
      await p.waitForURL(/\/dashboard\//);

      await p.getByRole('link', { name: 'QR-codes' }).click();
      const add = p.locator('form[action="/dashboard/entry-points"]');
      await add.getByLabel('Naam van de plek').fill(`Sportclub De Bunkert ${width}`);
      await add.getByLabel('Soort plek').selectOption('sportvereniging');
      await p.getByRole('button', { name: 'Ingang maken' }).click();
      await expect.poll(() => p.getByRole('status').textContent()).toContain('Ingang gemaakt');
      const card = p.getByRole('listitem').filter({ hasText: `Sportclub De Bunkert ${width}` });
      expect(await card.locator('dd').getByText('sportclub', { exact: true }).count()).toBe(1);
      const poster = await card.getByRole('link', { name: 'Poster downloaden (PDF)' }).getAttribute('href');
      expect((await fetch(`${t.baseUrl}${poster}`)).headers.get('content-type')).toBe('application/pdf');
      await check(p, 'entry-points', width);

      await p.getByRole('link', { name: 'Schoolimport' }).click();
      // A file read by the page's script into the text box; one row too old.
      await p.getByLabel('Kies het CSV-bestand').setInputFiles({ name: 'overdracht.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, line(`0612${String(width).padStart(4, '0')}01`), line(`0612${String(width).padStart(4, '0')}02`, `01-01-${year - 40}`)].join('\r\n')) });
      await expect.poll(() => p.getByLabel('Inhoud van het bestand (CSV)').inputValue()).toContain('Keizer Karel College');
      await p.getByRole('button', { name: 'Importeren' }).click();
      await expect.poll(() => p.getByRole('alert').textContent()).toContain('1 rij is fout');
      expect(await p.getByRole('alert').textContent()).toContain('Rij 3');
      await check(p, 'school-import-rejected', width);
      // Corrected in the text box (the file came back), then imported.
      const area = p.getByLabel('Inhoud van het bestand (CSV)');
      await area.fill([HEADER, line(`0612${String(width).padStart(4, '0')}01`)].join('\n'));
      await p.getByRole('button', { name: 'Importeren' }).click();
      await expect.poll(() => p.getByRole('status').textContent()).toContain('1 jongere geïmporteerd');
      await check(p, 'school-import', width);

      await p.getByRole('link', { name: 'Coaches en teams' }).click();
      await expect.poll(() => p.getByRole('heading', { name: 'Lotte Visser' }).count()).toBe(1);
      await check(p, 'coaches', width);
      await p.getByRole('link', { name: 'Sanne de Vries' }).click();
      await p.getByLabel('Terug op').fill(`${year + 1}-01-05`);
      await p.getByRole('button', { name: 'Opslaan' }).nth(1).click();
      await expect.poll(() => p.getByRole('status').textContent()).toContain('Opgeslagen');
      expect(await p.getByText(/afwezig, terug op/).count()).toBe(1);
      await check(p, 'coach', width);
      // Back to work, so the other width starts the same.
      await p.getByLabel('Terug op').fill('');
      await p.getByRole('button', { name: 'Opslaan' }).nth(1).click();
      await expect.poll(() => p.getByRole('status').textContent()).toContain('Opgeslagen');

      await p.getByRole('link', { name: 'Waardering' }).click();
      await expect.poll(() => p.getByText('Sneller antwoord van de coach zou fijn zijn').count()).toBe(1);
      await expect.poll(() => p.getByText('8 waarderingen in totaal.').count()).toBe(1);
      await check(p, 'feedback', width);
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it('moved no coach by accident', async () => {
    const [sanne] = await t.stack.database.db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    expect(sanne).toMatchObject({ active: true, absentUntil: null });
  });
});
