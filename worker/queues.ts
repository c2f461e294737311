import { createPostgresBackend, DEFAULT_SCHEMA, quoteSchemaName, Queue, runMigrations, Worker, type Job, type JobsOptions } from 'bullmq';
import pg from 'pg';
import { Redis } from 'ioredis';

const { Pool } = pg;
type Pool = InstanceType<typeof Pool>;

/** The queues of the pipeline and the ids their jobs carry (never personal data: DESIGN.md rule 5). */
export interface JobData {
  /** Drain the pending inbound messages of a conversation, in order. */
  turn: { conversationId: string };
  /** Send the queued outbound messages of one recipient up to and including this one, in order. */
  send: { outboundId: number };
  /** Process a domain event from the outbox. */
  outcome: { eventId: number };
  /** Send one queued e-mail to a coach. */
  email: { emailId: number };
  /** Check open handovers against their deadline (a repeatable job: see {@link Queues.schedule}). */
  sla: Record<string, never>;
  /** Remind young people of appointments 24 h and 2 h before (a repeatable sweep). */
  appointmentReminders: Record<string, never>;
  /** Issue 6: remind silent young people, mark buiten beeld (a repeatable sweep). */
  reapproach: Record<string, never>;
  /** Issue 6: nazorg check-ins after 1, 3, 6 and 12 months (a repeatable sweep). */
  nazorg: Record<string, never>;
}
export type QueueName = keyof JobData;
export const queueNames: QueueName[] = ['turn', 'send', 'outcome', 'email', 'sla', 'appointmentReminders', 'reapproach', 'nazorg'];

export interface Queues {
  readonly backend: 'redis' | 'postgres';
  /** Adds a job; a job id already waiting or running is not added twice. */
  add<N extends QueueName>(name: N, data: JobData[N], jobId: string): Promise<void>;
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
      : (new Queue(name, { connection: pool!, defaultJobOptions: jobOptions }, createPostgresBackend) as unknown as Queue);

  const queues = new Map<QueueName, Queue>(queueNames.map((n) => [n, makeQueue(n)]));
  const queue = (name: QueueName): Queue => {
    const q = queues.get(name);
    if (!q) throw new Error(`Unknown queue ${name}`);
    return q;
  };

  return {
    backend: redis ? 'redis' : 'postgres',
    async add(name, data, jobId) {
      await queue(name).add(name, data, { jobId });
    },
    async schedule(name, { schedulerId, everyMs, data }) {
      // A tick that fails is not retried: the next tick does the same work.
      await queue(name).upsertJobScheduler(schedulerId, { every: everyMs }, { name, data, opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
    },
    async jobState(name, jobId) {
      const job = await queue(name).getJob(jobId);
      if (!job) return undefined;
      return job.getState();
    },
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
