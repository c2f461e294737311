import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyError } from 'fastify';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../api/app';
import { chatRoutes } from '../../api/chat-routes';
import { lookAndFeelRoutes } from '../../api/look-and-feel/look-and-feel-routes';
import { createDataProtector } from '../../cases/privacy/data-protector';
import { securityHeaders } from '../../api/security-headers';
import type { BotMessage } from '../../bot/bot-message';
import { createI18n } from '../../locales';
import { browserMissing, launchBrowser } from '../support/browser';
import { MemoryChatGateway, type ReceivedChatMessage } from '../support/memory-chat-gateway';

if (browserMissing) console.warn(browserMissing);

const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

/** Answers like the front-door bot would: a choice question, a number question, an echo. */
function bot(message: ReceivedChatMessage): BotMessage[] {
  if (message.text === 'start') {
    return [
      { text: 'Hoi! Ik ben de chatbot van het Jongerenloket.', expects: 'none' },
      {
        text: 'Waar wil je het over hebben?',
        choices: [
          { id: 'school', title: 'School' },
          { id: 'werk', title: 'Werk' },
          { id: 'iets_anders', title: 'Iets anders' },
        ],
        expects: 'choice',
      },
    ];
  }
  if (message.choice === 'school') return [{ text: 'Hoe oud ben je?', expects: 'number' }];
  if (message.text === 'xss') return [{ text: evil, expects: 'text' }];
  if (message.text === 'mijn gegevens') return [{ text: `Hier is je link:\nhttps://jongerenloket.test/mijn-gegevens/abcdefghijklmnop\n\nDe link werkt één keer. ${evil}`, expects: 'text' }];
  return [{ text: `Je zei: ${message.text}`, expects: 'text' }];
}

describe.skipIf(Boolean(browserMissing))('web chat page in Chromium (375×667)', () => {
  const gateway = new MemoryChatGateway(bot);
  const app = Fastify({ loggerInstance: pino({ level: 'silent' }) });
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    app.setErrorHandler((err: FastifyError, _request, reply) => {
      void reply.code(err.statusCode ?? 500).send({ error: err.message });
    });
    await app.register(securityHeaders);
    await app.register(cookie);
    await app.register(lookAndFeelRoutes);
    await app.register(chatRoutes, { chat: gateway, i18n: createI18n(), protector: createDataProtector(randomBytes(32)), config: { publicBaseUrl: 'http://127.0.0.1' } } as unknown as AppDeps);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    // A CSP violation or script error would mean the page is broken for real users.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  const bubbles = (from: 'bot' | 'own') => page.locator(`#log .msg-${from} .bubble`);
  /** Whether the newest message is in view (the conversation is scrolled to its end). */
  const atBottom = () =>
    page.evaluate(() => {
      const s = document.getElementById('scroller') as HTMLElement;
      return s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
    });

  it('starts with a welcome, sends the start word and shows the bot’s choices', async () => {
    await page.goto(`${base}/chat`);
    await expect.poll(() => page.locator('#welcome').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/chat-page-welcome.png' });
    await page.getByRole('button', { name: 'Start' }).tap();
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('Waar wil je het over hebben?');
    expect(await page.locator('#welcome').isVisible()).toBe(false);
    expect(await bubbles('own').last().textContent()).toContain('start');
    expect(gateway.received[0]).toMatchObject({ text: 'start' });
    // The session the server issued (its id), not one the page made up.
    expect(gateway.received[0]?.session).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await page.evaluate(() => document.cookie)).not.toContain('jl_chat');

    const choice = page.getByRole('button', { name: 'School' });
    const box = await choice.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  it('sends a tapped choice with its id and disables the earlier buttons', async () => {
    await page.getByRole('button', { name: 'School' }).tap();
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('Hoe oud ben je?');
    expect(gateway.received.at(-1)).toMatchObject({ text: 'School', choice: 'school' });
    expect(await page.getByRole('button', { name: 'Werk' }).isDisabled()).toBe(true);
    expect(await page.locator('#input').getAttribute('inputmode')).toBe('numeric');
  });

  it('sends typed text with Enter and with the send button', async () => {
    await page.locator('#input').fill('17');
    await page.locator('#input').press('Enter');
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('Je zei: 17');
    await page.locator('#input').fill('Ik zoek een stage');
    await page.getByRole('button', { name: 'Verstuur' }).tap();
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('Je zei: Ik zoek een stage');
    expect(await bubbles('own').last().textContent()).toContain('Ik zoek een stage');
  });

  it('shows markup from the bot as text and runs none of it', async () => {
    await page.locator('#input').fill('xss');
    await page.locator('#input').press('Enter');
    await expect.poll(() => bubbles('bot').last().textContent()).toContain(evil);
    await page.waitForTimeout(200); // an onerror handler would have fired by now
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#log img, #log script').count()).toBe(0);
  });

  it('makes a link the bot sends tappable (a new tab), and nothing else in the message markup', async () => {
    await page.locator('#input').fill('mijn gegevens');
    await page.locator('#input').press('Enter');
    const link = bubbles('bot').last().locator('a');
    await expect.poll(() => link.getAttribute('href')).toBe('https://jongerenloket.test/mijn-gegevens/abcdefghijklmnop');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await bubbles('bot').last().textContent()).toContain(evil);
    expect(await page.locator('#log img, #log script').count()).toBe(0);
  });

  it('fits a 375px phone: no sideways scrolling, and a screenshot to look at', async () => {
    await page.locator('#input').fill('Kan ik ook hulp krijgen met geld?');
    await page.locator('#input').press('Enter');
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('geld?');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect.poll(atBottom).toBe(true);
    await page.screenshot({ path: '/tmp/chat-page.png' });
  });

  it('keeps the conversation, in order, after a reload', async () => {
    const before = await page.locator('#log .bubble').allTextContents();
    await page.reload();
    await expect.poll(() => page.locator('#log .bubble').allTextContents()).toEqual(before);
    expect(await page.locator('#welcome').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Werk' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'School' }).getAttribute('class')).toContain('chosen');
    await expect.poll(atBottom).toBe(true);
    expect(problems).toEqual([]);
  });

  it('forgets the conversation on the phone when it was erased: no own message left, a new session, the welcome', async () => {
    await page.goto(`${base}/chat`);
    await expect.poll(() => bubbles('own').count()).toBeGreaterThan(0);
    const session = gateway.received.at(-1)!.session;
    gateway.forget(session);
    await expect.poll(() => page.locator('#welcome').isVisible()).toBe(true);
    expect(await bubbles('own').count()).toBe(0);
    expect(await page.evaluate(() => window.localStorage.getItem('jl-chat-sent'))).toBeNull();
    await page.getByRole('button', { name: 'Start' }).tap();
    await expect.poll(() => gateway.received.at(-1)?.text).toBe('start');
    expect(gateway.received.at(-1)?.session).not.toBe(session);
    await page.getByRole('button', { name: 'School' }).tap();
    await expect.poll(() => bubbles('bot').last().textContent()).toContain('Hoe oud ben je?');
  });

  it('is readable at 320px in English', async () => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${base}/chat?lang=en`);
    await expect.poll(() => page.locator('#log .bubble').count()).toBeGreaterThan(3);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Send' }).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/chat-page-320.png' });
  });

  it('says it is reconnecting when the connection drops', async () => {
    expect(await page.locator('#status').isVisible()).toBe(false);
    await app.close(); // ends the open event stream; reconnecting then fails
    // The notice's text is in the page from the start (hidden): wait for it to show, then read it.
    await expect.poll(() => page.locator('#status').isVisible()).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('No connection');
  });
});
