import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import { turnEffects } from '../bot/turn-effects';
import { completeLanguages, createI18n, loadResources, type Language } from '../locales/index';
import { setTurnLanguage, type Translate } from './ask-dialog';
import { matchChoice } from './match-choice';
import { bindDangerAlarm } from './safety/turn-danger';
import type { SafetyCategory } from './safety/safety-types';
import { isZelfscanResult, ZELFSCAN_DIALOG_ID, ZelfscanDialog, type ZelfscanResult } from './zelfscan-dialog';
import { DOMAIN_IDS, offeredAnswerIds, SLEEP_QUESTION, ZELFSCAN_DOMAINS } from './zelfscan-domains';

interface Reply {
  text: string;
  choices?: Choice[];
  expects?: string;
}

const i18n = createI18n();

/** The translator the bot gives a turn (front-door-bot.ts): the flows' namespaces, in one language. */
const translator = (locale: Language): Translate => i18n.getFixedT(locale, ['bot', 'zelfscan', 'keuzehulp']) as Translate;

/**
 * The zelfscan alone in a DialogSet over botbuilder's TestAdapter, as the bot will run it; the bot's
 * danger alarm is a recorder here (the urgent path itself is tested with the bot).
 */
function zelfscan(locale: Language = 'nl') {
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(new ZelfscanDialog());
  const results: unknown[] = [];
  const alarms: SafetyCategory[] = [];
  let eventCount = 0;
  const adapter = new TestAdapter(async (context) => {
    setTurnLanguage(context, { locale, t: translator(locale) });
    bindDangerAlarm(context, async ({ category }) => {
      alarms.push(category);
    });
    const dc = await dialogs.createContext(context);
    const turn = dc.activeDialog ? await dc.continueDialog() : await dc.beginDialog(ZELFSCAN_DIALOG_ID);
    if (turn.status === DialogTurnStatus.complete) results.push(turn.result);
    eventCount += turnEffects(context).events.length;
    await conversationState.saveChanges(context);
  });

  const transcript: Reply[] = [];
  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    const replies = adapter.activeQueue.splice(0).map((reply) => {
      const data = (reply.channelData ?? {}) as BotChannelData;
      return { text: reply.text ?? '', choices: data.choices, expects: data.expects };
    });
    for (const reply of replies) {
      // A text missing from the locales shows up as its bare key ("domains.geld.question").
      expect(reply.text).not.toMatch(/^[\w]+([.:][\w]+)+$/);
      // WhatsApp limits (DESIGN.md rule 6): body 1,600 characters with the numbered options,
      // list-picker 10 items, title 24 characters.
      expect(whatsApp(reply).length).toBeLessThanOrEqual(1600);
      expect(reply.choices?.length ?? 0).toBeLessThanOrEqual(10);
      for (const choice of reply.choices ?? []) {
        expect(choice.title.length, choice.title).toBeLessThanOrEqual(24);
        expect(choice.id).toMatch(/^[a-z0-9_]+$/);
      }
    }
    transcript.push(...replies);
    return replies;
  }

  return {
    transcript,
    results,
    alarms,
    events: () => eventCount,
    say: (text: string) => send({ text }),
    press: (id: string) => send({ text: '', value: { choice: id } }),
    result(): ZelfscanResult {
      expect(results).toHaveLength(1);
      const [result] = results;
      if (!isZelfscanResult(result)) throw new Error('The zelfscan did not end with a ZelfscanResult.');
      return result;
    },
  };
}

const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};

/** The text as WhatsApp shows it: with the choices as numbered options (DESIGN.md rule 6). */
function whatsApp(reply: Reply): string {
  return withNumberedChoices({ text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}), expects: 'choice' });
}

const ids = (reply: Reply) => reply.choices?.map(({ id }) => id);

