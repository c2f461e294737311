import { sql } from 'drizzle-orm';
import type { DbOrTx } from './connection';

/**
 * Counts one hit of `key` in a fixed window of `windowMs` (table `rate_limit_counters`, shared by every
 * process): the hits so far in the window, this one included, and the milliseconds until it ends.
 * The api's request limits (api/rate-limit-store.ts) and the worker's limit on person requests
 * (cases/handover/person-request-limit.ts) count through here.
 */
export async function countHit(db: DbOrTx, input: { key: string; windowMs: number }): Promise<{ current: number; ttl: number }> {
  const rows = (await db.execute(sql`
    insert into rate_limit_counters as counter (key, hits, window_ends_at)
    values (${input.key}, 1, now() + ${input.windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when counter.window_ends_at <= now() then 1 else counter.hits + 1 end,
      window_ends_at = case when counter.window_ends_at <= now() then excluded.window_ends_at else counter.window_ends_at end
    returning hits, ceil(extract(epoch from (window_ends_at - now())) * 1000)::int as ttl`)) as unknown as Array<{ hits: number; ttl: number }>;
  const row = rows[0]!;
  return { current: row.hits, ttl: Math.max(0, row.ttl) };
}

/** Deletes the counters whose window ended. */
export async function sweepCounters(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from rate_limit_counters where window_ends_at < now()`);
}
