/**
 * Twilio keeps a record of every message it carried, its text included, until it is deleted
 * (DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json, https://www.twilio.com/docs/messaging/api/message-resource#delete-a-message-resource).
 * The sids to delete wait in `twilio_deletions`: a delivered message's once it is final, and every
 * message of a conversation that is forgotten (cases/privacy/forget-young-person.ts).
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';
import { twilioDeletions } from '../drizzle/schema';
import type { WhatsAppSender } from './whatsapp-sender';

/** Statuses after which Twilio does nothing more with a message: its record may go. */
const FINAL = sql`('delivered', 'read', 'undelivered', 'failed')`;

/**
 * Queues the Twilio records of messages that reached a final status and forgets their sid here
 * (a later `read` callback then matches nothing, which is harmless). Returns how many.
 */
export async function queueFinishedMessages(db: DbOrTx): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    with picked as (
      select id, provider_sid from outbound_messages where provider_sid is not null and status in ${FINAL} limit 5000 for update skip locked
    ), queued as (
      insert into twilio_deletions (sid) select provider_sid from picked on conflict do nothing
    )
    update outbound_messages o set provider_sid = null from picked where o.id = picked.id returning o.id`);
  return rows.length;
}

/** What one pass of deletions at Twilio did. */
export interface TwilioDeletionRun {
  deleted: number;
  /** Still waiting after an error (Twilio down, a message still in flight); the next run tries again. */
  failed: number;
}

/** Deletes queued records at Twilio, oldest first; 404 (deleted before) counts as done. */
export async function deleteQueuedAtTwilio(db: DbOrTx, input: { sender: Pick<WhatsAppSender, 'deleteRecord'>; limit?: number }): Promise<TwilioDeletionRun> {
  const { deleteRecord } = input.sender;
  const run: TwilioDeletionRun = { deleted: 0, failed: 0 };
  if (!deleteRecord) return run;
  const queued = await db.select({ sid: twilioDeletions.sid }).from(twilioDeletions).orderBy(twilioDeletions.createdAt).limit(input.limit ?? 500);
  for (const { sid } of queued) {
    try {
      await deleteRecord(sid);
      await db.delete(twilioDeletions).where(eq(twilioDeletions.sid, sid));
      run.deleted += 1;
    } catch (error) {
      // Twilio's status and code only: never a message text or number.
      const { status, code } = error as { status?: unknown; code?: unknown };
      await db
        .update(twilioDeletions)
        .set({ attempts: sql`${twilioDeletions.attempts} + 1`, error: `status ${String(status ?? 'none')}, code ${String(code ?? 'none')}` })
        .where(eq(twilioDeletions.sid, sid));
      run.failed += 1;
    }
  }
  return run;
}
