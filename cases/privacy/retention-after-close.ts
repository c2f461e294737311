import { inArray, sql } from 'drizzle-orm';
import { botStateKeys } from '../../bot/pg-storage';
import { lockFor } from '../../drizzle/advisory-locks';
import type { Database } from '../../drizzle/connection';
import { botState } from '../../drizzle/schema';

/**
 * After a case closed (RETENTION_AFTER_CLOSE_DAYS) and the young person stayed silent, the chat's
 * texts go: the messages both ways, the coach's thread, the bot's state and the conversation's
 * processed events. The case, the young person and the conversation stay until the case is
 * anonymised (retention-closed-cases.ts), so a coach still knows who it was. Their Twilio records are
 * queued for deletion. Returns how many messages went.
 */
export async function clearClosedConversations(db: Database['db'], input: { cutoff: Date }): Promise<number> {
  const cutoff = sql`${input.cutoff.toISOString()}::timestamptz`;
  const due = await db.execute<{ conversation_id: string; channel: string }>(sql`
    select cv.id as conversation_id, cv.channel from conversations cv
    join youths y on y.conversation_id = cv.id join cases c on c.youth_id = y.id
    where greatest(cv.created_at, cv.last_inbound_at) < ${cutoff}
    group by cv.id, cv.channel
    having bool_and(c.status in ('closed', 'referred')) and max(coalesce(c.closed_at, c.updated_at)) < ${cutoff}
      -- Cleared before (and silent since): nothing left to do.
      and (exists (select 1 from inbound_messages i where i.conversation_id = cv.id)
        or exists (select 1 from outbound_messages o where o.conversation_id = cv.id))
    limit 1000`);
  let cleared = 0;
  for (const { conversation_id: id, channel } of due) {
    cleared += await db.transaction(async (tx) => {
      // A turn of this conversation finishes first, or waits for this (DESIGN.md rule 3).
      await lockFor(tx, 'turn', id);
      if (channel === 'whatsapp') {
        await tx.execute(sql`insert into twilio_deletions (sid)
          select provider_sid from outbound_messages where conversation_id = ${id} and provider_sid is not null
          union select external_id from inbound_messages where conversation_id = ${id} and status <> 'pending'
          on conflict do nothing`);
      }
      const inbound = await tx.execute(sql`delete from inbound_messages where conversation_id = ${id} and status <> 'pending' returning id`);
      const outbound = await tx.execute(sql`delete from outbound_messages where conversation_id = ${id} and status not in ('queued', 'sending') returning id`);
      await tx.execute(sql`delete from case_messages where case_id in (select c.id from cases c join youths y on y.id = c.youth_id where y.conversation_id = ${id})`);
      await tx.delete(botState).where(inArray(botState.key, botStateKeys(id)));
      await tx.execute(sql`delete from domain_events where conversation_id = ${id} and processed_at is not null`);
      return inbound.length + outbound.length;
    });
  }
  return cleared;
}
