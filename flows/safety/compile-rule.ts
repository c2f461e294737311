import type { SafetyLexicon } from './lexicon';
import { normaliseMessage } from './normalise-message';
import { wordTest } from './word-matches';
import { latinKey, withLatinKeys } from './word-forms';

/** One position of a rule: the words that may stand there and how it joins the previous one. */
export interface RuleSlot {
  /** Whether a word of the message is one of the words that may stand here. */
  fits: (word: string) => boolean;
  /** The lexicon words `fits` was made of, for the lexicon's word index (flows/safety/word-index.ts). */
  words: readonly string[];
  /** The word must follow the previous slot directly (`^word`). */
  adjacent: boolean;
  /** The slot may be left out (`word?`). */
  optional: boolean;
  /** `$`: the sentence ends here, bar trailing filler words. */
  end: boolean;
  /** `#many` among the words: also a number of at least {@link MANY}. */
  many: boolean;
  /** `#` among the words: also any number ("5 kms"). */
  number: boolean;
}

/** "20 paracetamol" is an overdose; "2 paracetamol" for a headache is not. */
export const MANY = 8;

/**
 * Reads a rule as written in a lexicon (see {@link SafetyLexicon}) into slots, with word classes
 * expanded and every word normalised the way messages are, so a lexicon can be written with
 * accents and capitals. In a `transliterated` lexicon a Latin word also fits by its transliteration key.
 */
export function compileRule(match: string, classes: SafetyLexicon['classes'], transliterated?: boolean): RuleSlot[] {
  return match
    .trim()
    .split(/\s+/)
    .map((part) => {
      const adjacent = part.startsWith('^');
      const optional = part.endsWith('?');
      const body = part.replace(/^\^/, '').replace(/\?$/, '');
      if (body === '$') return { fits: () => false, words: [], adjacent, optional: false, end: true, many: false, number: false };
      const alternatives = body.split('|');
      const written = alternatives.filter((word) => !word.startsWith('#')).join('|');
      const words = withLatinKeys(written ? expandWords(written, classes) : [], transliterated);
      const test = wordTest(words);
      return {
        fits: transliterated ? (word: string) => test(word) || isKeyIn(test, word) : test,
        words,
        adjacent,
        optional,
        end: false,
        many: alternatives.includes('#many'),
        number: alternatives.includes('#'),
      };
    });
}

function isKeyIn(test: (word: string) => boolean, word: string): boolean {
  const key = latinKey(word);
  return key !== undefined && test(key);
}

/** `a|{fam}|b*|c!` → the normalised words, classes expanded (`*` a prefix, `!` no typo forgiven). */
export function expandWords(alternatives: string, classes: SafetyLexicon['classes']): string[] {
  return alternatives.split('|').flatMap((word) => {
    const className = /^\{(\w+)\}$/.exec(word)?.[1];
    if (className !== undefined) {
      const members = classes[className];
      if (members === undefined) throw new UnknownWordClassError(className);
      return expandWords(members, classes);
    }
    return [normaliseWord(word)];
  });
}

function normaliseWord(word: string): string {
  const mark = word.endsWith('*') || word.endsWith('!') ? word.slice(-1) : '';
  const body = normaliseMessage(mark ? word.slice(0, -1) : word).flat().join('');
  return body + mark;
}

export class UnknownWordClassError extends Error {
  constructor(className: string) {
    super(`A safety rule uses the word class {${className}}, which its lexicon does not define.`);
    this.name = this.constructor.name;
  }
}
