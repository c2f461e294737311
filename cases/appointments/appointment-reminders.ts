/**
 * When a young person is reminded of an appointment: 24 hours and 2 hours before a booked one. A
 * reminder is due from its moment until the appointment starts, and only if the appointment was
 * booked before that moment (who books for tomorrow morning needs no "tomorrow" reminder). The
 * unique row per appointment and kind makes a repeated or parallel sweep send nothing twice.
 */
import type { i18n } from 'i18next';
import type { Db } from '../../drizzle/connection';
import type { DataProtector } from '../privacy/data-protector';
import { queueAppointmentNotice } from './appointment-notices';
import { bookedStartingBetween, claimReminders, linkReminderMessage } from './appointment-repository';

const HOUR_MS = 60 * 60 * 1000;
/** Latest first: after a pause of the sweep, only the reminder that is still useful goes out. */
const REMINDERS = [
  { kind: '2h', notice: 'reminder_2h', leadMs: 2 * HOUR_MS },
  { kind: '24h', notice: 'reminder_24h', leadMs: 24 * HOUR_MS },
] as const;

/**
 * Writes the reminders due at `now`, each appointment in its own transaction; `afterCommit` gets the
 * messages to send after each commit. Returns how many reminders were written.
 */
export async function writeDueAppointmentReminders(
  db: Db,
  deps: { protector: DataProtector; i18n: i18n; now: Date; afterCommit(outboundIds: number[]): Promise<void> },
): Promise<number> {
  const { now } = deps;
  const soon = await bookedStartingBetween(db, { from: now, to: new Date(now.getTime() + 24 * HOUR_MS) });
  let written = 0;
  for (const appointment of soon) {
    const due = REMINDERS.find((r) => now.getTime() >= appointment.startsAt.getTime() - r.leadMs && appointment.createdAt.getTime() <= appointment.startsAt.getTime() - r.leadMs);
    if (!due) continue;
    const outboundIds = await db.transaction(async (tx) => {
      // The earlier reminders are claimed too: once the 2-hour one went, the 24-hour one never goes.
      const claimed = await claimReminders(tx, { appointmentId: appointment.id, kinds: REMINDERS.filter((r) => r.leadMs >= due.leadMs).map((r) => r.kind) });
      if (!claimed.includes(due.kind)) return undefined;
      const ids = await queueAppointmentNotice(tx, { protector: deps.protector, i18n: deps.i18n, now }, { appointment, kind: due.notice });
      if (ids?.[0] !== undefined) await linkReminderMessage(tx, { appointmentId: appointment.id, kind: due.kind, outboundId: ids[0] });
      return ids ?? [];
    });
    if (outboundIds === undefined) continue;
    written += 1;
    await deps.afterCommit(outboundIds);
  }
  return written;
}
