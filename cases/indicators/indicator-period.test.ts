import { describe, expect, it } from 'vitest';
import { indicatorPeriod } from './indicator-period';

describe('indicatorPeriod', () => {
  const now = new Date('2026-12-05T23:30:00Z'); // already Sunday 6 December in Amsterdam

  it('defaults to the last 90 Amsterdam days, today included', () => {
    const p = indicatorPeriod({ now });
    expect(p.toDay).toBe('2026-12-06');
    expect(p.fromDay).toBe('2026-09-08');
    expect(p.until.toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });

  it('takes whole days as asked, and the default start when the start lies after the end', () => {
    const p = indicatorPeriod({ from: '2026-03-29', to: '2026-03-29', now });
    expect(p.from.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    // Summer time starts that night: the day is 23 hours long.
    expect(p.until.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(indicatorPeriod({ from: '2026-04-01', to: '2026-03-29', now }).fromDay).toBe('2025-12-30');
  });

  it('ignores a date that does not exist', () => {
    expect(indicatorPeriod({ from: '2026-02-30', to: '2026-13-01', now })).toMatchObject({ fromDay: '2026-09-08', toDay: '2026-12-06' });
  });
});
