import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/data-protector';
import type { Database } from '../drizzle/connection';
import { processOutcome } from './process-outcome';
import { processSend } from './process-send';
import type { WhatsAppSender } from './whatsapp-sender';
import type { FrontDoorSettings } from '../flows/front-door-bot';
import { processTurns } from './process-turn';
import type { Queues } from './queues';
import { relayOnce } from './relay';

export interface WorkerDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  queues: Queues;
  logger: Logger;
  sender: WhatsAppSender | undefined;
  publicBaseUrl: string;
  concurrency: number;
  /** How old an unprocessed row must be before the relay re-queues it. */
  relayAfterSeconds: number;
  frontDoor?: Partial<FrontDoorSettings>;
}

export interface RunningWorker {
  /** Runs the relay once now (tests, and after a restart). */
  relay(): Promise<{ turns: number; sends: number; events: number }>;
  /** Stops taking jobs, lets the ones in flight finish. */
  stop(): Promise<void>;
}

/** Starts the processors of the three queues and the relay. */
export function startWorker(deps: WorkerDeps): RunningWorker {
  const { queues, logger } = deps;
  const workers = [
    queues.work(
      'turn',
      async (data, job) => {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        await processTurns(deps, { conversationId: data.conversationId, lastAttempt });
      },
      { concurrency: deps.concurrency },
    ),
    queues.work('send', (data) => processSend(deps, data), { concurrency: deps.concurrency }),
    queues.work('outcome', (data) => processOutcome(deps, data), { concurrency: deps.concurrency }),
  ];
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err }, 'job failed'));
    worker.on('error', (err) => logger.error({ queue: worker.name, err }, 'worker error'));
  }

  const relay = () => relayOnce(deps, { olderThanSeconds: deps.relayAfterSeconds });
  let relaying = false;
  const timer = setInterval(() => {
    if (relaying) return;
    relaying = true;
    relay()
      .catch((err) => logger.warn({ err }, 'relay run failed; next run retries'))
      .finally(() => (relaying = false));
  }, Math.max(1000, Math.min(deps.relayAfterSeconds * 1000, 10_000)));
  timer.unref();

  return {
    relay,
    async stop() {
      clearInterval(timer);
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
