import type { i18n } from 'i18next';
import type { Db } from '../../drizzle/connection';
import type { DataProtector } from '../privacy/data-protector';
import { queueAppointmentNotice } from './appointment-notices';
import { markNoShow, type AppointmentRow } from './appointment-repository';

/**
 * Marks a booked appointment that has started as a no-show and, in the same transaction, queues the
 * notice to the young person: without blame, they hear they were missed and how to pick a new time.
 * The caller queues the returned outbound ids after the commit (the relay catches a miss).
 */
export async function recordNoShow(
  db: Db,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { appointmentId: string; actor: string },
): Promise<{ appointment: AppointmentRow; outboundIds: number[] }> {
  return db.transaction(async (tx) => {
    const appointment = await markNoShow(tx, { id: input.appointmentId, actor: input.actor, now: deps.now });
    const outboundIds = await queueAppointmentNotice(tx, deps, { appointment, kind: 'no_show' });
    return { appointment, outboundIds: outboundIds ?? [] };
  });
}
