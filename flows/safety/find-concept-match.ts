import { WINDOW, type Combination } from './concept-combinations';
import type { Concept } from './concepts';
import { expandWords } from './compile-rule';
import { acceptMatch, type MatchSettings, type RuleMatch } from './find-rule-match';
import type { SafetyLexicon } from './lexicon';
import { wordTest } from './word-matches';
import { consonantOutline, KEYED_CONCEPT_FROM, latinKey, withLatinKeys, withoutAttached } from './word-forms';

/** Whether a word of a message is one of a concept's words, per concept of one language. */
export type ConceptTests = ReadonlyMap<Concept, (word: string) => boolean>;

type ConceptLexicon = Pick<SafetyLexicon, 'concepts' | 'classes' | 'attached' | 'byConsonants' | 'transliterated'>;

/**
 * A concept's words as one test. Where the lexicon says so, a word is also read without the prefixes
 * written onto it (`attached`) and, if Latin, by its consonants (`byConsonants`: Arabizi) or as a transliteration
 * of Cyrillic (`transliterated`).
 */
export function compileConcepts(lexicon: ConceptLexicon): ConceptTests {
  const formsOf = conceptForms(lexicon);
  return new Map(
    conceptWords(lexicon).map(([concept, words]) => {
      const test = wordTest(words);
      return [concept, (word: string) => test(word) || formsOf(word).some(test)];
    }),
  );
}

/** Per concept, in the lexicon's order, the lexicon words a word of a message (or one of its {@link conceptForms}) must match. */
export function conceptWords(lexicon: ConceptLexicon): Array<[Concept, string[]]> {
  const { concepts, classes, byConsonants, transliterated } = lexicon;
  return Object.entries(concepts).map(([concept, list]) => {
    const words = withLatinKeys(expandWords(list, classes), transliterated, KEYED_CONCEPT_FROM);
    return [concept as Concept, byConsonants ? [...words, ...words.flatMap(outlineOf)] : words];
  });
}

/** The other forms under which a word of a message may be a concept's word: without its prefixes, by its consonants, transliterated. */
export function conceptForms(lexicon: Pick<SafetyLexicon, 'classes' | 'attached' | 'byConsonants' | 'transliterated'>): (word: string) => string[] {
  const { byConsonants, transliterated } = lexicon;
  const stems = prefixStems(lexicon);
  const latinStems = byConsonants ? withoutAttached(byConsonants.attached.split('|')) : undefined;
  const known = new Map<string, string[]>();
  return (word: string): string[] => {
    let forms = known.get(word);
    if (forms === undefined) {
      // A Latin word without its prefix is compared by its outline only: "blame" is not "lame".
      const outlines = latinStems ? [word, ...latinStems(word)].map(consonantOutline).filter((outline) => outline !== undefined) : [];
      const key = transliterated ? latinKey(word) : undefined;
      forms = [...(stems?.(word) ?? []), ...outlines, ...(key !== undefined && key.length > KEYED_CONCEPT_FROM ? [key] : [])];
      if (known.size > 10_000) known.clear();
      known.set(word, forms);
    }
    return forms;
  };
}

/**
 * A word of a lexicon whose words take prefixes written onto them (`attached`: Arabic "وبيضربني") without
 * them, remembered per word; undefined where a lexicon has none. Concepts and danger rules read words so.
 */
export function prefixStems(lexicon: Pick<SafetyLexicon, 'classes' | 'attached'>): ((word: string) => string[]) | undefined {
  if (!lexicon.attached) return undefined;
  const strip = withoutAttached(expandWords(lexicon.attached, lexicon.classes));
  const known = new Map<string, string[]>();
  return (word) => {
    let stems = known.get(word);
    if (stems === undefined) {
      stems = strip(word);
      if (known.size > 10_000) known.clear();
      known.set(word, stems);
    }
    return stems;
  };
}

/** A Latin concept word's outline, taken as written (`!`) or as a prefix (`*`) like the word. */
function outlineOf(word: string): string[] {
  const prefix = word.endsWith('*');
  const outline = consonantOutline(prefix ? word.slice(0, -1) : word.replace(/!$/, ''));
  return outline === undefined ? [] : [`${outline}${prefix ? '*' : '!'}`];
}

/** The concepts each word of a sentence stands for; numbers of 8 and more are `many` ("20 pillen"). */
export function conceptsOf(sentence: readonly string[], tests: ConceptTests): Set<Concept>[] {
  return sentence.map((word) => {
    const found = new Set<Concept>();
    for (const [concept, test] of tests) if (test(word)) found.add(concept);
    if (/^\d+$/.test(word) && Number(word) >= 8) found.add('many');
    return found;
  });
}

/**
 * The first place in a sentence where all concepts of a combination stand within its window, in any
 * order, and no negation reads them away ("hij slaat me niet"). One word may stand for several
 * concepts (Arabic "يضربني" is "hits me"); a concept named twice needs two words ("mijn vader slaat
 * mijn moeder").
 */
export function findConceptMatch(
  combination: Combination,
  sentence: readonly string[],
  meanings: readonly ReadonlySet<Concept>[],
  settings: MatchSettings,
): RuleMatch | undefined {
  const needed = new Map<Concept, number>();
  for (const concept of combination.all) needed.set(concept, (needed.get(concept) ?? 0) + 1);
  const window = combination.window ?? WINDOW;
  for (let start = 0; start < sentence.length; start++) {
    const first = meanings[start]!;
    if (combination.ordered ? !first.has(combination.all[0]!) : ![...first].some((concept) => needed.has(concept))) continue;
    const left = new Map(needed);
    let missing = combination.all.length;
    const used: number[] = [];
    for (let index = start; index < sentence.length && index - start <= window && missing > 0; index++) {
      let took = false;
      if (combination.ordered) {
        const next = combination.all.length - missing;
        while (missing > 0 && meanings[index]!.has(combination.all[combination.all.length - missing]!)) missing--;
        took = combination.all.length - missing > next;
      } else {
        for (const concept of meanings[index]!) {
          const count = left.get(concept) ?? 0;
          if (count === 0) continue;
          left.set(concept, count - 1);
          missing--;
          took = true;
        }
      }
      if (took) used.push(index);
    }
    if (missing > 0) continue;
    const match = acceptMatch(sentence, used, settings);
    if (match) return match;
  }
  return undefined;
}
