import { WaterfallDialog, type Dialog, type DialogTurnResult } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { ADULT_AGE } from './age-bands';
import { AskDialog, say } from './ask-dialog';
import { knownFacts } from './known-facts';
import { yesNoChoices } from './yes-no';

export const ERASE_DIALOG_ID = 'erase';
export const ERASE_CONFIRM_ID = `${ERASE_DIALOG_ID}.confirm`;

/**
 * VERWIJDER MIJN GEGEVENS: confirmed first, because it cannot be undone. On "ja" the young person
 * hears it is being done, and `privacy.erasure_requested` (ids only) asks the worker to forget them
 * once that message is sent (cases/privacy/forget-young-person.ts). Top-level, like STOP: a
 * confirmed erasure ends everything underneath; "nee" ends only this and the open question is asked
 * again.
 */
export function eraseDialogs(): Dialog[] {
  return [
    new AskDialog(ERASE_CONFIRM_ID, {
      textKey: 'commands:erase.question',
      choices: yesNoChoices('commands:erase'),
      expects: 'choice',
      retryKey: 'commands:erase.retry',
    }),
    new WaterfallDialog(ERASE_DIALOG_ID, [
      async (step) => {
        // Under 18 the leerplichtambtenaar's work goes on by law, outside this chat: said before they decide.
        const { age } = knownFacts(step.context);
        if (age !== undefined && age < ADULT_AGE) await say(step.context, 'commands:erase.leerplicht_note');
        return step.beginDialog(ERASE_CONFIRM_ID);
      },
      async (step): Promise<DialogTurnResult> => {
        if (step.result !== 'yes') {
          await say(step.context, 'commands:erase.continue');
          return step.endDialog();
        }
        emitEvent(step.context, { type: 'privacy.erasure_requested', payload: {} });
        await say(step.context, 'commands:erase.confirmed');
        return step.cancelAllDialogs();
      },
    ]),
  ];
}
