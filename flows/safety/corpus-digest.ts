import { createHash } from 'node:crypto';
import type { CorpusEntry } from './corpus.test-data';

/** A fingerprint of what the learned reading is trained on: the labelled corpus and the everyday answers. */
export function trainingDigest(entries: readonly CorpusEntry[], everyday: readonly string[]): string {
  const lines = entries.map((entry) => `${entry.lang}\t${entry.label}\t${entry.category ?? ''}\t${entry.text}`).sort();
  return createHash('sha256')
    .update([...lines, ...everyday.map((text) => `everyday\t${text}`)].join('\n'))
    .digest('hex')
    .slice(0, 16);
}
