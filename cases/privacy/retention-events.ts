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
