/**
 * What the relay reads: rows of the outbox tables still unprocessed after a while (DESIGN.md rule 2).
 * Domain events are read through cases/domain-event-repository.ts.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';

export interface StaleRowsInput {
  olderThanSeconds: number;
  limit: number;
}

const olderThan = (seconds: number) => sql`now() - make_interval(secs => ${seconds})`;

/** Conversations with pending inbound messages, each with its oldest one (the turn job's id). */
export async function pendingTurns(db: DbOrTx, input: StaleRowsInput): Promise<{ conversationId: string; inboundId: number }[]> {
  const rows = await db.execute<{ conversation_id: string; first_id: number }>(
    sql`select conversation_id, min(id)::int as first_id from inbound_messages
        where status = 'pending' and received_at < ${olderThan(input.olderThanSeconds)} group by conversation_id limit ${input.limit}`,
  );
  return rows.map((r) => ({ conversationId: r.conversation_id, inboundId: r.first_id }));
}

/**
 * WhatsApp messages not sent, the latest of each recipient: its send job sends the recipient's queue
 * up to it, in order.
 */
export async function unsentWhatsAppIds(db: DbOrTx, input: StaleRowsInput): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(
    sql`select max(id)::int as id from outbound_messages
        where status in ('queued', 'sending') and channel = 'whatsapp' and created_at < ${olderThan(input.olderThanSeconds)}
        group by coalesce(conversation_id::text, 'coach:' || coach_id::text) limit ${input.limit}`,
  );
  return rows.map((r) => r.id);
}

/** E-mails to coaches still queued. */
export async function queuedEmailIds(db: DbOrTx, input: StaleRowsInput): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(
    sql`select id::int as id from outbound_emails where status = 'queued' and created_at < ${olderThan(input.olderThanSeconds)} order by id limit ${input.limit}`,
  );
  return rows.map((r) => r.id);
}
