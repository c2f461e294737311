import { describe, expect, it } from 'vitest';
import { conversation, last } from './intake-chat.test-support';

/** A first message as it comes from WhatsApp (no page chose a language) or from the web chat's page. */
const first = (
  chat: ReturnType<typeof conversation>,
  text: string,
  channel: { channelId: string; locale?: string } = {
    channelId: 'whatsapp',
    locale: 'nl',
  },
) => chat.send({ text, ...channel });

describe('the first message', () => {
  it('offers the other five languages by their own names under the Dutch welcome', async () => {
    const chat = conversation();
    const opening = await first(chat, 'hoi');
    const offer = opening[0]?.text.split('\n').at(-1);
    expect(offer).toBe('🌍 English · Türkçe · Polski · Українська · العربية: typ je taal / type your language');
    expect(last(opening).text).toBe('Hoe oud ben je?');
    expect(chat.localeChanges).toEqual([]);
  });

  it('typing a language named in the offer switches to it', async () => {
    const chat = conversation();
    await first(chat, 'hoi');
    const switched = await first(chat, 'English');
    expect(chat.localeChanges).toEqual(['en']);
    expect(switched[0]?.text).toContain('English');
    expect(last(switched).text).toBe('How old are you?');
  });

  it.each([
    ['hello i need a job', 'en', 'How old are you?'],
    ['merhaba iş arıyorum', 'tr', 'Kaç yaşındasın?'],
    ['مرحبا أبحث عن عمل', 'ar', 'كم عمرك؟'],
  ])('"%s" on WhatsApp is answered in %s, and the welcome offers Dutch', async (text, locale, age) => {
    const chat = conversation();
    const opening = await first(chat, text);
    expect(chat.localeChanges).toEqual([locale]);
    expect(last(opening).text).toBe(age);
    expect(opening[0]?.text).toContain('Nederlands');
    // The welcome names the other five, not its own language.
    expect(opening[0]?.text.split('\n').at(-1)?.split(':')[0]?.split(' · ')).toHaveLength(5);
  });

  it('keeps the web chat page language, whatever the first message is written in', async () => {
    const chat = conversation();
    const opening = await first(chat, 'hello i need a job', {
      channelId: 'webchat',
      locale: 'nl',
    });
    expect(last(opening).text).toBe('Hoe oud ben je?');
    expect(chat.localeChanges).toEqual([]);
  });

  it('only the first message chooses: a later English answer does not switch', async () => {
    const chat = conversation();
    await first(chat, 'hoi');
    const again = await first(chat, 'hello i need a job');
    expect(last(again).text).toContain('leeftijd');
    expect(chat.localeChanges).toEqual([]);
  });
});

describe('the language of the handover', () => {
  it('is the one the young person chats in at the end: Arabic first, English from the zelfscan on', async () => {
    const chat = conversation();
    const whatsApp = (text: string) => chat.send({ text, channelId: 'whatsapp', locale: 'nl' });
    await whatsApp('مرحبا أبحث عن عمل');
    for (const answer of ['٢٠', 'نعم', 'Amstelveen', '1', '1']) await whatsApp(answer);
    let replies = await whatsApp('english');
    // The rest of the zelfscan: the last option each time ("I would rather not say").
    while (!chat.events.some((event) => event.type === 'intake.completed')) {
      const choice = last(replies).choices?.at(-1);
      if (!choice) throw new Error(`No choice to tap after: ${last(replies).text}`);
      replies = await chat.send({ text: choice.title, value: { choice: choice.id }, channelId: 'whatsapp', locale: 'nl' });
    }
    expect(chat.localeChanges).toEqual(['ar', 'en']);
    expect(chat.events.find((event) => event.type === 'intake.completed')?.payload).toMatchObject({ locale: 'en' });
  });
});
