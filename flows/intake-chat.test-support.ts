import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';

/** The intake tests' conversation with the front-door bot (flows/intake-*.test.ts). */
export interface Reply {
  text: string;
  choices?: Choice[];
  expects?: string;
}

/** A conversation with the front-door bot over botbuilder's TestAdapter and MemoryStorage. */
export function conversation() {
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
export const skippedZelfscan = {
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
export async function finishFlow(chat: ReturnType<typeof conversation>, first: Reply[]): Promise<Reply[]> {
  let replies = first;
  for (let i = 0; i < 20 && !chat.events.some((e) => e.type === 'intake.completed'); i += 1) {
    const choice = last(replies).choices?.at(-1);
    if (!choice) throw new Error(`No choice to tap after: ${last(replies).text}`);
    replies = await chat.press(choice.title, choice.id);
  }
  return replies;
}

export const last = (replies: Reply[]): Reply => {
  const reply = replies.at(-1);
  if (!reply) throw new Error('The bot did not answer.');
  return reply;
};

/** The text as WhatsApp shows it: with the choices as numbered options (DESIGN.md rule 6). */
export function whatsApp(reply: Reply): string {
  return withNumberedChoices({ text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}), expects: 'choice' });
}
