import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * A young person on a phone goes through the whole intake in the web chat, against the real
 * product: api, queue, worker, bot and case store. Taps where the bot offers buttons, types where it
 * asks for a number, and ends being told who their coach is.
 */
describe.skipIf(Boolean(browserMissing))('web chat intake in Chromium against the running product', () => {
  let t: TestStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestStack();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const lastBot = () => page.locator('#log .msg-bot .bubble').last();
  const tap = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true }).last();
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.tap();
  };

  it('goes from Start to a named vaste contactpersoon', async () => {
    await page.goto(`${t.baseUrl}/chat`);
    await tap('Start');
    await expect.poll(() => lastBot().textContent(), { timeout: 15_000 }).toMatch(/Hoe oud ben je/);
    await page.locator('#input').fill('16');
    await page.locator('#input').press('Enter');
    await tap('Ja');
    await tap('Amstelveen');
    await tap('vmbo');
    await tap('Weet ik nog niet');
    // The keuzehulp and the zelfscan follow: tap an answer each time until the coach is named.
    const open = page.locator('#log .msg-bot').last().locator('button.choice:not([disabled])');
    const done = async () => /vaste contactpersoon/.test((await page.locator('#log').textContent()) ?? '');
    for (let taps = 0; taps < 20; taps += 1) {
      await expect.poll(async () => (await done()) || (await open.count()) > 0, { timeout: 30_000 }).toBe(true);
      if (await done()) break;
      await open.first().tap();
    }
    await expect.poll(() => page.locator('#log').textContent(), { timeout: 20_000 }).toMatch(/vaste contactpersoon/);
    // 16 years old: the leerplichtambtenaar of Amstelveen.
    expect(await page.locator('#log').textContent()).toMatch(/leerplichtambtenaar in Amstelveen/);
    // The buttons show no numbered duplicate of the options in the web chat.
    expect(await page.locator('#log').textContent()).not.toMatch(/1\. Amstelveen/);
    await page.screenshot({ path: '/tmp/web-chat-intake.png' });

    const handovers = await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then(
      (r) => r.json() as Promise<{ handovers: { coachRole?: string; summary: string }[] }>,
    );
    expect(handovers.handovers).toHaveLength(1);
    expect(handovers.handovers[0]?.summary).toMatch(/16/);
  }, 180_000);
});
