import type { Language } from '../../locales/index';
import type { SafetyLexicon } from './lexicon';
import { lexiconAr } from './lexicon-ar';
import { lexiconEn } from './lexicon-en';
import { lexiconNl } from './lexicon-nl';
import { lexiconPl } from './lexicon-pl';
import { lexiconTr } from './lexicon-tr';
import { lexiconUk } from './lexicon-uk';

/** Every language we speak has its safety vocabulary; the type makes a missing one a compile error. */
export const lexicons: Readonly<Record<Language, SafetyLexicon>> = {
  nl: lexiconNl,
  en: lexiconEn,
  tr: lexiconTr,
  pl: lexiconPl,
  uk: lexiconUk,
  ar: lexiconAr,
};
