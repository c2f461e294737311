import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';

interface Reply {
  text: string;
  choices?: Choice[];
  expects?: string;
}

/** A conversation with the front-door bot over botbuilder's TestAdapter and MemoryStorage. */
function conversation() {
  const conversationState = new ConversationState(new MemoryStorage());
  const bot = new FrontDoorBot({ conversationState, i18n: createI18n() });
  const events: DomainEventDraft[] = [];
  const localeChanges: string[] = [];
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
    const effects = turnEffects(context);
    events.push(...effects.events);
    if (effects.locale) localeChanges.push(effects.locale);
  });

  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    const replies = adapter.activeQueue.splice(0).map((reply) => {
      const data = (reply.channelData ?? {}) as BotChannelData;
      return { text: reply.text ?? '', choices: data.choices, expects: data.expects };
    });
    for (const reply of replies) {
      // WhatsApp limits (DESIGN.md rule 6): body 1,600 characters, button title 24.
      expect(reply.text.length).toBeLessThanOrEqual(1600);
      for (const choice of reply.choices ?? []) expect(choice.title.length).toBeLessThanOrEqual(24);
    }
    return replies;
  }

  return {
    events,
    localeChanges,
    say: (text: string) => send({ text }),
    press: (title: string, id: string) => send({ text: title, value: { choice: id } }),
    send,
  };
}

/** Everything skipped in the zelfscan ("zeg ik liever niet"), contact time "maakt niet uit". */
const skippedZelfscan = {
  zelfscan: {
    levels: {},
    obstacles: [],
    attention: [],
    strengths: [],
    talkAbout: [],
    skipped: ['school', 'werk', 'geld', 'wonen', 'dagbesteding', 'netwerk', 'gezondheid', 'persoonlijk'],
    intensity: 'onbekend',
    multiproblematiek: false,
  },
  contactTimes: 'maakt_niet_uit',
};

/**
 * Goes through what follows the intake questions (keuzehulp, ladder, zelfscan) by tapping the last
 * option each time ("zeg ik liever niet", "maakt niet uit"), until the outcome is emitted.
 */
async function finishFlow(chat: ReturnType<typeof conversation>, first: Reply[]): Promise<Reply[]> {
  let replies = first;
  for (let i = 0; i < 20 && !chat.events.some((e) => e.type === 'intake.completed'); i += 1) {
    const choice = last(replies).choices?.at(-1);
    if (!choice) throw new Error(`No choice to tap after: ${last(replies).text}`);
    replies = await chat.press(choice.title, choice.id);
  }
  return replies;
}

const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};

describe('intake (nl)', () => {
  it('asks the age first, then consent, then three questions, and emits the exact intake.completed payload', async () => {
    const chat = conversation();

    const opening = await chat.say('hoi');
    expect(opening).toHaveLength(2);
    expect(opening[0]?.text).toContain('Jongerenloket');
    expect(last(opening)).toEqual({ text: 'Hoe oud ben je?', expects: 'number', choices: undefined });

    const consent = last(await chat.say('17'));
    expect(consent.text).toContain('Is dat goed?');
    // 16 and 17: said plainly that the leerplichtambtenaar helps them.
    expect(consent.text).toContain('Je bent 16 of 17. Dan helpt de leerplichtambtenaar');
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
    await chat.press('mbo 2 of hoger', 'mbo2plus');
    // Another municipality is referred at once: no keuzehulp or zelfscan questions that change nothing.
    await chat.say('3');
    expect(chat.events).toEqual([
      {
        type: 'intake.completed',
        payload: { age: 26, municipality: 'other', diploma: 'mbo2plus', hasStartkwalificatie: true, wants: 'weet_niet', locale: 'nl' },
      },
    ]);
  });

  it('continues for 27 and older: routing refers them', async () => {
    const chat = conversation();
    await chat.say('hoi');
    expect(last(await chat.say('30')).text).not.toContain('leerplicht');
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    await chat.say('Aalsmeer');
    await chat.say('geen diploma');
    await chat.say('werk');
    expect(chat.events[0]?.payload).toMatchObject({ age: 30, municipality: 'aalsmeer', diploma: 'geen', hasStartkwalificatie: false, wants: 'werk' });
  });
});

