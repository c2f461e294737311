import { describe, expect, it } from 'vitest';
import { asksLearningWay, suggestRoute, type KeuzehulpAnswers, type KeuzehulpSuggestion } from './keuzehulp-rules';

const answers = (overrides: Partial<KeuzehulpAnswers>): KeuzehulpAnswers => ({
  preference: 'weet_niet',
  incomeNow: 'nee',
  restFirst: 'nee',
  ...overrides,
});

// One row per young person a coach would recognise: [who, answers, startkwalificatie, age, suggestion].
const table: [string, KeuzehulpAnswers, boolean, number, KeuzehulpSuggestion][] = [
  [
    'wants rest first, even though they like learning',
    answers({ preference: 'leren', learningWay: 'bol', restFirst: 'ja' }),
    false,
    19,
    { route: 'zorg', reason: 'rust_eerst' },
  ],
  [
    'wants rest first, with a startkwalificatie and money worries',
    answers({ preference: 'doen', incomeNow: 'ja', restFirst: 'ja' }),
    true,
    23,
    { route: 'zorg', reason: 'rust_eerst' },
  ],
  [
    'no startkwalificatie, needs money now, chose BOL → BOL: their choice wins',
    answers({ preference: 'leren', learningWay: 'bol', incomeNow: 'ja' }),
    false,
    20,
    { route: 'school', learningStyle: 'bol', reason: 'eigen_keuze_leren' },
  ],
  [
    'no startkwalificatie, needs money now, does not know how to learn → learn and earn',
    answers({ preference: 'leren', learningWay: 'weet_niet', incomeNow: 'ja' }),
    false,
    20,
    { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' },
  ],
  [
    '25, no diploma, needs money → work with learning, not BBL school',
    answers({ incomeNow: 'ja' }),
    false,
    25,
    { route: 'werk', withLearning: true, reason: 'geen_sk_werk_met_leren' },
  ],
  [
    '23, no startkwalificatie, prefers doing → work with learning',
    answers({ preference: 'doen', incomeNow: 'een_beetje' }),
    false,
    23,
    { route: 'werk', withLearning: true, reason: 'geen_sk_werk_met_leren' },
  ],
  [
    '22, no startkwalificatie, needs money → still learn and earn (BBL)',
    answers({ incomeNow: 'ja' }),
    false,
    22,
    { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' },
  ],
  [
    '25, no startkwalificatie, needs money but chose BBL → BBL as chosen',
    answers({ preference: 'allebei', learningWay: 'bbl', incomeNow: 'ja' }),
    false,
    25,
    { route: 'school', learningStyle: 'bbl', reason: 'eigen_keuze_leren' },
  ],
  [
    '25, no startkwalificatie, likes learning, no money worries → school, BOL',
    answers({ preference: 'leren', learningWay: 'weet_niet' }),
    false,
    25,
    { route: 'school', learningStyle: 'bol', reason: 'geen_sk_school' },
  ],
  [
    '25, no startkwalificatie, wants rest first → zorg',
    answers({ incomeNow: 'ja', restFirst: 'ja' }),
    false,
    25,
    { route: 'zorg', reason: 'rust_eerst' },
  ],
  [
    'no startkwalificatie, prefers doing with their hands → BBL',
    answers({ preference: 'doen' }),
    false,
    18,
    { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' },
  ],
  [
    '16, no startkwalificatie, prefers doing → still school (kwalificatieplicht), via BBL',
    answers({ preference: 'doen', incomeNow: 'een_beetje' }),
    false,
    16,
    { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' },
  ],
  [
    'no startkwalificatie, likes learning, no money worries → BOL',
    answers({ preference: 'leren', learningWay: 'weet_niet' }),
    false,
    17,
    { route: 'school', learningStyle: 'bol', reason: 'geen_sk_school' },
  ],
  [
    'no startkwalificatie, both, chose BBL, a little money → BBL as chosen',
    answers({ preference: 'allebei', learningWay: 'bbl', incomeNow: 'een_beetje' }),
    false,
    21,
    { route: 'school', learningStyle: 'bbl', reason: 'eigen_keuze_leren' },
  ],
  [
    'no startkwalificatie, does not know anything, unsure about rest → school, BOL',
    answers({ restFirst: 'weet_niet' }),
    false,
    19,
    { route: 'school', learningStyle: 'bol', reason: 'geen_sk_school' },
  ],
  [
    'with startkwalificatie, likes learning, chose BBL → school, BBL',
    answers({ preference: 'leren', learningWay: 'bbl', incomeNow: 'ja' }),
    true,
    22,
    { route: 'school', learningStyle: 'bbl', reason: 'eigen_keuze_leren' },
  ],
  [
    'with startkwalificatie, likes learning, unsure how → school, BOL',
    answers({ preference: 'leren', learningWay: 'weet_niet' }),
    true,
    18,
    { route: 'school', learningStyle: 'bol', reason: 'sk_wil_leren' },
  ],
  [
    'with startkwalificatie, prefers doing → werk',
    answers({ preference: 'doen', incomeNow: 'ja' }),
    true,
    24,
    { route: 'werk', reason: 'sk_werk' },
  ],
  [
    'with startkwalificatie, both → werk',
    answers({ preference: 'allebei', learningWay: 'bol' }),
    true,
    20,
    { route: 'werk', reason: 'sk_werk' },
  ],
  [
    'with startkwalificatie, does not know → werk',
    answers({ restFirst: 'weet_niet' }),
    true,
    26,
    { route: 'werk', reason: 'sk_werk' },
  ],
];

describe('suggestRoute', () => {
  it.each(table)('%s', (_name, given, hasStartkwalificatie, age, expected) => {
    expect(suggestRoute({ answers: given, hasStartkwalificatie, age })).toEqual(expected);
  });
});

describe('asksLearningWay', () => {
  it.each([
    ['leren', true],
    ['allebei', true],
    ['doen', false],
    ['weet_niet', false],
  ] as const)('%s → %s', (preference, expected) => {
    expect(asksLearningWay(preference)).toBe(expected);
  });
});
