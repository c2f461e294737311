import { inAmsterdam } from '../calendar/amsterdam-time';
import { InvalidRequestError } from '../errors';

/** Why hours or an absence were refused, so a form can say which field to fix. */
export type AvailabilityProblem = 'hoursOrder' | 'hoursOverlap' | 'absenceOrder' | 'absencePast';

/** Hours or an absence a coach cannot mean: nothing is changed. */
export class AvailabilityError extends InvalidRequestError {
  constructor(
    readonly problem: AvailabilityProblem,
    message: string,
  ) {
    super(message);
    this.name = this.constructor.name;
  }
}

/** "09:30" → 570; "24:00" is the end of the day. */
function minuteOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Weekly hours are blocks that start before they end and do not overlap on the same weekday: an
 * overlap would offer one time twice, and it is nearly always a typing error.
 */
export function checkWeeklyHours(weekly: readonly { weekday: number; start: string; end: string }[]): void {
  for (const block of weekly) {
    if (minuteOf(block.start) >= minuteOf(block.end)) throw new AvailabilityError('hoursOrder', `Weekday ${block.weekday}: ${block.start} is not before ${block.end}`);
  }
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = weekly.filter((b) => b.weekday === weekday).sort((a, b) => minuteOf(a.start) - minuteOf(b.start));
    for (let i = 1; i < day.length; i++) {
      if (minuteOf(day[i]!.start) < minuteOf(day[i - 1]!.end)) throw new AvailabilityError('hoursOverlap', `Weekday ${weekday}: two blocks of hours overlap`);
    }
  }
}

/** An absence ends after it starts and does not start before today (Amsterdam): the past needs no absence. */
export function checkAbsence(input: { startsAt: Date; endsAt: Date; now: Date }): void {
  if (input.startsAt >= input.endsAt) throw new AvailabilityError('absenceOrder', 'The absence must end after it starts');
  if (input.startsAt < inAmsterdam(input.now).startOf('day').toJSDate()) throw new AvailabilityError('absencePast', 'The absence starts before today');
}
