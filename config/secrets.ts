import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { optional } from './settings';

/** The bootstrap admin token and the keys of encryption at rest. */
export interface SecretsConfig {
  /** Bootstrap admin bearer token; generated into `dataDir` in embedded mode. */
  adminToken: string | undefined;
  /**
   * The current 32-byte key for encryption at rest and keyed hashes: DATA_KEY, or read from the file
   * DATA_KEY_FILE (one of the two). Generated into `dataDir` in embedded mode when neither is set.
   */
  dataKey: Buffer | undefined;
  /**
   * Keys that only still read (DATA_KEYS_PREVIOUS, comma-separated; or DATA_KEY_PREVIOUS_FILE, one per
   * line): after DATA_KEY changes, what the old key encrypted stays readable until `npm run keys:rotate`
   * re-encrypted it; then they are removed.
   */
  previousDataKeys: Buffer[];
}

const secretsSchema = z.object({
  ADMIN_TOKEN: optional(z.string().min(24, 'must be at least 24 characters')),
  DATA_KEY: optional(z.string()),
  DATA_KEY_FILE: optional(z.string()),
  DATA_KEYS_PREVIOUS: optional(z.string()),
  DATA_KEY_PREVIOUS_FILE: optional(z.string()),
});

export const secretsSettings = secretsSchema.shape;

type SecretsSettings = z.infer<typeof secretsSchema> & { DATABASE_URL?: string | undefined; DATA_DIR: string };

/** Parses a 32-byte key given as 64 hex characters or base64. */
export function parseDataKey(value: string): Buffer | undefined {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Reads the secrets; adds what is wrong with them, or missing with DATABASE_URL, to `problems`. */
export function readSecretsConfig(s: SecretsSettings, problems: string[]): SecretsConfig {
  const { dataKey, previousDataKeys } = readDataKeys(s, problems);
  if (s.DATABASE_URL && !s.DATA_KEY && !s.DATA_KEY_FILE) problems.push('DATA_KEY or DATA_KEY_FILE is required with DATABASE_URL (it encrypts personal data at rest)');
  if (s.DATABASE_URL && !s.ADMIN_TOKEN) problems.push('ADMIN_TOKEN is required with DATABASE_URL');
  return { adminToken: s.ADMIN_TOKEN, dataKey, previousDataKeys };
}

/**
 * The keyring's settings. A key file keeps the key apart from the data: it must not lie in DATA_DIR
 * (a backup of the data folder would then carry the key that opens it) and must not be readable by
 * every user of the machine.
 */
function readDataKeys(s: SecretsSettings, problems: string[]): { dataKey: Buffer | undefined; previousDataKeys: Buffer[] } {
  if (s.DATA_KEY && s.DATA_KEY_FILE) problems.push('DATA_KEY and DATA_KEY_FILE are two ways to give the same key: set one');
  if (s.DATA_KEYS_PREVIOUS && s.DATA_KEY_PREVIOUS_FILE) problems.push('DATA_KEYS_PREVIOUS and DATA_KEY_PREVIOUS_FILE are two ways to give the previous keys: set one');
  const keyText = s.DATA_KEY_FILE ? readKeyFile('DATA_KEY_FILE', s.DATA_KEY_FILE, s.DATA_DIR, problems) : s.DATA_KEY;
  const previousText = s.DATA_KEY_PREVIOUS_FILE ? readKeyFile('DATA_KEY_PREVIOUS_FILE', s.DATA_KEY_PREVIOUS_FILE, s.DATA_DIR, problems) : s.DATA_KEYS_PREVIOUS;

  let dataKey: Buffer | undefined;
  if (keyText !== undefined) {
    dataKey = parseDataKey(keyText.trim());
    if (!dataKey) problems.push(`${s.DATA_KEY_FILE ? 'DATA_KEY_FILE must hold' : 'DATA_KEY must be'} 32 bytes, as 64 hex characters or base64`);
  }
  const previousDataKeys: Buffer[] = [];
  const entries = (previousText ?? '')
    .split(/[\n,]/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const key = parseDataKey(entry);
    if (key) previousDataKeys.push(key);
    else problems.push(`${s.DATA_KEY_PREVIOUS_FILE ? 'DATA_KEY_PREVIOUS_FILE' : 'DATA_KEYS_PREVIOUS'}: key ${index + 1} is not 32 bytes as 64 hex characters or base64`);
  });
  if (previousDataKeys.length > 0 && !dataKey) problems.push('previous data keys need a current one: set DATA_KEY or DATA_KEY_FILE too');
  return { dataKey, previousDataKeys };
}

function readKeyFile(setting: string, file: string, dataDir: string, problems: string[]): string | undefined {
  const resolved = path.resolve(file);
  const relative = path.relative(path.resolve(dataDir), resolved);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    problems.push(`${setting} must lie outside DATA_DIR (${dataDir}): a backup of the data would otherwise carry the key that opens it`);
    return undefined;
  }
  try {
    const mode = statSync(resolved).mode;
    if (mode & 0o004) {
      problems.push(`${setting} ${file} can be read by every user of this machine: chmod 600 (or 640 for a group) it`);
      return undefined;
    }
    return readFileSync(resolved, 'utf8');
  } catch (error) {
    problems.push(`${setting} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
}
