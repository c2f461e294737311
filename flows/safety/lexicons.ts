import type { Language } from '../../locales/index';
import type { SafetyLexicon } from './lexicon';
import { lexiconAr } from './lexicon-ar';
import { lexiconEn } from './lexicon-en';
import { lexiconNl } from './lexicon-nl';
import { lexiconPl } from './lexicon-pl';
import { lexiconTr } from './lexicon-tr';
import { lexiconUk } from './lexicon-uk';

/**
 * Every language we speak has its safety vocabulary; the type makes a missing one a compile error.
 * The lexicons are typed data files rather than locale JSON: a rule has structure (category, level,
 * topic, exceptions) that the type-check verifies, and vocabularies differ per language by nature,
 * where the locale files must have the same keys in every language. They are still plain data that
 * someone who knows the language can read and change without touching the engine.
 */
export const lexicons: Readonly<Record<Language, SafetyLexicon>> = {
  nl: lexiconNl,
  en: lexiconEn,
  tr: lexiconTr,
  pl: lexiconPl,
  uk: lexiconUk,
  ar: lexiconAr,
};
