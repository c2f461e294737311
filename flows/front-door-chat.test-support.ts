import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { setAppointmentService, type AppointmentService } from '../bot/appointment-context';
import { setCaseContext, type CaseContext } from '../bot/case-context';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';
import type { FrontDoorSettings } from './front-door-settings';

// The front door's tests' conversation: flows/front-door-bot.test.ts, global-commands.test.ts, safety-net.test.ts.

export interface Reply {
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
export const HOUR = 60 * 60 * 1000;

/** The front door over botbuilder's TestAdapter, with a clock and an open case we control. */
export function conversation(settings: Partial<FrontDoorSettings> = {}) {
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

export const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};
export const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

export type Chat = ReturnType<typeof conversation>;

/** Brings a conversation to an open question in one of the flows; returns that question. */
export const flows: Record<string, (chat: Chat) => Promise<Reply>> = {
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
