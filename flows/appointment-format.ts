import { formatInAmsterdam, inAmsterdam } from '../cases/calendar/amsterdam-time';

/** WhatsApp's limit for the title of a list item (DESIGN.md rule 6). */
const TITLE_LIMIT = 24;

/** "di 8 dec 10:00" (nl), "Tue, Dec 8 10:00" (en): a list item's title, in the young person's language. */
export function slotTitle(iso: string, locale: string): string {
  const day = formatInAmsterdam({ date: new Date(iso), locale, style: 'weekdayDateShort' }).replace(/\.$/, '');
  return `${day} ${appointmentTime(iso, locale)}`.slice(0, TITLE_LIMIT);
}

/**
 * "dinsdag 8 december" (nl), "Tuesday, December 8" (en). Without the year, also across New Year:
 * the chat offers slots only a few weeks ahead.
 */
export function appointmentDate(iso: string, locale: string): string {
  return inAmsterdam(new Date(iso)).setLocale(locale).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
}

/** "10:00": a 24-hour clock, as the Netherlands reads it, in every language. */
export function appointmentTime(iso: string, locale: string): string {
  return formatInAmsterdam({ date: new Date(iso), locale, style: 'time' });
}
