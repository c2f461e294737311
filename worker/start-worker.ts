import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { processAppointmentReminders } from './process-appointment-reminders';
import { processEvent } from './process-event';
import { processSend } from './process-send';
import { createSendLane } from '../messages/send-lane';
import type { WhatsAppSender } from '../messages/whatsapp-sender';
import type { FrontDoorSettings } from '../flows/front-door-settings';
import { processTurns, type TurnDeps } from './process-turn';
import type { Queues } from './queues';
import type { HandoverSlaConfig } from '../config';
import type { EmailSender } from './email-sender';
import { processEmail } from './process-email';
import { checkHandoverDeadlines, type SlaRun } from '../cases/handover/handover-deadlines';
import { relayOnce, type RelayCounts } from './relay';
// Re-approach and nazorg sweeps.
import { defaultFollowUpConfig, defaultRetentionConfig, type FollowUpConfig, type RetentionConfig } from '../config';
import { processNazorg } from './process-nazorg';
import { processReapproach, type ReapproachRun } from './process-reapproach';
import { processNearing27 } from './process-nearing-27';
import type { Nearing27Run } from '../cases/in-beeld/nearing-27';
import { processRetention, type RetentionRun } from './process-retention';
import type { CoachNoticeConfig } from '../config';
import { processCoachNotice } from './process-coach-notice';

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
  /** Re-approach and nazorg (config.followUp); defaults when unset. `checkSeconds` 0 starts no scheduler. */
  followUp?: FollowUpConfig;
  /** Retention periods and erasure (config.retention); defaults when unset. `checkSeconds` 0 starts no scheduler. */
  retention?: RetentionConfig;
  /** The clock of the re-approach and nazorg sweeps (tests move it). */
  now?: () => Date;
  /** How a coach's notices about their young people are bundled (config.coachNotices); defaults when unset. */
  coachNotices?: CoachNoticeConfig;
}

export interface RunningWorker {
  /** Runs the relay once now (tests, and after a restart). */
  relay(): Promise<RelayCounts>;
  /** Checks handover deadlines once at `now` (default: the clock), as the `sla` job does. */
  checkDeadlines(now?: Date): Promise<SlaRun>;
  /** One re-approach sweep at `now` (default: the clock), as the `reapproach` job does. */
  reapproach(now?: Date): Promise<ReapproachRun>;
  /** One nazorg sweep at `now`, as the `nazorg` job does; returns the check-ins written. */
  nazorg(now?: Date): Promise<number>;
  /** One sweep for young people nearing 27 at `now`, as the `nearing27` job does. */
  nearing27(now?: Date): Promise<Nearing27Run>;
  /** One retention sweep at `now`, as the `retention` job does. */
  retention(now?: Date): Promise<RetentionRun>;
  /** Sends a coach's bundled notice when it is due at `now` (default: the clock), as its job does; false when it was not. */
  coachNotice(noticeId: number, now?: Date): Promise<boolean>;
  /** Stops taking jobs, lets the ones in flight finish. */
  stop(): Promise<void>;
}

