import { say } from './ask-dialog';
import { turnDirectory } from './directory/turn-directory';
import { FEEDBACK_DIALOG_ID } from './feedback-dialog';
import type { FrontDoorTurn } from './front-door-state';
import { answerDanger, type UrgentResponseRules } from './safety-answer';
import { detectSafetySignal, type SafetyCategory } from './safety-signal';
import { askSafetyCheck, safetyCheckAnswer } from './safety/ask-safety-check';

/** What raised the alarm: its category, and the words the coach reads. */
export interface Danger {
  category: SafetyCategory | undefined;
  words: string | undefined;
}

/**
 * Danger comes first (DESIGN.md rule 9): the emergency numbers that fit, and an urgent handover, at
 * once; then the open question again. Every signal is its own handover request with its own words
 * (the case store joins later ones to the open urgent handover). An ambiguous message gets one
 * check question; "ja" is danger, "nee" goes on where they were, and anything else is handled as
 * if the question had not been asked. Returns whether it answered.
 */
export async function safetyNet(
  turn: FrontDoorTurn,
  { text, raiseDanger, home }: { text: string; raiseDanger: (danger: Danger) => Promise<void>; home: () => Promise<void> },
): Promise<boolean> {
  const { context, dc, conversation } = turn;
  const signal = detectSafetySignal(text, conversation.locale);
  const checked = conversation.safetyCheck;
  const checkedText = conversation.safetyCheckText;
  delete conversation.safetyCheck;
  delete conversation.safetyCheckText;
  const answer = checked && signal.level !== 'danger' ? safetyCheckAnswer(context) : undefined;
  if (signal.level === 'danger' || answer === 'yes') {
    const category = signal.level === 'danger' ? signal.category : checked;
    // The coach reads the words that raised the alarm: after "ja", the message the check asked about.
    const words = (signal.level === 'danger' ? text : checkedText)?.trim();
    await raiseDanger({ category, words });
    // The conversation goes on where it was: the open question again, with its choices. A rating
    // of the chat is no question to put right after the emergency numbers.
    if (dc.activeDialog && dc.activeDialog.id !== FEEDBACK_DIALOG_ID) await dc.repromptDialog();
    return true;
  }
  if (answer === 'no') {
    await say(context, 'commands:safety.check.declined');
    if (dc.activeDialog) await dc.repromptDialog();
    else await home();
    return true;
  }
  if (signal.level === 'unclear') {
    conversation.safetyCheck = signal.category ?? 'suicide';
    conversation.safetyCheckText = text;
    await askSafetyCheck(context, conversation.safetyCheck);
    return true;
  }
  return false;
}

/**
 * The urgent path: the safety answer and the urgent handover request. The safety net calls it for
 * a message, and a dialog through the turn's danger alarm for an answer (no safe place tonight).
 */
export async function raiseDanger(
  { context, conversation }: FrontDoorTurn,
  { danger, rules, now }: { danger: Danger; rules: UrgentResponseRules; now: Date },
): Promise<void> {
  const told = await answerDanger(context, {
    ...danger, known: conversation.known ?? {}, nightShelters: turnDirectory(context).nightShelters(),
    rules, now, toldDueAt: conversation.safetyDueAt,
  });
  conversation.safetyDueAt = told.getTime();
}
