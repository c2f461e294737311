import { DateTime } from 'luxon';

/**
 * The product's one clock: coaches, offices, schools and young people in Amstelveen and Aalsmeer
 * live by Amsterdam's wall time, wherever the server runs. Every date that a person reads, and every
 * calendar rule (working days, appointment slots, office hours), goes through this zone.
 */
export const AMSTERDAM_ZONE = 'Europe/Amsterdam';

/** `date` as a wall-clock moment in Amsterdam. */
export function inAmsterdam(date: Date): DateTime {
  return DateTime.fromJSDate(date, { zone: AMSTERDAM_ZONE });
}

/**
 * How a date is shown to a person:
 * - `date`: "5 dec 2026" · `dateTime`: "5 dec 2026 14:30" (dashboard lists);
 * - `longDate`: "5 december 2026" (letters and notices);
 * - `weekdayDate`: "zaterdag 5 december" (with the year when it is not this year's);
 * - `weekdayDateShort`: "za 5 dec" (a list item's title);
 * - `time`: "14:30", a 24-hour clock as the Netherlands reads it, in every language.
 */
export type AmsterdamDateStyle = 'date' | 'dateTime' | 'longDate' | 'weekdayDate' | 'weekdayDateShort' | 'time';

const FORMATS: Record<AmsterdamDateStyle, Intl.DateTimeFormatOptions> = {
  date: DateTime.DATE_MED,
  dateTime: { ...DateTime.DATE_MED, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  longDate: DateTime.DATE_FULL,
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long' },
  weekdayDateShort: { weekday: 'short', day: 'numeric', month: 'short' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** `date` in Amsterdam time, in `locale` (a BCP 47 tag such as `nl-NL`, `en-GB`, `tr`). */
export function formatInAmsterdam(input: { date: Date; locale: string; style: AmsterdamDateStyle; now?: Date }): string {
  const local = inAmsterdam(input.date).setLocale(input.locale);
  const options = FORMATS[input.style];
  if (input.style === 'weekdayDate' && local.year !== inAmsterdam(input.now ?? new Date()).year) {
    return local.toLocaleString({ ...options, year: 'numeric' });
  }
  return local.toLocaleString(options);
}
