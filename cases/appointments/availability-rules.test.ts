import { describe, expect, it } from 'vitest';
import { AvailabilityError, checkAbsence, checkWeeklyHours } from './availability-rules';

const problemOf = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AvailabilityError ? error.problem : error;
  }
};

describe('availability rules', () => {
  it('accepts two blocks with a lunch break, and blocks on different days at the same time', () => {
    expect(
      problemOf(() =>
        checkWeeklyHours([
          { weekday: 1, start: '13:00', end: '16:30' },
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 2, start: '09:00', end: '12:00' },
        ]),
      ),
    ).toBeUndefined();
  });

  it('refuses a block that ends before it starts, and two blocks of one day that overlap', () => {
    expect(problemOf(() => checkWeeklyHours([{ weekday: 3, start: '12:00', end: '09:00' }]))).toBe('hoursOrder');
    expect(problemOf(() => checkWeeklyHours([{ weekday: 3, start: '09:00', end: '09:00' }]))).toBe('hoursOrder');
    expect(
      problemOf(() =>
        checkWeeklyHours([
          { weekday: 4, start: '09:00', end: '12:30' },
          { weekday: 4, start: '12:00', end: '16:00' },
        ]),
      ),
    ).toBe('hoursOverlap');
  });

  it('refuses an absence that ends before it starts or starts before today in Amsterdam', () => {
    // 23:30 UTC on 6 December is already 7 December in Amsterdam.
    const now = new Date('2026-12-06T23:30:00Z');
    const day = (iso: string) => new Date(iso);
    expect(problemOf(() => checkAbsence({ startsAt: day('2026-12-06T23:00:00Z'), endsAt: day('2026-12-07T23:00:00Z'), now }))).toBeUndefined();
    expect(problemOf(() => checkAbsence({ startsAt: day('2026-12-05T23:00:00Z'), endsAt: day('2026-12-07T23:00:00Z'), now }))).toBe('absencePast');
    expect(problemOf(() => checkAbsence({ startsAt: day('2026-12-08T23:00:00Z'), endsAt: day('2026-12-07T23:00:00Z'), now }))).toBe('absenceOrder');
  });
});
