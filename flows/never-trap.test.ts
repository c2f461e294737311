import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { setCaseContext, setClosedCaseContext, type CaseContext, type ClosedCaseContext } from '../bot/case-context';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';
import type { FrontDoorSettings } from './front-door-settings';

interface Reply {
  text: string;
  choices?: Choice[] | undefined;
}

const i18n = createI18n();

/** The front door over TestAdapter, with an open (or closed) case we control. */
function conversation(settings: Partial<FrontDoorSettings> = {}) {
  const bot = new FrontDoorBot({ conversationState: new ConversationState(new MemoryStorage()), i18n, settings });
  const events: DomainEventDraft[] = [];
  let openCase: CaseContext | undefined;
  let closedCase: ClosedCaseContext | undefined;
  const adapter = new TestAdapter(async (context) => {
    setCaseContext(context, openCase);
    setClosedCaseContext(context, closedCase);
    await bot.run(context);
    events.push(...turnEffects(context).events);
  });
  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    return adapter.activeQueue.splice(0).map((r) => ({ text: r.text ?? '', choices: (r.channelData as BotChannelData | undefined)?.choices }));
  }
  return {
    events,
    say: (text: string) => send({ text }),
    media: (media: string) => send({ text: '', value: { media } }),
    withCase: (value: CaseContext | undefined) => {
      openCase = value;
    },
    withClosedCase: (value: ClosedCaseContext | undefined) => {
      closedCase = value;
    },
  };
}
type Chat = ReturnType<typeof conversation>;

const last = (replies: Reply[]) => replies.at(-1) ?? { text: '' };
const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

async function sayAll(chat: Chat, answers: string[]): Promise<Reply[]> {
  let replies: Reply[] = [];
  for (const answer of answers) replies = await chat.say(answer);
  return replies;
}

/** Answers that bring a Dutch conversation to the zelfscan's school question. */
const toSchoolQuestionNl = ['hoi', '20', 'ja', 'amstelveen', 'vmbo', 'naar school'];
/** The same in another language: the language first, then (for a partial one) English for the rest. */
const toSchoolQuestionIn: Record<string, string[]> = {
  en: ['hi', 'english', '20', 'yes', 'amstelveen', 'vmbo', 'go to school'],
  'ar, the rest in English': ['hoi', 'العربية', 'English', '20', 'نعم', 'amstelveen', 'vmbo', 'go to school'],
  'ar, the rest in Dutch': ['hoi', 'العربية', 'Nederlands', '20', 'نعم', 'amstelveen', 'vmbo', 'naar school'],
};

describe('an answer that is also a command word counts as the answer where the question offers it', () => {
  it.each(Object.entries(toSchoolQuestionIn))('"quit" at the school question (%s) is "Quit, no diploma", not STOP', async (_, answers) => {
    const chat = conversation();
    const school = await sayAll(chat, answers);
    expect(last(school).choices?.map((c) => c.id)).toContain('gestopt');
    const next = await chat.say('quit');
    expect(next).toHaveLength(1);
    expect(last(next).choices?.map((c) => c.id)).toContain('zoek_werk');
    expect(chat.events).toEqual([]);
  });

  it('"stop" where the question does not offer it is still the command', async () => {
    const chat = conversation();
    await sayAll(chat, toSchoolQuestionNl);
    expect(last(await chat.say('stop')).text).toContain('Wil je stoppen?');
  });

  it('the stop word again at "Wil je stoppen?", in any language, confirms it instead of looping', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', 'العربية', '20', 'نعم']);
    expect(texts(await chat.say('توقف'))).toContain('هل تريد التوقف؟');
    await chat.say('quit');
    expect(chat.events.map((e) => e.type)).toEqual(['conversation.opted_out']);
  });
});

describe('MENU in the middle of the intake has a way back', () => {
  it('offers "Verder waar ik was" first, and a typed answer to the open question ("20") goes on with it', async () => {
    const chat = conversation();
    expect(last(await sayAll(chat, ['hoi'])).text).toBe('Hoe oud ben je?');
    const menu = await chat.say('MENU');
    expect(last(menu).choices?.[0]).toEqual({ id: 'resume', title: 'Verder waar ik was' });
    const next = await chat.say('20');
    expect(texts(next)).toContain('privacy');
    expect(texts(next)).not.toContain('Verder waar ik was');
    expect(last(await chat.say('ja')).text).toBe('In welke gemeente woon je?');
    expect(texts(await chat.say('Amstelveen'))).toContain('Wat is je hoogste diploma?');
  });

  it('a municipality typed in the menu answers the municipality question', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '20', 'ja']);
    await chat.say('menu');
    expect(last(await chat.say('Amstelveen')).text).toMatch(/Wat is je hoogste diploma\?$/);
  });

  it('"Verder waar ik was" asks the open question again', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '20', 'ja']);
    await chat.say('menu');
    expect(last(await chat.say('Verder waar ik was')).text).toBe('In welke gemeente woon je?');
  });

  it('MENU inside the menu shows the menu again and is no wrong answer', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi']);
    await chat.say('menu');
    for (let i = 0; i < 3; i += 1) {
      const again = await chat.say('MENU');
      expect(texts(again)).not.toMatch(/Lukt het niet|Sorry/);
      expect(last(again).choices?.[0]?.id).toBe('resume');
    }
    expect(last(await chat.say('1')).text).toBe('Hoe oud ben je?');
  });

  it('with nothing interrupted the menu has no way back to offer', async () => {
    const chat = conversation();
    expect(last(await chat.say('menu')).choices?.map((c) => c.id)).not.toContain('resume');
  });
});

