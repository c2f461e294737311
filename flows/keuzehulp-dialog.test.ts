import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import { createI18n, loadResources, type Language } from '../locales/index';
import { setTurnLanguage, type Translate } from './ask-dialog';
import { isKeuzehulpResult, KEUZEHULP_DIALOG_ID, KeuzehulpDialog, type KeuzehulpOptions } from './keuzehulp-dialog';
import { isWerkLadderResult, WERK_LADDER_DIALOG_ID, WerkLadderDialog } from './werk-ladder-dialog';

interface Reply {
  text: string;
  choices?: Choice[];
  expects?: string;
}

const i18n = createI18n();

/** The one question with more than 3 options: WhatsApp shows it as a list-picker (up to 10 items). */
const LIST_QUESTION_IDS = ['leren', 'doen', 'allebei', 'weet_niet'];

/**
 * A conversation with one dialog over botbuilder's TestAdapter, set up as the front-door bot will:
 * the turn's `t` covers the bot, zelfscan and keuzehulp namespaces.
 */
function conversation(start: { dialogId: string; options?: KeuzehulpOptions }, locale: Language = 'nl') {
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'))
    .add(new KeuzehulpDialog())
    .add(new WerkLadderDialog());
  const results: unknown[] = [];
  const adapter = new TestAdapter(async (context) => {
    const t = i18n.getFixedT(locale, ['bot', 'zelfscan', 'keuzehulp']) as Translate;
    setTurnLanguage(context, { locale, t });
    const dc = await dialogs.createContext(context);
    const turn = dc.activeDialog ? await dc.continueDialog() : await dc.beginDialog(start.dialogId, start.options);
    if (turn.status === DialogTurnStatus.complete) results.push(turn.result);
    await conversationState.saveChanges(context);
  });

  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    const replies = adapter.activeQueue.splice(0).map((reply) => {
      const data = (reply.channelData ?? {}) as BotChannelData;
      return { text: reply.text ?? '', choices: data.choices, expects: data.expects };
    });
    for (const reply of replies) expectWhatsAppFit(reply);
    return replies;
  }

  return {
    results,
    say: (text: string) => send({ text }),
    press: (title: string, id: string) => send({ text: title, value: { choice: id } }),
  };
}

/**
 * WhatsApp limits (DESIGN.md rule 6): text 1,600 characters, title 24. A question meant as buttons
 * must also fit Twilio's quick-reply (at most 3, titles ≤20, body ≤1,024, as messages/interactive-content.ts
 * checks), or it arrives as a list that takes an extra tap; the one 4-option question is a list (≤10).
 */
function expectWhatsAppFit(reply: Reply): void {
  expect(whatsApp(reply).length).toBeLessThanOrEqual(1600);
  const choices = reply.choices ?? [];
  for (const choice of choices) expect(choice.title.length, choice.title).toBeLessThanOrEqual(24);
  const isList = choices.map((choice) => choice.id).join() === LIST_QUESTION_IDS.join();
  expect(choices.length).toBeLessThanOrEqual(isList ? 10 : 3);
  if (choices.length > 0 && !isList) {
    expect([...reply.text].length).toBeLessThanOrEqual(1024);
    for (const choice of choices) expect([...choice.title].length, choice.title).toBeLessThanOrEqual(20);
  }
}

/** The text as WhatsApp shows it: with the choices as numbered options. */
function whatsApp(reply: Reply): string {
  return withNumberedChoices({ text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}), expects: 'choice' });
}

const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};

const ids = (reply: Reply) => reply.choices?.map((choice) => choice.id);

