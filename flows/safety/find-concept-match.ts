import { WINDOW, type Combination, type Concept, type ConceptWords } from './concepts';
import { expandWords } from './compile-rule';
import { acceptMatch, type MatchSettings, type RuleMatch } from './find-rule-match';
import type { SafetyLexicon } from './lexicon';
import { wordTest } from './word-matches';

/** Whether a word of a message is one of a concept's words, per concept of one language. */
export type ConceptTests = ReadonlyMap<Concept, (word: string) => boolean>;

export function compileConcepts(words: ConceptWords, classes: SafetyLexicon['classes']): ConceptTests {
  return new Map(Object.entries(words).map(([concept, list]) => [concept as Concept, wordTest(expandWords(list, classes))]));
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
