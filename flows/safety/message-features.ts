import { languages, type Language } from '../../locales/index';
import { compiled, readMessage, type CompiledLexicon, type MessageReading } from './compiled-lexicons';
import { normaliseMessage } from './normalise-message';

/** Concepts this many words apart or closer are read as one thought. */
const PAIR_WINDOW = 4;
/** Words that start alike from this length on share a stem feature ("gesneden", "gesneeeden" → "gesne"). */
const STEM_FROM = 6;
const STEM_LENGTH = 5;
/** Letters of a word read together, its start and end marked: "gram:<snij", "gram:eden>". */
const GRAM = 4;

/**
 * The features the learned reading weighs, read in every language's lexicon at once (a young person
 * mixes languages): the concepts the words stand for and pairs of them close together, a negation
 * before a concept (`not:hit`, `notpair:fam+hit`), the words and their stems, and the message's context (a game, a
 * topic, better now). Names are readable, so a weight explains itself: `pair:death+wish`, `word:strip`.
 * Runs of four letters (`gram:kras`) carry what a word shares with forms and misspellings not seen in
 * training ("gekrast", "kraste", "krasssen"; "zabiję", "zabija"): on the blind batches, each left out of
 * training in turn, they caught 1 % more danger at the same false alarms.
 */
export function messageFeatures(text: string, read: ReadingsSoFar = new Map()): Set<string> {
  // The detector read the message in every language already: no need to split it into words again.
  const raw = languages.every((lang) => read.has(lang)) ? undefined : normaliseMessage(text);
  const features = new Set<string>();
  if (raw?.length === 0) return features;
  for (const lang of languages) {
    const lexicon = compiled().get(lang)!;
    addReading(features, lexicon, read.get(lang) ?? readMessage(lexicon, raw!));
  }
  return features;
}

/** Readings the rules already made of the message, so no language reads it twice. */
export type ReadingsSoFar = ReadonlyMap<Language, MessageReading>;

function addGrams(features: Set<string>, word: string): void {
  const marked = `<${word}>`;
  for (let at = 0; at + GRAM <= marked.length; at++) features.add(`gram:${marked.slice(at, at + GRAM)}`);
}

function addReading(features: Set<string>, lexicon: CompiledLexicon, reading: MessageReading): void {
  if (reading.inPlay) features.add('context:play');
  if (reading.onTopic) features.add('context:topic');
  if (reading.better) features.add('context:better');
  const { isNegation, isNegationAfter, isNegatedWord } = lexicon.settings;
  reading.sentences.forEach((sentence, s) => {
    const meanings = reading.meanings[s]!;
    const negated = sentence.map(
      (word, i) =>
        isNegatedWord?.(word) === true ||
        [sentence[i - 1], sentence[i - 2]].some((before) => before !== undefined && isNegation(before)) ||
        (i + 1 < sentence.length && isNegationAfter(sentence[i + 1]!)),
    );
    sentence.forEach((word, i) => {
      if (word === '_') return;
      features.add(`word:${word}`);
      if (word.length >= STEM_FROM) features.add(`stem:${word.slice(0, STEM_LENGTH)}`);
      addGrams(features, word);
      for (const concept of meanings[i]!) {
        features.add(`${negated[i] ? 'not' : 'concept'}:${concept}`);
        for (let j = i + 1; j < sentence.length && j - i <= PAIR_WINDOW; j++) {
          // "tata mnie nie bije": a pair with a negated half is another feature than the pair.
          const kind = negated[i] || negated[j] ? 'notpair' : 'pair';
          for (const other of meanings[j]!) if (other !== concept) features.add(`${kind}:${[concept, other].sort().join('+')}`);
        }
      }
    });
  });
}
