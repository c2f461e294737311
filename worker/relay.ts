import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../drizzle/connection';
import type { QueueName, Queues } from './queues';

export interface RelayDeps {
  database: Database;
  queues: Queues;
  logger: Logger;
  /** False when SMTP is not configured: queued e-mails then wait, and are not re-queued in vain. */
  emailEnabled?: boolean;
}

export interface RelayCounts {
  turns: number;
  sends: number;
  events: number;
  emails: number;
}

const live = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Re-queues work whose rows are still unprocessed after `olderThanSeconds` (DESIGN.md rule 2): an
 * inbound message whose turn job was never added (queue down, process killed between commit and
 * enqueue), an outbound message not sent, a domain event not processed, an e-mail not sent. A job
 * that is still waiting or running is left alone; otherwise a new job is added under a fresh id.
 * That is safe because every processor is idempotent: a second job finds the rows done.
 */
export async function relayOnce(deps: RelayDeps, options: { olderThanSeconds: number }): Promise<RelayCounts> {
  const age = sql`now() - make_interval(secs => ${options.olderThanSeconds})`;
  const db = deps.database.db;
  const turns = await db.execute<{ conversation_id: string; first_id: number }>(
    sql`select conversation_id, min(id)::int as first_id from inbound_messages
        where status = 'pending' and received_at < ${age} group by conversation_id limit 500`,
  );
  const sends = await db.execute<{ id: number }>(
    sql`select max(id)::int as id from outbound_messages
        where status in ('queued', 'sending') and channel = 'whatsapp' and created_at < ${age}
        group by coalesce(conversation_id::text, 'coach:' || coach_id::text) limit 500`,
  );
  const events = await db.execute<{ id: number }>(
    sql`select id::int as id from domain_events where processed_at is null and created_at < ${age} order by id limit 500`,
  );
  const emails = deps.emailEnabled
    ? await db.execute<{ id: number }>(
        sql`select id::int as id from outbound_emails where status = 'queued' and created_at < ${age} order by id limit 500`,
      )
    : [];

  const counts: RelayCounts = { turns: 0, sends: 0, events: 0, emails: 0 };
  const requeue = async (queue: QueueName, originalId: string, add: (jobId: string) => Promise<void>) => {
    const state = await deps.queues.jobState(queue, originalId);
    if (state && live.has(state)) return false;
    await add(`${originalId}-r${Date.now()}`);
    return true;
  };
  for (const row of turns) {
    const conversationId = row.conversation_id;
    if (await requeue('turn', `turn-${row.first_id}`, (jobId) => deps.queues.add('turn', { conversationId }, jobId))) counts.turns++;
  }
  for (const row of sends) {
    const outboundId = row.id;
    if (await requeue('send', `send-${outboundId}`, (jobId) => deps.queues.add('send', { outboundId }, jobId))) counts.sends++;
  }
  for (const row of events) {
    const eventId = row.id;
    if (await requeue('outcome', `event-${eventId}`, (jobId) => deps.queues.add('outcome', { eventId }, jobId))) counts.events++;
  }
  for (const row of emails) {
    const emailId = row.id;
    if (await requeue('email', `email-${emailId}`, (jobId) => deps.queues.add('email', { emailId }, jobId))) counts.emails++;
  }
  if (counts.turns + counts.sends + counts.events + counts.emails > 0) deps.logger.info(counts, 'relay re-queued unprocessed rows');
  return counts;
}
