import type { TurnContext } from 'botbuilder';
import type { Municipality } from '../drizzle/schema';

/**
 * What the young person has told so far, kept beside the dialog stack, so that "praat met iemand"
 * or a safety signal in the middle of a flow hands over with what is known (a warm handover).
 */
export interface KnownFacts {
  age?: number;
  municipality?: Municipality | 'other';
}

const KNOWN = Symbol.for('jongerenloket.knownFacts');

/** Binds the conversation's stored facts to this turn (the bot does this at the start of a turn). */
export function bindKnownFacts(context: TurnContext, facts: KnownFacts): void {
  context.turnState.set(KNOWN, facts);
}

/** The facts of this conversation (an empty object outside the bot, e.g. in dialog tests). */
export function knownFacts(context: TurnContext): KnownFacts {
  let facts = context.turnState.get(KNOWN) as KnownFacts | undefined;
  if (!facts) {
    facts = {};
    context.turnState.set(KNOWN, facts);
  }
  return facts;
}

/** Remembers answers as they come in. */
export function rememberFacts(context: TurnContext, facts: KnownFacts): void {
  Object.assign(knownFacts(context), facts);
}
