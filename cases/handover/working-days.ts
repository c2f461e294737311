import Holidays from 'date-holidays';

/**
 * Working days for response deadlines: Monday to Friday, without Dutch public holidays, on the
 * calendar of Europe/Amsterdam (a coach's working day, wherever the server runs).
 *
 * Holidays come from `date-holidays` (country NL, type `public`): Nieuwjaarsdag, Eerste en Tweede
 * Paasdag, Koningsdag (27 April, or Saturday the 26th when the 27th is a Sunday), Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Not counted as days off:
 * - Goede Vrijdag: the library types it `school`; municipal offices are open.
 * - Bevrijdingsdag (5 May) is a national holiday every year, but most collective agreements give it
 *   as a paid day off only once every five years (2025, 2030, …), so only those years count here.
 *   If the municipality's agreement gives it every year, drop the `year % 5` condition.
 */
export type WorkingDaysTimeZone = 'Europe/Amsterdam';

const DEFAULT_ZONE: WorkingDaysTimeZone = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;
const holidays = new Holidays('NL');
const holidaysByYear = new Map<number, Set<string>>();

/** Whether the calendar day of `date` in Amsterdam is a working day. */
export function isWorkingDay(date: Date, timeZone: WorkingDaysTimeZone = DEFAULT_ZONE): boolean {
  const { year, month, day } = zonedParts(date, timeZone);
  return isWorkingCalendarDay({ year, month, day });
}

/**
 * `days` working days after `from`, at the same time of day in Amsterdam (Friday 15:00 + 2 →
 * Tuesday 15:00, also across a change to or from summer time). Like most business-day arithmetic,
 * each step moves to the next working day, so a start on a Saturday + 1 lands on Monday at the same
 * time. `days` 0 returns `from`.
 */
export function addWorkingDays(input: { from: Date; days: number; timeZone?: WorkingDaysTimeZone }): Date {
  const { from, days } = input;
  const timeZone = input.timeZone ?? DEFAULT_ZONE;
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number of 0 or more, got ${days}`);
  if (days === 0) return new Date(from.getTime());
  const local = zonedParts(from, timeZone);
  // Calendar arithmetic on the local date, done in UTC so no offset interferes.
  let cursor = Date.UTC(local.year, local.month - 1, local.day);
  let left = days;
  while (left > 0) {
    cursor += DAY_MS;
    const d = new Date(cursor);
    if (isWorkingCalendarDay({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })) left--;
  }
  const target = new Date(cursor);
  return zonedToInstant(
    { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate(), hour: local.hour, minute: local.minute, second: local.second, ms: from.getUTCMilliseconds() },
    timeZone,
  );
}

function isWorkingCalendarDay(d: { year: number; month: number; day: number }): boolean {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(d.year).has(`${d.year}-${pad(d.month)}-${pad(d.day)}`);
}

function holidaysOf(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public' || (h.rule === '05-05' && year % 5 === 0))
        // `date` is the local calendar date, 'YYYY-MM-DD hh:mm:ss'.
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function zonedParts(date: Date, timeZone: string): ZonedParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * The instant at which the wall clock in `timeZone` shows these parts. A wall time skipped by the
 * change to summer time (02:30 on the last Sunday of March) can only fall on a Sunday, never on a
 * working day, so the two-pass offset correction is exact for every result of addWorkingDays.
 */
function zonedToInstant(p: ZonedParts & { ms: number }, timeZone: string): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  let instant = asUtc - offsetMs(new Date(asUtc), timeZone);
  instant = asUtc - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (date.getTime() - date.getUTCMilliseconds());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
