import type { BotMessage } from '../bot/bot-message';
import type { AskChoice } from './ask-dialog';

export const feedbackRatings = ['great', 'good', 'okay', 'bad'] as const;
export type FeedbackRating = (typeof feedbackRatings)[number];

/** The rating's options (😀 🙂 😐 🙁), with the words that mean the same. */
export const ratingChoices: readonly AskChoice[] = feedbackRatings.map((id) => ({
  id,
  titleKey: `followup:feedback.${id}`,
  aliasesKey: `followup:feedback.${id}_aliases`,
}));

/**
 * The rating question after the intake as a message. The case store sends it right after it told the
 * young person who their coach is (cases/apply-domain-event.ts), so the rating never comes before
 * "Goed nieuws! … wordt je vaste contactpersoon"; the bot waits for the answer with the feedback
 * dialog open (flows/feedback-dialog.ts, `asked`).
 */
export function ratingQuestion(t: (key: string) => string): BotMessage {
  return {
    text: t('followup:feedback.question'),
    choices: ratingChoices.map(({ id, titleKey }) => ({ id, title: t(titleKey) })),
    expects: 'choice',
  };
}