describe('zelfscan (nl)', () => {
  it('introduces itself, asks nine questions one at a time and ends with the scored result', async () => {
    const scan = zelfscan('nl');
    const opening = await scan.say('ok');
    expect(opening).toHaveLength(2);
    expect(opening[0]?.text).toContain('Er zijn geen foute antwoorden');
    expect(opening[0]?.text).toContain('Nu 9 korte vragen over hoe het met je gaat.');
    expect(opening[0]?.text).toContain('Zeg ik liever niet');
    expect(opening[0]?.expects).toBe('none');
    expect(last(opening).text).toBe('Hoe gaat het met school of je opleiding?');
    expect(whatsApp(last(opening))).toContain(
      '1. Het gaat goed\n2. Het is soms lastig\n3. Het gaat niet goed\n4. Klaar, met diploma\n5. Gestopt, geen diploma\n6. Zeg ik liever niet',
    );

    expect(last(await scan.press('gestopt')).text).toBe('Heb je werk of een bijbaan?');
    expect(last(await scan.say('Nee, ik zoek werk')).text).toBe('Hoe gaat het met geld?');
    const geld = scan.transcript.at(-1);
    // Nothing that tells a fact in one tap: debts or eviction are for the coach to hear.
    expect(whatsApp(geld!)).toContain('1. Ik kom goed rond\n2. Het is soms krap\n3. Het gaat niet zo goed\n4. Praten met mijn coach\n5. Zeg ik liever niet');
    // Typed in own words, it still finds the talk with the coach.
    const wonen = last(await scan.say('ik heb schulden'));
    expect(wonen.text).toContain('Hoe gaat het met wonen?');
    expect(wonen.choices?.map(({ id }) => id)).toEqual(['fijn', 'oke', 'soms_lastig', 'niet_goed', 'praten', 'liever_niet']);
    // Housing is okay: no question about tonight.
    expect(last(await scan.say('2')).text).toContain('Heb je genoeg te doen op een dag?');
    expect(last(await scan.say('Vaak niks te doen')).text).toContain('Heb je mensen die je helpen');
    expect(last(await scan.say('ja, een paar')).text).toContain('lichaam of in je hoofd');
    expect(last(await scan.say('ja')).text).toContain('politie of justitie');
    const contact = last(await scan.say('nee'));
    expect(contact.text).toBe('Wanneer kan je coach je het best bereiken?');
    expect(contact.choices).toEqual([
      { id: 'ochtend', title: 'In de ochtend' },
      { id: 'middag', title: 'In de middag' },
      { id: 'avond', title: 'In de avond' },
      { id: 'maakt_niet_uit', title: 'Maakt niet uit' },
    ]);
    expect(scan.results).toEqual([]);

    // The dialog says nothing at the end: the caller tells what happens next.
    expect(await scan.say("'s avonds")).toEqual([]);
    expect(scan.result()).toEqual({
      answers: {
        school: 'gestopt',
        werk: 'zoek_werk',
        geld: 'praten',
        wonen: 'oke',
        dagbesteding: 'vaak_niks',
        netwerk: 'een_paar',
        gezondheid: 'ja',
        persoonlijk: 'nee',
      },
      outcome: {
        levels: { school: 2, werk: 3, geld: 2, wonen: 4, dagbesteding: 3, netwerk: 4 },
        obstacles: ['school', 'geld'],
        attention: ['werk', 'dagbesteding'],
        strengths: ['wonen', 'netwerk'],
        talkAbout: ['geld', 'gezondheid'],
        skipped: [],
        // School, money and health: three life areas.
        intensity: 'intensief',
        multiproblematiek: true,
      },
      contactTimes: 'avond',
    });
    // Emitting the outcome is the caller's job.
    expect(scan.events()).toBe(0);
  });

  it('takes "zeg ik liever niet" on every domain: everything skipped, intensity for the coach to decide', async () => {
    const scan = zelfscan('nl');
    await scan.say('hoi');
    await scan.say('Zeg ik liever niet');
    await scan.say('liever niet');
    await scan.say('5');
    await scan.press('liever_niet');
    // Housing not said: the acute question is still asked, and may be skipped too.
    expect(scan.transcript.at(-1)?.text).toBe('Heb je vannacht een veilige plek om te slapen?');
    await scan.say('liever niet');
    await scan.say('sla over');
    await scan.say('zeg ik liever niet');
    await scan.say('3');
    await scan.say('liever niet');
    await scan.say('maakt niet uit');
    const { answers, outcome, contactTimes } = scan.result();
    expect(answers).toEqual(Object.fromEntries([...DOMAIN_IDS, 'slaapplek'].map((id) => [id, 'liever_niet'])));
    expect(scan.alarms).toEqual([]);
    expect(outcome.skipped).toEqual([...DOMAIN_IDS]);
    expect(outcome.levels).toEqual({});
    expect(outcome.talkAbout).toEqual([]);
    expect(outcome.intensity).toBe('onbekend');
    expect(outcome.multiproblematiek).toBe(false);
    expect(contactTimes).toBe('maakt_niet_uit');
  });

  it('re-asks a nonsense answer with the same options, and records only the good answer', async () => {
    const scan = zelfscan('nl');
    await scan.say('hoi');
    await scan.say('het gaat goed');
    const geld = last(await scan.say('ja, en het gaat goed'));
    expect(geld.text).toBe('Hoe gaat het met geld?');

    const retry = await scan.say('banaan');
    expect(retry).toHaveLength(1);
    expect(last(retry).text).toBe('Sorry, dat snap ik niet. Kies wat het best past bij je geld.');
    expect(last(retry).choices).toEqual(geld.choices);

    // "dakloos" answers the housing question, not this one. A second miss offers a person too.
    const second = await scan.say('dakloos');
    expect(second).toHaveLength(2);
    expect(second[0]?.text).toContain('coach');
    expect(last(second).text).toBe('Sorry, dat snap ik niet. Kies wat het best past bij je geld.');

    expect(last(await scan.say('geen geld voor eten')).text).toContain('Hoe gaat het met wonen?');
    expect(last(await scan.say('dakloos')).text).toBe('Heb je vannacht een veilige plek om te slapen?');
    expect(scan.alarms).toEqual([]);
    expect(last(await scan.say('nee')).text).toContain('genoeg te doen');
    // "Nee" starts the urgent path, as "ik slaap op straat" would, and the zelfscan goes on.
    expect(scan.alarms).toEqual(['homeless_runaway']);
    await scan.say('1');
    await scan.say('1');
    await scan.say('nee');
    await scan.say('nee');
    await scan.say('ochtend');
    const { answers, outcome } = scan.result();
    expect(answers).toMatchObject({ school: 'gaat_goed', werk: 'ja_goed', geld: 'praten', wonen: 'niet_goed', slaapplek: 'nee' });
    // Money to talk about and no safe place tonight: acute, in two life areas.
    expect(outcome.levels).toMatchObject({ geld: 2, wonen: 1 });
    expect(outcome.talkAbout).toEqual(['geld']);
    expect(outcome.intensity).toBe('intensief');
    expect(outcome.multiproblematiek).toBe(true);
  });
});

