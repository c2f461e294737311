import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, say } from './ask-dialog';
import { yesNoChoices } from './yes-no';

export const STOP_DIALOG_ID = 'stop';
export const STOP_CONFIRM_ID = `${STOP_DIALOG_ID}.confirm`;

/**
 * STOP / AFMELDEN: confirmed before it counts, so a slip does not cut a young person off; reversible
 * with START. Ends proactive messages (DESIGN.md rule 6) through `conversation.opted_out`.
 * Top-level dialogs, so that a confirmed stop ends everything underneath instead of asking the open
 * question again; "no" ends only this and the open question is asked again.
 */
export function stopDialogs(onOptedOut: (step: WaterfallStepContext) => Promise<void>): Dialog[] {
  return [
    new AskDialog(STOP_CONFIRM_ID, {
      textKey: 'commands:stop.question',
      choices: yesNoChoices('commands:stop'),
      expects: 'choice',
      retryKey: 'commands:stop.retry',
    }),
    new WaterfallDialog(STOP_DIALOG_ID, [
      (step) => step.beginDialog(STOP_CONFIRM_ID),
      async (step): Promise<DialogTurnResult> => {
        if (step.result !== 'yes') {
          await say(step.context, 'commands:stop.continue');
          return step.endDialog();
        }
        await onOptedOut(step);
        emitEvent(step.context, { type: 'conversation.opted_out', payload: {} });
        await say(step.context, 'commands:stop.confirmed');
        return step.cancelAllDialogs();
      },
    ]),
  ];
}
