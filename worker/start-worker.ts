import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/data-protector';
import type { Database } from '../drizzle/connection';
import { processAppointmentReminders } from './process-appointment-reminders';
import { processOutcome } from './process-outcome';
import { processSend } from './process-send';
import type { WhatsAppSender } from './whatsapp-sender';
import type { FrontDoorSettings } from '../flows/front-door-bot';
import { processTurns } from './process-turn';
import type { Queues } from './queues';
import type { HandoverSlaConfig } from '../config';
import type { EmailSender } from './email-sender';
import { processEmail } from './process-email';
import { checkHandoverDeadlines, type SlaRun } from './process-sla';
import { relayOnce, type RelayCounts } from './relay';

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
  /** Undefined when SMTP_URL is not set: e-mails stay queued. */
  emailSender?: EmailSender | undefined;
  /** Response times of handovers (HANDOVER_RESPONSE_DAYS, HANDOVER_ESCALATE_AFTER_DAYS). */
  handover: HandoverSlaConfig;
  /** How often the deadlines are checked (SLA_CHECK_SECONDS); 0 starts no scheduler (tests drive it). */
  slaCheckSeconds: number;
}

export interface RunningWorker {
  /** Runs the relay once now (tests, and after a restart). */
  relay(): Promise<RelayCounts>;
  /** Checks handover deadlines once at `now` (default: the clock), as the `sla` job does. */
  checkDeadlines(now?: Date): Promise<SlaRun>;
  /** Stops taking jobs, lets the ones in flight finish. */
  stop(): Promise<void>;
}

/** Starts the processors of the queues, the relay and the deadline check's job scheduler. */
export function startWorker(deps: WorkerDeps): RunningWorker {
  const { queues, logger } = deps;
  const checkDeadlines = (now?: Date) => checkHandoverDeadlines(deps, { now: now ?? new Date() });
  const remindAppointments = (now?: Date) =>
    processAppointmentReminders({
      ...deps,
      ...(now ? { now: () => now } : {}),
      enqueueSends: async (ids) => {
        for (const outboundId of ids) await queues.add('send', { outboundId }, `send-${outboundId}`);
      },
    });
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
    queues.work('email', (data) => processEmail(deps, data), { concurrency: deps.concurrency }),
    // One tick at a time: the scheduler adds one job per interval across all processes.
    queues.work('sla', async () => void (await checkDeadlines()), { concurrency: 1 }),
    queues.work('appointmentReminders', async () => void (await remindAppointments()), { concurrency: 1 }),
  ];
  queues
    .schedule('appointmentReminders', { schedulerId: 'appointment-reminders', everyMs: 5 * 60_000, data: {} })
    .catch((err: unknown) => logger.error({ err }, 'could not schedule the appointment reminders; restart the worker'));
  if (deps.slaCheckSeconds > 0) {
    queues
      .schedule('sla', { schedulerId: 'handover-deadlines', everyMs: deps.slaCheckSeconds * 1000, data: {} })
      .catch((err: unknown) => logger.error({ err }, 'could not schedule the handover deadline check; restart the worker'));
  }
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err }, 'job failed'));
    worker.on('error', (err) => logger.error({ queue: worker.name, err }, 'worker error'));
  }

  const relay = () => relayOnce({ ...deps, emailEnabled: Boolean(deps.emailSender) }, { olderThanSeconds: deps.relayAfterSeconds });
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
    checkDeadlines,
    async stop() {
      clearInterval(timer);
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