/** Starts the processors of the queues, the relay and the deadline check's job scheduler. */
export function startWorker(deps: WorkerDeps): RunningWorker {
  const { queues, logger } = deps;
  const { enqueue } = queues;
  const enqueueSends = enqueue.sends;
  const checkDeadlines = (now?: Date) =>
    checkHandoverDeadlines(
      { ...deps, db: deps.database.db, afterCommit: (result) => enqueue.afterCommit(logger, { sends: result.outboundIds, emails: result.emailIds }) },
      { now: now ?? new Date() },
    );
  const remindAppointments = (now?: Date) => processAppointmentReminders({ ...deps, ...(now ? { now: () => now } : {}), enqueueSends });
  const followUp = deps.followUp ?? defaultFollowUpConfig;
  const clock = (now?: Date) => (now ? () => now : deps.now);
  const reapproach = (now?: Date) =>
    processReapproach({
      ...deps,
      now: clock(now),
      enqueueSends,
      settings: { afterMs: followUp.reapproachAfterDays * 86_400_000, matchAfterMs: followUp.reapproachMatchAfterDays * 86_400_000 },
    });
  const nazorg = (now?: Date) => processNazorg({ ...deps, now: clock(now), enqueueSends, months: followUp.nazorgMonths });
  const nearing27 = (now?: Date) => processNearing27({ ...deps, now: clock(now), enqueueEmails: (ids) => enqueue.afterCommit(logger, { emails: ids }) });
  const retentionSettings = deps.retention ?? defaultRetentionConfig;
  const retention = (now?: Date) => processRetention({ ...deps, now: clock(now), settings: retentionSettings });
  const coachNotice = (noticeId: number, now?: Date) => processCoachNotice(deps, { noticeId, ...(now ? { now } : {}) });
  // The drains to young people share one session and their statements (messages/send-lane.ts).
  const sendLane = createSendLane(deps.database.url);
  const sendDeps = { ...deps, sendLane };
  // One object for every turn: the bot is built once per deps (worker/process-turn.ts). The rating
  // after the intake is asked in production turns.
  const turnDeps: TurnDeps = {
    ...deps,
    frontDoor: { feedbackAfterIntake: true, urgentRules: deps.handover, ...deps.frontDoor },
    sendNow: (message) => processSend(sendDeps, message),
  };
  const workers = [
    queues.work('retention', async () => void (await retention()), { concurrency: 1 }),
    // One tick at a time, like the other sweeps.
    queues.work('reapproach', async () => void (await reapproach()), { concurrency: 1 }),
    queues.work('nazorg', async () => void (await nazorg()), { concurrency: 1 }),
    queues.work('nearing27', async () => void (await nearing27()), { concurrency: 1 }),
    queues.work(
      'turn',
      async (data, job) => {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        await processTurns(turnDeps, { conversationId: data.conversationId, lastAttempt });
      },
      { concurrency: deps.concurrency },
    ),
    queues.work('send', (data) => processSend(sendDeps, data), { concurrency: deps.concurrency }),
    queues.work('events', (data) => processEvent(deps, data), { concurrency: deps.concurrency }),
    queues.work('coachNotice', async (data) => void (await coachNotice(data.noticeId)), { concurrency: deps.concurrency }),
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
  if (followUp.checkSeconds > 0) {
    // Job schedulers live in the queue backend: they survive restarts and are not doubled by a second worker.
    for (const name of ['reapproach', 'nazorg', 'nearing27'] as const) {
      queues
        .schedule(name, { schedulerId: `follow-up-${name}`, everyMs: followUp.checkSeconds * 1000, data: {} })
        .catch((err: unknown) => logger.error({ err }, `could not schedule the ${name} sweep; restart the worker`));
    }
  }
  if (retentionSettings.checkSeconds > 0) {
    queues
      .schedule('retention', { schedulerId: 'retention', everyMs: retentionSettings.checkSeconds * 1000, data: {} })
      .catch((err: unknown) => logger.error({ err }, 'could not schedule the retention sweep; restart the worker'));
  }
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err }, 'job failed'));
    // A backend that is down makes a worker report errors in a tight loop: log once per 5 s per queue.
    let lastErrorLog = 0;
    let suppressed = 0;
    worker.on('error', (err) => {
      const now = Date.now();
      if (now - lastErrorLog < 5000) {
        suppressed += 1;
        return;
      }
      logger.error({ queue: worker.name, err, suppressed }, 'worker error');
      lastErrorLog = now;
      suppressed = 0;
    });
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
    reapproach,
    nazorg,
    nearing27,
    retention,
    coachNotice,
    async stop() {
      clearInterval(timer);
      await Promise.all(workers.map((w) => w.close()));
      await sendLane.close();
    },
  };
}
