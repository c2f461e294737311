import { describe, expect, it } from 'vitest';
import { conversation, flows, last, texts, type Chat } from './front-door-chat.test-support';

describe.each(Object.keys(flows))('global commands in the middle of the %s', (flow) => {
  const open = (chat: Chat) => flows[flow]!(chat);

  it('"menu" shows help and the menu; a choice there goes back to the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    const menu = await chat.say('MENU');
    expect(texts(menu)).toContain('OPNIEUW');
    expect(last(menu).choices?.map((c) => c.id)).toEqual(['resume', 'restart', 'person', 'trusted_person', 'language', 'stop']);
    const person = await chat.say('Praat met iemand');
    expect(last(person).text).toBe('Wil je dat een coach contact met je opneemt?');
    const back = await chat.say('nee');
    expect(last(back).text).toBe(question.text);
    expect(chat.events.filter((e) => e.type === 'handover.requested')).toEqual([]);
  });

  it('"stop" asks to confirm; "nee" goes back to the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    expect(last(await chat.say('stop')).text).toContain('Wil je stoppen?');
    const back = await chat.say('nee');
    expect(back[0]?.text).toBe('Fijn! We gaan verder.');
    expect(last(back).text).toBe(question.text);
  });

  it('"afmelden" then "ja" opts out and ends the flow; START opts back in', async () => {
    const chat = conversation();
    await open(chat);
    await chat.say('afmelden');
    expect(last(await chat.say('ja')).text).toContain('Je bent afgemeld');
    expect(chat.events.map((e) => e.type)).toEqual(['conversation.opted_out']);
    const back = await chat.say('start');
    expect(back[0]?.text).toContain('Welkom terug');
    expect(chat.events.map((e) => e.type)).toEqual(['conversation.opted_out', 'conversation.opted_in']);
    expect(last(back).text).toBe('Hoe oud ben je?');
  });

  it('"Verwijder mijn gegevens" asks to confirm; "nee" erases nothing and goes back to the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    // MENU names the words, so a young person can find them.
    expect((await chat.say('menu'))[0]?.text).toContain('VERWIJDER MIJN GEGEVENS');
    await chat.say('1');
    const asked = last(await chat.say('Verwijder mijn gegevens!'));
    expect(asked.text).toContain('Weet je het zeker?');
    expect(asked.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    const back = await chat.say('nee');
    expect(back[0]?.text).toBe('Goed, we wissen niets. We gaan verder.');
    expect(last(back).text).toBe(question.text);
    expect(chat.events).toEqual([]);
  });

  it.each([
    ['nl', 'VERWIJDER MIJN GEGEVENS'],
    ['en', 'Delete my data'],
    ['tr', 'verilerimi sil'],
    ['pl', 'Usun moje dane'],
    ['uk', 'Видаліть мої дані'],
    ['ar', 'احذف بياناتي'],
  ])('erasure in %s, typed without care for case or accents, is confirmed and then asked of the case store', async (_lang, words) => {
    const chat = conversation();
    await open(chat);
    await chat.say(words);
    const done = await chat.say('ja');
    expect(done[0]?.text).toContain('We wissen nu alles');
    expect(chat.events).toEqual([{ type: 'privacy.erasure_requested', payload: {} }]);
    // Nothing is asked after it: the flow ended, and the next message starts with a clean slate.
    expect(done).toHaveLength(1);
  });

  it('"taal" switches language and asks the open question again in it', async () => {
    const chat = conversation();
    await open(chat);
    const choose = await chat.say('taal');
    expect(last(choose).choices?.map((c) => c.title)).toEqual(['Nederlands', 'English', 'Türkçe', 'Polski', 'Українська', 'العربية']);
    const switched = await chat.say('English');
    expect(switched[0]?.text).toMatch(/English/);
    expect(last(switched).text).not.toBe('');
    expect(last(switched).text).toMatch(/[A-Za-z]/);
    expect(chat.locales).toEqual(['en']);
  });

  it('"opnieuw" starts again with the age', async () => {
    const chat = conversation();
    await open(chat);
    const again = await chat.say('opnieuw');
    expect(again[0]?.text).toContain('we beginnen opnieuw');
    expect(last(again).text).toBe('Hoe oud ben je?');
  });

  it('"praat met iemand" hands over at once with what is known, then goes back to the question', async () => {
    const chat = conversation();
    const question = await open(chat);
    expect(last(await chat.say('praat met iemand')).text).toBe('Wil je dat een coach contact met je opneemt?');
    const asked = await chat.say('ja');
    if (flow === 'intake') {
      // The municipality decides which team answers: asked only when not known yet.
      expect(last(asked).text).toContain('In welke gemeente');
      await chat.say('aalsmeer');
    }
    const [event] = chat.events;
    expect(event?.type).toBe('handover.requested');
    expect(event?.payload).toMatchObject({ reason: 'person_requested', locale: 'nl', municipality: flow === 'intake' ? 'aalsmeer' : 'amstelveen' });
    if (flow !== 'intake') expect(event?.payload).toMatchObject({ age: 20 });
    // Still in the flow: a wrong answer gets the open question again.
    const next = await chat.say('hallo');
    if (flow === 'intake') expect(last(next).text).toContain('leeftijd');
    else expect(last(next).choices).toEqual(question.choices);
  });
});

describe('"praat met iemand" before the municipality is known', () => {
  it('understands a typed place as the intake does: Kudelstaart is Aalsmeer, Haarlem is another municipality', async () => {
    for (const [typed, municipality] of [['Kudelstaart', 'aalsmeer'], ['Haarlem', 'other']] as const) {
      const chat = conversation();
      await chat.say('hoi');
      await chat.say('praat met iemand');
      await chat.say('ja');
      await chat.say('Iets anders');
      await chat.say(typed);
      expect(chat.events.find((e) => e.type === 'handover.requested')?.payload, typed).toMatchObject({ reason: 'person_requested', municipality });
    }
  });
});

describe('erasure before the young person decides', () => {
  it('tells someone under 18, before they decide, that the leerplichtambtenaar goes on helping; not someone of 18 or older', async () => {
    for (const [age, noted] of [['16', true], ['20', false]] as const) {
      const chat = conversation();
      await chat.say('hoi');
      await chat.say(age);
      // The age is kept once the privacy notice was agreed to.
      await chat.say('ja');
      const asked = await chat.say('verwijder mijn gegevens');
      expect(asked.some((m) => m.text.includes('De leerplichtambtenaar blijft je helpen')), age).toBe(noted);
      expect(last(asked).text).toContain('Weet je het zeker?');
    }
  });
});

describe('languages', () => {
  it('in Turkish, goes on in Turkish at once, without asking what untranslated text should come in', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('taal');
    const switched = await chat.say('Türkçe');
    expect(chat.locales).toEqual(['tr']);
    expect(switched[0]?.text).toContain('Türkçe');
    expect(last(switched).text).toBe('Kaç yaşındasın?');
    const consent = last(await chat.say('20'));
    expect(consent.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(consent.text).toContain('Bu senin için uygun mu?');
    // The municipality question is translated too: Turkish, not the English chosen for what is not.
    expect(last(await chat.press(consent.choices![0]!)).text).toContain('Hangi belediyede oturuyorsun?');
  });

  it('right-to-left Arabic has the safety message and the global commands', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('العربية');
    await chat.say('English');
    const stop = await chat.say('توقف');
    expect(last(stop).choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    await chat.say('no');
    const alarm = await chat.say('أريد أن أقتل نفسي');
    expect(alarm[0]?.text).toContain('112');
  });
});
