/**
 * Measures the safety detector on a batch of labelled messages written by people who never saw the
 * rules, the way the corpus test measures the corpus: recall, false alarms (a check question on a
 * safe message counts half), how often an ambiguous message is asked about, per language and
 * category, with the misses and false alarms listed so a reader can see why.
 *
 *   npx tsx flows/safety/measure-blind.ts /path/to/batch.json [more.json ...]
 *   npx tsx flows/safety/measure-blind.ts            (the corpus itself, with its speed)
 *
 * A batch is a JSON array of `{ text, lang, label: 'danger' | 'none' | 'unclear', category? }`.
 */
import { readFileSync } from 'node:fs';
import { corpus, type CorpusEntry } from './corpus.test-data';
import { detectSafetySignal } from './detect-safety-signal';
import type { SafetySignal } from './safety-types';

interface Row {
  entry: CorpusEntry;
  signal: SafetySignal;
}

interface Tally {
  danger: number;
  caught: number;
  asked: number;
  rightCategory: number;
  safe: number;
  falseAlarms: number;
  extraQuestions: number;
  unclear: number;
  unclearAsked: number;
}

function tally(rows: readonly Row[]): Tally {
  const t: Tally = { danger: 0, caught: 0, asked: 0, rightCategory: 0, safe: 0, falseAlarms: 0, extraQuestions: 0, unclear: 0, unclearAsked: 0 };
  for (const { entry, signal } of rows) {
    if (entry.label === 'danger') {
      t.danger++;
      if (signal.level === 'danger') t.caught++;
      if (signal.level === 'unclear') t.asked++;
      if (signal.level === 'danger' && signal.category === entry.category) t.rightCategory++;
    } else if (entry.label === 'none') {
      t.safe++;
      if (signal.level === 'danger') t.falseAlarms++;
      if (signal.level === 'unclear') t.extraQuestions++;
    } else {
      t.unclear++;
      if (signal.level !== 'none') t.unclearAsked++;
    }
  }
  return t;
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)} %`);

function line(name: string, t: Tally): string {
  const parts = [name.padEnd(18)];
  if (t.danger) parts.push(`recall ${percent(t.caught, t.danger)} (${t.caught}/${t.danger}, asked ${t.asked}, category right ${t.rightCategory})`);
  if (t.safe) parts.push(`false alarms ${percent(t.falseAlarms + t.extraQuestions / 2, t.safe)} (${t.falseAlarms} alarms, ${t.extraQuestions} questions of ${t.safe})`);
  if (t.unclear) parts.push(`unclear asked ${percent(t.unclearAsked, t.unclear)} (${t.unclearAsked}/${t.unclear})`);
  return parts.join(' · ');
}

function groups(rows: readonly Row[], key: (entry: CorpusEntry) => string | undefined): string[] {
  const by = new Map<string, Row[]>();
  for (const row of rows) {
    const name = key(row.entry);
    if (name !== undefined) by.set(name, [...(by.get(name) ?? []), row]);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => line(name, tally(group)));
}

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
} else {
  for (const path of paths) report(path, JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[]);
}
