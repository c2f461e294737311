import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { say } from './ask-dialog';
import { FEEDBACK_DIALOG_ID, FeedbackDialog, type FeedbackOptions } from './feedback-dialog';
import { normalize, normalizePhrase } from './match-choice';
import { isPassOn, type PassOn } from './optional-choice-dialog';

export const NAZORG_DIALOG_ID = 'nazorg';

export const nazorgAnswers = ['good', 'better', 'help'] as const;
export type NazorgAnswer = (typeof nazorgAnswers)[number];

/** The quick-reply ids of a check-in (messages/content-templates.ts `nazorg_checkin`, cases/in-beeld/nazorg.ts). */
export const nazorgChoiceId = (answer: NazorgAnswer): string => `nazorg_${answer}`;

/** The check-in answer a button press carries, if it is one. */
export function nazorgAnswerOf(payload: string | undefined): NazorgAnswer | undefined {
  return nazorgAnswers.find((answer) => nazorgChoiceId(answer) === payload);
}

const PENDING_CHECKIN = Symbol.for('jongerenloket.nazorgPending');

/** Set by the turn runner: the young person has a check-in they have not answered yet (cases/in-beeld/nazorg.ts). */
export function setNazorgPending(context: TurnContext, pending: boolean): void {
  context.turnState.set(PENDING_CHECKIN, pending);
}

export function nazorgPending(context: TurnContext): boolean {
  return context.turnState.get(PENDING_CHECKIN) === true;
}

/**
 * A typed answer to an open check-in: the whole message is an answer's title or one of its aliases
 * (`followup:nazorg.<answer>_aliases`) in the conversation's language or its fallback. The check-in's
 * text fallback asks to answer "gaat goed, kan beter of ik wil hulp", so typing it must work as well
 * as tapping. Stricter than `matchChoice` on purpose: this is no question on screen, so a longer
 * message ("goed, maar ik wil een afspraak") goes its usual way, to the coach or the menu.
 */
export function typedNazorgAnswer(text: string, translate: (key: string) => string): NazorgAnswer | undefined {
  const typed = normalize(text);
  if (!typed) return undefined;
  return nazorgAnswers.find((answer) =>
    [translate(`followup:nazorg.${answer}`), ...translate(`followup:nazorg.${answer}_aliases`).split('|')].some((word) => normalizePhrase(word) === typed),
  );
}

export interface NazorgDialogOptions {
  answer: NazorgAnswer;
}

/**
 * The young person tapped an answer on a nazorg check-in. The answer is recorded in the case
 * (`nazorg.answered`, cases/in-beeld/nazorg.ts); "ik wil hulp" reopens the case with the same coach, who is
 * notified, and the young person hears who will contact them. After "gaat goed" or "kan beter"
 * comes the one-tap rating; someone who asks for help is not asked to rate anything.
 */
export class NazorgDialog extends ComponentDialog {
  constructor() {
    super(NAZORG_DIALOG_ID);
    this.addDialog(new FeedbackDialog());
    this.addDialog(
      new WaterfallDialog(`${NAZORG_DIALOG_ID}.steps`, [
        async (step) => {
          const answer = (step.options as Partial<NazorgDialogOptions> | undefined)?.answer;
          if (!answer || !nazorgAnswers.includes(answer)) return step.endDialog();
          emitEvent(step.context, { type: 'nazorg.answered', payload: { answer } });
          await say(step.context, `followup:nazorg.answer.${answer}`);
          if (answer === 'help') return step.endDialog();
          return step.beginDialog(FEEDBACK_DIALOG_ID, { source: 'nazorg' } satisfies FeedbackOptions);
        },
        (step: WaterfallStepContext) => step.endDialog(isPassOn(step.result) ? ({ passOn: true } satisfies PassOn) : undefined),
      ]),
    );
    this.initialDialogId = `${NAZORG_DIALOG_ID}.steps`;
  }
}
