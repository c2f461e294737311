import { APPOINTMENT_ZONE } from '../cases/appointments/appointment-slots';

/** WhatsApp's limit for the title of a list item (DESIGN.md rule 6). */
const TITLE_LIMIT = 24;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: APPOINTMENT_ZONE });
    formats.set(key, found);
  }
  return found;
}

/** "di 8 dec 10:00" (nl), "Tue, Dec 8 10:00" (en): a list item's title, in the young person's language. */
export function slotTitle(iso: string, locale: string): string {
  const date = new Date(iso);
  const day = format(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(date).replace(/\.$/, '');
  return `${day} ${appointmentTime(iso, locale)}`.slice(0, TITLE_LIMIT);
}

/** "dinsdag 8 december" (nl), "Tuesday, December 8" (en). */
export function appointmentDate(iso: string, locale: string): string {
  return format(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "10:00": a 24-hour clock, as the Netherlands reads it, in every language. */
export function appointmentTime(iso: string, locale: string): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
