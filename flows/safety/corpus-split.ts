import type { CorpusEntry } from './corpus.test-data';

/**
 * The corpus in two halves by a stable hash of each message: the rules were tuned looking at the
 * first half only, and the second half shows how they do on messages they were not tuned on.
 */
export function corpusHalf(entry: CorpusEntry): 'tuning' | 'held_out' {
  let hash = 0;
  for (const char of entry.text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 2 === 0 ? 'tuning' : 'held_out';
}
