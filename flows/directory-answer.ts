import type { Language } from '../locales/index';

/**
 * The answer the referral directory has for a question ("waar is het Werkplein?"), in the young
 * person's language, or undefined when it has none. The fallback for questions the bot cannot answer
 * asks this first (flows/unanswered-question.ts). There is no directory behind it yet: nothing is
 * answered, and every question gets the offer of a person.
 */
export function answerFromDirectory(_text: string, _lang: Language): string | undefined {
  return undefined;
}
