import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInzageLink } from '../../cases/privacy/inzage-links';
import { cases, coaches, conversations, entryPoints, handovers, youths } from '../../drizzle/schema';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';
import { seriousAxeFindings } from '../support/axe';

if (browserMissing) console.warn(browserMissing);

const PASSWORDS = { coach: 'sanne-demo-wachtwoord', analyst: 'analist-demo-wachtwoord', admin: 'beheer-demo-wachtwoord' };
const EMAILS = { coach: 'sanne.devries@example.nl', analyst: 'analist@example.nl', admin: 'beheer@example.nl' };
type Who = 'anonymous' | keyof typeof PASSWORDS;

/** What a page needs to be opened: the seeded case, an entry point, a young person's inzage link. */
interface Seeded {
  caseId: string;
  entryCode: string;
  inzageLink: () => Promise<string>;
  coachId: string;
  baseUrl: string;
}

interface PageToCheck {
  name: string;
  who: Who;
  /** The URL (path) to open; may do a step first and return undefined when the page is already open. */
  open: (page: Page, seeded: Seeded) => Promise<string | undefined> | string;
  status?: number;
  /** What a user sees first on the page (its main action), asked to be fully in view at 390px wide. */
  mainAction?: (page: Page) => ReturnType<Page['locator']>;
  /** A dashboard page (header at most 80px high on a phone). */
  dashboard?: boolean;
}

/**
 * Every page of the product, as one list: a page added later is added here and gets the same checks
 * (axe without serious or critical findings at 390 and 1280 px, no sideways scrolling on a phone).
 */
