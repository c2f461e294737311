import { describe, expect, it } from 'vitest';
import { corpus, type CorpusEntry } from './corpus.test-data';
import { corpusHalf } from './corpus-split';
import { falseAlarmRate, groupLines, recall, tally, tallyLine, unclearAskedRate, type ReadEntry } from './corpus-tally';
import { detectSafetySignal } from './detect-safety-signal';

/** Danger messages read as danger. `unclear` on a danger message is a miss: the help would wait a turn. */
const MIN_RECALL = 0.97;
/** Safe messages read as danger; `unclear` on a safe message counts half (one extra question). */
const MAX_FALSE_ALARMS = 0.02;
/** Ambiguous messages that get the check question (or the alarm) rather than silence. */
const MIN_UNCLEAR_ASKED = 0.9;

const read: ReadEntry[] = corpus.map((entry) => ({ entry, signal: detectSafetySignal(entry.text, entry.lang) }));
const groupBy = (key: (entry: CorpusEntry) => string | undefined) => groupLines(read, key);

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
      tallyLine('all', all),
      '— per language',
      ...groupBy((entry) => entry.lang),
      '— per category (danger messages)',
      ...groupBy((entry) => entry.category),
      '— per half (the rules were first tuned on "tuning" only; the learned reading is trained on both)',
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
    expect(unclearAskedRate(all), `silent on: ${silent.join(' | ')}`).toBeGreaterThanOrEqual(MIN_UNCLEAR_ASKED);
  });
});
