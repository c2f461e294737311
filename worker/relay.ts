import type { Logger } from 'pino';
import { unprocessedEventIds } from '../cases/domain-event-repository';
import type { Database } from '../drizzle/connection';
import type { Queues } from './queues';
import { pendingTurns, queuedEmailIds, unsentWhatsAppIds } from './relay-store';
import { overdueNoticeIds } from '../cases/coach-notices/coach-notice-repository';

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
  coachNotices: number;
}

const LIMIT = 500;

/**
 * Re-queues work whose rows are still unprocessed after `olderThanSeconds` (DESIGN.md rule 2): an
 * inbound message whose turn job was never added (queue down, process killed between commit and
 * enqueue), an outbound message not sent, a domain event not processed (also one whose job waited in
 * the queue's former name, `outcome`), an e-mail not sent, a coach's notice overdue. The enqueue module decides whether a job
 * is still live and which id a new one gets (worker/queues.ts).
 */
export async function relayOnce(deps: RelayDeps, options: { olderThanSeconds: number }): Promise<RelayCounts> {
  const db = deps.database.db;
  const stale = { olderThanSeconds: options.olderThanSeconds, limit: LIMIT };
  const turns = await pendingTurns(db, stale);
  const sends = await unsentWhatsAppIds(db, stale);
  const events = await unprocessedEventIds(db, stale);
  const emails = deps.emailEnabled ? await queuedEmailIds(db, stale) : [];
  // Past its send time by `olderThanSeconds`: its delayed job was never added or was lost.
  const notices = await overdueNoticeIds(db, stale);

  const { again } = deps.queues.enqueue;
  const counts: RelayCounts = { turns: 0, sends: 0, events: 0, emails: 0, coachNotices: 0 };
  for (const turn of turns) if (await again.turn(turn)) counts.turns++;
  for (const id of sends) if (await again.send(id)) counts.sends++;
  for (const id of events) if (await again.event(id)) counts.events++;
  for (const id of emails) if (await again.email(id)) counts.emails++;
  for (const id of notices) if (await again.coachNotice(id)) counts.coachNotices++;
  if (counts.turns + counts.sends + counts.events + counts.emails + counts.coachNotices > 0) deps.logger.info(counts, 'relay re-queued unprocessed rows');
  return counts;
}
