import { describe, expect, it } from 'vitest';
import { inboundActivity, toBotMessage, withNumberedChoices } from './channel-mapping';
import { splitForWhatsApp, splitMessageForWhatsApp, WHATSAPP_BODY_LIMIT } from './conversation-store';

describe('channel mapping', () => {
  it('shows choices as numbered options on WhatsApp, so a typed number works', () => {
    const text = withNumberedChoices({
      text: 'In welke gemeente woon je?',
      choices: [
        { id: 'amstelveen', title: 'Amstelveen' },
        { id: 'aalsmeer', title: 'Aalsmeer' },
      ],
      expects: 'choice',
    });
    expect(text).toBe('In welke gemeente woon je?\n\n1. Amstelveen\n2. Aalsmeer');
    expect(withNumberedChoices({ text: 'Hoe oud ben je?', expects: 'number' })).toBe('Hoe oud ben je?');
  });

  it('reads choices and what the bot expects from the activity', () => {
    expect(toBotMessage({ text: 'Kies', channelData: { choices: [{ id: 'a', title: 'A' }] } })).toEqual({
      text: 'Kies',
      choices: [{ id: 'a', title: 'A' }],
      expects: 'choice',
    });
    expect(toBotMessage({ text: 'Hoi' })).toEqual({ text: 'Hoi', expects: 'none' });
  });

  it('keys the activity by the conversation uuid, never the phone number, and carries a button payload', () => {
    const activity = inboundActivity({
      conversationId: '8a1b7a52-6d0c-4e0b-9a53-4b2f7f0c9d11',
      channel: 'whatsapp',
      locale: 'nl',
      text: 'Ja',
      payload: 'yes',
      inboundId: 7,
    });
    expect(activity.conversation?.id).toBe('8a1b7a52-6d0c-4e0b-9a53-4b2f7f0c9d11');
    expect(JSON.stringify(activity)).not.toMatch(/\+31/);
    expect(activity.value).toEqual({ choice: 'yes' });
  });
});

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
