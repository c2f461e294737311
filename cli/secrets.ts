import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDataKey } from '../config';

export interface Secrets {
  dataKey: Buffer;
  adminToken: string;
  /** Whether they were generated just now (first start). */
  generated: boolean;
}

/**
 * In embedded mode (no DATABASE_URL) the encryption key and the admin token are generated once
 * into `dataDir/secrets.json` (mode 0600), next to the embedded database they protect.
 * Settings given in the environment win.
 */
export async function embeddedSecrets(options: { dataDir: string; dataKey?: Buffer | undefined; adminToken?: string | undefined }): Promise<Secrets> {
  const file = path.join(options.dataDir, 'secrets.json');
  let stored: { dataKey?: string; adminToken?: string } = {};
  if (existsSync(file)) stored = JSON.parse(await readFile(file, 'utf8')) as typeof stored;
  const generated = !stored.dataKey || !stored.adminToken;
  if (generated) {
    stored = {
      dataKey: stored.dataKey ?? randomBytes(32).toString('base64'),
      adminToken: stored.adminToken ?? randomBytes(24).toString('base64url'),
    };
    await mkdir(options.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  const dataKey = options.dataKey ?? parseDataKey(stored.dataKey ?? '');
  if (!dataKey) throw new Error(`${file} holds an invalid dataKey`);
  return { dataKey, adminToken: options.adminToken ?? stored.adminToken ?? '', generated };
}
