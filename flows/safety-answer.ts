import type { TurnContext } from 'botbuilder';
import { emitEvent } from '../bot/turn-effects';
import type { HandoverSlaConfig } from '../config';
import { responseDueAt } from '../cases/handover/response-due-at';
import { safetyReadBy } from '../cases/handover/safety-read-by';
import { sayText, turnLanguage, type Translate } from './ask-dialog';
import type { KnownFacts } from './known-facts';
import { emergencyHelplines, emergencyMessage, type Helpline, type NightShelters } from './safety/emergency-message';
import type { SafetyCategory } from './safety/safety-types';

/** The response rules of handovers the urgent deadline is computed with (config: HANDOVER_RESPONSE_DAYS, URGENT_RESPONSE_HOURS). */
export type UrgentResponseRules = Pick<HandoverSlaConfig, 'responseDays' | 'urgentResponseHours'>;

export interface SafetyAnswer {
  /** One message: the helplines that fit, that the message goes to the Jongerenloket, and when a person reads it. */
  text: string;
  /** The helplines in it, for the coach to read what the bot answered. */
  helplines: Helpline[];
  /** When a person reads it: the urgent handover's deadline, carried on the handover request. */
  dueAt: Date;
}

/**
 * What a young person reads right after a danger signal, before the open question is asked again:
 * the helplines that fit (flows/safety/emergency-message.ts), then honestly when a person reads it
 * ("Vandaag vóór 15:00 leest een medewerker je bericht."), in one message so that the question
 * stays last on the screen.
 *
 * The deadline is computed here, in the turn, with the one rule of response-due-at.ts, and travels
 * on the handover request: the worker gives the urgent handover this very deadline and sends no
 * second message (which would arrive after the question). A deadline told before that has not passed
 * is said again: a later signal joins the same urgent handover.
 */
export function safetyAnswer(input: {
  t: Translate;
  locale: string;
  category: SafetyCategory | undefined;
  known: KnownFacts;
  nightShelters: NightShelters;
  rules: UrgentResponseRules;
  now: Date;
  /** The deadline told at an earlier signal (epoch ms), if any. */
  toldDueAt?: number | undefined;
}): SafetyAnswer {
  const { t, locale, now } = input;
  const situation = { category: input.category, known: input.known, nightShelters: input.nightShelters };
  const dueAt =
    input.toldDueAt !== undefined && input.toldDueAt > now.getTime() ? new Date(input.toldDueAt) : responseDueAt({ from: now, urgent: true, rules: input.rules });
  const readBy = safetyReadBy({ t: (key, options) => t(`handover:${key}`, options), dueAt, locale, now });
  return { text: `${emergencyMessage({ t, ...situation })}\n${readBy}`, helplines: emergencyHelplines(situation), dueAt };
}

/**
 * Answers a danger signal in this turn: the safety answer, and the urgent handover request with the
 * young person's words (the coach reads them), the helplines the bot gave and the deadline it told.
 * Returns that deadline, for the bot to remember.
 */
export async function answerDanger(
  context: TurnContext,
  input: Omit<Parameters<typeof safetyAnswer>[0], 't' | 'locale'> & { words: string | undefined },
): Promise<Date> {
  const { t, locale } = turnLanguage(context);
  const answer = safetyAnswer({ ...input, t, locale });
  await sayText(context, answer.text);
  emitEvent(context, {
    type: 'handover.requested',
    payload: {
      reason: 'safety',
      category: input.category,
      helplines: answer.helplines,
      dueAt: answer.dueAt.toISOString(),
      locale,
      ...input.known,
      ...(input.words ? { text: input.words } : {}),
    },
  });
  return answer.dueAt;
}
