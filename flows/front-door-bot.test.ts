import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { setAppointmentService, type AppointmentService } from '../bot/appointment-context';
import { setCaseContext, type CaseContext } from '../bot/case-context';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { Directory, directorySeed, type DirectoryEntry } from './directory/directory';
import { FrontDoorBot } from './front-door-bot';
import type { FrontDoorSettings } from './front-door-settings';

interface Reply {
  text: string;
  choices?: Choice[] | undefined;
}

const i18n = createI18n();

/** MemoryStorage that shows what it holds, to check what stays behind after a turn. */
class VisibleStorage extends MemoryStorage {
  stored(): string {
    return JSON.stringify(this.memory);
  }
}
const HOUR = 60 * 60 * 1000;

/** The front door over botbuilder's TestAdapter, with a clock and an open case we control. */
function conversation(settings: Partial<FrontDoorSettings> = {}) {
  let now = new Date('2026-12-01T10:00:00Z');
  let openCase: CaseContext | undefined;
  let appointments: AppointmentService | undefined;
  const storage = new VisibleStorage();
  const conversationState = new ConversationState(storage);
  const bot = new FrontDoorBot({ conversationState, i18n, settings, now: () => now });
  const events: DomainEventDraft[] = [];
  const locales: string[] = [];
  const adapter = new TestAdapter(async (context) => {
    setCaseContext(context, openCase);
    setAppointmentService(context, appointments);
    await bot.run(context);
    events.push(...turnEffects(context).events);
    const locale = turnEffects(context).locale;
    if (locale) locales.push(locale);
  });
  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    return adapter.activeQueue.splice(0).map((reply) => ({ text: reply.text ?? '', choices: (reply.channelData as BotChannelData | undefined)?.choices }));
  }
  return {
    events,
    locales,
    stored: () => storage.stored(),
    say: (text: string) => send({ text }),
    press: (choice: Choice) => send({ text: choice.title, value: { choice: choice.id } }),
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    withCase: (value: CaseContext | undefined) => {
      openCase = value;
    },
    withAppointments: (value: AppointmentService) => {
      appointments = value;
    },
  };
}

const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};
const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

type Chat = ReturnType<typeof conversation>;

