import type { i18n } from 'i18next';
import type { Db } from '../../drizzle/connection';
import type { AppointmentPlace } from '../../drizzle/schema';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors';
import type { DataProtector } from '../privacy/data-protector';
import { assertCanManageCase } from '../staff/case-access';
import { actorOf, type Viewer } from '../staff/viewer';
import { queueAppointmentNotice } from './appointment-notices';
import { bookAppointment, findCaseBookingTarget, SlotTakenError, type AppointmentRow } from './appointment-repository';
import { icsUrl } from './appointment-service';
import { findFreeSlotAt } from './coach-free-slots';

/** The time asked for is not (any more) one of the coach's free slots: taken meanwhile, or never offered. */
export class SlotNotFreeError extends ConflictError {
  constructor() {
    super('That time is not free at the coach');
    this.name = this.constructor.name;
  }
}

/**
 * A coach (or an administrator over the case) books an appointment for the young person with the
 * case's coach, at one of the coach's free slots — the same slots the chat offers. In one transaction
 * with the booking, the young person is told as the messaging rules allow (appointment-notices.ts).
 * The caller queues the returned outbound ids after the commit (the relay catches a miss).
 */
export async function bookForYoungPerson(
  db: Db,
  deps: { protector: DataProtector; i18n: i18n; now: Date; publicBaseUrl: string },
  input: { viewer: Viewer; caseId: string; startsAt: Date; place: AppointmentPlace },
): Promise<{ appointment: AppointmentRow; outboundIds: number[] }> {
  return db.transaction(async (tx) => {
    await assertCanManageCase(tx, { viewer: input.viewer, caseId: input.caseId });
    const target = await findCaseBookingTarget(tx, input.caseId);
    if (!target) throw new NotFoundError('Case not found');
    if (target.status !== 'open') throw new ConflictError('Only an open case gets appointments');
    if (!target.coachId || !target.conversationId) throw new ConflictError('The case has no coach or no chat to tell the young person');
    const slot = await findFreeSlotAt(tx, { coachId: target.coachId, now: deps.now, startsAt: input.startsAt });
    if (!slot) throw new SlotNotFreeError();
    if (!slot.places.includes(input.place)) throw new InvalidRequestError('The coach does not meet there at that time');
    let appointment: AppointmentRow;
    try {
      appointment = await bookAppointment(tx, {
        protector: deps.protector,
        caseId: input.caseId,
        coachId: target.coachId,
        conversationId: target.conversationId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        place: input.place,
        actor: actorOf(input.viewer),
        now: deps.now,
      });
    } catch (error) {
      if (error instanceof SlotTakenError) throw new SlotNotFreeError();
      throw error;
    }
    const calendarLink = icsUrl(deps.publicBaseUrl, appointment.icsToken);
    const outboundIds = (await queueAppointmentNotice(tx, deps, { appointment, kind: 'booked_by_coach', calendarLink })) ?? [];
    return { appointment, outboundIds };
  });
}
