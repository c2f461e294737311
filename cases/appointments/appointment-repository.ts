import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import {
  appointmentReminders,
  appointments,
  coachAbsences,
  coaches,
  coachSchedules,
  coachWeeklyHours,
  conversations,
  cases,
  youths,
  type AppointmentPlace,
} from '../../drizzle/schema';
import { checkAbsence, checkWeeklyHours } from './availability-rules';
import type { Busy, CoachWeek } from './appointment-slots';
import { inAmsterdam } from '../calendar/amsterdam-time';
import { appendCaseEvents } from '../case/case-repository';
import { ConflictError, NotFoundError } from '../errors';
import { rewriteSummaries } from '../handover/handover-repository';
import type { DataProtector } from '../privacy/data-protector';

export type AppointmentRow = typeof appointments.$inferSelect;
export type AppointmentStatus = AppointmentRow['status'];
export type AbsenceReason = (typeof coachAbsences.$inferSelect)['reason'];

/** A coach's weekly hours as the API shows them: local wall times "HH:MM" in Europe/Amsterdam. */
export interface AvailabilityHours {
  weekday: number;
  start: string;
  end: string;
  places: AppointmentPlace[];
}

export interface Availability {
  coachId: string;
  slotMinutes: number;
  bufferMinutes: number;
  weekly: AvailabilityHours[];
  absences: { id: number; startsAt: Date; endsAt: Date; reason: AbsenceReason }[];
}

/** Someone else booked the coach at this time first (the exclusion constraint refused the insert). */
export class SlotTakenError extends Error {
  constructor() {
    super('The coach already has an appointment at that time');
    this.name = this.constructor.name;
  }
}

const toClock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** "09:30" → 570; "24:00" is the end of the day. */
export const fromClock = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export async function getAvailability(db: DbOrTx, coachId: string): Promise<Availability> {
  const [coach] = await db.select({ id: coaches.id }).from(coaches).where(eq(coaches.id, coachId));
  if (!coach) throw new NotFoundError('Coach not found');
  const [schedule] = await db.select().from(coachSchedules).where(eq(coachSchedules.coachId, coachId));
  const hours = await db.select().from(coachWeeklyHours).where(eq(coachWeeklyHours.coachId, coachId)).orderBy(asc(coachWeeklyHours.weekday), asc(coachWeeklyHours.startMinute));
  const absences = await db
    .select({ id: coachAbsences.id, startsAt: coachAbsences.startsAt, endsAt: coachAbsences.endsAt, reason: coachAbsences.reason })
    .from(coachAbsences)
    .where(and(eq(coachAbsences.coachId, coachId), gt(coachAbsences.endsAt, sql`now()`)))
    .orderBy(asc(coachAbsences.startsAt));
  return {
    coachId,
    slotMinutes: schedule?.slotMinutes ?? 45,
    bufferMinutes: schedule?.bufferMinutes ?? 15,
    weekly: hours.map((h) => ({ weekday: h.weekday, start: toClock(h.startMinute), end: toClock(h.endMinute), places: h.places as AppointmentPlace[] })),
    absences,
  };
}

/** Replaces the coach's weekly hours and slot settings (absences stay). */
export async function setAvailability(
  tx: DbOrTx,
  input: { coachId: string; slotMinutes: number; bufferMinutes: number; weekly: AvailabilityHours[] },
): Promise<void> {
  const [coach] = await tx.select({ id: coaches.id }).from(coaches).where(eq(coaches.id, input.coachId));
  if (!coach) throw new NotFoundError('Coach not found');
  checkWeeklyHours(input.weekly);
  await tx
    .insert(coachSchedules)
    .values({ coachId: input.coachId, slotMinutes: input.slotMinutes, bufferMinutes: input.bufferMinutes })
    .onConflictDoUpdate({ target: coachSchedules.coachId, set: { slotMinutes: input.slotMinutes, bufferMinutes: input.bufferMinutes, updatedAt: sql`now()` } });
  await tx.delete(coachWeeklyHours).where(eq(coachWeeklyHours.coachId, input.coachId));
  if (input.weekly.length > 0) {
    await tx.insert(coachWeeklyHours).values(
      input.weekly.map((h) => ({ coachId: input.coachId, weekday: h.weekday, startMinute: fromClock(h.start), endMinute: fromClock(h.end), places: h.places })),
    );
  }
}

export async function addAbsence(db: DbOrTx, input: { coachId: string; startsAt: Date; endsAt: Date; reason: AbsenceReason; now: Date }): Promise<{ id: number }> {
  const [coach] = await db.select({ id: coaches.id }).from(coaches).where(eq(coaches.id, input.coachId));
  if (!coach) throw new NotFoundError('Coach not found');
  const { now, ...absence } = input;
  checkAbsence({ startsAt: absence.startsAt, endsAt: absence.endsAt, now });
  const [row] = await db.insert(coachAbsences).values(absence).returning({ id: coachAbsences.id });
  if (!row) throw new Error('Insert returned no absence');
  return row;
}

