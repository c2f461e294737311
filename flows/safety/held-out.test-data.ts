import { blindBatchAN } from './corpus-blind-an.test-data';
import { blindBatchAO } from './corpus-blind-ao.test-data';
import { blindBatchCG } from './corpus-blind-cg.test-data';
import { blindBatchCH } from './corpus-blind-ch.test-data';
import { blindBatchCM } from './corpus-blind-cm.test-data';
import { blindBatchCN } from './corpus-blind-cn.test-data';
import { blindBatchCO } from './corpus-blind-co.test-data';
import type { CorpusEntry } from './corpus.test-data';

/**
 * Blind batches kept out of the corpus and out of training: mirrored pairs, the same words and
 * situation once safe and once danger. Neither reader tells them apart yet (with them in the corpus
 * its false alarms rose above the 2 % the corpus test allows), so they are measured as they are:
 * `npx tsx flows/safety/measure-blind.ts held`. And sealed batches (CG, CH, CO), kept out so that a later
 * session can measure its change on messages nobody here has read. And contrast batches read and
 * mended on by their rules (CM, CN) but kept out of training: with them in it, the learned reading
 * did worse on the sealed batches (CG 96.4 → 94.8 % recall, CH 95.3 → 94.3 %).
 */
export const heldOutBatches: Readonly<Record<string, readonly CorpusEntry[]>> = {
  AO: blindBatchAO,
  AN: blindBatchAN,
  CG: blindBatchCG,
  CH: blindBatchCH,
  CM: blindBatchCM,
  CN: blindBatchCN,
  CO: blindBatchCO,
};
