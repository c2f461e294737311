import { describe, expect, it } from 'vitest';
import { nightSheltersSchema } from './emergency-message';

describe('night shelter settings', () => {
  it('takes a contact per municipality we serve', () => {
    expect(nightSheltersSchema.parse({ amstelveen: { name: 'Nachtopvang', phone: '020-1234567' } })).toEqual({
      amstelveen: { name: 'Nachtopvang', phone: '020-1234567' },
    });
    expect(nightSheltersSchema.parse({})).toEqual({});
  });

  it('refuses an unknown municipality, a missing name or something that is no phone number', () => {
    expect(nightSheltersSchema.safeParse({ amsterdam: { name: 'X', phone: '020-1234567' } }).success).toBe(false);
    expect(nightSheltersSchema.safeParse({ aalsmeer: { name: '', phone: '020-1234567' } }).success).toBe(false);
    expect(nightSheltersSchema.safeParse({ aalsmeer: { name: 'X', phone: 'bel ons' } }).success).toBe(false);
  });
});