export async function removeAbsence(db: DbOrTx, input: { coachId: string; id: number }): Promise<void> {
  const removed = await db
    .delete(coachAbsences)
    .where(and(eq(coachAbsences.id, input.id), eq(coachAbsences.coachId, input.coachId)))
    .returning({ id: coachAbsences.id });
  if (removed.length === 0) throw new NotFoundError('Absence not found');
}

/** What the slot computation needs: the week (undefined when the coach set no hours) and what is busy. */
export async function loadCoachCalendar(
  db: DbOrTx,
  input: { coachId: string; from: Date; to: Date },
): Promise<{ week: CoachWeek | undefined; absences: Busy[]; booked: Busy[] }> {
  const availability = await getAvailability(db, input.coachId);
  const week =
    availability.weekly.length === 0
      ? undefined
      : {
          slotMinutes: availability.slotMinutes,
          bufferMinutes: availability.bufferMinutes,
          weekly: availability.weekly.map((h) => ({ weekday: h.weekday, startMinute: fromClock(h.start), endMinute: fromClock(h.end), places: h.places })),
        };
  const booked = await db
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(and(eq(appointments.coachId, input.coachId), eq(appointments.status, 'booked'), lt(appointments.startsAt, input.to), gt(appointments.endsAt, input.from)));
  return { week, absences: availability.absences, booked };
}

/**
 * Books a slot. The insert runs in a savepoint: when the exclusion constraint refuses it (another
 * young person took the slot first, or is taking it in a transaction not yet committed: PostgreSQL
 * waits for that one), only the savepoint is rolled back and SlotTakenError is thrown, so the turn's
 * transaction goes on and can offer other times. With `replacesId` the old appointment is marked
 * `rescheduled` in the same savepoint: a refused reschedule keeps the old appointment.
 */
export async function bookAppointment(
  tx: DbOrTx,
  input: {
    /** To rewrite the coach's (encrypted) handover summary with the appointment. */
    protector: DataProtector;
    caseId: string;
    coachId: string;
    conversationId: string;
    startsAt: Date;
    endsAt: Date;
    place: AppointmentPlace;
    replacesId?: string;
    actor: string;
    now: Date;
  },
): Promise<AppointmentRow> {
  try {
    const row = await tx.transaction(async (sp) => {
      if (input.replacesId) {
        const changed = await sp
          .update(appointments)
          .set({ status: 'rescheduled', cancelledAt: input.now })
          .where(and(eq(appointments.id, input.replacesId), eq(appointments.status, 'booked')))
          .returning({ id: appointments.id });
        if (changed.length === 0) throw new ConflictError('The appointment to move is no longer booked');
      }
      const [inserted] = await sp
        .insert(appointments)
        .values({
          caseId: input.caseId,
          coachId: input.coachId,
          conversationId: input.conversationId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place,
          icsToken: randomBytes(24).toString('base64url'),
          replacesId: input.replacesId ?? null,
        })
        .returning();
      if (!inserted) throw new Error('Insert returned no appointment');
      return inserted;
    });
    await appendCaseEvents(tx, [
      {
        caseId: input.caseId,
        type: input.replacesId ? 'appointment.rescheduled' : 'appointment.booked',
        actor: input.actor,
        data: { appointmentId: row.id, startsAt: row.startsAt.toISOString(), place: row.place, ...(input.replacesId ? { replacesId: input.replacesId } : {}) },
      },
    ]);
    await noteAppointmentInSummary(tx, input.protector, { caseId: input.caseId, coachId: input.coachId, startsAt: row.startsAt, place: row.place });
    return row;
  } catch (error) {
    if (isExclusionViolation(error)) throw new SlotTakenError();
    throw error;
  }
}

/** Cancels a booked appointment; false when it was not booked (any more). */
export async function cancelAppointment(tx: DbOrTx, input: { id: string; actor: string; now: Date }): Promise<boolean> {
  const [row] = await tx
    .update(appointments)
    .set({ status: 'cancelled', cancelledAt: input.now })
    .where(and(eq(appointments.id, input.id), eq(appointments.status, 'booked')))
    .returning();
  if (!row) return false;
  await appendCaseEvents(tx, [{ caseId: row.caseId, type: 'appointment.cancelled', actor: input.actor, data: { appointmentId: row.id, startsAt: row.startsAt.toISOString() } }]);
  return true;
}

