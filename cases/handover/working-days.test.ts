import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days';

/** An Amsterdam wall-clock time with its offset, e.g. at('2026-01-09T15:00', '+01:00'). */
const at = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}:00${offset}`);

describe('addWorkingDays (Europe/Amsterdam)', () => {
  it.each([
    // [what, from, days, expected]
    ['within a week', at('2026-01-06T10:00', '+01:00'), 2, at('2026-01-08T10:00', '+01:00')],
    ['over a weekend: Friday 15:00 + 2 is Tuesday 15:00', at('2026-01-09T15:00', '+01:00'), 2, at('2026-01-13T15:00', '+01:00')],
    ['from a Saturday: the next working day is Monday', at('2026-01-10T11:00', '+01:00'), 1, at('2026-01-12T11:00', '+01:00')],
    ['Easter 2027: Goede Vrijdag counts, Pasen and Tweede Paasdag do not', at('2027-03-25T09:30', '+01:00'), 2, at('2027-03-30T09:30', '+02:00')],
    ['Koningsdag 2025 (27 April a Sunday) moves to Saturday 26, not to Monday 28', at('2025-04-25T12:00', '+02:00'), 1, at('2025-04-28T12:00', '+02:00')],
    ['Koningsdag 2026 on a Monday', at('2026-04-24T12:00', '+02:00'), 1, at('2026-04-28T12:00', '+02:00')],
    ['Christmas: Eerste and Tweede Kerstdag', at('2025-12-24T16:00', '+01:00'), 1, at('2025-12-29T16:00', '+01:00')],
    ['New Year: Nieuwjaarsdag on a Friday', at('2026-12-30T16:00', '+01:00'), 2, at('2027-01-04T16:00', '+01:00')],
    ['the week summer time starts keeps 15:00 on the wall clock', at('2026-03-27T15:00', '+01:00'), 2, at('2026-03-31T15:00', '+02:00')],
    ['the week winter time starts keeps 09:00 on the wall clock', at('2026-10-23T09:00', '+02:00'), 1, at('2026-10-26T09:00', '+01:00')],
    ['Hemelvaartsdag 2026 (Thursday 14 May)', at('2026-05-13T10:00', '+02:00'), 1, at('2026-05-15T10:00', '+02:00')],
    ['Bevrijdingsdag in a lustrum year (2025) is a day off', at('2025-05-02T10:00', '+02:00'), 2, at('2025-05-07T10:00', '+02:00')],
    ['Bevrijdingsdag in other years (2026) is a day off too (Cao Gemeenten)', at('2026-05-04T10:00', '+02:00'), 1, at('2026-05-06T10:00', '+02:00')],
    ['Tweede Pinksterdag 2026', at('2026-05-22T10:00', '+02:00'), 1, at('2026-05-26T10:00', '+02:00')],
    ['a start at 02:30 keeps 02:30 past the Sunday that skips 02:30', at('2026-03-27T02:30', '+01:00'), 3, at('2026-04-01T02:30', '+02:00')],
    ['zero days is the start itself', at('2026-01-10T11:00', '+01:00'), 0, at('2026-01-10T11:00', '+01:00')],
  ])('%s', (_what, from, days, expected) => {
    expect(addWorkingDays({ from, days }).toISOString()).toBe(expected.toISOString());
  });

  it('uses the Amsterdam calendar day, not UTC: Friday 23:30 in Amsterdam is still Friday', () => {
    // 22:30 UTC on Friday 9 January 2026 is 23:30 in Amsterdam.
    expect(addWorkingDays({ from: new Date('2026-01-09T22:30:00Z'), days: 1 }).toISOString()).toBe('2026-01-12T22:30:00.000Z');
    // 23:30 UTC on Friday is already Saturday 00:30 in Amsterdam: + 1 is still Monday.
    expect(addWorkingDays({ from: new Date('2026-01-09T23:30:00Z'), days: 1 }).toISOString()).toBe('2026-01-11T23:30:00.000Z');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays({ from: new Date(), days: -1 })).toThrow(RangeError);
    expect(() => addWorkingDays({ from: new Date(), days: 1.5 })).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['a Tuesday', at('2026-01-06T12:00', '+01:00'), true],
    ['a Saturday', at('2026-01-10T12:00', '+01:00'), false],
    ['a Sunday', at('2026-01-11T12:00', '+01:00'), false],
    // The days off of the Cao Gemeenten (artikel 6.6), one row each, on a weekday where possible.
    ['Nieuwjaarsdag', at('2026-01-01T12:00', '+01:00'), false],
    ['Goede Vrijdag is a working day (not in the Cao)', at('2026-04-03T12:00', '+02:00'), true],
    ['Eerste Paasdag (a Sunday)', at('2026-04-05T12:00', '+02:00'), false],
    ['Tweede Paasdag', at('2026-04-06T12:00', '+02:00'), false],
    ['Koningsdag', at('2026-04-27T12:00', '+02:00'), false],
    ['Koningsdag 2025 celebrated on Saturday 26 April: Monday 28 works', at('2025-04-28T12:00', '+02:00'), true],
    ['Bevrijdingsdag 2026 (Tuesday, not a lustrum year)', at('2026-05-05T12:00', '+02:00'), false],
    ['Bevrijdingsdag 2027 (Wednesday)', at('2027-05-05T12:00', '+02:00'), false],
    ['Bevrijdingsdag 2030 (lustrum year, Sunday)', at('2030-05-05T12:00', '+02:00'), false],
    ['Dodenherdenking (4 May) is a working day', at('2026-05-04T12:00', '+02:00'), true],
    ['Hemelvaartsdag', at('2026-05-14T12:00', '+02:00'), false],
    ['the Friday after Hemelvaart works', at('2026-05-15T12:00', '+02:00'), true],
    ['Tweede Pinksterdag', at('2026-05-25T12:00', '+02:00'), false],
    ['Eerste Kerstdag', at('2026-12-25T12:00', '+01:00'), false],
    ['Tweede Kerstdag', at('2025-12-26T12:00', '+01:00'), false],
    ['Oudejaarsdag', at('2025-12-31T12:00', '+01:00'), true],
    ['Monday 00:30 in Amsterdam (Sunday in UTC)', at('2026-01-12T00:30', '+01:00'), true],
  ])('%s → %s', (_what, date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('reads a luxon date in Amsterdam, whatever zone it carries', () => {
    // 23:30 UTC on Sunday 11 January 2026 is Monday 00:30 in Amsterdam.
    expect(isWorkingDay(DateTime.fromISO('2026-01-11T23:30:00Z', { zone: 'utc' }))).toBe(true);
    expect(isWorkingDay(DateTime.fromISO('2026-01-09T23:30:00Z', { zone: 'utc' }))).toBe(false);
  });
});
