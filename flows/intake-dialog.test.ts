import { describe, expect, it } from 'vitest';
import { conversation, finishFlow, last, skippedZelfscan, whatsApp } from './intake-chat.test-support';
import { hasStartkwalificatie } from './diploma';

describe('intake (nl)', () => {
  it('asks the age first, then consent, then three questions, and emits the exact intake.completed payload', async () => {
    const chat = conversation();

    const opening = await chat.say('hoi');
    expect(opening).toHaveLength(2);
    expect(opening[0]?.text).toContain('Jongerenloket');
    expect(last(opening)).toEqual({ text: 'Hoe oud ben je?', expects: 'number', choices: undefined });

    const notice = await chat.say('17');
    const consent = last(notice);
    // The notice comes as short messages; the question, with its buttons, is the last.
    expect(notice.length).toBeGreaterThan(2);
    expect(notice.slice(0, -1).every((message) => message.choices === undefined)).toBe(true);
    expect(consent.text).toContain('Is dat goed?');
    // 16 and 17: said plainly that the leerplichtambtenaar helps them.
    expect(notice.map((message) => message.text).join('\n')).toContain('Je bent 16 of 17. Dan helpt de leerplichtambtenaar');
    expect(whatsApp(consent)).toContain('1. Ja\n2. Nee');
    expect(consent.choices).toEqual([
      { id: 'yes', title: 'Ja' },
      { id: 'no', title: 'Nee' },
    ]);
    expect(consent.expects).toBe('choice');

    const municipality = last(await chat.say('Ja!'));
    expect(municipality.text).toContain('In welke gemeente woon je?');
    expect(whatsApp(municipality)).toContain('1. Amstelveen\n2. Aalsmeer\n3. Ergens anders');

    const diploma = last(await chat.say('amstelven'));
    expect(diploma.text).toContain('Wat is je hoogste diploma?');
    expect(diploma.choices?.map((choice) => choice.id)).toEqual(['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo', 'hbo', 'wo', 'buitenlands', 'weet_niet', 'nog_op_school']);

    const wants = last(await chat.say('2.'));
    expect(wants.text).toContain('Wat wil je het liefst?');
    expect(chat.events).toEqual([]);

    // The zelfscan follows; the outcome comes at the very end.
    const zelfscan = await chat.say('schol');
    expect(zelfscan[0]?.text).toContain('hoe het met je gaat');
    expect(chat.events).toEqual([]);
    const done = await finishFlow(chat, zelfscan);
    expect(done).toEqual([{ text: 'Dank je wel! Ik zoek nu uit wie je kan helpen. Je hoort zo van me.', expects: 'none', choices: undefined }]);
    expect(chat.events).toEqual([
      {
        type: 'intake.completed',
        payload: { age: 17, municipality: 'amstelveen', diploma: 'vmbo', hasStartkwalificatie: false, wants: 'school', locale: 'nl', ...skippedZelfscan },
      },
    ]);

    // Without an open case (the case store answers later) a new message shows the menu.
    const later = await chat.say('hallo?');
    expect(last(later).text).toContain('Wat wil je doen?');
    expect(chat.events).toHaveLength(1);
  });

  it('accepts button presses and numbers, and maps mbo 2+ to a startkwalificatie', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('ik ben 26 jaar');
    await chat.press('Ja', 'yes');
    await chat.say('nr 3');
    await chat.say('Amstelveen');
    expect(last(await chat.press('mbo 2 of hoger', 'mbo2plus')).text).toBe('Wat wil je het liefst?');
    expect(last(await chat.say('1')).text).not.toBe('Wat wil je het liefst?');
    expect(hasStartkwalificatie('mbo2plus')).toBe(true);
  });

  it('refers another municipality at once: no diploma or wishes asked that change nothing', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('26');
    await chat.press('Ja', 'yes');
    await chat.say('Haarlem');
    expect(chat.events).toEqual([
      {
        type: 'intake.completed',
        payload: { age: 26, municipality: 'other', otherPlace: 'haarlem', diploma: 'weet_niet', hasStartkwalificatie: false, wants: 'weet_niet', locale: 'nl' },
      },
    ]);
  });

  it('continues for 27 and older: routing refers them', async () => {
    const chat = conversation();
    await chat.say('hoi');
    expect(last(await chat.say('30')).text).not.toContain('leerplicht');
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    // The diploma changes nothing from 27: only what they want (work, or something else) is asked.
    expect(last(await chat.say('Aalsmeer')).text).toBe('Wat wil je het liefst?');
    await chat.say('werk');
    expect(chat.events[0]?.payload).toMatchObject({ age: 30, municipality: 'aalsmeer', diploma: 'weet_niet', hasStartkwalificatie: false, wants: 'werk' });
  });
});


