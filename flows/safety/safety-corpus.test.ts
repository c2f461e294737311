import { describe, expect, it } from 'vitest';
import { corpus, type CorpusEntry } from './corpus.test-data';
import { corpusHalf } from './corpus-split';
import { detectSafetySignal } from './detect-safety-signal';
import type { SafetySignal } from './safety-types';

/** Danger messages read as danger. `unclear` on a danger message is a miss: the help would wait a turn. */
const MIN_RECALL = 0.97;
/** Safe messages read as danger; `unclear` on a safe message counts half (one extra question). */
const MAX_FALSE_ALARMS = 0.02;
/** Ambiguous messages that get the check question (or the alarm) rather than silence. */
const MIN_UNCLEAR_ASKED = 0.9;

interface Tally {
  danger: number;
  caught: number;
  rightCategory: number;
  safe: number;
  falseAlarms: number;
  extraQuestions: number;
  unclear: number;
  asked: number;
}

const read = corpus.map((entry) => ({ entry, signal: detectSafetySignal(entry.text, entry.lang) }));

function tally(rows: ReadonlyArray<{ entry: CorpusEntry; signal: SafetySignal }>): Tally {
  const t: Tally = { danger: 0, caught: 0, rightCategory: 0, safe: 0, falseAlarms: 0, extraQuestions: 0, unclear: 0, asked: 0 };
  for (const { entry, signal } of rows) {
    if (entry.label === 'danger') {
      t.danger++;
      if (signal.level === 'danger') t.caught++;
      if (signal.level === 'danger' && signal.category === entry.category) t.rightCategory++;
    } else if (entry.label === 'none') {
      t.safe++;
      if (signal.level === 'danger') t.falseAlarms++;
      if (signal.level === 'unclear') t.extraQuestions++;
    } else {
      t.unclear++;
      if (signal.level !== 'none') t.asked++;
    }
  }
  return t;
}

const recall = (t: Tally) => (t.danger === 0 ? 1 : t.caught / t.danger);
const falseAlarmRate = (t: Tally) => (t.safe === 0 ? 0 : (t.falseAlarms + t.extraQuestions / 2) / t.safe);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function line(name: string, t: Tally): string {
  const parts = [`${name.padEnd(18)}`];
  if (t.danger) parts.push(`recall ${percent(recall(t))} (${t.caught}/${t.danger}, category right ${t.rightCategory})`);
  if (t.safe) parts.push(`false alarms ${percent(falseAlarmRate(t))} (${t.falseAlarms} alarms, ${t.extraQuestions} questions of ${t.safe})`);
  if (t.unclear) parts.push(`unclear asked ${t.asked}/${t.unclear}`);
  return parts.join(' · ');
}

function groupBy(key: (entry: CorpusEntry) => string | undefined): string[] {
  const groups = new Map<string, typeof read>();
  for (const row of read) {
    const name = key(row.entry);
    if (name === undefined) continue;
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return [...groups].map(([name, rows]) => line(name, tally(rows)));
}

describe('safety corpus: realistic messages, labelled', () => {
  const all = tally(read);

  it('has at least 400 messages, 150 that must alarm and 150 that must not, in every language and category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(all.danger).toBeGreaterThanOrEqual(150);
    expect(all.safe).toBeGreaterThanOrEqual(150);
    expect(all.unclear).toBeGreaterThan(0);
    for (const lang of ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const) {
      for (const label of ['danger', 'none', 'unclear'] as const) {
        expect(corpus.some((entry) => entry.lang === lang && entry.label === label), `${lang} ${label}`).toBe(true);
      }
    }
    const categories = new Set(corpus.map((entry) => entry.category).filter(Boolean));
    expect([...categories].sort()).toEqual(['homeless_runaway', 'medical', 'self_harm', 'sexual_violence', 'suicide', 'threat', 'violence_home']);
  });

  it('reports recall and false alarms per language, category and corpus half', () => {
    const report = [
      line('all', all),
      '— per language',
      ...groupBy((entry) => entry.lang),
      '— per category (danger messages)',
      ...groupBy((entry) => entry.category),
      '— per half (the rules were first tuned on "tuning" only)',
      ...groupBy((entry) => corpusHalf(entry)),
    ];
    console.log(`Safety corpus\n${report.join('\n')}`);
    expect(report.length).toBeGreaterThan(10);
  });

  it(`finds at least ${MIN_RECALL * 100} % of the danger messages`, () => {
    const missed = read.filter(({ entry, signal }) => entry.label === 'danger' && signal.level !== 'danger').map(({ entry }) => entry.text);
    expect(recall(all), `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`raises at most ${MAX_FALSE_ALARMS * 100} % false alarms on safe messages`, () => {
    const wrong = read
      .filter(({ entry, signal }) => entry.label === 'none' && signal.level !== 'none')
      .map(({ entry, signal }) => `${entry.text} (${signal.level}: ${signal.matched?.rule})`);
    expect(falseAlarmRate(all), `flagged: ${wrong.join(' | ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
    expect(all.extraQuestions / all.safe, 'check questions on safe messages').toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });

  it('asks the check question on ambiguous messages instead of staying silent', () => {
    const silent = read.filter(({ entry, signal }) => entry.label === 'unclear' && signal.level === 'none').map(({ entry }) => entry.text);
    expect(all.asked / all.unclear, `silent on: ${silent.join(' | ')}`).toBeGreaterThanOrEqual(MIN_UNCLEAR_ASKED);
  });
});
