import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Encryption at rest and keyed hashes for personal data (DESIGN.md rule 5).
 * Phone numbers and free text are stored as AES-256-GCM ciphertext; the conversation key is an
 * HMAC of the channel user id, so a database dump alone never reveals a phone number.
 * Two sub-keys are derived from `DATA_KEY` with HKDF so that the hash key and the cipher key differ.
 */
export interface DataProtector {
  encrypt(plain: string): string;
  decrypt(cipherText: string): string;
  /** A stable pseudonym for a channel user id, e.g. `whatsapp:+31612345678`. */
  keyedHash(value: string): string;
}

const VERSION = 'v1';

export function createDataProtector(dataKey: Buffer): DataProtector {
  if (dataKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
  const cipherKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'jongerenloket:cipher', 32));
  const hashKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'jongerenloket:hash', 32));

  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', cipherKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(cipherText) {
      const [version, iv, tag, body] = cipherText.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('Not a value encrypted by this product');
      }
      const decipher = createDecipheriv('aes-256-gcm', cipherKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyedHash(value) {
      return createHmac('sha256', hashKey).update(value).digest('base64url');
    },
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
