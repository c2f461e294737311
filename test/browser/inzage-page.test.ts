import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInzageLink } from '../../cases/privacy/inzage-links';
import { conversations, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';
import { seriousAxeFindings } from '../support/axe';

if (browserMissing) console.warn(browserMissing);


/**
 * The inzage page on a phone (Chromium, 390 px wide) against the running product: the young person
 * taps the link, then the button, and reads their data without scrolling sideways, in Dutch and in
 * Arabic (right to left); the page passes axe-core without serious or critical violations.
 */
describe.skipIf(Boolean(browserMissing))('the inzage page in Chromium (390×844)', () => {
  let t: TestStack;
  let browser: Browser;
  const problems: string[] = [];
  beforeAll(async () => {
    t = await startTestStack();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A young person who answered the intake's first questions in `locale`, and a fresh link of theirs. */
  async function linkFor(locale: string, phone: string): Promise<string> {
    const { db } = t.stack.database;
    const protector = t.stack.protector;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: `browser-${phone}`, channel: 'whatsapp', addressEnc: protector.encrypt(phone), locale, displayNameEnc: protector.encrypt('Noor') })
      .returning({ id: conversations.id });
    await db.insert(youths).values({ conversationId: conversation!.id, age: 19, municipality: 'aalsmeer', diploma: 'mbo1', hasStartkwalificatie: false, locale, contactTimes: 'middag' });
    const { token } = await createInzageLink(db, { conversationId: conversation!.id, requestedBy: 'youth', now: new Date() });
    return `${t.baseUrl}/mijn-gegevens/${token}`;
  }

  async function open(link: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    // A missing file of the page itself (its stylesheet) is a problem; the browser's own favicon request is not.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(link);
    await page.locator('form button').tap();
    await page.waitForURL(`${t.baseUrl}/mijn-gegevens`);
    return page;
  }

  const scan = (p: Page) => seriousAxeFindings(p);

  it('shows a Dutch young person their answers on a phone, with the PDF to download', async () => {
    const page = await open(await linkFor('nl', '+31612399001'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Wat we van je weten');
    const answers = page.locator('#answers');
    for (const shown of ['19', 'Aalsmeer', 'Mbo 1', 'Middag']) expect(await answers.textContent()).toContain(shown);
    expect(await page.locator('#conversation').textContent()).toContain('+31612399001');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const download = page.locator('a[download]');
    expect(await download.getAttribute('href')).toBe('/mijn-gegevens/document.pdf');
    expect(await page.locator('.button').evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    expect(await scan(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('turns the page around for Arabic', async () => {
    const page = await open(await linkFor('ar', '+31612399002'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('ما نعرفه عنك');
    expect(await page.locator('main').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    expect(await page.locator('#answers').textContent()).toContain('آلسمير');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await scan(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