/** The coach marks that the young person did not come. Only a booked appointment that has started. */
export async function markNoShow(tx: DbOrTx, input: { id: string; actor: string; now: Date }): Promise<AppointmentRow> {
  const [current] = await tx.select().from(appointments).where(eq(appointments.id, input.id));
  if (!current) throw new NotFoundError('Appointment not found');
  if (current.status !== 'booked') throw new ConflictError(`The appointment is ${current.status}, not booked`);
  if (current.startsAt > input.now) throw new ConflictError('The appointment has not started yet');
  const [row] = await tx
    .update(appointments)
    .set({ status: 'no_show', noShowAt: input.now })
    .where(and(eq(appointments.id, input.id), eq(appointments.status, 'booked')))
    .returning();
  if (!row) throw new ConflictError('The appointment changed meanwhile');
  await appendCaseEvents(tx, [{ caseId: row.caseId, type: 'appointment.no_show', actor: input.actor, data: { appointmentId: row.id, startsAt: row.startsAt.toISOString() } }]);
  return row;
}

export async function findAppointment(db: DbOrTx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row;
}

/** The young person's next booked appointment that has not ended. */
export async function findUpcomingForConversation(db: DbOrTx, input: { conversationId: string; now: Date }): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.conversationId, input.conversationId), eq(appointments.status, 'booked'), gt(appointments.endsAt, input.now)))
    .orderBy(asc(appointments.startsAt))
    .limit(1);
  return row;
}

/** A coach's appointments that end after `from` (moved and cancelled ones included), in time order. */
export async function listCoachAppointments(db: DbOrTx, input: { coachId: string; from: Date; limit: number }): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.coachId, input.coachId), gt(appointments.endsAt, input.from)))
    .orderBy(asc(appointments.startsAt))
    .limit(input.limit);
}

/** What booking for a case needs: whether it is open, its coach, the young person's conversation (null once forgotten). */
export async function findCaseBookingTarget(
  db: DbOrTx,
  caseId: string,
): Promise<{ status: string; coachId: string | null; conversationId: string | null } | undefined> {
  const [row] = await db
    .select({ status: cases.status, coachId: cases.coachId, conversationId: youths.conversationId })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(eq(cases.id, caseId));
  return row;
}

export async function listCaseAppointments(db: DbOrTx, caseId: string): Promise<AppointmentRow[]> {
  return db.select().from(appointments).where(eq(appointments.caseId, caseId)).orderBy(desc(appointments.startsAt));
}

export async function findAppointmentByIcsToken(
  db: DbOrTx,
  token: string,
): Promise<(AppointmentRow & { coachFirstName: string; locale: string }) | undefined> {
  const [row] = await db
    .select({ appointment: appointments, coachFirstName: coaches.firstName, locale: conversations.locale })
    .from(appointments)
    .innerJoin(coaches, eq(coaches.id, appointments.coachId))
    .innerJoin(conversations, eq(conversations.id, appointments.conversationId))
    .where(eq(appointments.icsToken, token));
  return row && { ...row.appointment, coachFirstName: row.coachFirstName, locale: row.locale };
}

/** SQLSTATE 23P01 exclusion_violation, as postgres.js reports it (drizzle wraps it in `cause`). */
function isExclusionViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23P01') return true;
  }
  return false;
}

/**
 * The coach's handover summary carries the booked appointment (one line, replaced when it moves), so
 * whoever opens the handover sees it; the booking itself is in the case events.
 */
async function noteAppointmentInSummary(
  tx: DbOrTx,
  protector: DataProtector,
  input: { caseId: string; coachId: string; startsAt: Date; place: string },
): Promise<void> {
  const when = inAmsterdam(input.startsAt)
    .setLocale('nl-NL')
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const line = ` Afspraak: ${when}, ${input.place}.`;
  await rewriteSummaries(tx, protector, { caseId: input.caseId, coachId: input.coachId, rewrite: (summary) => summary.replace(/ Afspraak: [^.]*\./g, '') + line });
}

/** Booked appointments starting after `from` and at the latest at `to`. */
export async function bookedStartingBetween(db: DbOrTx, input: { from: Date; to: Date }): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.status, 'booked'), gt(appointments.startsAt, input.from), lte(appointments.startsAt, input.to)));
}

export type ReminderKind = (typeof appointmentReminders.$inferSelect)['kind'];

/** Claims these reminders of an appointment; returns the kinds this call claimed (not claimed before). */
export async function claimReminders(tx: DbOrTx, input: { appointmentId: string; kinds: ReminderKind[] }): Promise<ReminderKind[]> {
  const claimed = await tx
    .insert(appointmentReminders)
    .values(input.kinds.map((kind) => ({ appointmentId: input.appointmentId, kind })))
    .onConflictDoNothing()
    .returning({ kind: appointmentReminders.kind });
  return claimed.map((c) => c.kind);
}

/** The message a reminder went out as. */
export async function linkReminderMessage(tx: DbOrTx, input: { appointmentId: string; kind: ReminderKind; outboundId: number }): Promise<void> {
  await tx
    .update(appointmentReminders)
    .set({ outboundId: input.outboundId })
    .where(and(eq(appointmentReminders.appointmentId, input.appointmentId), eq(appointmentReminders.kind, input.kind)));
}
