import { createPostgresBackend, DEFAULT_SCHEMA, quoteSchemaName, Queue, runMigrations, Worker, type Job, type JobsOptions } from 'bullmq';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

const { Pool } = pg;
type Pool = InstanceType<typeof Pool>;

/**
 * The one enqueue module: the queues of the pipeline, the data their jobs carry (ids, never personal
 * data: DESIGN.md rule 5), the job ids (each format written once, in {@link jobIds}) and the one
 * factory for both backends. Product code adds jobs only through {@link Enqueue}.
 */
export interface JobData {
  /** Drain the pending inbound messages of a conversation, in order. */
  turn: { conversationId: string };
  /** Send the queued outbound messages of one recipient up to and including this one, in order. */
  send: { outboundId: number };
  /**
   * Process a domain event from the outbox (cases/domain-events.ts). This queue was called `outcome`
   * before: jobs still waiting there are not lost, because the events are rows, and the relay
   * re-queues every unprocessed one here.
   */
  events: { eventId: number };
  /** Send one queued e-mail to a coach. */
  email: { emailId: number };
  /** Send a coach's bundled notice (cases/coach-notices/), delayed until its `send_at`. */
  coachNotice: { noticeId: number };
  /** Check open handovers against their deadline (a repeatable job: see {@link Queues.schedule}). */
  sla: Record<string, never>;
  /** Remind young people of appointments 24 h and 2 h before (a repeatable sweep). */
  appointmentReminders: Record<string, never>;
  /** Remind silent young people, mark buiten beeld (a repeatable sweep). */
  reapproach: Record<string, never>;
  /** Nazorg check-ins after 1, 3, 6 and 12 months (a repeatable sweep). */
  nazorg: Record<string, never>;
  /** Remind coaches of young people nearing 27 (a repeatable sweep). */
  nearing27: Record<string, never>;
  /** Delete or anonymise personal data past its retention period (a repeatable sweep). */
  retention: Record<string, never>;
}
export type QueueName = keyof JobData;
export const queueNames: QueueName[] = ['turn', 'send', 'events', 'email', 'coachNotice', 'sla', 'appointmentReminders', 'reapproach', 'nazorg', 'nearing27', 'retention'];

/**
 * The job id of each row-backed job: the row's id, so a job added twice (after commit, and by the
 * relay while the first still waits) is one job. The turn job is named after the first inbound
 * message it drains.
 */
export const jobIds = {
  turn: (inboundId: number) => `turn-${inboundId}`,
  send: (outboundId: number) => `send-${outboundId}`,
  event: (eventId: number) => `event-${eventId}`,
  email: (emailId: number) => `email-${emailId}`,
  coachNotice: (noticeId: number) => `coach-notice-${noticeId}`,
} as const;

/** A coach's pending notice and when it is to go (the job waits until then). */
export interface DueCoachNotice {
  id: number;
  sendAt: Date;
}

/** Typed enqueueing of the row-backed jobs; every path that adds one goes through here. */
export interface Enqueue {
  /** Drain a conversation's pending messages, starting with `inboundId`. */
  turn(input: { conversationId: string; inboundId: number }): Promise<void>;
  /** The turns of messages stored together (the webhook's batches), in one call to the backend. */
  turns(inputs: { conversationId: string; inboundId: number }[]): Promise<void>;
  /** Send queued WhatsApp messages (each job sends its recipient's queue up to its own). */
  sends(outboundIds: number[]): Promise<void>;
  /** Process domain events. */
  events(eventIds: number[]): Promise<void>;
  /** Send queued e-mails to coaches. */
  emails(emailIds: number[]): Promise<void>;
  /** Send coaches' bundled notices, each delayed until its `sendAt`. */
  coachNotices(notices: DueCoachNotice[]): Promise<void>;
  /**
   * After a commit: queues what it wrote. A failure is logged, not thrown: the rows are the outbox
   * and the relay re-queues them (DESIGN.md rule 2).
   */
  afterCommit(logger: Pick<Logger, 'warn'>, ids: { sends?: number[]; events?: number[]; emails?: number[]; coachNotices?: DueCoachNotice[] }): Promise<void>;
  /**
   * The relay's view: queues the row's job again under a fresh id unless its job is still waiting or
   * running; true when it did.
   */
  again: {
    turn(input: { conversationId: string; inboundId: number }): Promise<boolean>;
    send(outboundId: number): Promise<boolean>;
    event(eventId: number): Promise<boolean>;
    email(emailId: number): Promise<boolean>;
    coachNotice(noticeId: number): Promise<boolean>;
  };
}

