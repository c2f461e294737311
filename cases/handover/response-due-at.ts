import { DateTime } from 'luxon';
import { DEFAULT_URGENT_RESPONSE_HOURS, type HandoverSlaConfig } from '../../config';
import { AMSTERDAM_ZONE } from '../calendar/amsterdam-time';
import { addWorkingDays, isWorkingDay } from './working-days';

/**
 * Office hours of the coaches, Amsterdam wall clock, on working days (working-days.ts). A constant,
 * not a setting: the municipalities' offices keep these hours, and an urgent deadline outside them
 * would be missed by nobody who could act on it. 112 and 113 answer day and night.
 */
export const OFFICE_HOURS = { opens: 9, closes: 17 } as const;

/**
 * When a handover must be picked up (its `dueAt`), the one rule for every path:
 * - ordinary: HANDOVER_RESPONSE_DAYS working days later, same time of day;
 * - urgent (a safety signal): the same day. In office hours `from` + URGENT_RESPONSE_HOURS, capped
 *   at closing time (a danger signal must not wait for tomorrow when someone is still in); outside
 *   office hours at the next opening (09:00 of the next working day, or of today before 09:00),
 *   without extra hours: the first thing read in the morning.
 */
export function responseDueAt(input: { from: Date; urgent: boolean; rules: Pick<HandoverSlaConfig, 'responseDays' | 'urgentResponseHours'> }): Date {
  const { from, urgent, rules } = input;
  if (!urgent) return addWorkingDays({ from, days: rules.responseDays });
  const opening = nextOfficeHours(from);
  if (opening.getTime() !== from.getTime()) return opening;
  const local = DateTime.fromJSDate(from, { zone: AMSTERDAM_ZONE });
  const closes = local.set({ hour: OFFICE_HOURS.closes, minute: 0, second: 0, millisecond: 0 });
  // Hours are real hours (`plus` on the instant), also on the day summer time starts or ends.
  const due = local.plus({ hours: rules.urgentResponseHours ?? DEFAULT_URGENT_RESPONSE_HOURS });
  return (due < closes ? due : closes).toJSDate();
}

/**
 * The first moment at or after `from` within {@link OFFICE_HOURS} on a working day: `from` itself
 * when the offices are open, else the next opening (09:00 of today before 09:00, or of the next
 * working day). The one rule for what waits for office hours: an urgent deadline set at night, a
 * coach's notice about a message sent on a Friday evening (cases/coach-notices/).
 */
export function nextOfficeHours(from: Date): Date {
  const local = DateTime.fromJSDate(from, { zone: AMSTERDAM_ZONE });
  const opens = local.set({ hour: OFFICE_HOURS.opens, minute: 0, second: 0, millisecond: 0 });
  const closes = local.set({ hour: OFFICE_HOURS.closes, minute: 0, second: 0, millisecond: 0 });
  if (isWorkingDay(local)) {
    if (local < opens) return opens.toJSDate();
    if (local < closes) return from;
  }
  let day = local.startOf('day');
  do day = day.plus({ days: 1 });
  while (!isWorkingDay(day));
  return day.set({ hour: OFFICE_HOURS.opens }).toJSDate();
}
