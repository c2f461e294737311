import { and, asc, eq, gt } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { appointments } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';
import { queueAppointmentNotice } from './appointment-notices';
import { cancelAppointment } from './appointment-repository';

/**
 * A closed case keeps no appointment: each booked one still to come is cancelled, and the young
 * person is told, as the messaging rules allow (appointment-notices.ts: the 24-hour window, STOP).
 * Returns the outbound ids to queue.
 */
export async function cancelFutureAppointmentsOfCase(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { caseId: string; actor: string },
): Promise<number[]> {
  const booked = await futureBookedAppointmentsOfCase(tx, { caseId: input.caseId, now: deps.now });
  const outboundIds: number[] = [];
  for (const appointment of booked) {
    if (!(await cancelAppointment(tx, { id: appointment.id, actor: input.actor, now: deps.now }))) continue;
    outboundIds.push(...((await queueAppointmentNotice(tx, deps, { appointment, kind: 'case_closed' })) ?? []));
  }
  return outboundIds;
}

/** The booked appointments of a case still to come: what closing it cancels. */
export async function futureBookedAppointmentsOfCase(db: DbOrTx, input: { caseId: string; now: Date }) {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.caseId, input.caseId), eq(appointments.status, 'booked'), gt(appointments.startsAt, input.now)))
    .orderBy(asc(appointments.startsAt));
}