export interface Queues {
  readonly backend: 'redis' | 'postgres';
  /** The one way product code adds a row-backed job. */
  readonly enqueue: Enqueue;
  /** Adds a job; a job id already waiting or running is not added twice. Low level: use {@link Queues.enqueue}. */
  add<N extends QueueName>(name: N, data: JobData[N], jobId: string, options?: { delayMs?: number }): Promise<void>;
  /**
   * Adds jobs together; job ids as in {@link Queues.add}. On Redis in one call (one round trip); on
   * PostgreSQL one statement each, sent together (BullMQ's bulk insert there builds two temporary
   * tables per call: 5.5 ms a call in the benchmark, 1.2 ms a job, against 0.39 ms for one add).
   */
  addBulk<N extends QueueName>(name: N, jobs: { data: JobData[N]; jobId: string }[]): Promise<void>;
  /**
   * Creates or updates a repeatable job: one job every `everyMs`, across all processes (BullMQ job
   * scheduler, stored in the backend, so it survives restarts and two workers do not double it).
   */
  schedule<N extends QueueName>(name: N, input: { schedulerId: string; everyMs: number; data: JobData[N] }): Promise<void>;
  /** The state of a job ('waiting', 'active', 'failed', …) or undefined when there is none. */
  jobState(name: QueueName, jobId: string): Promise<string | undefined>;
  /** Starts a worker for one queue. */
  work<N extends QueueName>(
    name: N,
    processor: (data: JobData[N], job: Job<JobData[N]>) => Promise<void>,
    options: { concurrency: number },
  ): Worker;
  /** Whether the backend answers. */
  ready(): Promise<boolean>;
  /** Closes the workers (letting jobs in flight finish) and then the queues. */
  close(): Promise<void>;
}

const jobOptions: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
};

/**
 * On PostgreSQL a completed job is removed at once. Keeping the last 1,000 made BullMQ's backend
 * delete "all but the newest 1,000" at every completion, a scan of them all (8 ms of PostgreSQL per
 * job in the benchmark); keeping them five minutes left 10,000 rows that its other statements then
 * read at every completion (9 ms again after 40 s at 100–400 answers/s). Nothing needs a completed job:
 * every processor is idempotent, and `again` only asks whether a job still waits or runs. Redis trims
 * its list cheaply and keeps them for a look.
 */
const postgresJobOptions: JobsOptions = { ...jobOptions, removeOnComplete: true };

/**
 * One factory for both backends: BullMQ on Redis when `redisUrl` is set, otherwise BullMQ's
 * PostgreSQL backend on the product's own database. For PostgreSQL every queue and worker shares one
 * pool (each would otherwise open its own, some 80 connections per process, and PostgreSQL's default
 * limit is 100); BullMQ's migrations run first (without them it loops until out of memory).
 */