/** Brings a conversation to an open question in one of the flows; returns that question. */
const flows: Record<string, (chat: Chat) => Promise<Reply>> = {
  intake: async (chat) => last(await chat.say('hoi')),
  keuzehulp: async (chat) => {
    for (const answer of ['hoi', '20', 'ja', 'amstelveen', 'vmbo']) await chat.say(answer);
    return last(await chat.say('weet ik nog niet'));
  },
  zelfscan: async (chat) => {
    for (const answer of ['hoi', '20', 'ja', 'amstelveen', 'vmbo', 'naar school', '1']) await chat.say(answer);
    return last(await chat.say('1'));
  },
};

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

  it('the safety net answers acute danger at once with the emergency numbers and an urgent handover', async () => {
    const chat = conversation();
    const question = await open(chat);
    const alarm = await chat.say('ik wil niet meer leven');
    expect(alarm).toHaveLength(2);
    expect(alarm[0]?.text).toContain('112');
    expect(alarm[0]?.text).toContain('0800-0113');
    // Only the numbers that fit: no Veilig Thuis for thoughts of suicide.
    expect(alarm[0]?.text).not.toContain('0800-2000');
    // The coach reads the young person's own words; the bot keeps none of them.
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'suicide', text: 'ik wil niet meer leven' }) },
    ]);
    expect(chat.stored()).not.toContain('niet meer leven');
    // The conversation goes on where it was: the open question again, with its choices (buttons).
    expect(alarm[1]).toEqual(question);
    const again = await chat.say('hallo');
    if (flow === 'intake') expect(last(again).text).toContain('leeftijd');
    else expect(last(again).choices).toEqual(question.choices);
    expect(texts(again)).not.toContain('112');
    const help = await chat.say('help');
    expect(texts(help)).toContain('MENU');
  });

  it('the safety net hears danger inside an answer, in slang, and names the category for the coach', async () => {
    const chat = conversation();
    const question = await open(chat);
    const alarm = await chat.say('mbo 2 maar eigenlijk wil ik gewoon dood');
    expect(alarm).toHaveLength(2);
    expect(alarm[0]?.text).toContain('112');
    expect(alarm[1]).toEqual(question);
    // Another signal right after: the emergency message again, and the question again.
    const violence = await chat.say('me vader slaat me');
    expect(violence[0]?.text).toContain('0800-2000');
    expect(violence.slice(1)).toEqual([question]);
    // Every signal is its own event with its own words: the coach sees each one.
    expect(chat.events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ reason: 'safety', category: 'suicide', locale: 'nl', text: 'mbo 2 maar eigenlijk wil ik gewoon dood' }),
      expect.objectContaining({ reason: 'safety', category: 'violence_home', locale: 'nl', text: 'me vader slaat me' }),
    ]);
  });

  it('an ambiguous message gets one check question; "ja" raises the alarm and goes on with the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    const check = await chat.say('ik wil niet meer');
    expect(check).toHaveLength(1);
    expect(check[0]?.text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(check[0]?.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(chat.events).toEqual([]);
    const alarm = await chat.press(check[0]!.choices![0]!);
    expect(alarm[0]?.text).toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    // The words that raised the check go to the coach, not the "ja"; then the bot forgets them.
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'suicide', text: 'ik wil niet meer' }) },
    ]);
    expect(chat.stored()).not.toContain('ik wil niet meer');
  });

  it('an ambiguous message gets one check question; "nee" goes on with the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    expect(last(await chat.say('ik kan niet meer')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    const back = await chat.say('nee');
    expect(back[0]?.text).toContain('COACH');
    expect(last(back).text).toBe(question.text);
    expect(chat.events).toEqual([]);
    expect(chat.stored()).not.toContain('ik kan niet meer');
    // The check question is answered: a later "nee" is an ordinary answer again, not a safety answer.
    expect(texts(await chat.say('help'))).toContain('MENU');
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

describe('resume', () => {
  it('asks "continue or start again" after a long pause, and continues where they were', async () => {
    const chat = conversation();
    await flows.zelfscan!(chat);
    chat.later(13 * HOUR);
    const welcome = await chat.say('hoi');
    expect(last(welcome).text).toContain('Welkom terug');
    expect(last(welcome).choices?.map((c) => c.id)).toEqual(['continue', 'restart']);
    const continued = await chat.say('verder');
    expect(last(continued).text).toContain('geld');
  });

  it('starts again when they choose to', async () => {
    const chat = conversation();
    await flows.keuzehulp!(chat);
    chat.later(2 * 24 * HOUR);
    await chat.say('hallo');
    expect(last(await chat.say('opnieuw beginnen')).text).toBe('Hoe oud ben je?');
  });

  it('forgets an unfinished flow after it expired and starts afresh', async () => {
    const chat = conversation();
    await flows.zelfscan!(chat);
    chat.later(31 * 24 * HOUR);
    const fresh = await chat.say('hoi');
    expect(texts(fresh)).not.toContain('Welkom terug');
    expect(last(fresh).text).toBe('Hoe oud ben je?');
  });

  it('does not ask after a short pause', async () => {
    const chat = conversation();
    await flows.intake!(chat);
    chat.later(2 * HOUR);
    expect(last(await chat.say('17')).text).toContain('Is dat goed?');
  });
});

describe('a young person with an open case', () => {
  it('comes home to their own coach instead of the intake', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const home = await chat.say('hoi');
    expect(texts(home)).toContain('Petra');
    expect(texts(home)).not.toContain('privacy');
    expect(last(home).choices?.map((c) => c.id)).toEqual(['message_coach', 'appointment', 'menu']);

    expect(last(await chat.say('1')).text).toContain('Wat wil je tegen Petra zeggen?');
    const sent = await chat.say('Ik heb morgen een gesprek op school, kun je mee?');
    expect(last(sent).text).toContain('doorgestuurd naar Petra');
    expect(chat.events).toEqual([{ type: 'youth.message_for_coach', payload: { text: 'Ik heb morgen een gesprek op school, kun je mee?' } }]);
  });

  it('offers making an appointment through a message to the coach until booking exists', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    await chat.say('hoi');
    const appointment = await chat.say('afspraak maken');
    expect(texts(appointment)).toContain('Petra');
    expect(last(appointment).text).toContain('Wat wil je tegen Petra zeggen?');
  });

  it('while the thread with the coach is open, passes free text to the coach; commands still work', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach', threadOpen: true, coachWroteToday: false });
    const forwarded = await chat.say('Ik kan morgen pas na drieën');
    expect(forwarded.map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar Petra. Typ MENU als je iets anders wilt.']);
    expect(chat.events).toEqual([{ type: 'youth.message_for_coach', payload: { text: 'Ik kan morgen pas na drieën' } }]);
    // While the coach is in the conversation (wrote today) the bot stays quiet.
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach', threadOpen: true, coachWroteToday: true });
    expect(await chat.say('oké top')).toEqual([]);
    expect(last(await chat.say('stop')).text).toContain('Wil je stoppen?');
  });

  it('names whoever reads the message: the holder of an open urgent handover, not the new coach', async () => {
    const chat = conversation();
    // Lotte is the vaste contactpersoon; the urgent handover is still with the Sociaal team.
    chat.withCase({ coachFirstName: 'Lotte', coachRole: 'doorstroomcoach', threadOpen: true, reader: { firstName: 'Yusuf', urgentTeam: true } });
    const forwarded = await chat.say('Ik ben nu veilig');
    expect(forwarded.map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar een medewerker van het Jongerenloket. Typ MENU als je iets anders wilt.']);
    // Their own coach holds the urgent handover: named.
    chat.withCase({ coachFirstName: 'Lotte', coachRole: 'doorstroomcoach', threadOpen: true, reader: { firstName: 'Petra', urgentTeam: false } });
    expect((await chat.say('Bel je me?')).map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar Petra. Typ MENU als je iets anders wilt.']);
  });

  it('shows the coach options in the menu', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const menu = await chat.say('menu');
    expect(last(menu).choices?.map((c) => c.id)).toEqual(['message_coach', 'appointment', 'person', 'trusted_person', 'language', 'restart', 'stop']);
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

describe('after the emergency message', () => {
  it('the intake asks its open question again with the buttons, and a tap on one goes on', async () => {
    const chat = conversation();
    for (const answer of ['hoi', 'ja']) await chat.say(answer);
    const question = last(await chat.say('20'));
    expect(question.choices?.length).toBeGreaterThan(1);
    const alarm = await chat.say('ik wil dood');
    expect(alarm.map((r) => r.text)).toEqual([expect.stringContaining('0800-0113'), question.text]);
    expect(last(alarm).choices).toEqual(question.choices);
    const next = await chat.press(question.choices![0]!);
    expect(last(next).text).not.toBe(question.text);
    expect(texts(next)).not.toContain('112');
  });

  it('says in the same message when a person reads it, says nothing twice, and asks the open question last', async () => {
    const chat = conversation();
    for (const answer of ['hoi', 'ja']) await chat.say(answer);
    const question = last(await chat.say('20'));
    // Tuesday 1 December, 11:00 in Amsterdam: within office hours, due four hours later.
    const alarm = await chat.say('ik wil dood');
    expect(alarm).toHaveLength(2);
    const lines = alarm[0]!.text.split('\n');
    expect(lines.slice(-2)).toEqual(['Ik geef je bericht door aan het Jongerenloket.', 'Vandaag vóór 15:00 leest een medewerker je bericht.']);
    expect(new Set(lines).size).toBe(lines.length);
    expect(alarm[0]!.text).not.toContain('zo snel mogelijk');
    expect(alarm[1]).toEqual(question);
    // The handover is due when they were told.
    expect(chat.events[0]?.payload).toMatchObject({ dueAt: '2026-12-01T14:00:00.000Z' });
    // A later signal joins the same handover: the same time, not a new one.
    chat.later(2 * HOUR);
    const second = await chat.say('ik wil echt dood');
    expect(second[0]?.text).toContain('Vandaag vóór 15:00 leest een medewerker je bericht.');
    expect(last(second)).toEqual(question);
    expect(chat.events[1]?.payload).toMatchObject({ dueAt: '2026-12-01T14:00:00.000Z' });
  });

  it('is honest outside office hours: tomorrow at opening time, or Monday after a Friday evening', async () => {
    const evening = conversation();
    evening.later(10 * HOUR); // Tuesday 21:00
    expect((await evening.say('ik wil dood'))[0]?.text).toMatch(/\nMorgen om 09:00 leest een medewerker je bericht\.$/);
    const friday = conversation();
    friday.later(3 * 24 * HOUR + 9 * HOUR); // Friday 4 December, 20:00
    expect((await friday.say('ik wil dood'))[0]?.text).toMatch(/\nOp maandag 7 december om 09:00 leest een medewerker je bericht\.$/);
    expect(friday.events[0]?.payload).toMatchObject({ dueAt: '2026-12-07T08:00:00.000Z' });
  });

  it('booking an appointment asks for a time again with the same times', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const booked: string[] = [];
    const slot = { startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:30:00.000Z', places: ['Stadhuis'] };
    chat.withAppointments({
      canBook: async () => true,
      current: async () => undefined,
      freeSlots: async ({ skip }) => (skip === 0 ? [slot] : []),
      book: async (input) => {
        booked.push(input.slot.startsAt);
        return { ok: true, appointment: { id: 'a1', startsAt: slot.startsAt, endsAt: slot.endsAt, place: input.place, icsUrl: 'https://example.test/a1.ics' } };
      },
      cancel: async () => undefined,
    });
    await chat.say('hoi');
    const question = last(await chat.say('afspraak maken'));
    expect(question.choices?.[0]?.id).toBe(`slot:${slot.startsAt}`);
    const alarm = await chat.say('ik wil dood');
    expect(alarm[0]?.text).toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    await chat.press(question.choices![0]!);
    expect(booked).toEqual([slot.startsAt]);
  });

  it('with nothing open, says nothing more', async () => {
    const chat = conversation();
    const alarm = await chat.say('ik wil dood');
    expect(alarm).toHaveLength(1);
    expect(alarm[0]?.text).toContain('0800-0113');
  });

  it('a young person with a coach stays on their coach home question', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const home = last(await chat.say('hoi'));
    const alarm = await chat.say('ik wil dood');
    expect(alarm.slice(1)).toEqual([home]);
  });
});

describe('the emergency message fits the danger and the age', () => {
  const helplines = ['0800-0113', '113.nl', '0800-2000', '0800-0188', '0800-0432', 'Sociaal loket'];
  /** The first reply to a danger message (with nothing open): the emergency message, one short idea a line. */
  async function alarm(chat: Chat, text: string): Promise<string> {
    const message = (await chat.say(text))[0]?.text ?? '';
    const lines = message.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(12);
    return message;
  }
  const only = (message: string, expected: string[]) => {
    for (const number of expected) expect(message).toContain(number);
    for (const number of helplines.filter((n) => !expected.includes(n))) expect(message).not.toContain(number);
  };

  it.each([
    ['suicide', 'ik wil echt dood', ['0800-0113', '113.nl']],
    ['self_harm', 'ik snij in mn benen', ['0800-0113', '113.nl']],
    ['violence_home', 'me vader slaat me', ['0800-2000']],
    ['sexual_violence', 'iemand dreigt mn naaktfotos te delen als ik niet betaal', ['0800-0188']],
    ['threat', 'een jongen bedreigt me met een mes', []],
    ['homeless_runaway', 'ik slaap al een week in het park', ['Sociaal loket']],
  ])('%s: 112, and only the helplines that fit', async (category, text, expected) => {
    const chat = conversation();
    const message = await alarm(chat, text);
    expect(message.split('\n')[0]).toBe('Is je leven nu in gevaar? Bel 112.');
    only(message, expected);
    expect(message).toContain('leest een medewerker je bericht');
    expect(chat.events).toEqual([{ type: 'handover.requested', payload: expect.objectContaining({ category, text }) }]);
  });

  it('after pills: "call 112 now" first and plainly', async () => {
    const chat = conversation();
    const message = await alarm(chat, 'heb net 15 pillen genomen');
    expect(message.split('\n')[0]).toBe('Bel nu meteen 112.');
    only(message, []);
    expect(chat.events[0]?.payload).toMatchObject({ category: 'medical' });
  });

  it('under 18: De Kindertelefoon too; 18 and older: not', async () => {
    const young = conversation();
    for (const answer of ['hoi', '16', 'ja']) await young.say(answer);
    only(await alarm(young, 'me vader slaat me'), ['0800-2000', '0800-0432']);
    expect(young.events[0]?.payload).toMatchObject({ category: 'violence_home', age: 16 });
    const adult = conversation();
    for (const answer of ['hoi', '18', 'ja']) await adult.say(answer);
    only(await alarm(adult, 'me vader slaat me'), ['0800-2000']);
  });

  it("sleeping rough: the municipality's own night shelter, from the directory", async () => {
    const shelter: DirectoryEntry = { municipality: 'amstelveen', kind: 'nachtopvang', name: 'Nachtopvang Test', address: null, phone: '020-1234567', openingHours: null, webUrl: null };
    const directory = new Directory([...directorySeed(), shelter]);
    const chat = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'amstelveen']) await chat.say(answer);
    const message = await alarm(chat, 'ik slaap al een week in het park');
    expect(message).toContain('Bel Nachtopvang Test: 020-1234567.');
    only(message, []);
    // Another municipality without a shelter in the directory: the Sociaal loket.
    const other = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'aalsmeer']) await other.say(answer);
    const fallback = await alarm(other, 'ik slaap al een week in het park');
    expect(fallback).not.toContain('Nachtopvang');
    only(fallback, ['Sociaal loket']);
  });
});

