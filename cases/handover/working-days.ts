import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE, inAmsterdam } from '../calendar/amsterdam-time';

/**
 * Working days for response deadlines: Monday to Friday, without the days off of the Cao Gemeenten,
 * on the calendar of Amsterdam (a coach's working day, wherever the server runs).
 *
 * The Cao Gemeenten (artikel 6.6 "Feestdagen", since the cao 2023–2024) names eight paid days off:
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag (5 May, every year, not only in lustrum
 * years), Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag. Eerste Paasdag and Eerste
 * Pinksterdag are Sundays. Goede Vrijdag is not among them: municipal offices are open.
 *
 * Dates come from `date-holidays` (country NL): its `public` days (Nieuwjaarsdag, Pasen, Koningsdag
 * — 27 April, or Saturday the 26th when the 27th is a Sunday —, Hemelvaart, Pinksteren, Kerstmis)
 * plus Bevrijdingsdag (rule `05-05`, which the library types
 * `school`)).
 */
const holidays = new Holidays('NL');
const holidaysByYear = new Map<number, Set<string>>();

/** Whether the calendar day of `date` in Amsterdam is a working day. */
export function isWorkingDay(date: Date | DateTime): boolean {
  const day = date instanceof Date ? inAmsterdam(date) : date.setZone(AMSTERDAM_ZONE);
  if (day.weekday > 5) return false;
  return !holidaysOf(day.year).has(day.toISODate() ?? '');
}

/**
 * `days` working days after `from`, at the same time of day in Amsterdam (Friday 15:00 + 2 →
 * Tuesday 15:00, also across a change to or from summer time). Like most business-day arithmetic,
 * each step moves to the next working day, so a start on a Saturday + 1 lands on Monday at the same
 * time. `days` 0 returns `from`.
 */
export function addWorkingDays(input: { from: Date; days: number }): Date {
  const { from, days } = input;
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number of 0 or more, got ${days}`);
  if (days === 0) return new Date(from.getTime());
  const start = inAmsterdam(from);
  // Each candidate is counted from `start`, not from the day before: a wall time that summer time
  // skips (02:30 on the last Sunday of March) would otherwise move every later day by an hour.
  let offset = 0;
  for (let left = days; left > 0; ) {
    offset++;
    if (isWorkingDay(start.plus({ days: offset }))) left--;
  }
  return start.plus({ days: offset }).toJSDate();
}

function holidaysOf(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.rule === '05-05')
        // `date` is the local calendar date, 'YYYY-MM-DD hh:mm:ss'.
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}
