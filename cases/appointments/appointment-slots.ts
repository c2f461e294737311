import type { DateTime } from 'luxon';
import type { AppointmentPlace } from '../../drizzle/schema';
import { AMSTERDAM_ZONE, inAmsterdam } from '../calendar/amsterdam-time';
import { isWorkingDay } from '../handover/working-days';

/** Appointments are planned on the coach's calendar, Amsterdam's like every other date (an alias of `AMSTERDAM_ZONE`). */
export const APPOINTMENT_ZONE = AMSTERDAM_ZONE;

/** A block of weekly hours: wall-clock minutes after midnight on an ISO weekday (1 Monday … 7 Sunday). */
export interface WeeklyBlock {
  weekday: number;
  startMinute: number;
  endMinute: number;
  places: readonly AppointmentPlace[];
}

export interface CoachWeek {
  slotMinutes: number;
  bufferMinutes: number;
  weekly: readonly WeeklyBlock[];
}

/** A stretch of time the coach is not free: an absence, or a booked appointment. */
export interface Busy {
  startsAt: Date;
  endsAt: Date;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  places: AppointmentPlace[];
}

export interface SlotQuery {
  week: CoachWeek;
  absences: readonly Busy[];
  booked: readonly Busy[];
  now: Date;
  /** How many slots to return. */
  count: number;
  /** Slots to pass over first ("other times" pages further). */
  skip?: number;
  /** No slot starts sooner than this after `now`: a young person needs time to get there. */
  minNoticeMinutes?: number;
  /** How far ahead to look. */
  horizonDays?: number;
}

/**
 * The coach's next free slots, in time order. Each block of weekly hours is cut into slots of
 * `slotMinutes`, one every `slotMinutes + bufferMinutes`, starting at the block's start in
 * Europe/Amsterdam wall time — so a 10:00 slot stays at 10:00 in the week the clocks change.
 * A slot is left out on a Dutch public holiday (cases/handover/working-days.ts), when it overlaps an absence,
 * or when it comes within `bufferMinutes` of a booked appointment.
 */
export function nextFreeSlots(query: SlotQuery): Slot[] {
  const { week, now } = query;
  const skip = query.skip ?? 0;
  const earliest = now.getTime() + (query.minNoticeMinutes ?? 120) * 60_000;
  const horizon = query.horizonDays ?? 42;
  const bufferMs = week.bufferMinutes * 60_000;
  const step = week.slotMinutes + week.bufferMinutes;
  const found: Slot[] = [];
  const firstDay = inAmsterdam(now).startOf('day');

  for (let d = 0; d <= horizon && found.length < skip + query.count; d++) {
    const day = firstDay.plus({ days: d });
    if (isPublicHoliday(day)) continue;
    const blocks = week.weekly.filter((b) => b.weekday === day.weekday).sort((a, b) => a.startMinute - b.startMinute);
    const candidates: Slot[] = [];
    for (const block of blocks) {
      for (let minute = block.startMinute; minute + week.slotMinutes <= block.endMinute; minute += step) {
        const start = day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
        const startsAt = start.toJSDate();
        const endsAt = start.plus({ minutes: week.slotMinutes }).toJSDate();
        candidates.push({ startsAt, endsAt, places: [...block.places] });
      }
    }
    for (const slot of candidates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
      if (slot.startsAt.getTime() < earliest) continue;
      if (query.absences.some((busy) => overlaps(slot, busy, 0))) continue;
      if (query.booked.some((busy) => overlaps(slot, busy, bufferMs))) continue;
      if (found.some((other) => other.startsAt.getTime() === slot.startsAt.getTime())) continue;
      found.push(slot);
    }
  }
  return found.slice(skip, skip + query.count);
}

/** Whether `slot`, widened by `marginMs` on both sides, overlaps `busy`. */
function overlaps(slot: Busy, busy: Busy, marginMs: number): boolean {
  return slot.startsAt.getTime() - marginMs < busy.endsAt.getTime() && busy.startsAt.getTime() < slot.endsAt.getTime() + marginMs;
}

/** A weekday that is not a working day is a public holiday; weekend hours a coach set stay open. */
function isPublicHoliday(day: DateTime): boolean {
  return day.weekday <= 5 && !isWorkingDay(day);
}
