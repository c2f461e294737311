/** What kind of danger a message signals; the coach and the GGD read it on the urgent handover. */
export const safetyCategories = ['suicide', 'self_harm', 'medical', 'sexual_violence', 'violence_home', 'threat', 'homeless_runaway'] as const;
export type SafetyCategory = (typeof safetyCategories)[number];

/**
 * `danger`: act at once (emergency numbers, urgent handover). `unclear`: worrying but ambiguous
 * ("ik wil niet meer"), so the bot asks one check question. `none`: nothing to act on.
 */
export type SafetyLevel = 'danger' | 'unclear' | 'none';

export interface SafetySignal {
  level: SafetyLevel;
  category?: SafetyCategory;
  /** Why it fired: the rule as written in the lexicon and the words of the message it matched. */
  matched?: { rule: string; words: string };
}
