import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';

/**
 * What is needed for a day at most and then goes, whatever happens to the case: the keyed hash of a web
 * chat's address on its messages (the limit on person requests counts by the hour), and one-time
 * inzage links that ran out (the link, and the browser session it started). Returns how many of each.
 */
export async function clearShortLived(db: DbOrTx, input: { cutoff: Date }): Promise<{ originKeys: number; inzageLinks: number }> {
  const cutoff = input.cutoff.toISOString();
  const origins = await db.execute<{ id: number }>(
    sql`update inbound_messages set origin_key = null where origin_key is not null and received_at < ${cutoff}::timestamptz returning id`,
  );
  const links = await db.execute<{ id: string }>(
    sql`delete from inzage_links where expires_at < ${cutoff}::timestamptz and (session_expires_at is null or session_expires_at < ${cutoff}::timestamptz) returning id`,
  );
  return { originKeys: origins.length, inzageLinks: links.length };
}
