import { describe, expect, it } from 'vitest';
import { inboundActivity, toBotMessage, withNumberedChoices } from './channel-mapping';

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
