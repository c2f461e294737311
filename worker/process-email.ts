import type { Logger } from 'pino';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { lockQueuedEmail, recordEmailAttempt } from './email-store';
import { PermanentEmailError, RetryableEmailError, type EmailSender } from './email-sender';

/** An SMTP server unreachable for this long: the e-mail is given up (a notice a day late helps nobody). */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

export interface EmailDeps {
  database: Database;
  protector: DataProtector;
  /** Undefined when SMTP_URL is not set: e-mails then stay queued (see README, "Notifications"). */
  emailSender?: EmailSender | undefined;
  logger: Logger;
  now?: () => Date;
}

/**
 * Sends one queued e-mail, idempotently: the row is locked (`for update skip locked`, so a second
 * job for the same e-mail leaves it to the first) and marked sent in the same transaction, and a
 * row that is not `queued` any more is not sent again. A 4xx, a timeout or no connection keeps it
 * queued and rethrows, so BullMQ retries with backoff and, after the job's attempts, the relay
 * queues it again; after {@link GIVE_UP_AFTER_MS} it is marked failed (the SLA reminder and the
 * inbox still reach the coach). A 5xx refusal marks it failed at once.
 *
 * A crash between the server accepting the e-mail and the commit sends it again on retry (at least
 * once): SMTP has no idempotency key.
 */
export async function processEmail(deps: EmailDeps, input: { emailId: number }): Promise<void> {
  const sender = deps.emailSender;
  if (!sender) return;
  const now = deps.now ?? (() => new Date());
  let retry: RetryableEmailError | undefined;
  await deps.database.db.transaction(async (tx) => {
    const row = await lockQueuedEmail(tx, deps.protector, input.emailId);
    if (!row) return;
    const finish = (result: { status?: 'sent' | 'failed'; sentAt?: Date; error: string | null }) => recordEmailAttempt(tx, { email: row, ...result });
    try {
      await sender.send({ to: row.message.to, subject: row.message.subject, text: row.message.body });
      await finish({ status: 'sent', sentAt: now(), error: null });
    } catch (error) {
      if (error instanceof PermanentEmailError) {
        await finish({ status: 'failed', error: `smtp_${error.responseCode}` });
        deps.logger.warn({ emailId: row.id, responseCode: error.responseCode }, 'e-mail refused permanently');
        return;
      }
      if (!(error instanceof RetryableEmailError)) throw error;
      const reason = `smtp_${error.responseCode ?? error.code ?? 'unreachable'}`;
      if (now().getTime() - row.createdAt.getTime() > GIVE_UP_AFTER_MS) {
        await finish({ status: 'failed', error: reason });
        deps.logger.warn({ emailId: row.id, reason }, 'e-mail given up after a day of retries');
        return;
      }
      await finish({ error: reason });
      deps.logger.warn({ emailId: row.id, reason }, 'e-mail will be retried');
      retry = error;
    }
  });
  if (retry) throw retry;
}