describe('zelfscan (en)', () => {
  it('runs in English and scores a homeless young person who wants to talk as intensief + multiproblematiek', async () => {
    const scan = zelfscan('en');
    const opening = await scan.say('hi');
    expect(opening[0]?.text).toContain('There are no wrong answers');
    expect(opening[0]?.text).toContain('Now 9 short questions about how you are doing.');
    expect(last(opening).text).toBe('How is school or your training going?');
    expect(last(opening).choices?.at(-1)).toEqual({ id: 'liever_niet', title: 'I would rather not say' });

    await scan.say('quit, no diploma');
    expect(last(await scan.say('No, looking for ages')).text).toBe('How are you doing with money?');
    await scan.say('I have debts');
    expect(last(await scan.say('homeless')).text).toBe('Do you have a safe place to sleep tonight?');
    await scan.say('no');
    expect(scan.alarms).toEqual(['homeless_runaway']);
    await scan.say('I stay home all day');
    await scan.say('Not really');
    const persoonlijk = last(await scan.say('yes please'));
    expect(persoonlijk.text).toContain('alcohol or drugs');
    expect(persoonlijk.choices).toEqual([
      { id: 'ja', title: 'Yes' },
      { id: 'nee', title: 'No' },
      { id: 'liever_niet', title: 'I would rather not say' },
    ]);
    expect(last(await scan.say('I would rather not say')).text).toBe('When can your coach reach you best?');
    await scan.say('afternoon');

    const { answers, outcome, contactTimes } = scan.result();
    expect(answers).toEqual({
      school: 'gestopt',
      werk: 'lang_zoeken',
      geld: 'praten',
      wonen: 'niet_goed',
      slaapplek: 'nee',
      dagbesteding: 'hele_dag_thuis',
      netwerk: 'niet_echt',
      gezondheid: 'ja',
      persoonlijk: 'liever_niet',
    });
    expect(outcome.levels).toEqual({ school: 2, werk: 2, geld: 2, wonen: 1, dagbesteding: 2, netwerk: 3 });
    expect(outcome.obstacles).toEqual(['school', 'werk', 'geld', 'wonen', 'dagbesteding']);
    expect(outcome.talkAbout).toEqual(['geld', 'gezondheid']);
    expect(outcome.skipped).toEqual(['persoonlijk']);
    expect(outcome.intensity).toBe('intensief');
    expect(outcome.multiproblematiek).toBe(true);
    expect(contactTimes).toBe('middag');
  });
});

