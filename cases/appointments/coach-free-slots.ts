import type { DbOrTx } from '../../drizzle/connection';
import { inAmsterdam } from '../calendar/amsterdam-time';
import { loadCoachCalendar } from './appointment-repository';
import { nextFreeSlots, type Slot } from './appointment-slots';

/** How far ahead free times are offered, in the chat and on the case page alike. */
export const SLOT_HORIZON_DAYS = 42;

/**
 * A coach's next free slots from their hours, absences and bookings: what the chat offers the young
 * person and what the coach books for them on the case page. Undefined when the coach set no hours.
 */
export async function findCoachFreeSlots(db: DbOrTx, input: { coachId: string; now: Date; count: number; skip?: number }): Promise<Slot[] | undefined> {
  const { now } = input;
  const calendar = await loadCoachCalendar(db, { coachId: input.coachId, from: now, to: inAmsterdam(now).plus({ days: SLOT_HORIZON_DAYS + 1 }).toJSDate() });
  if (!calendar.week) return undefined;
  return nextFreeSlots({ ...calendar, week: calendar.week, now, count: input.count, skip: input.skip ?? 0, horizonDays: SLOT_HORIZON_DAYS });
}

/** More than the horizon can hold (six weeks of quarter hours): every free slot is searched. */
const ALL_SLOTS = (SLOT_HORIZON_DAYS + 1) * 24 * 4;

/** The coach's free slot that starts at `startsAt`, if it is one (still) free: what a booking checks. */
export async function findFreeSlotAt(db: DbOrTx, input: { coachId: string; now: Date; startsAt: Date }): Promise<Slot | undefined> {
  const slots = await findCoachFreeSlots(db, { coachId: input.coachId, now: input.now, count: ALL_SLOTS });
  return slots?.find((s) => s.startsAt.getTime() === input.startsAt.getTime());
}
