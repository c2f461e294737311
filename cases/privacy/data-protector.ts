import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Encryption at rest and keyed hashes for personal data (DESIGN.md rule 5).
 * Phone numbers and free text are stored as AES-256-GCM ciphertext; the conversation key is an
 * HMAC of the channel user id, so a database dump alone never reveals a phone number.
 * Sub-keys are derived from each data key with HKDF so that the hash key and the cipher key differ.
 *
 * A keyring: the current key makes every new ciphertext and hash; previous keys only read what was
 * made with them, until `npm run keys:rotate` has re-encrypted it (cases/privacy/rotate-keys.ts).
 *
 * Stored formats:
 * - `v2.<kid>.<iv>.<tag>.<body>`: `kid` names the key (derived from it one-way, not secret), so a
 *   value is decrypted with the key it was made with and the rotation sees what is left to do;
 *   `v2.<kid>` is authenticated data, so an edited key id fails like an edited body.
 * - `v1.<iv>.<tag>.<body>`: made before key ids existed, always with the one key of that time. It is
 *   tried with the current key, then each previous key in order; GCM's tag says which one fits.
 */
export interface DataProtector {
  encrypt(plain: string): string;
  decrypt(cipherText: string): string;
  /** A stable pseudonym for a channel user id, e.g. `whatsapp:+31612345678`, under the current key. */
  keyedHash(value: string): string;
  /**
   * The pseudonym under the current key, then under each previous key: a lookup by pseudonym tries
   * them all, so what was stored before a rotation is still found (messages/conversation-key.ts).
   */
  keyedHashes(value: string): string[];
  /** The id of the current key, as it appears in ciphertexts (`v2.<kid>.…`). */
  readonly currentKeyId: string;
  /** Whether a stored value was made with the current key (false for `v1.` values and other keys). */
  isCurrent(cipherText: string): boolean;
}

interface RingKey {
  id: string;
  cipherKey: Buffer;
  hashKey: Buffer;
}

const derive = (key: Buffer, info: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));

/** The key id of a 32-byte data key: 8 characters, derived one-way (it reveals nothing of the key). */
export function dataKeyId(key: Buffer): string {
  return derive(key, 'jongerenloket:key-id').subarray(0, 6).toString('base64url');
}

function ringKey(key: Buffer, label: string): RingKey {
  if (key.length !== 32) throw new Error(`${label} must be 32 bytes`);
  return { id: dataKeyId(key), cipherKey: derive(key, 'jongerenloket:cipher'), hashKey: derive(key, 'jongerenloket:hash') };
}

function open(key: RingKey, parts: { iv: string; tag: string; body: string; aad?: string }): string {
  const decipher = createDecipheriv('aes-256-gcm', key.cipherKey, Buffer.from(parts.iv, 'base64url'));
  if (parts.aad !== undefined) decipher.setAAD(Buffer.from(parts.aad));
  decipher.setAuthTag(Buffer.from(parts.tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(parts.body, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * @param currentKey the key that encrypts and hashes from now on (DATA_KEY or DATA_KEY_FILE)
 * @param previousKeys keys that only still read (DATA_KEYS_PREVIOUS or DATA_KEY_PREVIOUS_FILE)
 */
export function createDataProtector(currentKey: Buffer, previousKeys: readonly Buffer[] = []): DataProtector {
  const current = ringKey(currentKey, 'DATA_KEY');
  const previous = previousKeys.map((key) => ringKey(key, 'a previous DATA_KEY')).filter((key) => key.id !== current.id);
  const ring = [current, ...previous];
  const byId = new Map(ring.map((key) => [key.id, key]));
  const hash = (key: RingKey, value: string) => createHmac('sha256', key.hashKey).update(value).digest('base64url');

  return {
    currentKeyId: current.id,
    encrypt(plain) {
      const iv = randomBytes(12);
      const aad = `v2.${current.id}`;
      const cipher = createCipheriv('aes-256-gcm', current.cipherKey, iv);
      cipher.setAAD(Buffer.from(aad));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [aad, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(cipherText) {
      const parts = cipherText.split('.');
      if (parts[0] === 'v2' && parts.length === 5) {
        const [, id = '', iv = '', tag = '', body = ''] = parts;
        const key = byId.get(id);
        if (!key) throw new Error(`Encrypted with key ${id}, which is neither DATA_KEY nor one of the previous keys`);
        return open(key, { iv, tag, body, aad: `v2.${id}` });
      }
      if (parts[0] === 'v1' && parts.length === 4) {
        const [, iv = '', tag = '', body = ''] = parts;
        for (const key of ring) {
          try {
            return open(key, { iv, tag, body });
          } catch {
            // Not this key: the next one (a v1 value names no key).
          }
        }
        throw new Error('A value from before key ids that none of the keys opens');
      }
      throw new Error('Not a value encrypted by this product');
    },
    keyedHash: (value) => hash(current, value),
    keyedHashes: (value) => ring.map((key) => hash(key, value)),
    isCurrent: (cipherText) => cipherText.startsWith(`v2.${current.id}.`),
  };
}

/** SHA-256 of a bearer token: tokens are stored only as hashes. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random bearer token, shown once. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares two strings in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
