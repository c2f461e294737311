import { describe, expect, it } from 'vitest';
import { conversation, last } from './intake-chat.test-support';

/** Brings a new conversation to the consent question, in Dutch, after an age typed as given. */
async function toConsent(age = '20') {
  const chat = conversation();
  await chat.say('hoi');
  const consent = last(await chat.say(age));
  expect(consent.choices?.map((choice) => choice.id)).toEqual(['yes', 'no']);
  return chat;
}

describe('understood in every language', () => {
  it('reads an age typed in Arabic-Indic digits', async () => {
    const chat = await toConsent('١٩');
    expect(chat.events).toEqual([]);
  });

  it('re-asks an age of Persian digits out of range, like one of 0-9', async () => {
    const chat = conversation();
    await chat.say('hoi');
    expect(last(await chat.say('۱۲۰')).text).toContain('cijfers');
  });

  it.each(['evet', 'tak', 'так', 'да', 'نعم', 'ايوه', 'na3am', 'yes'])('takes "%s" as yes at the consent question', async (yes) => {
    const chat = await toConsent();
    expect(last(await chat.say(yes)).text).toContain('In welke gemeente woon je?');
  });

  it.each(['hayır', 'nie', 'ні', 'لا', 'لأ'])('takes "%s" as no at the consent question', async (no) => {
    const chat = await toConsent();
    await chat.say(no);
    expect(chat.events.map((event) => event.type)).toEqual(['intake.declined']);
  });

  it('takes "ايوه" as yes in an Arabic chat, after the age in Arabic digits', async () => {
    const chat = conversation();
    const whatsApp = (text: string) => chat.send({ text, channelId: 'whatsapp', locale: 'nl' });
    await whatsApp('مرحبا أبحث عن عمل');
    const consent = last(await whatsApp('٢٠'));
    expect(consent.choices?.map((choice) => choice.title)).toEqual(['نعم', 'لا']);
    const next = last(await whatsApp('ايوه'));
    expect(next.choices?.length).toBeGreaterThan(1);
    expect(chat.events).toEqual([]);
  });

  it('takes a Dutch answer typed whole in an Arabic chat as that answer, not as a near one ("geen diploma" is not "hbo diploma")', async () => {
    const chat = conversation();
    const whatsApp = (text: string) => chat.send({ text, channelId: 'whatsapp', locale: 'nl' });
    await whatsApp('مرحبا أبحث عن عمل');
    await whatsApp('٢٠');
    await whatsApp('نعم');
    await whatsApp('Amstelveen');
    const wants = last(await whatsApp('geen diploma'));
    expect(wants.choices?.map((choice) => choice.id)).toContain('school');
    // Then "zeg ik liever niet" and "maakt niet uit" to the end, tapped on WhatsApp.
    let replies = await whatsApp('naar school');
    for (let i = 0; i < 20 && !chat.events.some((event) => event.type === 'intake.completed'); i += 1) {
      const choice = last(replies).choices?.at(-1);
      if (!choice) throw new Error(`No choice to tap after: ${last(replies).text}`);
      replies = await chat.send({ text: choice.title, value: { choice: choice.id }, channelId: 'whatsapp', locale: 'nl' });
    }
    const completed = chat.events.find((event) => event.type === 'intake.completed');
    expect(completed?.payload).toMatchObject({ diploma: 'geen' });
  });
});