describe('AFSPRAAK before there is a coach', () => {
  it('says an appointment comes after the intake and goes on with the open question', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '20', 'ja']);
    const replies = await chat.say('afspraak');
    expect(texts(replies)).not.toContain('Kies een gemeente uit de lijst');
    expect(replies[0]?.text).toContain('Een afspraak maak je met je coach');
    expect(last(replies).text).toBe('In welke gemeente woon je?');
  });

  it('after the intake, before a coach is known: no coach yet, and the menu (a rating left open is passed by)', async () => {
    const chat = conversation({ feedbackAfterIntake: true });
    await sayAll(chat, ['hoi', '28', 'ja', 'amstelveen', 'aan het werk']);
    const replies = await chat.say('afspraak');
    expect(replies[0]?.text).toContain('Je hebt nog geen coach');
    expect(last(replies).text).toBe('Wat wil je doen?');
  });

  it('as the first message: says so, then starts the intake', async () => {
    const chat = conversation();
    const replies = await chat.say('afspraak maken');
    expect(replies[0]?.text).toContain('Een afspraak maak je met je coach');
    expect(last(replies).text).toBe('Hoe oud ben je?');
  });
});

describe('voice notes, photos and files', () => {
  it('without a coach: a clear answer in the young person\'s language, and a newcomer still gets the intake', async () => {
    const chat = conversation();
    const replies = await chat.media('voice');
    expect(replies[0]?.text).toBe('Ik kan nog geen spraakberichten lezen. Wil je het typen?');
    expect(last(replies).text).toBe('Hoe oud ben je?');
    await chat.say('english');
    expect((await chat.media('photo'))[0]?.text).toBe('I cannot look at photos or videos yet. Can you type what you mean?');
    expect(chat.events).toEqual([]);
  });

  it('with a coach: the thread shows that one came, and the young person hears the coach will see it', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Sanne', coachRole: 'doorstroomcoach' });
    const replies = await chat.media('voice');
    expect(replies).toEqual([{ text: 'Sanne ziet dat je een spraakbericht stuurde. Wil je het ook typen? Dan kan Sanne het zeker lezen.', choices: undefined }]);
    expect(chat.events).toEqual([{ type: 'youth.message_for_coach', payload: { text: expect.stringContaining('Stuurde een spraakbericht') } }]);
  });
});

describe('a question the bot cannot answer', () => {
  it('after the intake, "Waar is het Werkplein dan?" gets the directory\'s answer, not the menu', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '28', 'ja', 'amstelveen', 'aan het werk']);
    const replies = await chat.say('Waar is het Werkplein dan?');
    expect(replies[0]?.text).toContain('Hier kun je terecht:');
    expect(replies[0]?.text).toContain('Werkplein');
    expect(texts(replies)).not.toContain('Wat wil je doen?');
  });

  it('in the middle of a question: a desk question gets the directory, then the open question again', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '20', 'ja']);
    const replies = await chat.say('waar is het werkplein?');
    expect(replies[0]?.text).toContain('Werkplein');
    expect(last(replies).text).toBe('In welke gemeente woon je?');
    expect(chat.events).toEqual([]);
  });

  it('in the middle of a question: a question nobody here can answer gets the offer of a person, and "nee" goes back', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '20', 'ja']);
    const replies = await chat.say('waar kan ik gratis wifi vinden?');
    expect(replies[0]?.text).toBe('Daar weet ik geen antwoord op. Een coach van het Jongerenloket kan je wel helpen.');
    expect(last(replies).text).toBe('Wil je dat een coach contact met je opneemt?');
    expect(last(await chat.say('nee')).text).toBe('In welke gemeente woon je?');
    expect(chat.events).toEqual([]);
  });
});

describe('after a coach closed the case', () => {
  it('a message reaches the last coach, says the case is closed and asks "Wat wil je doen?" once', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '28', 'ja', 'amstelveen', 'aan het werk']);
    chat.withClosedCase({ coachFirstName: 'Sanne' });
    const replies = await chat.say('Hoi Sanne, ik heb nog iets');
    expect(replies[0]?.text).toContain('Je traject bij Sanne is afgesloten');
    expect(texts(replies).match(/Wat wil je doen\?/g)).toHaveLength(1);
    expect(last(replies).choices?.map((c) => c.id)).toContain('restart');
    expect(chat.events.filter((e) => e.type === 'youth.message_for_coach')).toEqual([
      { type: 'youth.message_for_coach', payload: { text: 'Hoi Sanne, ik heb nog iets' } },
    ]);
  });

  it('without a closed case, a finished intake gets "Wat wil je doen?" once too', async () => {
    const chat = conversation();
    await sayAll(chat, ['hoi', '28', 'ja', 'amstelveen', 'aan het werk']);
    expect(texts(await chat.say('hallo')).match(/Wat wil je doen\?/g)).toHaveLength(1);
  });
});