export const PAGES: PageToCheck[] = [
  { name: 'sign-in', who: 'anonymous', open: () => '/dashboard/sign-in', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Inloggen' }) },
  { name: 'inbox', who: 'coach', open: () => '/dashboard/inbox', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Oppakken' }).first() },
  { name: 'cases', who: 'coach', open: () => '/dashboard/cases', dashboard: true },
  { name: 'case', who: 'coach', open: (_p, s) => `/dashboard/cases/${s.caseId}`, dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Verstuur' }) },
  { name: 'casusoverleg', who: 'coach', open: () => '/dashboard/casusoverleg', dashboard: true },
  { name: 'indicators', who: 'coach', open: () => '/dashboard/indicators', dashboard: true },
  { name: 'indicators-analyst', who: 'analyst', open: () => '/dashboard/indicators', dashboard: true },
  { name: 'forbidden', who: 'analyst', open: () => '/dashboard/cases', status: 403, dashboard: true },
  { name: 'not-found', who: 'coach', open: () => `/dashboard/cases/${randomUUID()}`, status: 404, dashboard: true },
  { name: 'directory', who: 'admin', open: () => '/dashboard/directory', dashboard: true },
  { name: 'accounts', who: 'admin', open: () => '/dashboard/accounts', dashboard: true },
  {
    name: 'account',
    who: 'admin',
    open: async (p) => {
      await p.getByRole('link', { name: 'Sanne de Vries' }).click();
      await p.waitForLoadState();
      return undefined;
    },
    dashboard: true,
  },
  { name: 'audit', who: 'admin', open: () => '/dashboard/audit', dashboard: true },
  { name: 'second-factor', who: 'admin', open: () => '/dashboard/account/second-factor', dashboard: true },
  { name: 'agenda', who: 'coach', open: () => '/dashboard/agenda', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Uren opslaan' }) },
  { name: 'agenda-admin', who: 'admin', open: (_p, s) => `/dashboard/agenda?coach=${s.coachId}`, dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Toon agenda' }) },
  {
    name: 'booking-confirm',
    who: 'coach',
    open: async (p, s) => {
      await p.goto(`${s.baseUrl}/dashboard/cases/${s.caseId}`);
      await p.getByRole('button', { name: 'Verder' }).click();
      await p.waitForURL(/\/appointments\/new/);
      return undefined;
    },
    dashboard: true,
    mainAction: (p) => p.getByRole('button', { name: 'Afspraak maken' }),
  },
  { name: 'entry-points', who: 'admin', open: () => '/dashboard/entry-points', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Ingang maken' }) },
  { name: 'entry-points-coach', who: 'coach', open: () => '/dashboard/entry-points', dashboard: true },
  { name: 'school-import', who: 'admin', open: () => '/dashboard/school-import', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Importeren' }) },
  { name: 'school-import-coach', who: 'coach', open: () => '/dashboard/school-import', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Importeren' }) },
  { name: 'coaches', who: 'admin', open: () => '/dashboard/coaches', dashboard: true },
  { name: 'coach', who: 'admin', open: (_p, s) => `/dashboard/coaches/${s.coachId}`, dashboard: true },
  { name: 'feedback', who: 'admin', open: () => '/dashboard/feedback', dashboard: true },
  { name: 'feedback-coach', who: 'coach', open: () => '/dashboard/feedback', dashboard: true },
  { name: 'chat', who: 'anonymous', open: () => '/chat', mainAction: (p) => p.getByRole('button', { name: 'Start' }) },
  { name: 'chat-from-poster', who: 'anonymous', open: (_p, s) => `/chat?start=${s.entryCode}` },
  { name: 'privacy', who: 'anonymous', open: () => '/privacy?lang=nl' },
  {
    name: 'inzage',
    who: 'anonymous',
    open: async (p, s) => {
      await p.goto(await s.inzageLink());
      await p.locator('form button').click();
      await p.waitForURL(/\/mijn-gegevens$/);
      return undefined;
    },
  },
  // Last for the coach: the language chosen stays with the session.
  { name: 'inbox-en', who: 'coach', open: () => '/dashboard/inbox?lang=en', dashboard: true, mainAction: (p) => p.getByRole('button', { name: 'Pick up' }).first() },
];

const WIDTHS = [390, 1280] as const;

describe.skipIf(Boolean(browserMissing))('every page at 390 and 1280 px, NL Design System themed per municipality', () => {
  let t: TestStack;
  let browser: Browser;
  let seeded: Seeded;
  const contexts = new Map<string, BrowserContext>();
  const problems: string[] = [];

  const scan = (p: Page) => seriousAxeFindings(p);

  /** A browser of one person at one width, signed in once. */
  const contextOf = async (who: Who, width: number): Promise<BrowserContext> => {
    const key = `${who}-${width}`;
    const known = contexts.get(key);
    if (known) return known;
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, ...(width < 600 ? { isMobile: true, hasTouch: true } : {}) });
    contexts.set(key, context);
    if (who !== 'anonymous') {
      const p = await context.newPage();
      await p.goto(`${t.baseUrl}/dashboard/sign-in`);
      await p.getByLabel('E-mailadres').fill(EMAILS[who]);
      await p.getByLabel('Wachtwoord').fill(PASSWORDS[who]);
      await p.getByRole('button', { name: 'Inloggen' }).click();
      await expect.poll(() => p.url()).not.toMatch(/sign-in/);
      await p.close();
    }
    return context;
  };

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    const { db } = t.stack.database;
    const api = (body: unknown) =>
      fetch(`${t.baseUrl}/api/staff-accounts`, { method: 'POST', headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const [sanne] = await db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    expect((await api({ email: EMAILS.coach, name: 'Sanne de Vries', role: 'coach', coachId: sanne!.id, password: PASSWORDS.coach })).status).toBe(201);
    expect((await api({ email: EMAILS.analyst, name: 'Ali Analist', role: 'analyst', municipality: 'aalsmeer', password: PASSWORDS.analyst })).status).toBe(201);
    expect((await api({ email: EMAILS.admin, name: 'Bea Beheer', role: 'admin', password: PASSWORDS.admin })).status).toBe(201);

    const protector = t.stack.protector;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: protector.encrypt('whatsapp:+31612348888'), lastInboundAt: new Date() })
      .returning();
    const [youth] = await db
      .insert(youths)
      .values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', hasStartkwalificatie: false, diploma: 'vmbo', locale: 'nl' })
      .returning();
    const [created] = await db
      .insert(cases)
      .values({ youthId: youth!.id, sourceEventId: 910001, status: 'open', route: 'school', step: 'intake', wants: 'school', coachId: sanne!.id, intensity: 'middelzwaar' })
      .returning();
    await db.insert(handovers).values({ caseId: created!.id, coachId: sanne!.id, summary: 'Jongere (19) wil terug naar school en zoekt een opleiding in de zorg.', urgent: false, dueAt: new Date(Date.now() + 86_400_000) });
    await db.insert(entryPoints).values({ code: 'AAXSM2', label: 'Poster bibliotheek', municipality: 'aalsmeer', kind: 'poster' });
    seeded = {
      caseId: created!.id,
      entryCode: 'AAXSM2',
      coachId: sanne!.id,
      baseUrl: t.baseUrl,
      inzageLink: async () => `${t.baseUrl}/mijn-gegevens/${(await createInzageLink(db, { conversationId: conversation!.id, requestedBy: 'youth', now: new Date() })).token}`,
    };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /**
   * A full-page screenshot, axe and the contrast walk take 6–8 s on the longest pages (indicators, the
   * case page) on two cores. In CI, now and then one page at 390 px (indicators once, the directory
   * once) never finished, in a run where the same page passed at other times: a hang in the browser,
   * not in the page. Such a check gets a fresh context and one more try; a page that hangs every time
   * still fails.
   */
  const PAGE_TIMEOUT_MS = 60_000;

  for (const width of WIDTHS) {
    for (const entry of PAGES) {
      it(`${entry.name} at ${width}px`, { timeout: PAGE_TIMEOUT_MS, retry: 1 }, async () => {
        const context = await contextOf(entry.who, width);
        const p = await context.newPage();
        p.on('pageerror', (e) => problems.push(`${entry.name}: ${e.message}`));
        p.on('response', (r) => {
          if (r.status() >= 400 && r.request().resourceType() !== 'document' && !r.url().endsWith('/favicon.ico')) problems.push(`${entry.name}: ${r.status()} ${r.url()}`);
        });
        if (entry.name === 'account') await p.goto(`${t.baseUrl}/dashboard/accounts`);
        const path = await entry.open(p, seeded);
        if (path) {
          const response = await p.goto(`${t.baseUrl}${path}`);
          expect(response?.status()).toBe(entry.status ?? 200);
        }
        await p.waitForLoadState('load');
        await p.screenshot({ path: `/tmp/every-page-${entry.name}-${width}.png`, fullPage: true });
        expect(await scan(p), entry.name).toEqual([]);
        // axe leaves text in its own background's colour undecided (it may be hidden on purpose); a user cannot read it.
        // The background a text sits on is its own or, while that is transparent, its nearest ancestor's.
        const unreadable = await p.evaluate(() => {
          const backgroundOf = (e: Element | null): string => {
            for (let at = e; at; at = at.parentElement) {
              const bg = getComputedStyle(at).backgroundColor;
              if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
            }
            return 'rgb(255, 255, 255)';
          };
          return Array.from(document.querySelectorAll('a, button, summary, h1, h2, h3, p, li, dt, dd, td, th, label, span'))
            .filter((e) => e.getClientRects().length > 0 && Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
            .filter((e) => getComputedStyle(e).color === backgroundOf(e))
            .map((e) => (e.textContent ?? '').trim());
        });
        expect(unreadable, entry.name).toEqual([]);
        // A button without the NL Design System's classes shows as the browser's own grey box, out of place.
        const plainButtons = await p.evaluate(() =>
          Array.from(document.querySelectorAll('button, input[type="submit"]'))
            .filter((e) => e.getClientRects().length > 0 && !e.classList.contains('utrecht-button'))
            .map((e) => (e.textContent ?? '').trim()),
        );
        expect(plainButtons, `${entry.name}: buttons outside the NL Design System`).toEqual([]);
        if (width === 390) {
          expect(await p.evaluate(() => document.documentElement.scrollWidth), `${entry.name} scrolls sideways`).toBeLessThanOrEqual(390);
          if (entry.dashboard) expect(await p.locator('header').first().evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(80);
          const action = entry.mainAction?.(p);
          if (action) {
            await expect.poll(() => action.isVisible()).toBe(true);
            const box = await action.boundingBox();
            expect(box!.x).toBeGreaterThanOrEqual(0);
            expect(box!.x + box!.width).toBeLessThanOrEqual(390);
          }
        }
        await p.close();
      });
    }
  }

  it('wears the municipality’s theme: the coach’s Amstelveen, the poster’s Aalsmeer, the region for a region-wide admin', async () => {
    const headerColour = async (who: Who, path: string, selector: string) => {
      const p = await (await contextOf(who, 1280)).newPage();
      await p.goto(`${t.baseUrl}${path}`);
      const colour = await p.locator(selector).first().evaluate((e) => getComputedStyle(e).backgroundColor);
      const logo = await p.locator(`${selector} img`).first().getAttribute('alt');
      await p.close();
      return { colour, logo };
    };
    expect(await headerColour('coach', '/dashboard/inbox?lang=nl', 'header')).toEqual({ colour: 'rgb(0, 100, 60)', logo: 'Gemeente Amstelveen, naar de startpagina' });
    expect(await headerColour('analyst', '/dashboard/indicators', 'header')).toEqual({ colour: 'rgb(0, 79, 140)', logo: 'Gemeente Aalsmeer, naar de startpagina' });
    expect(await headerColour('admin', '/dashboard/inbox', 'header')).toEqual({ colour: 'rgb(11, 61, 107)', logo: 'Jongerenloket Amstelland, naar de startpagina' });
    expect(await headerColour('anonymous', `/chat?start=${seeded.entryCode}`, 'header')).toEqual({ colour: 'rgb(0, 79, 140)', logo: 'Gemeente Aalsmeer' });
    expect(await headerColour('anonymous', '/chat?start=ONBEKEND', 'header')).toEqual({ colour: 'rgb(11, 61, 107)', logo: 'Jongerenloket Amstelland' });
  });

  it('folds the account links into a menu on a phone, reachable with the keyboard', async () => {
    const p = await (await contextOf('coach', 390)).newPage();
    await p.goto(`${t.baseUrl}/dashboard/inbox?lang=nl`);
    expect(await p.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false);
    await p.locator('summary', { hasText: 'Menu' }).focus();
    await p.keyboard.press('Enter');
    expect(await p.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);
    expect(await p.getByRole('link', { name: 'English' }).isVisible()).toBe(true);
    expect(await scan(p)).toEqual([]);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.screenshot({ path: '/tmp/every-page-menu-open-390.png' });
    await p.close();
    expect(problems).toEqual([]);
  });
});
