import { and, desc, eq } from 'drizzle-orm';
import type { AppointmentService, BookedAppointment, OfferedSlot } from '../../bot/appointment-context';
import type { DbOrTx } from '../../drizzle/connection';
import { appointmentPlaces, cases, youths, type AppointmentPlace } from '../../drizzle/schema';
import { inAmsterdam } from '../calendar/amsterdam-time';
import type { DataProtector } from '../privacy/data-protector';
import { findCoachFreeSlots, SLOT_HORIZON_DAYS } from './coach-free-slots';
import type { CoachNoticeConfig } from '../../config';
import type { PendingCoachNotice } from '../coach-notices/coach-notice-repository';
import { recordCoachNotice } from '../coach-notices/record-coach-notice';
import {
  bookAppointment,
  cancelAppointment,
  findAppointment,
  findUpcomingForConversation,
  loadCoachCalendar,
  SlotTakenError,
  type AppointmentRow,
} from './appointment-repository';

/** The `.ics` link of an appointment. */
export function icsUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/ics/${token}.ics`;
}

/**
 * The appointment service of one turn, on the turn's transaction: slots and bookings for the coach
 * of the young person's open case. Case events are written with actor `youth`. A booking, a move or a
 * cancellation joins the coach's bundled notice (cases/coach-notices/); `coachNotices.added` hears of
 * it so the turn queues the notice's job after commit.
 */
export function createAppointmentService(input: {
  tx: DbOrTx;
  protector: DataProtector;
  conversationId: string;
  now: Date;
  publicBaseUrl: string;
  coachNotices?: { settings: CoachNoticeConfig | undefined; added(notice: PendingCoachNotice): void };
}): AppointmentService {
  const { tx, conversationId, now } = input;
  const tellCoach = async (notice: { caseId: string; kind: 'booked' | 'rescheduled' | 'cancelled'; startsAt: Date }) => {
    const pending = await recordCoachNotice(tx, { ...notice, now, settings: input.coachNotices?.settings });
    if (pending) input.coachNotices?.added(pending);
  };
  const toBooked = (row: AppointmentRow): BookedAppointment => ({
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    icsUrl: icsUrl(input.publicBaseUrl, row.icsToken),
  });

  let openCase: Promise<{ caseId: string; coachId: string | null } | undefined> | undefined;
  const findCase = () =>
    (openCase ??= tx
      .select({ caseId: cases.id, coachId: cases.coachId })
      .from(youths)
      .innerJoin(cases, and(eq(cases.youthId, youths.id), eq(cases.status, 'open')))
      .where(eq(youths.conversationId, conversationId))
      .orderBy(desc(cases.createdAt))
      .limit(1)
      .then((rows) => rows[0]));

  const calendar = async () => {
    const found = await findCase();
    if (!found?.coachId) return undefined;
    const loaded = await loadCoachCalendar(tx, { coachId: found.coachId, from: now, to: inAmsterdam(now).plus({ days: SLOT_HORIZON_DAYS + 1 }).toJSDate() });
    return loaded.week ? { ...loaded, week: loaded.week, caseId: found.caseId, coachId: found.coachId } : undefined;
  };

  return {
    async canBook() {
      return (await calendar()) !== undefined;
    },
    async current() {
      const row = await findUpcomingForConversation(tx, { conversationId, now });
      return row && toBooked(row);
    },
    async freeSlots({ skip, count }) {
      const found = await findCase();
      if (!found?.coachId) return [];
      const slots = (await findCoachFreeSlots(tx, { coachId: found.coachId, now, skip, count })) ?? [];
      return slots.map(
        (slot): OfferedSlot => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), places: slot.places }),
      );
    },
    async book({ slot, place, replacesId }) {
      const found = await findCase();
      if (!found?.coachId || !isPlace(place)) return { ok: false, reason: 'taken' };
      try {
        const row = await bookAppointment(tx, {
          protector: input.protector,
          caseId: found.caseId,
          coachId: found.coachId,
          conversationId,
          startsAt: new Date(slot.startsAt),
          endsAt: new Date(slot.endsAt),
          place,
          ...(replacesId ? { replacesId } : {}),
          actor: 'youth',
          now,
        });
        await tellCoach({ caseId: found.caseId, kind: replacesId ? 'rescheduled' : 'booked', startsAt: row.startsAt });
        return { ok: true, appointment: toBooked(row) };
      } catch (error) {
        if (error instanceof SlotTakenError) return { ok: false, reason: 'taken' };
        throw error;
      }
    },
    async cancel(id) {
      const row = await findAppointment(tx, id);
      // Only the young person's own appointment: the id comes from their dialog state.
      if (row?.conversationId !== conversationId) return;
      if (await cancelAppointment(tx, { id, actor: 'youth', now })) await tellCoach({ caseId: row.caseId, kind: 'cancelled', startsAt: row.startsAt });
    },
  };
}

function isPlace(value: string): value is AppointmentPlace {
  return (appointmentPlaces as readonly string[]).includes(value);
}
