import type { DialogContext } from 'botbuilder-dialogs';
import { PERSON_DIALOG_ID, say, sayText, turnLanguage } from './ask-dialog';
import { answerDirectoryQuestion } from './directory/directory-question';
import { turnDirectory } from './directory/turn-directory';
import { normalize } from './match-choice';

/**
 * A question rather than an answer or a greeting: a question word of the young person's language
 * first ("waar", "hoe", "where"), or a question mark (also the Arabic one) after more than one word
 * ("hallo?" is a greeting).
 */
export function isQuestion(dc: DialogContext, text: string): boolean {
  const words = normalize(text).split(' ').filter(Boolean);
  const first = words[0];
  if (!first) return false;
  if (/[?؟]/.test(text) && words.length > 1) return true;
  const typed = words.join(' ');
  return turnLanguage(dc.context)
    .t('commands:unanswered.question_words')
    .split('|')
    .map(normalize)
    .some((word) => word !== '' && (typed === word || typed.startsWith(`${word} `)));
}

/**
 * A question the bot has no flow for: the directory's answer when it has one, and the open question
 * again; otherwise it says so plainly and offers a person (who, on "nee", leaves the open question
 * to be asked again). Never the menu: a menu is no answer to "waar is het Werkplein?".
 */
export async function answerUnansweredQuestion(dc: DialogContext, text: string): Promise<void> {
  const { t } = turnLanguage(dc.context);
  const found = answerDirectoryQuestion({ text, t, directory: turnDirectory(dc.context), municipality: undefined });
  if (found) {
    await sayText(dc.context, found);
    if (dc.activeDialog) await dc.repromptDialog();
    return;
  }
  await say(dc.context, 'commands:unanswered.text');
  await dc.beginDialog(PERSON_DIALOG_ID);
}
