/**
 * Measures the safety detector on a batch of labelled messages written by people who never saw the
 * rules, the way the corpus test measures the corpus: recall, false alarms (a check question on a
 * safe message counts half), how often an ambiguous message is asked about, per language and
 * category, with the misses and false alarms listed so a reader can see why.
 *
 *   npx tsx flows/safety/measure-blind.ts /path/to/batch.json [more.json ...]
 *   npx tsx flows/safety/measure-blind.ts            (the corpus itself, with its speed)
 *   npx tsx flows/safety/measure-blind.ts held       (the batches kept out of the corpus, flows/safety/held-out.test-data.ts)
 *   npx tsx flows/safety/measure-blind.ts sealed     (the sealed ones among them: totals only, so that nobody reads them)
 *
 * A batch is a JSON array of `{ text, lang, label: 'danger' | 'none' | 'unclear', category? }`.
 */
import { readFileSync } from 'node:fs';
import { corpus, type CorpusEntry } from './corpus.test-data';
import { detectSafetySignal } from './detect-safety-signal';
import { heldOutBatches, sealedBatchNames } from './held-out.test-data';
import { groupLines as groups, tally, tallyLine as line } from './corpus-tally';
import type { SafetySignal } from './safety-types';

const why = (signal: SafetySignal) => `${signal.level}${signal.category ? ` ${signal.category}` : ''}: ${signal.matched?.rule ?? ''} «${signal.matched?.words ?? ''}»`;

function report(name: string, entries: readonly CorpusEntry[]): void {
  const started = performance.now();
  const rows = entries.map((entry) => ({ entry, signal: detectSafetySignal(entry.text, entry.lang) }));
  const ms = (performance.now() - started) / Math.max(1, entries.length);
  const out = [
    `== ${name}: ${entries.length} messages, ${ms.toFixed(3)} ms per message (first pass, compiling included)`,
    line('all', tally(rows)),
    '-- per language',
    ...groups(rows, (entry) => entry.lang),
    '-- per category',
    ...groups(rows, (entry) => entry.category),
    '-- missed danger (none or only asked)',
    ...rows.filter(({ entry, signal }) => entry.label === 'danger' && signal.level !== 'danger').map(({ entry, signal }) => `  [${entry.lang} ${entry.category}] ${entry.text}  → ${why(signal)}`),
    '-- false alarms and questions on safe messages',
    ...rows.filter(({ entry, signal }) => entry.label === 'none' && signal.level !== 'none').map(({ entry, signal }) => `  [${entry.lang}] ${entry.text}  → ${why(signal)}`),
    '-- silent on unclear',
    ...rows.filter(({ entry, signal }) => entry.label === 'unclear' && signal.level === 'none').map(({ entry }) => `  [${entry.lang}] ${entry.text}`),
    '-- wrong category on caught danger',
    ...rows
      .filter(({ entry, signal }) => entry.label === 'danger' && signal.level === 'danger' && signal.category !== entry.category)
      .map(({ entry, signal }) => `  [${entry.lang} ${entry.category}] ${entry.text}  → ${why(signal)}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

function speed(entries: readonly CorpusEntry[]): void {
  const rounds = 5;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const entry of entries) detectSafetySignal(entry.text, entry.lang);
  const ms = (performance.now() - started) / (rounds * entries.length);
  process.stdout.write(`== speed: ${ms.toFixed(3)} ms per message over ${rounds} rounds of ${entries.length} (warm)\n`);
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  report('corpus', corpus);
  speed(corpus);
} else if (paths[0] === 'sealed') {
  const read = (entries: readonly CorpusEntry[]) => tally(entries.map((entry) => ({ entry, signal: detectSafetySignal(entry.text, entry.lang) })));
  for (const name of sealedBatchNames) process.stdout.write(`${line(name, read(heldOutBatches[name]!))}\n`);
  process.stdout.write(`${line('all sealed', read(sealedBatchNames.flatMap((name) => heldOutBatches[name]!)))}\n`);
} else if (paths[0] === 'held') {
  for (const [name, batch] of Object.entries(heldOutBatches)) report(`held-out batch ${name}`, batch);
} else {
  for (const path of paths) report(path, JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[]);
}