describe('age first, then the consent that fits the age', () => {
  it('12: a kind message with where to go instead, no consent asked, nothing sent on', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const reply = await chat.say('ik ben 12');
    expect(reply).toHaveLength(1);
    expect(last(reply).text).toContain('vanaf 15 jaar');
    expect(last(reply).text).toContain('mentor op school');
    expect(last(reply).text).toContain('ouders');
    expect(last(reply).text).toContain('De Kindertelefoon: 0800-0432');
    expect(last(reply).text).not.toContain('Is dat goed?');
    expect(chat.events).toEqual([]);
    // A later message starts again with the age: nothing of the first answer was kept.
    expect(last(await chat.say('hallo')).text).toContain('Hoe oud ben je?');
    expect(chat.events).toEqual([]);
  });

  it('14 is too young as well; 9 is understood as an age, not re-asked', async () => {
    for (const age of ['14', '9']) {
      const chat = conversation();
      await chat.say('hoi');
      expect(last(await chat.say(age)).text).toContain('De Kindertelefoon');
    }
  });

  it('15: the notice says a parent or carer may take part, then asks whether the coach may contact them', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const consent = last(await chat.say('15'));
    expect(consent.text).toContain('Je bent 15. Dan helpt de leerplichtambtenaar');
    expect(consent.text).toContain('ouder of verzorger ook meedoen');
    const parent = last(await chat.say('ja'));
    expect(parent.text).toBe('Mag je coach ook contact opnemen met je ouder of verzorger?');
    expect(parent.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    const next = await chat.say('nee');
    expect(next[0]?.text).toBe('Oké. Je coach praat daar eerst met jou over.');
    expect(last(next).text).toContain('In welke gemeente');
    await chat.say('amstelveen');
    await chat.say('zit nog op school');
    await finishFlow(chat, await chat.say('school'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 15, diploma: 'nog_op_school', hasStartkwalificatie: false, mayContactParent: false });
  });

  it('15 who says yes to the parent question: the outcome says the coach may contact them', async () => {
    const chat = conversation();
    for (const answer of ['hoi', '15', 'ja']) await chat.say(answer);
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    for (const answer of ['aalsmeer', 'vmbo']) await chat.say(answer);
    await finishFlow(chat, await chat.say('school'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 15, mayContactParent: true });
  });

  it('18 and older: no leerplicht in the notice and no parent question', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const consent = last(await chat.say('18'));
    expect(consent.text).not.toMatch(/leerplicht|ouder/);
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    for (const answer of ['amstelveen', 'hbo']) await chat.say(answer);
    await finishFlow(chat, await chat.say('werk'));
    expect(chat.events[0]?.payload).not.toHaveProperty('mayContactParent');
  });
});

describe('the diploma question understands what young people type', () => {
  // [typed, diploma, startkwalificatie]
  it.each([
    ['hbo', 'hbo', true],
    ['HBO!', 'hbo', true],
    ['uni', 'wo', true],
    ['universiteit', 'wo', true],
    ['bachelor', 'hbo', true],
    ['master', 'wo', true],
    ['diploma uit Syrië', 'buitenlands', false],
    ['uit het buitenland', 'buitenlands', false],
    ['weet niet', 'weet_niet', false],
    ['geen idee', 'weet_niet', false],
    ['zit nog op school', 'nog_op_school', false],
    ['havo', 'havo_vwo', true],
    ['mbo 3', 'mbo2plus', true],
    ['entree', 'mbo1', false],
    ['geen diploma', 'geen', false],
    ['vmbo', 'vmbo', false],
  ] as const)('a 24-year-old who types "%s" has %s', async (typed, diploma, startkwalificatie) => {
    const chat = conversation();
    for (const answer of ['hoi', '24', 'ja', 'amstelveen']) await chat.say(answer);
    expect(last(await chat.say(typed)).text).toContain('Wat wil je het liefst?');
    await finishFlow(chat, await chat.say('werk'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 24, diploma, hasStartkwalificatie: startkwalificatie });
  });

  it('offers ten diplomas, each with a title that fits a WhatsApp list', async () => {
    const chat = conversation();
    for (const answer of ['hoi', '24', 'ja']) await chat.say(answer);
    const question = last(await chat.say('amstelveen'));
    expect(question.choices).toHaveLength(10);
    expect(whatsApp(question)).toContain('6. hbo\n7. wo (universiteit)\n8. Diploma uit buitenland\n9. Weet ik niet\n10. Zit nog op school');
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
    expect(declined).toHaveLength(1);
    expect(last(declined).text).toContain('We bewaren je gegevens niet');
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

    const retry = await chat.say('weet ik veel');
    expect(retry).toHaveLength(1);
    expect(last(retry).text).toContain('Kies een gemeente uit de lijst.');
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
    expect(last(await chat.say(long)).text).toContain('Kies een gemeente uit de lijst.');
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

/** The text as WhatsApp shows it: with the choices as numbered options (DESIGN.md rule 6). */
function whatsApp(reply: Reply): string {
  return withNumberedChoices({ text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}), expects: 'choice' });
}