describe('keuzehulp (nl)', () => {
  it('asks the questions one at a time and ends with the confirmed suggestion', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 19 } });

    const opening = await chat.say('weet ik niet');
    expect(opening.map((reply) => reply.text)).toEqual([
      'Geen probleem, veel jongeren weten dat nog niet. Ik stel je maximaal 4 korte vragen. Er is geen goed of fout antwoord.',
      'Wat past meer bij jou: leren in een klas, of doen met je handen?',
    ]);
    expect(whatsApp(last(opening))).toContain('1. Leren in een klas\n2. Doen met mijn handen\n3. Allebei\n4. Weet ik niet');

    const income = await chat.press('Leren in een klas', 'leren');
    expect(income).toEqual([
      {
        text: 'Heb je nu snel geld nodig?',
        choices: [
          { id: 'ja', title: 'Ja' },
          { id: 'nee', title: 'Nee' },
          { id: 'een_beetje', title: 'Een beetje' },
        ],
        expects: 'choice',
      },
    ]);

    const learningWay = last(await chat.say('nee hoor'));
    expect(learningWay.text).toContain('Leren en werken tegelijk (BBL) of naar school met stage (BOL)?');
    expect(ids(learningWay)).toEqual(['bbl', 'bol', 'weet_niet']);

    const restFirst = last(await chat.say('bbl'));
    expect(restFirst.text).toContain('Wil je dat eerst, voordat je met school of werk begint?');
    expect(ids(restFirst)).toEqual(['ja', 'nee', 'weet_niet']);

    const suggestion = last(await chat.say('2'));
    expect(suggestion.text).toContain('Ik denk dat een opleiding waarbij je leert én werkt (BBL) goed bij je past.');
    expect(whatsApp(suggestion)).toContain('1. Ja, lijkt me goed\n2. Liever werken\n3. Eerst hulp of rust');
    expect(chat.results).toEqual([]);

    expect(await chat.say('ja')).toEqual([]);
    expect(chat.results).toEqual([
      {
        route: 'school',
        suggested: 'school',
        confirmed: true,
        learningStyle: 'bbl',
        reason: 'eigen_keuze_leren',
        answers: { preference: 'leren', incomeNow: 'nee', learningWay: 'bbl', restFirst: 'nee' },
      },
    ]);
    expect(isKeuzehulpResult(chat.results[0])).toBe(true);
  });

  it('skips the BBL/BOL question when the young person prefers doing', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 17 } });
    await chat.say('hoi');
    await chat.say('doen');
    const next = last(await chat.say('een beetje'));
    expect(next.text).toContain('Soms is het fijn om eerst tot rust te komen.');
    expect(next.text).not.toContain('BBL');

    const suggestion = last(await chat.say('Nee, ik wil beginnen'));
    // Doing, without a startkwalificatie: learn and earn.
    expect(suggestion.text).toContain('(BBL)');
    await chat.press('Ja, lijkt me goed', 'yes');
    expect(chat.results[0]).toMatchObject({
      route: 'school',
      learningStyle: 'bbl',
      answers: { preference: 'doen', incomeNow: 'een_beetje', restFirst: 'nee' },
    });
    expect(chat.results[0]).not.toHaveProperty('answers.learningWay');
  });

  it('lets the young person pick another route than the suggestion', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 20 } });
    await chat.say('hoi');
    await chat.say('doen met mijn handen');
    await chat.say('ja');
    const suggestion = last(await chat.say('nee'));
    expect(ids(suggestion)).toEqual(['yes', 'werk', 'zorg']);

    await chat.say('liever werken');
    expect(chat.results).toEqual([
      {
        route: 'werk',
        suggested: 'school',
        confirmed: false,
        reason: 'geen_sk_leren_en_verdienen',
        answers: { preference: 'doen', incomeNow: 'ja', restFirst: 'nee' },
      },
    ]);
  });

  it('suggests rest first when asked for, and keeps the chosen BOL when they pick school instead', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: true, age: 22 } });
    await chat.say('hoi');
    await chat.say('allebei');
    await chat.say('nee');
    await chat.say('school met stage');
    const suggestion = last(await chat.say('ja'));
    expect(suggestion.text).toContain('Ik denk dat eerst rust en hulp goed bij je past.');
    expect(ids(suggestion)).toEqual(['yes', 'school', 'werk']);

    await chat.say('3');
    expect(chat.results[0]).toMatchObject({ route: 'werk', suggested: 'zorg', confirmed: false });

    const school = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: true, age: 22 } });
    for (const answer of ['hoi', 'allebei', 'nee', 'bol', 'ja', 'Liever naar school']) await school.say(answer);
    expect(school.results[0]).toMatchObject({ route: 'school', suggested: 'zorg', confirmed: false, learningStyle: 'bol' });
  });

  it('re-asks an answer that does not fit, offers a person after two, and still goes on', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 18 } });
    await chat.say('hoi');

    const retry = await chat.say('banaan');
    expect(retry).toHaveLength(1);
    expect(last(retry).text).toBe('Sorry, dat snap ik niet. Kies wat het best bij je past.');
    expect(ids(last(retry))).toEqual(LIST_QUESTION_IDS);

    const offer = await chat.say('pizza');
    expect(offer[0]?.text).toContain('Een coach van het Jongerenloket kan je ook helpen');
    expect(last(offer).text).toBe('Sorry, dat snap ik niet. Kies wat het best bij je past.');

    expect(last(await chat.say('weet ik niet')).text).toBe('Heb je nu snel geld nodig?');
    expect(last(await chat.say('misschien morgen')).text).toContain('Kies ja, nee of een beetje.');
    expect(chat.results).toEqual([]);
  });

  it('does not take "nee" as a choice when the suggestion is shown', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: true, age: 24 } });
    for (const answer of ['hoi', 'doen', 'nee', 'nee']) await chat.say(answer);
    const retry = last(await chat.say('nee'));
    expect(retry.text).toContain("Kies 'Ja, lijkt me goed'.");
    expect(ids(retry)).toEqual(['yes', 'school', 'zorg']);
    expect(chat.results).toEqual([]);
  });

  it('refuses to start without the intake facts', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID });
    await expect(chat.say('hoi')).rejects.toThrow('hasStartkwalificatie');
  });
});