describe('zelfscan in Turkish', () => {
  it('asks in Turkish, not in the language chosen for what is not translated (here Dutch)', async () => {
    const scan = zelfscan('tr');
    const opening = await scan.say('merhaba');
    expect(opening[0]?.text).toContain('Yanlış cevap yok');
    expect(last(opening).text).toBe('Okul ya da eğitimin nasıl gidiyor?');
  });
});

describe('gezondheid and persoonlijk (DESIGN.md rule 5)', () => {
  it.each(completeLanguages)('%s: only asks whether to talk with the coach, with exactly ja / nee / zeg ik liever niet', async (locale) => {
    const scan = zelfscan(locale);
    await scan.say('hoi');
    for (let question = 0; question < 6; question++) await scan.say('1');
    const gezondheid = scan.transcript.at(-1);
    const persoonlijk = last(await scan.press('ja'));
    // "Ja" to health leads straight to the next topic: no follow-up question about it.
    const contact = last(await scan.press('ja'));
    expect(contact.choices?.map(({ id }) => id)).toEqual(['ochtend', 'middag', 'avond', 'maakt_niet_uit']);

    const t = translator(locale);
    for (const reply of [gezondheid, persoonlijk]) {
      if (!reply) throw new Error('missing question');
      expect(reply.expects).toBe('choice');
      expect(ids(reply)).toEqual(['ja', 'nee', 'liever_niet']);
      expect(reply.choices?.map(({ title }) => title)).toEqual([t('zelfscan:domains.gezondheid.answers.ja'), t('zelfscan:domains.gezondheid.answers.nee'), t('zelfscan:liever_niet')]);
      // One question only, and it is about talking with the coach.
      expect(reply.text.match(/[?؟]/g)).toHaveLength(1);
      if (locale === 'nl') expect(reply.text).toMatch(/Wil je daar met je coach over praten\?/);
      if (locale === 'en') expect(reply.text).toMatch(/Would you like to talk about that with your coach\?/);
      expect(reply.text).not.toMatch(/\b(wat|welke|hoe|hoeveel|waarom|wanneer|what|which|how|why|when)\b/i);
    }
    await scan.press('ochtend');
    expect(scan.result().outcome.talkAbout).toEqual(['gezondheid', 'persoonlijk']);
  });
});

