import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The web chat's script and stylesheet, served as files so the page's CSP can forbid inline script. */
export interface ChatAssets {
  script: string;
  style: string;
  /** Content hash, put in the asset URLs so a deploy never serves a stale cached script. */
  version: string;
}

/** Reads chat.js and chat.css once, at start. */
export function loadChatAssets(): ChatAssets {
  const script = readFileSync(new URL('./chat.js', import.meta.url), 'utf8');
  const style = readFileSync(new URL('./chat.css', import.meta.url), 'utf8');
  const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 12);
  return { script, style, version };
}