export async function createQueues(options: { redisUrl?: string | undefined; databaseUrl: string; prefix?: string }): Promise<Queues> {
  const prefix = options.prefix ?? 'jl';
  const workers: Worker[] = [];
  const redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }) : undefined;
  const pool = redis ? undefined : await bullmqPool({ databaseUrl: options.databaseUrl });

  const makeQueue = (name: QueueName): Queue =>
    redis
      ? new Queue(name, { connection: redis, prefix, defaultJobOptions: jobOptions })
      : (new Queue(name, { connection: pool!, defaultJobOptions: postgresJobOptions }, createPostgresBackend) as unknown as Queue);

  const queues = new Map<QueueName, Queue>(queueNames.map((n) => [n, makeQueue(n)]));
  const queue = (name: QueueName): Queue => {
    const q = queues.get(name);
    if (!q) throw new Error(`Unknown queue ${name}`);
    return q;
  };

  const add = async <N extends QueueName>(name: N, data: JobData[N], jobId: string, options?: { delayMs?: number }) => {
    const delay = Math.max(0, Math.round(options?.delayMs ?? 0));
    await queue(name).add(name, data, delay > 0 ? { jobId, delay } : { jobId });
  };
  const addBulk = async <N extends QueueName>(name: N, jobs: { data: JobData[N]; jobId: string }[]) => {
    if (jobs.length === 0) return;
    if (!redis) {
      // Each conversation's job drains its messages in order, so the jobs need no order among them.
      await Promise.all(jobs.map((job) => add(name, job.data, job.jobId)));
      return;
    }
    await queue(name).addBulk(jobs.map((job) => ({ name, data: job.data, opts: { jobId: job.jobId } })));
  };
  const jobState = async (name: QueueName, jobId: string) => {
    const job = await queue(name).getJob(jobId);
    if (!job) return undefined;
    return job.getState();
  };

  return {
    backend: redis ? 'redis' : 'postgres',
    enqueue: createEnqueue({ add, addBulk, jobState }),
    add,
    addBulk,
    async schedule(name, { schedulerId, everyMs, data }) {
      // A tick that fails is not retried: the next tick does the same work.
      await queue(name).upsertJobScheduler(schedulerId, { every: everyMs }, { name, data, opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
    },
    jobState,
    work(name, processor, { concurrency }) {
      const run = (job: Job) => processor(job.data, job);
      const worker = redis
        ? new Worker(name, run, { connection: redis.duplicate(), prefix, concurrency })
        : (new Worker(name, run, { connection: pool!, concurrency }, createPostgresBackend) as unknown as Worker);
      workers.push(worker);
      return worker;
    },
    async ready() {
      try {
        await Promise.race([
          queue('turn').getJobCounts('waiting'),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
        ]);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
      redis?.disconnect();
      await pool?.end();
    },
  };
}

const live = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

function createEnqueue(queues: Pick<Queues, 'add' | 'addBulk' | 'jobState'>): Enqueue {
  const turn = (input: { conversationId: string; inboundId: number }) =>
    queues.add('turn', { conversationId: input.conversationId }, jobIds.turn(input.inboundId));
  const send = (outboundId: number) => queues.add('send', { outboundId }, jobIds.send(outboundId));
  const event = (eventId: number) => queues.add('events', { eventId }, jobIds.event(eventId));
  const email = (emailId: number) => queues.add('email', { emailId }, jobIds.email(emailId));
  // The row's id is the job's: a notice queued after commit and again by the relay is one job.
  const coachNotice = (notice: DueCoachNotice) =>
    queues.add('coachNotice', { noticeId: notice.id }, jobIds.coachNotice(notice.id), { delayMs: notice.sendAt.getTime() - Date.now() });
  const each = (one: (id: number) => Promise<void>) => async (ids: number[]) => {
    for (const id of ids) await one(id);
  };
  // A job that is still waiting or running is left alone; otherwise a new job is added under a fresh
  // id. Safe because every processor is idempotent: a second job finds the rows done.
  const again = async <N extends QueueName>(name: N, jobId: string, data: JobData[N]) => {
    const state = await queues.jobState(name, jobId);
    if (state && live.has(state)) return false;
    await queues.add(name, data, `${jobId}-r${Date.now()}`);
    return true;
  };
  const enqueue: Enqueue = {
    turn,
    async turns(inputs) {
      if (inputs.length === 1 && inputs[0]) return turn(inputs[0]);
      await queues.addBulk(
        'turn',
        inputs.map((input) => ({ data: { conversationId: input.conversationId }, jobId: jobIds.turn(input.inboundId) })),
      );
    },
    sends: each(send),
    events: each(event),
    emails: each(email),
    async coachNotices(notices) {
      for (const notice of notices) await coachNotice(notice);
    },
    async afterCommit(logger, ids) {
      try {
        // Events first: a handover's coach notice need not wait for anything else.
        await enqueue.events(ids.events ?? []);
        await enqueue.sends(ids.sends ?? []);
        await enqueue.emails(ids.emails ?? []);
        await enqueue.coachNotices(ids.coachNotices ?? []);
      } catch (error) {
        logger.warn({ err: error }, 'could not queue jobs after commit; the relay will');
      }
    },
    again: {
      turn: (input) => again('turn', jobIds.turn(input.inboundId), { conversationId: input.conversationId }),
      send: (outboundId) => again('send', jobIds.send(outboundId), { outboundId }),
      event: (eventId) => again('events', jobIds.event(eventId), { eventId }),
      email: (emailId) => again('email', jobIds.email(emailId), { emailId }),
      coachNotice: (noticeId) => again('coachNotice', jobIds.coachNotice(noticeId), { noticeId }),
    },
  };
  return enqueue;
}

/**
 * The pool BullMQ's PostgreSQL backend shares: its migrations applied once (they take an advisory
 * lock, so several processes starting together migrate once) in BullMQ's default schema, which a
 * shared pool must use (BullMQ checks that schema on connect), on the search path. Each worker holds
 * one connection for LISTEN; the rest serve short queries. Environments are kept apart by database.
 */
async function bullmqPool(options: { databaseUrl: string }): Promise<Pool> {
  const pool = new Pool({
    connectionString: options.databaseUrl,
    max: queueNames.length + 10,
    options: `-c search_path=${quoteSchemaName(DEFAULT_SCHEMA)}`,
  });
  // Every queue and worker listens for the pool's errors.
  pool.setMaxListeners(queueNames.length * 4);
  const client = await pool.connect();
  try {
    await runMigrations(client);
  } finally {
    client.release();
  }
  return pool;
}