describe('no safe place to sleep tonight, answered in the zelfscan', () => {
  it('"nee" starts the same urgent path as a message about sleeping rough, then the zelfscan goes on', async () => {
    const shelter: DirectoryEntry = { municipality: 'amstelveen', kind: 'nachtopvang', name: 'Nachtopvang Test', address: null, phone: '020-1234567', openingHours: null, webUrl: null };
    const directory = new Directory([...directorySeed(), shelter]);
    const chat = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'amstelveen', 'vmbo', 'naar school', '1', '1', '1']) await chat.say(answer);
    expect(last(await chat.say('Praten met mijn coach')).text).toBe('Heb je vannacht een veilige plek om te slapen?');
    expect(chat.events).toEqual([]);
    const replies = await chat.say('nee');
    expect(replies[0]?.text).toContain('Bel Nachtopvang Test: 020-1234567.');
    expect(last(replies).text).toContain('Heb je genoeg te doen op een dag?');
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'homeless_runaway', municipality: 'amstelveen', age: 20 }) },
    ]);
    // The coach reads the category; there are no words of the young person to pass on.
    expect(chat.events[0]?.payload).not.toHaveProperty('text');
  });
});

describe('safety check question', () => {
  it('asks about what the message was ambiguous about, and "ja" raises the alarm of that kind', async () => {
    const home = conversation();
    const question = await flows.intake!(home);
    const check = await home.say('thuis is het gewoon niet chill');
    expect(check.map((reply) => reply.text)).toEqual(['Voel je je thuis onveilig?']);
    const alarm = await home.say('ja');
    // Veilig Thuis, not the suicide line: the numbers of what was asked about.
    expect(alarm[0]?.text).toContain('0800-2000');
    expect(alarm[0]?.text).not.toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    expect(home.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'violence_home', text: 'thuis is het gewoon niet chill' }) },
    ]);

    const night = conversation();
    await flows.intake!(night);
    expect(last(await night.say('ik weet niet waar ik heen moet')).text).toBe('Zoek je een veilige plek om vannacht te slapen?');
    expect((await night.say('ja'))[0]?.text).toContain('veilige plek om te slapen');
    expect(night.events[0]?.payload).toMatchObject({ category: 'homeless_runaway' });
  });

  it('a laugh after danger is asked about, never let go; a laugh about a test or a job is not', async () => {
    const masked = conversation();
    await flows.intake!(masked);
    expect(last(await masked.say('ik wil dood haha')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(masked.events).toEqual([]);
    for (const text of ['ik ga me ophangen aan een nieuwe baan haha', 'die toets maakt me dood lol']) {
      const chat = conversation();
      await flows.intake!(chat);
      expect(texts(await chat.say(text)), text).not.toMatch(/Bedoel je|112/);
      expect(chat.events, text).toEqual([]);
    }
  });

  it('with nothing open, "nee" leads into the intake, and another message passes the question by', async () => {
    const chat = conversation();
    expect(last(await chat.say('ik ben er klaar mee met alles')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(last(await chat.say('nee')).text).toBe('Hoe oud ben je?');
    const other = conversation();
    await other.say('ik kan het niet meer aan');
    // Not an answer to the check: the message is handled as if the question had not been asked.
    expect(last(await other.say('hoi')).text).toBe('Hoe oud ben je?');
    expect([...chat.events, ...other.events]).toEqual([]);
    expect(other.stored()).not.toContain('niet meer aan');
  });
});