describe('intake (en)', () => {
  it('runs in English after "english" and records the language', async () => {
    const chat = conversation();
    const opening = await chat.say('english');
    expect(opening[0]?.text).toBe('Okay, from now on I will speak English with you.');
    expect(last(opening).text).toBe('How old are you?');
    expect(chat.localeChanges).toEqual(['en']);

    const consent = last(await chat.say('22'));
    expect(consent.text).toContain('Is that okay?');
    expect(consent.text).not.toContain('leerplicht');
    expect(consent.choices).toEqual([
      { id: 'yes', title: 'Yes' },
      { id: 'no', title: 'No' },
    ]);
    expect(whatsApp(last(await chat.press('Yes', 'yes')))).toContain('1. Amstelveen\n2. Aalsmeer\n3. Somewhere else');
    await chat.say('2');
    await chat.say('havo');
    // The work route asks the Werkcentrum ladder aim, then the zelfscan.
    const ladder = await chat.say('Get a job!');
    expect(last(ladder).choices?.map((c) => c.id)).toEqual(['opstapbaan', 'streefbaan', 'wensbaan']);
    const done = await finishFlow(chat, await chat.press('Starter job', 'opstapbaan'));
    expect(last(done).text).toBe('Thank you! I am now looking up who can help you. You will hear from me in a moment.');
    expect(chat.events).toEqual([
      {
        type: 'intake.completed',
        payload: {
          age: 22,
          municipality: 'aalsmeer',
          diploma: 'havo_vwo',
          hasStartkwalificatie: true,
          wants: 'werk',
          locale: 'en',
          ladderAim: 'opstapbaan',
          ...skippedZelfscan,
        },
      },
    ]);
  });

  it('starts in English when the channel says the user speaks English', async () => {
    const chat = conversation();
    const opening = await chat.send({ text: 'hi', locale: 'en-GB' });
    expect(last(opening).text).toBe('How old are you?');
  });
});

describe('consent', () => {
  it('ends with intake.declined and a friendly message when the young person says no', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('19');
    const declined = await chat.say('nee');
    expect(declined).toHaveLength(2);
    expect(declined[0]?.text).toContain('Je antwoorden gaan niet naar een coach. Dit gesprek wordt na een tijdje vanzelf gewist.');
    expect(last(declined).text).toContain('bellen of langskomen');
    expect(chat.events).toEqual([{ type: 'intake.declined', payload: { locale: 'nl' } }]);

    // No Wrong Door: a later message starts over, age first.
    expect(last(await chat.say('toch wel')).text).toBe('Hoe oud ben je?');
  });

  it('does not take "niet ok" as consent', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('20');
    const reply = await chat.say('niet ok');
    expect(last(reply).text).toContain('Sorry, dat snap ik niet');
    expect(whatsApp(last(reply))).toContain('1. Ja\n2. Nee');
    expect(chat.events).toEqual([]);
  });
});

