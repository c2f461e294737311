import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, say } from './ask-dialog';
import { isPassOn, OptionalChoiceDialog, type OptionalChoiceOptions, type PassOn } from './optional-choice-dialog';
import { yesNoChoices } from './yes-no';
import { feedbackRatings, ratingChoices, type FeedbackRating } from './feedback-question';

export const FEEDBACK_DIALOG_ID = 'feedback';

export { feedbackRatings, type FeedbackRating } from './feedback-question';
export type FeedbackSource = 'intake' | 'nazorg';

export interface FeedbackOptions {
  source: FeedbackSource;
  /** The question was sent by the case store (after the handover message): wait for the answer without asking. */
  asked?: boolean;
}

/** The `feedback.given` event: stored without any link to the young person (cases/in-beeld/feedback.ts). */
export interface FeedbackGivenPayload {
  source: FeedbackSource;
  rating: FeedbackRating;
  /** The optional suggestion; the turn runner stores it encrypted as `textEnc` (worker/process-turn.ts). */
  text?: string;
}

const RATE = `${FEEDBACK_DIALOG_ID}.rate`;
const RATE_NAZORG = `${FEEDBACK_DIALOG_ID}.rateNazorg`;
const TIP = `${FEEDBACK_DIALOG_ID}.tip`;
const TIP_TEXT = `${FEEDBACK_DIALOG_ID}.tipText`;


interface Values {
  source: FeedbackSource;
  rating?: FeedbackRating;
}

/**
 * A one-tap rating (😀 🙂 😐 🙁) and an optional suggestion, after the intake and at a nazorg
 * check-in: the municipality wants young people to shape the approach. Both questions may be
 * ignored; a message that is no answer ends the dialog with PassOn, keeping a rating already given.
 */
export class FeedbackDialog extends ComponentDialog {
  constructor() {
    super(FEEDBACK_DIALOG_ID);
    this.addDialog(new OptionalChoiceDialog(RATE, { textKey: 'followup:feedback.question', choices: ratingChoices }));
    this.addDialog(new OptionalChoiceDialog(RATE_NAZORG, { textKey: 'followup:feedback.question_nazorg', choices: ratingChoices }));
    this.addDialog(new OptionalChoiceDialog(TIP, { textKey: 'followup:feedback.tip.question', choices: yesNoChoices('followup:feedback.tip') }));
    this.addDialog(new AskDialog(TIP_TEXT, { textKey: 'followup:feedback.tip_ask', expects: 'text', retryKey: 'followup:feedback.tip_ask' }));
    this.addDialog(
      new WaterfallDialog(`${FEEDBACK_DIALOG_ID}.steps`, [
        (step) => {
          const { source, asked } = (step.options ?? {}) as Partial<FeedbackOptions>;
          values(step).source = source === 'nazorg' ? 'nazorg' : 'intake';
          return step.beginDialog(values(step).source === 'nazorg' ? RATE_NAZORG : RATE, { silent: asked === true } satisfies OptionalChoiceOptions);
        },
        (step) => {
          if (isPassOn(step.result) || !isRating(step.result)) return step.endDialog({ passOn: true } satisfies PassOn);
          values(step).rating = step.result;
          return step.beginDialog(TIP);
        },
        async (step) => {
          if (step.result === 'yes') return step.beginDialog(TIP_TEXT);
          this.record(step);
          if (isPassOn(step.result)) return step.endDialog(step.result);
          await say(step.context, 'followup:feedback.thanks');
          return step.endDialog();
        },
        async (step) => {
          this.record(step, String(step.result));
          await say(step.context, 'followup:feedback.thanks');
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = `${FEEDBACK_DIALOG_ID}.steps`;
  }

  private record(step: WaterfallStepContext, text?: string): void {
    const { source, rating } = values(step);
    if (!rating) return;
    const payload: FeedbackGivenPayload = text ? { source, rating, text } : { source, rating };
    emitEvent(step.context, { type: 'feedback.given', payload: { ...payload } });
  }
}

function isRating(value: unknown): value is FeedbackRating {
  return (feedbackRatings as readonly unknown[]).includes(value);
}

function values(step: WaterfallStepContext): Values {
  return step.values as Values;
}
