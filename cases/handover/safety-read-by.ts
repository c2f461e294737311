import { formatInAmsterdam, inAmsterdam } from '../calendar/amsterdam-time';
import { OFFICE_HOURS } from './response-due-at';

/**
 * "Vandaag vóór 15:00 leest een medewerker je bericht." (today at opening time, tomorrow, or a later
 * day) in the young person's language: honest about when a person reads a safety signal. `t` is the
 * `handover` namespace; empty without a deadline.
 */
export function safetyReadBy(input: { t: (key: string, options: Record<string, unknown>) => string; dueAt: Date | null; locale: string; now?: Date }): string {
  const { t, dueAt, locale } = input;
  if (!dueAt) return '';
  const due = inAmsterdam(dueAt);
  const time = formatInAmsterdam({ date: dueAt, locale, style: 'time' });
  const days = Math.round(due.startOf('day').diff(inAmsterdam(input.now ?? new Date()).startOf('day'), 'days').days);
  // Before opening time the deadline is the opening itself: "om 09:00", not "vóór 09:00".
  const atOpening = due.hour === OFFICE_HOURS.opens && due.minute === 0;
  if (days <= 0) return t(atOpening ? 'safetyRead.todayAt' : 'safetyRead.today', { time });
  if (days === 1) return t('safetyRead.tomorrow', { time });
  return t('safetyRead.later', { time, day: formatInAmsterdam({ date: dueAt, locale, style: 'weekdayDate', now: dueAt }) });
}
