import type { AskChoice } from './ask-dialog';

/**
 * The plain yes and no of a language and how young people type it ("evet", "tak", "да", "ايوه",
 * "na3am"), in `commands:yes_no` of every locale: for every yes/no question, and for a "yes" option
 * that is not one of a pair ("Ja, lijkt me goed").
 */
export const YES_WORDS = 'commands:yes_no.yes_words';
export const NO_WORDS = 'commands:yes_no.no_words';

/**
 * The yes/no choices of a confirmation (STYLE.md: one helper for the same question shape):
 * `<prefix>.yes`, `<prefix>.no` and their `_aliases` in the locale files, plus the plain yes and no.
 */
export function yesNoChoices(prefix: string): AskChoice[] {
  return [
    { id: 'yes', titleKey: `${prefix}.yes`, aliasesKey: [`${prefix}.yes_aliases`, YES_WORDS] },
    { id: 'no', titleKey: `${prefix}.no`, aliasesKey: [`${prefix}.no_aliases`, NO_WORDS] },
  ];
}
