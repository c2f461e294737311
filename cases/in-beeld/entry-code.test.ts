import { describe, expect, it } from 'vitest';
import { ENTRY_CODE_ALPHABET, extractEntryCode, generateEntryCode, normalizeEntryCode } from './entry-code';

describe('entry codes', () => {
  it('makes six-character codes without look-alike characters', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateEntryCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(ENTRY_CODE_ALPHABET).toHaveLength(31);
  });

  it('reads the code from the prefilled start text and from what a young person typed', () => {
    expect(extractEntryCode('Hoi! Ik wil graag hulp. (code ABC234)')).toBe('ABC234');
    expect(extractEntryCode('Hi! I would like some help. (code: xyz789)')).toBe('XYZ789');
    expect(extractEntryCode('mijn code is 123456')).toBeUndefined();
    expect(extractEntryCode('Hoi, ik zoek werk')).toBeUndefined();
    // O and 0 are not in the alphabet: a code with them was never ours.
    expect(extractEntryCode('(code ABCD0O)')).toBeUndefined();
  });

  it('normalizes a code from a link', () => {
    expect(normalizeEntryCode(' abc234 ')).toBe('ABC234');
    expect(normalizeEntryCode('abc')).toBeUndefined();
    expect(normalizeEntryCode(undefined)).toBeUndefined();
  });
});
