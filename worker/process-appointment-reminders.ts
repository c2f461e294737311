import { and, eq, gt, lte } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { queueAppointmentNotice } from '../cases/appointments/appointment-notices';
import type { AppointmentRow } from '../cases/appointments/appointment-repository';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { appointmentReminders, appointments } from '../drizzle/schema';

export interface AppointmentReminderDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  logger: Logger;
  /** Queues the send jobs of the outbound rows written (the relay catches what this misses). */
  enqueueSends(outboundIds: number[]): Promise<void>;
  now?: () => Date;
}

const HOUR_MS = 60 * 60 * 1000;
/** Latest first: after a pause of the sweep, only the reminder that is still useful goes out. */
const REMINDERS = [
  { kind: '2h', notice: 'reminder_2h', leadMs: 2 * HOUR_MS },
  { kind: '24h', notice: 'reminder_24h', leadMs: 24 * HOUR_MS },
] as const;

/**
 * One sweep (a repeatable job, every few minutes): reminds young people 24 hours and 2 hours before
 * a booked appointment. A reminder is due from its moment until the appointment starts, and only if
 * the appointment was booked before that moment (who books for tomorrow morning needs no "tomorrow"
 * reminder). The unique row per appointment and kind makes a repeated or parallel sweep send nothing
 * twice. Returns how many reminders were written.
 */
export async function processAppointmentReminders(deps: AppointmentReminderDeps): Promise<number> {
  const now = (deps.now ?? (() => new Date()))();
  const { db } = deps.database;
  const soon = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.status, 'booked'), gt(appointments.startsAt, now), lte(appointments.startsAt, new Date(now.getTime() + 24 * HOUR_MS))));
  let written = 0;
  for (const appointment of soon) {
    const due = REMINDERS.find((r) => now.getTime() >= appointment.startsAt.getTime() - r.leadMs && appointment.createdAt.getTime() <= appointment.startsAt.getTime() - r.leadMs);
    if (!due) continue;
    const outboundIds = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(appointmentReminders)
        .values(REMINDERS.filter((r) => r.leadMs >= due.leadMs).map((r) => ({ appointmentId: appointment.id, kind: r.kind })))
        .onConflictDoNothing()
        .returning({ kind: appointmentReminders.kind });
      if (!claimed.some((c) => c.kind === due.kind)) return undefined;
      const ids = await queueAppointmentNotice(tx, { protector: deps.protector, i18n: deps.i18n, now }, { appointment: appointment as AppointmentRow, kind: due.notice });
      if (ids?.[0] !== undefined) {
        await tx
          .update(appointmentReminders)
          .set({ outboundId: ids[0] })
          .where(and(eq(appointmentReminders.appointmentId, appointment.id), eq(appointmentReminders.kind, due.kind)));
      }
      return ids ?? [];
    });
    if (outboundIds === undefined) continue;
    written += 1;
    await deps.enqueueSends(outboundIds).catch((err: unknown) => deps.logger.warn({ err }, 'reminder send not queued; the relay will'));
  }
  return written;
}
