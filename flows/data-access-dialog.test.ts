import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, DomainEventDraft } from '../bot/bot-message';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';

const i18n = createI18n();

/** The front door over botbuilder's TestAdapter; collects what it says and the events it emits. */
function chat() {
  const bot = new FrontDoorBot({ conversationState: new ConversationState(new MemoryStorage()), i18n });
  const events: DomainEventDraft[] = [];
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
    events.push(...turnEffects(context).events);
  });
  return {
    events,
    async say(text: string) {
      await adapter.processActivity({ type: 'message', text });
      return adapter.activeQueue.splice(0).map((reply) => ({ text: reply.text ?? '', choices: (reply.channelData as BotChannelData | undefined)?.choices?.map((c) => c.title) }));
    },
  };
}

describe('MIJN GEGEVENS in the chat', () => {
  it('asks first, then asks for the link and goes on with the question that was open', async () => {
    const c = chat();
    await c.say('hoi');
    const asked = await c.say('mijn gegevens');
    expect(asked.at(-1)).toEqual({ text: 'Wil je een link naar alles wat we van je weten?', choices: ['Ja, stuur de link', 'Nee'] });
    expect(c.events).toEqual([]);
    const after = await c.say('ja');
    expect(c.events).toEqual([{ type: 'data_access.requested', payload: { locale: 'nl' } }]);
    // The link itself comes from the case store; the age question is asked again.
    expect(after.map((r) => r.text).join('\n')).toContain('Hoe oud ben je?');
  });

  it('works in the menu too, where other command words are answers, and "nee" sends nothing', async () => {
    const c = chat();
    await c.say('hoi');
    await c.say('menu');
    expect((await c.say('MIJN GEGEVENS')).at(-1)?.text).toBe('Wil je een link naar alles wat we van je weten?');
    const declined = await c.say('nee');
    expect(declined[0]?.text).toBe('Oké. Wil je de link later? Typ dan MIJN GEGEVENS.');
    expect(declined.at(-1)?.text).toBe('Wat wil je doen?');
    expect(c.events).toEqual([]);
  });

  it('understands the words of every language we speak, and asks in the chat’s language', async () => {
    const c = chat();
    await c.say('hoi');
    await c.say('english');
    expect((await c.say('بياناتي')).at(-1)?.text).toBe('Do you want a link to everything we know about you?');
    await c.say('yes');
    expect(c.events).toContainEqual({ type: 'data_access.requested', payload: { locale: 'en' } });
  });
});
