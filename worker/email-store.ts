/** The e-mail outbox (`outbound_emails`) as the e-mail processor reads and updates it. */
import { and, eq } from 'drizzle-orm';
import { readEmailMessage, type EmailMessage } from '../cases/handover/handover-notification-repository';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { outboundEmails } from '../drizzle/schema';

export interface QueuedEmail {
  id: number;
  attempts: number;
  createdAt: Date;
  message: EmailMessage;
}

/** The e-mail, locked and decrypted, while it is still queued; a second job for it skips it (`skip locked`). */
export async function lockQueuedEmail(tx: DbOrTx, protector: DataProtector, emailId: number): Promise<QueuedEmail | undefined> {
  const [row] = await tx
    .select()
    .from(outboundEmails)
    .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'queued')))
    .for('update', { skipLocked: true });
  return row && { id: row.id, attempts: row.attempts, createdAt: row.createdAt, message: readEmailMessage(protector, row) };
}

/** Records one attempt and its result. */
export async function recordEmailAttempt(
  tx: DbOrTx,
  input: { email: QueuedEmail; status?: 'sent' | 'failed'; sentAt?: Date; error: string | null },
): Promise<void> {
  const { email, ...set } = input;
  await tx
    .update(outboundEmails)
    .set({ attempts: email.attempts + 1, ...set })
    .where(eq(outboundEmails.id, email.id));
}