describe('answers that do not fit', () => {
  it('re-asks briefly, then offers a person after two misses, and still accepts a good answer', async () => {
    const chat = conversation();
    await chat.say('hoi');

    const first = await chat.say('banaan');
    expect(first).toEqual([{ text: 'Typ je leeftijd in cijfers. Bijvoorbeeld: 17', expects: 'number', choices: undefined }]);

    const second = await chat.say('honderd');
    expect(second).toHaveLength(2);
    // After two misses: a coach is offered. "Nee" goes back to the question.
    expect(second[0]?.text).toContain('Een coach van het Jongerenloket kan je ook helpen');
    expect(last(second).text).toBe('Wil je dat een coach contact met je opneemt?');
    expect(last(await chat.say('nee')).text).toBe('Hoe oud ben je?');

    expect(last(await chat.say('16')).text).toContain('Is dat goed?');
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');

    const retry = await chat.say('bla bla');
    expect(retry).toHaveLength(1);
    expect(last(retry).text).toContain('Die plaats ken ik niet. Typ de naam van je gemeente.');
    expect(whatsApp(last(retry))).toContain('1. Amstelveen\n2. Aalsmeer\n3. Ergens anders');
    expect(last(retry).choices).toHaveLength(3);
    expect(chat.events).toEqual([]);
  });

  it('re-asks a 2,000-character message instead of reading it as an answer', async () => {
    const chat = conversation();
    const long = 'ik woon in amstelveen en ik zoek werk. '.repeat(52).slice(0, 2000);
    expect(long).toHaveLength(2000);

    const opening = await chat.say(long);
    expect(last(opening).text).toBe('Hoe oud ben je?');
    await chat.say('19');
    await chat.say('ja');
    expect(last(await chat.say(long)).text).toContain('Die plaats ken ik niet.');
    expect(chat.events).toEqual([]);
  });

  it('handles emoji only: 👍 is yes, 😅 is re-asked', async () => {
    const chat = conversation();
    await chat.say('👋');
    expect(last(await chat.say('😅')).text).toBe('Typ je leeftijd in cijfers. Bijvoorbeeld: 17');
    await chat.say('18');
    expect(last(await chat.say('👍')).text).toContain('In welke gemeente');
  });

  it('says it can only read text when a message has none (a photo)', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const reply = await chat.send({ attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.test/a.jpg' }] });
    expect(reply).toHaveLength(1);
    expect(last(reply).text).toContain('alleen tekst');
    // The photo was not a miss: the next wrong answer gets the short retry, not the person offer.
    expect(await chat.say('?')).toHaveLength(1);
  });
});

describe('global commands', () => {
  it('"opnieuw" in the middle starts the intake again, and only the new answers count', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('17');
    await chat.say('ja');
    const restarted = await chat.say('Opnieuw');
    expect(last(restarted).text).toBe('Hoe oud ben je?');

    await chat.say('20');
    await chat.say('ja');
    await chat.say('aalsmeer');
    await chat.say('havo of vwo');
    await finishFlow(chat, await chat.say('weet ik niet'));
    expect(chat.events).toHaveLength(1);
    expect(chat.events[0]?.payload).toMatchObject({ age: 20, municipality: 'aalsmeer', diploma: 'havo_vwo', hasStartkwalificatie: true, wants: 'weet_niet', locale: 'nl' });
  });

  it('"stop" asks to confirm; yes emits conversation.opted_out and ends the intake', async () => {
    const chat = conversation();
    await chat.say('hoi');

    const confirm = await chat.say('STOP');
    expect(last(confirm).text).toContain('Wil je stoppen?');
    expect(last(confirm).choices?.map((choice) => choice.id)).toEqual(['yes', 'no']);

    const stopped = await chat.say('ja');
    expect(last(stopped).text).toContain('Je bent afgemeld');
    expect(chat.events).toEqual([{ type: 'conversation.opted_out', payload: {} }]);

    // The age question is gone: a later message starts over, age first.
    expect(last(await chat.say('17')).text).toBe('Hoe oud ben je?');
  });

  it('"stop" then "nee" goes back to the open question', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('afmelden');
    const resumed = await chat.say('nee');
    expect(resumed.map((reply) => reply.text)).toEqual(['Fijn! We gaan verder.', 'Hoe oud ben je?']);
    expect(last(await chat.say('18')).text).toContain('Is dat goed?');
    expect(chat.events).toEqual([]);
  });

  it('"english" mid-flow asks the open question again in English and the payload says en', async () => {
    const chat = conversation();
    await chat.say('hoi');
    await chat.say('17');
    await chat.say('ja');
    const switched = await chat.say('English');
    expect(switched.map(whatsApp)).toEqual([
      'Okay, from now on I will speak English with you.',
      'In which municipality do you live?\n\n1. Amstelveen\n2. Aalsmeer\n3. Somewhere else',
    ]);
    expect(chat.localeChanges).toEqual(['en']);

    await chat.say('amstelveen');
    await chat.say('no diploma');
    await finishFlow(chat, await chat.say('school'));
    expect(chat.events[0]?.payload).toEqual({
      age: 17,
      municipality: 'amstelveen',
      diploma: 'geen',
      hasStartkwalificatie: false,
      wants: 'school',
      locale: 'en',
      ...skippedZelfscan,
    });

    const back = await chat.say('nederlands');
    expect(back.map((reply) => reply.text)).toEqual(['Oké, ik praat vanaf nu Nederlands met je.']);
    expect(chat.localeChanges).toEqual(['en', 'nl']);
  });
});
