import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright-core downloads no browser of its own. */
export const chromiumPath = '/usr/bin/chromium';

/** Why browser tests are skipped on this machine, or undefined when they can run. */
export const browserMissing: string | undefined = existsSync(chromiumPath)
  ? undefined
  : `browser tests skipped: ${chromiumPath} is missing (install it with: apt-get install -y chromium)`;

/** Starts headless Chromium quietly: no sandbox (tests run as root in a container), no network chatter. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
