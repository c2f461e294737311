import { z } from 'zod';

/** The job queues and the workers that take their jobs. */
export interface QueueConfig {
  /** Redis key prefix of the queues: environments sharing one Redis differ here (on PostgreSQL they have their own database). */
  queuePrefix: string;
  /** How many jobs one worker process handles at once, per queue. */
  workerConcurrency: number;
  /**
   * The webhook stores messages that arrive together in one transaction (messages/inbound-batcher.ts):
   * how long a message waits for company when nothing is being stored (0: each on its own).
   */
  inboundBatchMs: number;
  /** Seconds after which the relay re-enqueues rows left unprocessed. */
  relayAfterSeconds: number;
}

/**
 * Jobs per queue one worker process runs at once. 32: turns of different young people that are ready
 * together commit together (worker/turn-groups.ts) and their replies share the send lane's
 * statements; at 8 a campaign's answers queued behind too few of them (README, Performance).
 */
export const DEFAULT_WORKER_CONCURRENCY = 32;

const queueSchema = z.object({
  QUEUE_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be lower-case letters, digits or _').default('jl'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(DEFAULT_WORKER_CONCURRENCY),
  INBOUND_BATCH_MS: z.coerce.number().int().min(0).max(50).default(2),
  RELAY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
});

export const queueSettings = queueSchema.shape;

export function readQueueConfig(s: z.infer<typeof queueSchema>): QueueConfig {
  return {
    queuePrefix: s.QUEUE_PREFIX,
    workerConcurrency: s.WORKER_CONCURRENCY,
    inboundBatchMs: s.INBOUND_BATCH_MS,
    relayAfterSeconds: s.RELAY_AFTER_SECONDS,
  };
}
