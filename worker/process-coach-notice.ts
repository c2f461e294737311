import type { Logger } from 'pino';
import { sendCoachNotice, type SendCoachNoticeDeps } from '../cases/coach-notices/send-coach-notice';
import type { Database } from '../drizzle/connection';
import type { Queues } from './queues';

export interface CoachNoticeJobDeps extends SendCoachNoticeDeps {
  database: Database;
  queues: Queues;
  logger: Logger;
  /** The clock (tests move it). */
  now?: (() => Date) | undefined;
}

/**
 * The `coachNotice` job: sends a coach's bundled notice when it is due, in one transaction that
 * stamps it sent, then queues its WhatsApp message and e-mail. A job that runs early (or again)
 * does nothing; the relay queues a notice whose job was lost once it is overdue.
 */
export async function processCoachNotice(deps: CoachNoticeJobDeps, input: { noticeId: number; now?: Date }): Promise<boolean> {
  const now = input.now ?? deps.now?.() ?? new Date();
  const sent = await deps.database.db.transaction((tx) => sendCoachNotice(deps, tx, { noticeId: input.noticeId, now }));
  if (!sent) return false;
  await deps.queues.enqueue.afterCommit(deps.logger, { sends: sent.outboundIds, emails: sent.emailIds });
  return true;
}
