import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDataKey } from '../config';
import { dataKeyId } from '../cases/privacy/data-protector';

export interface Secrets {
  dataKey: Buffer;
  adminToken: string;
  /** Whether the admin token was generated just now (first start). */
  generated: boolean;
  /** Password of the embedded PostgreSQL's superuser `postgres`: used only to set up the roles at start. */
  postgresPassword: string;
  /** Password of the role the product connects as (not a superuser). */
  databasePassword: string;
}

/** The data folder's secrets do not fit the settings: the operator fixes it (the message says how). */
export class SecretsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

interface StoredSecrets {
  dataKey?: string;
  adminToken?: string;
  postgresPassword?: string;
  databasePassword?: string;
}

/** The file of the embedded mode's generated secrets. */
export const secretsFile = (dataDir: string) => path.join(dataDir, 'secrets.json');

/**
 * In embedded mode (no DATABASE_URL) the admin token and the embedded PostgreSQL's two passwords are
 * generated once into `dataDir/secrets.json` (mode 0600), next to the database they open: whoever has
 * the folder has the database files anyway. The encryption key is generated there too, but only
 * when neither DATA_KEY nor DATA_KEY_FILE is set: that is the laptop demo; production keeps the key
 * in DATA_KEY_FILE outside the folder, so a backup of the folder holds no key. Settings given in the
 * environment win.
 */
export async function embeddedSecrets(options: {
  dataDir: string;
  dataKey?: Buffer | undefined;
  previousDataKeys?: Buffer[];
  adminToken?: string | undefined;
}): Promise<Secrets> {
  const file = secretsFile(options.dataDir);
  const stored = await readStoredSecrets(options.dataDir);
  const before = JSON.stringify(stored);
  const generated = !stored.adminToken;
  stored.adminToken ??= randomBytes(24).toString('base64url');
  stored.postgresPassword ??= randomBytes(24).toString('base64url');
  stored.databasePassword ??= randomBytes(24).toString('base64url');
  if (!options.dataKey) stored.dataKey ??= randomBytes(32).toString('base64');
  if (JSON.stringify(stored) !== before) {
    await mkdir(options.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }

  const storedKey = stored.dataKey === undefined ? undefined : parseDataKey(stored.dataKey);
  if (stored.dataKey !== undefined && !storedKey) throw new SecretsError(`${file} holds an invalid dataKey`);
  const dataKey = options.dataKey ?? storedKey;
  if (!dataKey) throw new SecretsError(`${file} holds no dataKey and neither DATA_KEY nor DATA_KEY_FILE is set`);
  // The data of this folder was encrypted with the stored key: a configured key that replaces it
  // without keeping it as a previous key would leave every phone number and message unreadable.
  const ring = [dataKey, ...(options.previousDataKeys ?? [])].map(dataKeyId);
  if (storedKey && !ring.includes(dataKeyId(storedKey))) {
    throw new SecretsError(
      `${file} holds the data key (id ${dataKeyId(storedKey)}) this folder's data was encrypted with, but DATA_KEY/DATA_KEY_FILE is another key: ` +
        'give the stored key as DATA_KEY_FILE, or as a previous key (DATA_KEY_PREVIOUS_FILE) and run `npm run keys:rotate`; then remove dataKey from the file',
    );
  }
  return {
    dataKey,
    adminToken: options.adminToken ?? stored.adminToken,
    generated,
    postgresPassword: stored.postgresPassword,
    databasePassword: stored.databasePassword,
  };
}

/** What `dataDir/secrets.json` holds (nothing when it does not exist yet). */
export async function readStoredSecrets(dataDir: string): Promise<StoredSecrets> {
  const file = secretsFile(dataDir);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as StoredSecrets) : {};
}

/**
 * After a rotation left nothing under it, the demo's generated key is taken out of the data folder
 * (it stays wherever the operator put it as a previous key): from then on a copy of the folder holds
 * no key. A stored key that is the current one stays: it is still the only copy.
 */
export async function forgetStoredDataKey(dataDir: string, currentKey: Buffer): Promise<boolean> {
  const stored = await readStoredSecrets(dataDir);
  const key = stored.dataKey === undefined ? undefined : parseDataKey(stored.dataKey);
  if (!key || dataKeyId(key) === dataKeyId(currentKey)) return false;
  delete stored.dataKey;
  await writeFile(secretsFile(dataDir), JSON.stringify(stored, null, 2), { mode: 0o600 });
  return true;
}
