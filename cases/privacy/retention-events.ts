import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';

/**
 * Processed domain events are kept a short while (RETENTION_EVENTS_DAYS) to trace a problem, then
 * deleted: their payloads hold what a turn decided about a young person. What they caused lives on
 * in the case store; the ids other rows keep of them (`source_event_id`) only stop a retried job
 * from doing its work twice, long over by then. Returns how many.
 */
export async function deleteProcessedEvents(db: DbOrTx, input: { cutoff: Date }): Promise<number> {
  const rows = await db.execute<{ id: number }>(
    sql`delete from domain_events where processed_at is not null and processed_at < ${input.cutoff.toISOString()}::timestamptz returning id`,
  );
  return rows.length;
}

/**
 * E-mails to coaches are notices: once sent (or given up), what they said lives on in the case store.
 * They hold a young person's summary (encrypted), so they go after the same short period as the events,
 * whatever their status: a notice two weeks old helps nobody. Returns how many.
 */
export async function deleteOldCoachEmails(db: DbOrTx, input: { cutoff: Date }): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`delete from outbound_emails where created_at < ${input.cutoff.toISOString()}::timestamptz returning id`);
  return rows.length;
}

/**
 * A coach's bundled notice (`coach_notices`: case ids and appointment times) is kept, once sent, as
 * long as the e-mail it became, then deleted; an unsent one waits for its send time. Returns how many.
 */
export async function deleteSentCoachNotices(db: DbOrTx, input: { cutoff: Date }): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`delete from coach_notices where sent_at is not null and sent_at < ${input.cutoff.toISOString()}::timestamptz returning id`);
  return rows.length;
}
