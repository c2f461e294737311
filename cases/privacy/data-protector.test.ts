import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataProtector, dataKeyId, hashToken, sameSecret } from './data-protector';

describe('data protector', () => {
  const protector = createDataProtector(randomBytes(32));

  it('encrypts so the stored value does not show the phone number, and decrypts it back', () => {
    const stored = protector.encrypt('+31612345678');
    expect(stored).not.toContain('31612345678');
    expect(protector.encrypt('+31612345678')).not.toBe(stored);
    expect(protector.decrypt(stored)).toBe('+31612345678');
  });

  it('refuses a value that was tampered with', () => {
    const stored = protector.encrypt('hallo');
    const parts = stored.split('.');
    parts[4] = Buffer.from('hallx').toString('base64url');
    expect(() => protector.decrypt(parts.join('.'))).toThrow();
  });

  it('gives a stable keyed hash that differs per key', () => {
    expect(protector.keyedHash('whatsapp:+31612345678')).toBe(protector.keyedHash('whatsapp:+31612345678'));
    expect(createDataProtector(randomBytes(32)).keyedHash('whatsapp:+31612345678')).not.toBe(protector.keyedHash('whatsapp:+31612345678'));
  });

  it('does not decrypt with another key', () => {
    const stored = protector.encrypt('geheim');
    expect(() => createDataProtector(randomBytes(32)).decrypt(stored)).toThrow();
  });

  it('compares tokens in constant time and stores them only as hashes', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(hashToken('t')).toMatch(/^[0-9a-f]{64}$/);
  });

  describe('a keyring', () => {
    const keyA = randomBytes(32);
    const keyB = randomBytes(32);
    const underA = createDataProtector(keyA);
    const rotated = createDataProtector(keyB, [keyA]);

    it('names the key in every value, and reads a value made with a previous key', () => {
      const stored = underA.encrypt('+31612345678');
      expect(stored.startsWith(`v2.${dataKeyId(keyA)}.`)).toBe(true);
      expect(rotated.decrypt(stored)).toBe('+31612345678');
      expect(rotated.isCurrent(stored)).toBe(false);
      const again = rotated.encrypt('+31612345678');
      expect(again.startsWith(`v2.${rotated.currentKeyId}.`)).toBe(true);
      expect(rotated.isCurrent(again)).toBe(true);
      expect(rotated.currentKeyId).toBe(dataKeyId(keyB));
      expect(dataKeyId(keyB)).not.toBe(dataKeyId(keyA));
    });

    it('without the old key, a value made with it cannot be read, and the error names its key id (not the key)', () => {
      const stored = underA.encrypt('geheim');
      expect(() => createDataProtector(keyB).decrypt(stored)).toThrow(dataKeyId(keyA));
    });

    it('refuses a value whose key id was swapped for another key in the ring', () => {
      const stored = underA.encrypt('geheim').split('.');
      stored[1] = dataKeyId(keyB);
      expect(() => rotated.decrypt(stored.join('.'))).toThrow();
    });

    it('still reads values from before key ids (v1), with the current or a previous key', () => {
      const v1 = (key: Buffer, plain: string) => {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'jongerenloket:cipher', 32)), iv);
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
      };
      expect(createDataProtector(keyA).decrypt(v1(keyA, 'oud'))).toBe('oud');
      expect(rotated.decrypt(v1(keyA, 'oud'))).toBe('oud');
      expect(rotated.isCurrent(v1(keyB, 'oud'))).toBe(false);
      expect(() => createDataProtector(keyB).decrypt(v1(keyA, 'oud'))).toThrow();
    });

    it('hashes with the current key and offers the previous hashes for lookups', () => {
      const [current, old] = rotated.keyedHashes('whatsapp:+31612345678');
      expect(current).toBe(createDataProtector(keyB).keyedHash('whatsapp:+31612345678'));
      expect(rotated.keyedHash('whatsapp:+31612345678')).toBe(current);
      expect(old).toBe(underA.keyedHash('whatsapp:+31612345678'));
      expect(underA.keyedHashes('x')).toHaveLength(1);
    });
  });
});
