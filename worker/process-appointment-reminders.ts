import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { writeDueAppointmentReminders } from '../cases/appointments/appointment-reminders';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';

export interface AppointmentReminderDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  logger: Logger;
  /** Queues the send jobs of the outbound rows written (the relay catches what this misses). */
  enqueueSends(outboundIds: number[]): Promise<void>;
  now?: () => Date;
}

/**
 * One sweep of the repeatable `appointmentReminders` job (every few minutes): the reminders due now
 * (cases/appointments/appointment-reminders.ts), their sends queued after each commit. Returns how
 * many reminders were written.
 */
export async function processAppointmentReminders(deps: AppointmentReminderDeps): Promise<number> {
  return writeDueAppointmentReminders(deps.database.db, {
    protector: deps.protector,
    i18n: deps.i18n,
    now: (deps.now ?? (() => new Date()))(),
    afterCommit: (outboundIds) => deps.enqueueSends(outboundIds).catch((err: unknown) => deps.logger.warn({ err }, 'reminder send not queued; the relay will')),
  });
}
