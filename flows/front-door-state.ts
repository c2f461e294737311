import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Language } from '../locales/index';
import type { KnownFacts } from './known-facts';
import type { SafetyCategory } from './safety-signal';

/** What the front door remembers about a conversation, next to the dialog stack. */
export interface FrontDoorConversation {
  locale?: Language;
  intakeCompleted?: boolean;
  optedOut?: boolean;
  /** Epoch ms of the young person's last message: for "welcome back" and for expiry. */
  lastActivityAt?: number;
  known?: KnownFacts;
  /** The check question after an ambiguous message is open; "ja" raises the alarm in this category. */
  safetyCheck?: SafetyCategory;
  /**
   * The ambiguous message itself, kept (encrypted with the rest of this state) only until the next
   * message: on "ja" it goes to the coach with the handover, otherwise it is forgotten.
   */
  safetyCheckText?: string;
  /** When the young person was told a person reads their danger signal (epoch ms): said again at a later signal. */
  safetyDueAt?: number;
}

/** One message's turn at the front door: its context, its dialogs and what the conversation remembers. */
export interface FrontDoorTurn {
  context: TurnContext;
  dc: DialogContext;
  conversation: FrontDoorConversation;
}
