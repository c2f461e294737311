import type { AskChoice } from './ask-dialog';

/**
 * The yes/no choices of a confirmation (STYLE.md: one helper for the same question shape):
 * `<prefix>.yes`, `<prefix>.no` and their `_aliases` in the locale files.
 */
export function yesNoChoices(prefix: string): AskChoice[] {
  return [
    { id: 'yes', titleKey: `${prefix}.yes`, aliasesKey: `${prefix}.yes_aliases` },
    { id: 'no', titleKey: `${prefix}.no`, aliasesKey: `${prefix}.no_aliases` },
  ];
}
