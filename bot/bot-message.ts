import type { DomainEventDraft } from '../cases/domain-events';

/** The channels a young person chats on. */
export type Channel = 'whatsapp' | 'web';

/** What the bot expects back after a message (DESIGN.md contract for the web chat). */
export type Expects = 'choice' | 'number' | 'text' | 'date' | 'none';

export interface Choice {
  /** Stable id: the button payload on WhatsApp, the `choice` a web chat sends back. */
  id: string;
  /** What the young person sees (WhatsApp limits a button title to 24 characters... see DESIGN.md rule 6). */
  title: string;
}

/** The `channelData` a dialog sets on an outgoing message activity to offer choices. */
export interface BotChannelData {
  choices?: Choice[];
  expects?: Expects;
}

/** A bot message as stored and delivered: text plus, where offered, choices. */
export interface BotMessage {
  text: string;
  choices?: Choice[];
  expects: Expects;
}

/** A domain event a turn produces, typed by the catalogue (cases/domain-events.ts). */
export type { DomainEventDraft };

/** Key in `TurnContext.turnState` under which the turn runner collects a turn's side effects. */
export const TURN_EFFECTS = Symbol.for('jongerenloket.turnEffects');

/** Side effects of one turn, committed together with the bot's state and messages. */
export interface TurnEffects {
  events: DomainEventDraft[];
  /** Set when the young person picked a language; stored on the conversation. */
  locale?: string;
}
