import type { CorpusEntry } from './corpus.test-data';
import type { SafetySignal } from './safety-types';

/** A labelled message and what the detector read in it. */
export interface ReadEntry {
  entry: CorpusEntry;
  signal: SafetySignal;
}

/**
 * How the detector did on labelled messages: the one way the corpus test and the blind-batch script
 * (measure-blind.ts) count. `unclear` on a danger message is a miss (the help would wait a turn); a
 * check question on a safe message counts half a false alarm.
 */
export interface Tally {
  danger: number;
  caught: number;
  /** Danger messages only asked about. */
  asked: number;
  rightCategory: number;
  safe: number;
  falseAlarms: number;
  extraQuestions: number;
  unclear: number;
  unclearAsked: number;
}

export function tally(rows: readonly ReadEntry[]): Tally {
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

export const recall = (t: Tally) => (t.danger === 0 ? 1 : t.caught / t.danger);
export const falseAlarmRate = (t: Tally) => (t.safe === 0 ? 0 : (t.falseAlarms + t.extraQuestions / 2) / t.safe);
export const unclearAskedRate = (t: Tally) => (t.unclear === 0 ? 1 : t.unclearAsked / t.unclear);

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** One line of a report: recall, false alarms and unclear asked, as far as the rows have them. */
export function tallyLine(name: string, t: Tally): string {
  const parts = [name.padEnd(18)];
  if (t.danger) parts.push(`recall ${percent(recall(t))} (${t.caught}/${t.danger}, asked ${t.asked}, category right ${t.rightCategory})`);
  if (t.safe) parts.push(`false alarms ${percent(falseAlarmRate(t))} (${t.falseAlarms} alarms, ${t.extraQuestions} questions of ${t.safe})`);
  if (t.unclear) parts.push(`unclear asked ${t.unclearAsked}/${t.unclear}`);
  return parts.join(' · ');
}

/** A line per group (language, category, corpus half), in name order. */
export function groupLines(rows: readonly ReadEntry[], key: (entry: CorpusEntry) => string | undefined): string[] {
  const by = new Map<string, ReadEntry[]>();
  for (const row of rows) {
    const name = key(row.entry);
    if (name !== undefined) by.set(name, [...(by.get(name) ?? []), row]);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => tallyLine(name, tally(group)));
}
