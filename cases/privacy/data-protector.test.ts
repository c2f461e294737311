import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataProtector, hashToken, sameSecret } from './data-protector';

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
    parts[3] = Buffer.from('hallx').toString('base64url');
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
});
