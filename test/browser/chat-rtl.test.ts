import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyError } from 'fastify';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const i18n = createI18n();
const ar = i18n.getFixedT('ar', 'bot');
const arCommands = i18n.getFixedT('ar', 'commands');
const arWeb = i18n.getFixedT('ar', 'web');

/** Answers in Arabic to the Arabic start word and to "arabic", in Dutch to anything else. */
function bot(message: ReceivedChatMessage): BotMessage[] {
  if (message.text === arWeb('startWord') || message.text === 'arabic') {
    return [
      { text: ar('intake.welcome'), expects: 'none' },
      {
        text: arCommands('menu.question'),
        choices: ['restart', 'person', 'language'].map((id) => ({ id, title: arCommands(`menu.options.${id}`) })),
        expects: 'choice',
      },
    ];
  }
  return [{ text: `Je zei: ${message.text}`, expects: 'text' }];
}

describe.skipIf(Boolean(browserMissing))('web chat right to left in Chromium (375×667)', () => {
  const gateway = new MemoryChatGateway(bot);
  const app = Fastify({ loggerInstance: pino({ level: 'silent' }) });
  let browser: Browser;
  let base: string;
  const problems: string[] = [];

  /** A fresh phone: its own storage, so its own chat session. */
  async function phone(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    return { context, page };
  }

  const direction = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => getComputedStyle(element).direction);
  const lastBotBubble = '#log .msg-bot .bubble >> nth=-1';

  beforeAll(async () => {
    app.setErrorHandler((err: FastifyError, _request, reply) => {
      void reply.code(err.statusCode ?? 500).send({ error: err.message });
    });
    await app.register(securityHeaders);
    await app.register(cookie);
    await app.register(lookAndFeelRoutes);
    await app.register(chatRoutes, { chat: gateway, i18n, protector: createDataProtector(randomBytes(32)), config: { publicBaseUrl: 'http://127.0.0.1' } } as unknown as AppDeps);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('shows /chat?lang=ar right to left, in Arabic, and mirrors the conversation', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/chat?lang=ar`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.title()).toBe('دردشة مع Jongerenloket');
    await expect.poll(() => page.locator('#welcome h2').textContent()).toBe('مرحباً! سعداء بوجودك.');

    await page.getByRole('button', { name: 'ابدأ' }).tap();
    await expect.poll(() => page.locator(lastBotBubble).textContent()).toContain('ماذا تريد أن تفعل؟');
    expect(gateway.received.at(-1)).toMatchObject({ text: 'ابدأ' });
    expect(await direction(page, lastBotBubble)).toBe('rtl');
    expect(await direction(page, '#log .choice >> nth=0')).toBe('rtl');

    // Mirrored: the bot speaks from the right, the young person from the left, Send left of the input.
    const width = page.viewportSize()?.width ?? 375;
    const botBox = await page.locator(lastBotBubble).boundingBox();
    const ownBox = await page.locator('#log .msg-own .bubble').last().boundingBox();
    expect(botBox && botBox.x + botBox.width).toBeGreaterThan(width - 30);
    expect(ownBox?.x).toBeLessThan(30);
    const sendBox = await page.getByRole('button', { name: 'إرسال' }).boundingBox();
    const inputBox = await page.locator('#input').boundingBox();
    expect(sendBox && inputBox && sendBox.x < inputBox.x).toBe(true);

    // Latin text typed on the Arabic page still reads left to right in its own bubble.
    await page.locator('#input').fill('Hallo, ik ben Sam');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator(lastBotBubble).textContent()).toContain('Je zei: Hallo, ik ben Sam');
    expect(await direction(page, '#log .msg-own .bubble >> nth=-1')).toBe('ltr');
    expect(await direction(page, lastBotBubble)).toBe('ltr');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/chat-rtl.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes an Arabic bot message right to left on a Dutch page', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/chat`);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await page.locator('#input').fill('arabic');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator(lastBotBubble).textContent()).toContain('ماذا تريد أن تفعل؟');
    expect(await direction(page, lastBotBubble)).toBe('rtl');
    expect(await direction(page, '#log .msg-own .bubble >> nth=-1')).toBe('ltr');
    // The bubble stays on the bot's side of the Dutch page, the left.
    expect((await page.locator(lastBotBubble).boundingBox())?.x).toBeLessThan(30);
    await page.screenshot({ path: '/tmp/chat-rtl-on-dutch-page.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers every language by its own name in a menu that fits a 320px phone', async () => {
    const { context, page } = await phone();
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${base}/chat?lang=ar`);
    const menu = page.locator('.languages summary');
    expect(await menu.textContent()).toContain('العربية');
    await menu.tap();
    const links = page.locator('.language-list a');
    expect(await links.allTextContents()).toEqual(['Nederlands', 'English', 'Türkçe', 'Polski', 'Українська']);
    const box = await page.locator('.language-list').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/chat-rtl-languages.png' });

    await page.getByRole('link', { name: 'Polski' }).tap();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getByRole('button', { name: 'Wyślij' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
