import { WaterfallDialog, type Dialog, type DialogTurnResult } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, say, turnLanguage } from './ask-dialog';
import { FEEDBACK_DIALOG_ID } from './feedback-dialog';
import { yesNoChoices } from './yes-no';

export const DATA_ACCESS_DIALOG_ID = 'dataAccess';
const CONFIRM_ID = `${DATA_ACCESS_DIALOG_ID}.confirm`;

/**
 * MIJN GEGEVENS (inzage, AVG art. 15): confirmed first, because the answer is a link that opens
 * everything held about them and should not come from a slip of the thumb. On "ja" the case store
 * makes a one-time link and sends it (cases/privacy/send-inzage-link.ts): the token is made and
 * only its hash stored outside the bot, so it never sits in the bot's state. Either way the question
 * that was open is asked again, except a rating of the chat right before the link.
 */
export function dataAccessDialogs(): Dialog[] {
  return [
    new AskDialog(CONFIRM_ID, {
      textKey: 'commands:data.question',
      choices: yesNoChoices('commands:data'),
      expects: 'choice',
      retryKey: 'commands:data.retry',
    }),
    new WaterfallDialog(DATA_ACCESS_DIALOG_ID, [
      (step) => step.beginDialog(CONFIRM_ID),
      async (step): Promise<DialogTurnResult> => {
        if (step.result !== 'yes') {
          await say(step.context, 'commands:data.declined');
          return step.endDialog();
        }
        emitEvent(step.context, { type: 'data_access.requested', payload: { locale: turnLanguage(step.context).locale } });
        // The link comes next (from the case store); a rating of the chat asked again before it would
        // leave the link under an open question. A rating is only ever asked: nothing is lost.
        // (botbuilder keeps the active dialog last on its stack: the one beneath is the one before it.)
        if (step.stack.at(-2)?.id === FEEDBACK_DIALOG_ID) return step.cancelAllDialogs();
        return step.endDialog();
      },
    ]),
  ];
}
