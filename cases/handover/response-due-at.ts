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
  const local = DateTime.fromJSDate(from, { zone: AMSTERDAM_ZONE });
  const opens = local.set({ hour: OFFICE_HOURS.opens, minute: 0, second: 0, millisecond: 0 });
  const closes = local.set({ hour: OFFICE_HOURS.closes, minute: 0, second: 0, millisecond: 0 });
  if (isWorkingDay(local)) {
    if (local < opens) return opens.toJSDate();
    if (local < closes) {
      // Hours are real hours (`plus` on the instant), also on the day summer time starts or ends.
      const due = local.plus({ hours: rules.urgentResponseHours ?? DEFAULT_URGENT_RESPONSE_HOURS });
      return (due < closes ? due : closes).toJSDate();
    }
  }
  let day = local.startOf('day');
  do day = day.plus({ days: 1 });
  while (!isWorkingDay(day));
  return day.set({ hour: OFFICE_HOURS.opens }).toJSDate();
}
