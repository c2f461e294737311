import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../cases/indicators/indicators';
import { createI18n } from '../../locales';
import { indicatorRows, indicatorsCsv, shownValue } from './indicator-rows';

const t = createI18n().getFixedT('nl', 'dashboard');

/** Amstelveen in a quiet quarter: 2 young people on the school route, 30 on the work route. */
const quiet: Indicators = {
  municipality: 'amstelveen',
  from: new Date('2026-01-01T00:00:00+01:00'),
  to: new Date('2026-04-01T00:00:00+02:00'),
  inTrajectory: [
    { key: 'werk', count: 30 },
    { key: 'school', count: 2 },
    { key: 'zorg', count: 9 },
  ],
  outflowEducation: 0,
  outflowDurableWork: 7,
  referred: { werk: 12, zorg: 0 },
  duration: { closed: 3, medianDays: 41 },
  intensity: [
    { key: 'middelzwaar', count: 25 },
    { key: 'licht', count: 16 },
  ],
  inNazorg: 1,
  withoutStartkwalificatie: 20,
  fromSchool: 6,
  inflowBySource: [],
  inflowByEntryPoint: [],
  dropOff: [],
  feedback: [],
  handovers: { total: 14, inTime: 11, late: 3, waiting: 0, withoutNorm: 0, inTimePercent: 79, medianHours: 20 },
  capacity: { coaches: [], load: 60, capacity: 80, weeklyInflowLoad: 2, weeklyClosedLoad: 1, projection: [] },
};

const value = (rows: ReturnType<typeof indicatorRows>, indicator: string, category = '') => {
  const row = rows.find((r) => r.indicator === indicator && r.category === category);
  if (!row) throw new Error(`no row ${indicator}/${category}`);
  return shownValue(row);
};

describe('indicatorRows: small counts', () => {
  const hidden = indicatorRows(quiet, t, { coachNames: false, exactCounts: false });
  const exact = indicatorRows(quiet, t, { coachNames: true, exactCounts: true });

  it('shows a reader without exact counts "< 5" for 1 to 4, and 0 as 0', () => {
    expect(value(hidden, 'in_nazorg')).toBe('< 5');
    expect(value(hidden, 'outflow_education')).toBe('0');
    expect(value(hidden, 'outflow_durable_work')).toBe('7');
    expect(value(exact, 'in_nazorg')).toBe('1');
  });

  it('hides the next smallest route too, so the school route cannot be computed from the total', () => {
    expect(value(hidden, 'in_trajectory', 'school')).toBe('< 5');
    expect(value(hidden, 'in_trajectory', 'zorg')).toBe('< 5');
    expect(value(hidden, 'in_trajectory', 'werk')).toBe('30');
  });

  it('hides a late count with the in-time count beside its total, and the median over 3 closed cases', () => {
    expect(value(hidden, 'handovers_late')).toBe('< 5');
    // The only other non-zero part: 14 − 11 would give the 3 back.
    expect(value(hidden, 'handovers_in_time')).toBe('< 5');
    expect(value(hidden, 'handovers')).toBe('14');
    // 79 % of the 14 would give them back as well.
    expect(value(hidden, 'handovers_in_time_percent')).toBe('n < 5');
    expect(value(exact, 'handovers_in_time_percent')).toBe('79');
    expect(value(hidden, 'closed')).toBe('< 5');
    expect(value(hidden, 'median_days_open_to_closed')).toBe('n < 5');
    // Capacity points are no count of young people.
    expect(value(hidden, 'load_total')).toBe('60');
  });

  it('writes "< 5" in the CSV export, never the number', () => {
    const csv = indicatorsCsv({ municipality: 'amstelveen', from: '2026-01-01', to: '2026-03-31' }, hidden);
    expect(csv).toContain('amstelveen;2026-01-01;2026-03-31;in_nazorg;;< 5\r\n');
    expect(csv).not.toContain(';in_trajectory;school;2\r\n');
  });
});
