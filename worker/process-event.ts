import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { applyDomainEvent, type ApplyEventDeps } from '../cases/apply-domain-event';
import { findConversation } from '../cases/case/conversation-repository';
import { lockUnprocessedEvent, markEventProcessed } from '../cases/domain-event-repository';
import { MalformedDomainEventError, parseDomainEvent } from '../cases/domain-events';
import type { Database } from '../drizzle/connection';
import type { Queues } from './queues';

export interface EventDeps extends ApplyEventDeps {
  database: Database;
  queues: Queues;
  logger: Logger;
}

/**
 * Processes one domain event from the outbox, exactly once in effect: the event row is locked and
 * marked processed in the same transaction as everything it causes (cases/apply-domain-event.ts),
 * so a retried job finds it done. What it queued is enqueued after commit.
 *
 * A stored event that does not match the catalogue (cases/domain-events.ts) can never succeed: it is
 * logged, marked processed (or the relay would re-queue it for ever) and the job fails at once.
 */
export async function processEvent(deps: EventDeps, input: { eventId: number }): Promise<void> {
  const result = await deps.database.db.transaction(async (tx) => {
    const stored = await lockUnprocessedEvent(tx, deps.protector, input.eventId);
    if (!stored) return undefined;
    let event;
    try {
      event = parseDomainEvent(stored);
    } catch (error) {
      if (!(error instanceof MalformedDomainEventError)) throw error;
      deps.logger.error({ eventId: stored.id, type: stored.type, problems: error.problems }, 'malformed domain event: not processed, marked done');
      await markEventProcessed(tx, stored.id);
      return { malformed: error };
    }
    const conversation = stored.conversationId ? await findConversation(tx, stored.conversationId) : undefined;
    const applied = await applyDomainEvent(deps, tx, { eventId: stored.id, event, conversation });
    await markEventProcessed(tx, stored.id);
    return { applied };
  });
  if (result?.malformed) throw new UnrecoverableError(result.malformed.message);
  if (result?.applied) {
    const { outboundIds, emailIds, coachNotices } = result.applied;
    await deps.queues.enqueue.afterCommit(deps.logger, { sends: outboundIds, emails: emailIds, coachNotices });
  }
}