describe('keuzehulp (en)', () => {
  it('runs in English and ends with the confirmed work suggestion', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: true, age: 23 } }, 'en');

    const opening = await chat.say("don't know");
    expect(opening[0]?.text).toBe(
      "No problem, many young people don't know that yet. I will ask you at most 4 short questions. There is no right or wrong answer.",
    );
    expect(last(opening).text).toBe('What suits you better: learning in a classroom, or doing things with your hands?');

    expect(last(await chat.say('doing')).text).toBe('Do you need money soon?');
    expect(last(await chat.say('a bit')).text).toContain('Sometimes it helps to get some rest first.');
    const suggestion = last(await chat.say('No, I want to start'));
    expect(suggestion.text).toContain('I think work suits you well.');
    expect(whatsApp(suggestion)).toContain('1. Yes, sounds good\n2. Rather go to school\n3. Help or rest first');

    await chat.say('sounds good');
    expect(chat.results).toEqual([
      {
        route: 'werk',
        suggested: 'werk',
        confirmed: true,
        reason: 'sk_werk',
        answers: { preference: 'doen', incomeNow: 'een_beetje', restFirst: 'nee' },
      },
    ]);
  });

  it('asks the BBL/BOL question in English', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 19 } }, 'en');
    await chat.say('hi');
    await chat.say('learning');
    const learningWay = last(await chat.say('no'));
    expect(learningWay.text).toContain('Learning and working at the same time (BBL), or school with an internship (BOL)?');
    await chat.say('bol');
    expect(last(await chat.say("don't know")).text).toContain('a course at school, with an internship (BOL)');
  });
});

describe('werk ladder', () => {
  it('asks what kind of work with the ladder explained, and ends with the aim', async () => {
    const chat = conversation({ dialogId: WERK_LADDER_DIALOG_ID });
    const question = await chat.say('hoi');
    expect(question).toHaveLength(1);
    expect(last(question).text).toContain('Wat voor werk zoek je?');
    expect(last(question).text).toContain('Opstapbaan: een eerste baan om te beginnen.');
    expect(last(question).text).toContain('Streefbaan: werk dat bij je past, voor langer.');
    expect(last(question).text).toContain('Wensbaan: je droombaan.');
    expect(whatsApp(last(question))).toContain('1. Opstapbaan\n2. Streefbaan\n3. Wensbaan');

    expect(last(await chat.say('weet niet')).text).toContain('Kies opstapbaan, streefbaan of wensbaan.');
    await chat.say('mijn droombaan');
    expect(chat.results).toEqual([{ ladderAim: 'wensbaan' }]);
    expect(isWerkLadderResult(chat.results[0])).toBe(true);
  });

  it('understands a button press and English', async () => {
    const pressed = conversation({ dialogId: WERK_LADDER_DIALOG_ID });
    await pressed.say('hoi');
    await pressed.press('Streefbaan', 'streefbaan');
    expect(pressed.results).toEqual([{ ladderAim: 'streefbaan' }]);

    const english = conversation({ dialogId: WERK_LADDER_DIALOG_ID }, 'en');
    expect(last(await english.say('hi')).text).toContain('Stepping-stone job (opstapbaan): a first job to get started.');
    await english.say('a first job');
    expect(english.results).toEqual([{ ladderAim: 'opstapbaan' }]);
  });

  it('isWerkLadderResult rejects other values', () => {
    expect(isWerkLadderResult({ ladderAim: 'droombaan' })).toBe(false);
    expect(isWerkLadderResult(undefined)).toBe(false);
  });
});

