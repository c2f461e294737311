import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The dashboard's script and stylesheet, served as files so the CSP can forbid inline script and style. */
export interface DashboardAssets {
  script: string;
  style: string;
  /** Content hash in the asset URLs: a deploy never serves a stale cached file. */
  version: string;
}

export function loadDashboardAssets(): DashboardAssets {
  const script = readFileSync(new URL('./assets/dashboard.js', import.meta.url), 'utf8');
  const style = readFileSync(new URL('./assets/dashboard.css', import.meta.url), 'utf8');
  const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 12);
  return { script, style, version };
}
