import { describe, expect, it } from 'vitest';
import { compiled } from './compiled-lexicons';
import { corpus } from './corpus.test-data';
import { everydayAnswers } from './everyday-answers';
import { conceptsOf } from './find-concept-match';
import { slotFits } from './find-rule-match';
import { normaliseMessage } from './normalise-message';

/**
 * The word index (flows/safety/word-index.ts) is only a faster way to ask every rule slot and concept:
 * it must answer as they do, for words as written, stretched, with a typo, and for numbers.
 */
/** About this many corpus messages give the words: the corpus grows, the sample does not. */
const SAMPLED_MESSAGES = 80;

function sampleWords(): string[] {
  const every = Math.ceil(corpus.length / SAMPLED_MESSAGES);
  const texts = [...everydayAnswers().filter((_, at) => at % 4 === 0), ...corpus.filter((_, at) => at % every === 0).map((entry) => entry.text)];
  const words = new Set(['_', '7', '8', '20', 'zelmoord', 'zelfmoort', 'dooooood', 'gepakt', 'ergens']);
  for (const word of normaliseMessage(texts.join(' . ')).flat()) {
    words.add(word);
    if (word.length >= 6) words.add(`${word.slice(0, 2)}${word.slice(3)}`);
  }
  return [...words];
}

describe('word index', () => {
  it('gives every word the slots and concepts that asking each of them gives', () => {
    const words = sampleWords();
    const wrong: string[] = [];
    for (const lexicon of compiled().values()) {
      const rules = [...lexicon.rules, ...lexicon.idioms, ...lexicon.recovered];
      const slots = rules.flatMap(({ slots, needs }) => slots.filter((slot) => !slot.end && !slot.optional).map((slot, at) => ({ slot, id: needs[at]! })));
      for (const word of words) {
        const facts = lexicon.factsOf(word);
        for (const { slot, id } of slots) if (facts.slots.has(id) !== slotFits(slot, word)) wrong.push(`${lexicon.lang} "${word}" in ${slot.words.join('|')}`);
        const concepts = [...facts.concepts].join(' ');
        const asked = [...conceptsOf([word], lexicon.concepts)[0]!].join(' ');
        if (concepts !== asked) wrong.push(`${lexicon.lang} "${word}": ${concepts} instead of ${asked}`);
      }
    }
    expect(wrong).toEqual([]);
    // Every word asked of every slot and concept the slow way: seconds alone, more on a loaded machine.
  }, 120_000);
});