describe('the shape of the zelfscan', () => {
  it('is 9 questions and 9 taps: 8 domains and the contact time, one message each after the intro', async () => {
    const scan = zelfscan('nl');
    let taps = 0;
    await scan.say('hoi');
    while (scan.results.length === 0) {
      const open = scan.transcript.at(-1);
      const first = open?.choices?.[0];
      if (!first) throw new Error('A question without choices.');
      await scan.press(first.id);
      taps += 1;
      if (taps > 20) throw new Error('The zelfscan does not end.');
    }
    const questions = scan.transcript.filter((reply) => reply.expects === 'choice');
    expect(questions).toHaveLength(9);
    expect(taps).toBe(9);
    expect(scan.transcript).toHaveLength(10);
    // More than 3 choices is a WhatsApp list, 3 or fewer are buttons.
    expect(questions.map((question) => question.choices?.length)).toEqual([6, 6, 5, 6, 5, 5, 3, 3, 4]);
    // The first option everywhere: all fine, but "ja" to both talk questions.
    expect(scan.result().outcome).toMatchObject({ obstacles: [], talkAbout: ['gezondheid', 'persoonlijk'], intensity: 'middelzwaar' });
  });

  it.each(completeLanguages)('%s: every answer title and alias leads to its own choice, never to another', (locale) => {
    const t = translator(locale);
    const questions = [
      ...ZELFSCAN_DOMAINS.map((domain) => ({
        prefix: `zelfscan:domains.${domain.id}`,
        ids: offeredAnswerIds(domain),
      })),
      { prefix: `zelfscan:${SLEEP_QUESTION.id}`, ids: [...SLEEP_QUESTION.answers] },
      { prefix: 'zelfscan:contact_times', ids: ['ochtend', 'middag', 'avond', 'maakt_niet_uit'] },
    ];
    for (const { prefix, ids: answerIds } of questions) {
      const choices = answerIds.map((id) => ({
        id,
        title: t(`${prefix}.answers.${id}`),
        aliases: t(`${prefix}.answers.${id}_aliases`).split('|'),
      }));
      if (!prefix.endsWith('contact_times')) {
        choices.push({ id: 'liever_niet', title: t('zelfscan:liever_niet'), aliases: t('zelfscan:liever_niet_aliases').split('|') });
      }
      for (const choice of choices) {
        expect(choice.title.length, choice.title).toBeLessThanOrEqual(24);
        for (const typed of [choice.title, ...choice.aliases]) {
          expect(matchChoice({ text: typed, choices })?.id, `${prefix}: "${typed}"`).toBe(choice.id);
        }
      }
    }
  });
});

describe('the acute need: a safe place to sleep tonight', () => {
  async function untilHousing(scan: ReturnType<typeof zelfscan>) {
    await scan.say('hoi');
    for (const answer of ['gaat_goed', 'ja_goed', 'goed_rond']) await scan.press(answer);
  }

  it.each(['soms_lastig', 'niet_goed', 'praten'])('is asked after "%s", and "ja" goes on without an alarm', async (housing) => {
    const scan = zelfscan('nl');
    await untilHousing(scan);
    const tonight = last(await scan.press(housing));
    expect(tonight.text).toBe('Heb je vannacht een veilige plek om te slapen?');
    expect(ids(tonight)).toEqual(['ja', 'nee', 'liever_niet']);
    expect(last(await scan.press('ja')).text).toContain('genoeg te doen');
    expect(scan.alarms).toEqual([]);
  });

  it.each(['fijn', 'oke'])('is not asked when housing is "%s"', async (housing) => {
    const scan = zelfscan('nl');
    await untilHousing(scan);
    expect(last(await scan.press(housing)).text).toContain('genoeg te doen');
  });

  it('"nee" raises the alarm once and makes the outcome intensief', async () => {
    const scan = zelfscan('nl');
    await untilHousing(scan);
    await scan.press('praten');
    await scan.press('nee');
    for (const answer of ['genoeg', 'genoeg', 'nee', 'nee', 'avond']) await scan.press(answer);
    expect(scan.alarms).toEqual(['homeless_runaway']);
    expect(scan.result().outcome).toMatchObject({ levels: { wonen: 1 }, talkAbout: ['wonen'], intensity: 'intensief' });
  });
});

describe('locales, namespace zelfscan', () => {
  const resources = loadResources();
  const flatten = (tree: unknown, prefix = ''): Map<string, string> => {
    if (typeof tree === 'string') return new Map([[prefix, tree]]);
    if (typeof tree !== 'object' || tree === null) return new Map();
    return new Map(Object.entries(tree).flatMap(([key, value]) => [...flatten(value, prefix ? `${prefix}.${key}` : key)]));
  };
  const dutch = flatten(resources.nl?.zelfscan);
  const english = flatten(resources.en?.zelfscan);

  it('has the same keys and placeholders in Dutch and English, none empty', () => {
    expect(dutch.size).toBeGreaterThan(0);
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
    const placeholders = (text = '') => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
    for (const [key, text] of dutch) {
      expect(text.trim(), key).not.toBe('');
      expect(english.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(english.get(key)), key).toEqual(placeholders(text));
    }
  });

  it('names every domain for the coach', () => {
    for (const id of DOMAIN_IDS) expect(dutch.get(`domains.${id}.name`), id).toBeTruthy();
  });
});
