import { describe, expect, it } from 'vitest';
import { withNumberedChoices } from '../bot/channel-mapping';
import { splitForWhatsApp, splitMessageForWhatsApp, WHATSAPP_BODY_LIMIT } from './split-for-whatsapp';

describe('splitForWhatsApp', () => {
  it('keeps a short text whole', () => {
    expect(splitForWhatsApp('Hoi!')).toEqual(['Hoi!']);
  });

  it('splits a long text at paragraph boundaries into parts of at most 1,600 characters, losing nothing', () => {
    const paragraph = 'Dit is een zin over school en werk. '.repeat(20).trim();
    const text = Array.from({ length: 6 }, () => paragraph).join('\n\n');
    const parts = splitForWhatsApp(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(WHATSAPP_BODY_LIMIT);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts a text without spaces hard at the limit', () => {
    const parts = splitForWhatsApp('x'.repeat(4000));
    expect(parts.map((p) => p.length)).toEqual([1600, 1600, 800]);
  });
});

describe('splitMessageForWhatsApp', () => {
  const choices = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, title: `Keuze nummer ${i + 1} van tien` }));

  it('stores a question plain, with its choices, for the send job to render', () => {
    const message = { text: 'Welk diploma heb je?', choices, expects: 'choice' as const };
    expect(splitMessageForWhatsApp(message)).toEqual([message]);
  });

  it('keeps room for the numbered options in the last part, and only the last part offers the choices', () => {
    // Fits on its own (1,511 characters), but not with ten numbered options after it.
    const text = 'Dit is een zin over school en werk. '.repeat(42).trim();
    expect(text.length).toBeLessThanOrEqual(WHATSAPP_BODY_LIMIT);
    const parts = splitMessageForWhatsApp({ text, choices, expects: 'choice' });
    expect(parts.length).toBeGreaterThan(1);
    const last = parts.at(-1)!;
    expect(last.choices).toEqual(choices);
    expect(withNumberedChoices(last).length).toBeLessThanOrEqual(WHATSAPP_BODY_LIMIT);
    expect(parts.slice(0, -1).every((p) => p.choices === undefined && p.expects === 'none')).toBe(true);
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
  });
});