describe('keuzehulp by age', () => {
  it('a 25-year-old without a diploma who needs money is offered work with learning, not BBL school', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 25 } });
    await chat.say('weet ik niet');
    await chat.press('Weet ik niet', 'weet_niet');
    await chat.press('Ja', 'ja');
    const suggestion = last(await chat.press('Nee', 'nee'));
    expect(suggestion.text).toContain('werk waarbij je ook leert');
    expect(suggestion.text).toContain('Werkcentrum');
    expect(ids(suggestion)).toEqual(['yes', 'school', 'zorg']);
    await chat.say('ja');
    expect(chat.results).toMatchObject([{ route: 'werk', suggested: 'werk', confirmed: true, reason: 'geen_sk_werk_met_leren' }]);
    expect(chat.results[0]).not.toHaveProperty('learningStyle');
  });

  it('a 20-year-old who chose BOL gets BOL, even when money is tight', async () => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options: { hasStartkwalificatie: false, age: 20 } });
    await chat.say('weet ik niet');
    await chat.press('Leren in een klas', 'leren');
    await chat.press('Ja', 'ja');
    await chat.say('BOL');
    const suggestion = last(await chat.press('Nee', 'nee'));
    expect(suggestion.text).toContain('(BOL)');
    await chat.say('ja');
    expect(chat.results).toMatchObject([{ route: 'school', learningStyle: 'bol', confirmed: true, reason: 'eigen_keuze_leren' }]);
  });
});

describe('every keuzehulp message fits WhatsApp', () => {
  // Each path reaches one of the five suggestions; send() checks every message on the way.
  const paths: [string, KeuzehulpOptions, string[]][] = [
    ['school, BBL', { hasStartkwalificatie: false, age: 19 }, ['hoi', '1', '1', '3', '2']],
    ['school, BOL', { hasStartkwalificatie: false, age: 19 }, ['hoi', '1', '2', '2', '2']],
    ['werk', { hasStartkwalificatie: true, age: 21 }, ['hoi', '2', '2', '2']],
    ['werk with learning', { hasStartkwalificatie: false, age: 25 }, ['hoi', '4', '1', '2']],
    ['zorg', { hasStartkwalificatie: true, age: 21 }, ['hoi', '4', '2', '1']],
  ];
  const cases = (['nl', 'en'] as const).flatMap((lang) => paths.map(([name, options, answers]) => [lang, name, options, answers] as const));

  it.each(cases)('%s: %s', async (lang, _name, options, answers) => {
    const chat = conversation({ dialogId: KEUZEHULP_DIALOG_ID, options }, lang);
    let reply: Reply | undefined;
    for (const answer of answers) reply = last(await chat.say(answer));
    expect(ids(reply!)?.[0]).toBe('yes');
    // Retries and the re-ask after two misses fit as well.
    await chat.say('???');
    await chat.say('???');
    await chat.say('1');
    expect(chat.results).toMatchObject([{ confirmed: true }]);
  });

  it('has the same keys and placeholders in Dutch and English, none empty', () => {
    const resources = loadResources();
    const nl = flatten(resources.nl?.keuzehulp);
    const en = flatten(resources.en?.keuzehulp);
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [key, text] of nl) {
      expect(text.trim(), key).not.toBe('');
      expect(en.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const strings = new Map<string, string>();
  if (typeof tree === 'string') return strings.set(prefix, tree);
  if (typeof tree !== 'object' || tree === null) return strings;
  for (const [key, value] of Object.entries(tree)) {
    for (const entry of flatten(value, prefix ? `${prefix}.${key}` : key)) strings.set(...entry);
  }
  return strings;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}
