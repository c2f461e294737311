import postgres from 'postgres';
import { releaseSessionLocks, trySessionLocks } from '../drizzle/advisory-locks';
import { queuedUpToMany, recordSendOutcomes, type QueuedSend, type SendOutcome } from './send-store';

/**
 * A young person's drain on the lane: the rows that were queued when their send lock was taken.
 * Each outcome is committed before the next row goes; the lock is let go after the last one.
 */
export interface SendLease {
  rows: QueuedSend[];
  /**
   * Whether the lock is still held: false once the lane's session closed (PostgreSQL restarted, the
   * connection broke), which let go of its locks. The drain then stops before its next message.
   */
  held(): boolean;
  /**
   * Commits a row's outcome; resolves once it committed. Rejects once the lock is no longer held.
   * The last row's outcome goes in one write with the letting go of the lock, after it on the lane's
   * one connection (so the lock is let go only once the outcome committed): the lease is released then.
   */
  record(id: string, outcome: SendOutcome): Promise<void>;
  /** Lets go of the young person's send lock. Call once, after the last outcome committed. */
  release(): Promise<void>;
}

export interface SendLane {
  /**
   * Takes a young person's send lock without waiting and reads their queued WhatsApp rows up to
   * `upTo`. Undefined when another session holds the lock (another process drains them now): the
   * caller then waits for it on a connection of its own.
   */
  acquire(conversationId: string, upTo: number): Promise<SendLease | undefined>;
  close(): Promise<void>;
}

/**
 * The send lane of a worker process: the drains of many young people share one PostgreSQL session,
 * which holds each one's send lock (a session-level advisory lock, as `withSessionLock` takes on a
 * connection per drain). Drains that reach the same step at the same moment share its statement:
 * one for their locks and reads, one for their outcomes (one commit), one to let go of their locks.
 * Under load a reply then costs a fraction of three round trips and of a commit; alone, a drain
 * goes at once, as before.
 *
 * What stays as it was: one drain per young person at a time across processes (the lock), their
 * rows in id order, each outcome committed before their next row goes and before their lock is let
 * go, so another process never sends a row twice. When the session closes (PostgreSQL restarts, the
 * connection breaks), PostgreSQL lets go of its locks, as it does for a crashed worker: the drains
 * that held them stop before their next message and fail, to be retried (a message Twilio took in
 * that moment is remembered, worker/process-send.ts); the client connects again for the next
 * statement. In this process a young person has at most one drain on the lane: a session that takes
 * a lock it holds takes it twice, so a second drain waits here for the first.
 *
 * The session is planned per call: a prepared statement's generic plan is made once, while the tables
 * may still be nearly empty, and a join with an array was then planned as a scan of all of
 * `outbound_messages`, kept as the table grew (0.7 ms and more per statement in the benchmark,
 * against 0.1 ms planned each time). `wrapSession` is for tests (a statement that fails).
 */
export function createSendLane(url: string, options: { wrapSession?: (session: postgres.Sql) => postgres.Sql } = {}): SendLane {
  /** Counts the session's connections: a lock taken on an earlier one is gone. */
  let connection = 0;
  const opened = postgres(url, {
    max: 1,
    // Its locks live as long as its connection: never closed for its age (postgres.js would).
    max_lifetime: null,
    onnotice: () => {},
    onclose: () => {
      connection += 1;
    },
    connection: { plan_cache_mode: 'force_custom_plan', application_name: 'send-lane' },
  });
  const session = options.wrapSession ? options.wrapSession(opened) : opened;
  const draining = new Map<string, Promise<void>>();

  const lockAndRead = piggyback(async (targets: { conversationId: string; upTo: number }[]) => {
    const ids = targets.map((target) => target.conversationId);
    // Sent in one write: the read starts once the locks are held, so it sees what their previous
    // holders committed.
    const [locked, rows] = await Promise.all([trySessionLocks(session, 'send', ids), queuedUpToMany(session, targets)]);
    const held = new Set(locked);
    return ids.map((id) => (held.has(id) ? (rows.get(id) ?? []) : undefined));
  });
  const record = piggyback(async (sends: { id: string; outcome: SendOutcome }[]) => {
    await recordSendOutcomes(session, sends);
    return sends.map(() => undefined);
  });
  const release = piggyback(async (ids: string[]) => {
    await releaseSessionLocks(session, 'send', ids);
    return ids.map(() => undefined);
  });
  // Drains' last outcomes and their unlock: two statements in one write, in this order, on the one
  // connection, so each update commits before the unlock runs. When the update fails the locks are
  // let go all the same, as a failed drain lets go of its lock.
  const recordLast = piggyback(async (lasts: { conversationId: string; id: string; outcome: SendOutcome }[]) => {
    const recorded = recordSendOutcomes(session, lasts);
    const released = releaseSessionLocks(
      session,
      'send',
      lasts.map((last) => last.conversationId),
    );
    await Promise.all([recorded, released]);
    return lasts.map(() => undefined);
  });

  return {
    async acquire(conversationId, upTo) {
      // One drain per young person on this session at a time.
      for (let before = draining.get(conversationId); before; before = draining.get(conversationId)) await before;
      let done!: () => void;
      draining.set(conversationId, new Promise<void>((resolve) => (done = resolve)));
      const finish = () => {
        draining.delete(conversationId);
        done();
      };
      const lockedOn = connection;
      let rows: QueuedSend[] | undefined;
      try {
        rows = await lockAndRead({ conversationId, upTo });
        if (rows && connection !== lockedOn) throw laneLost();
      } catch (error) {
        finish();
        throw error;
      }
      if (!rows) {
        finish();
        return undefined;
      }
      const held = () => connection === lockedOn;
      const last = rows.at(-1)?.id;
      let released = false;
      return {
        rows,
        held,
        async record(id, outcome) {
          if (released || !held()) throw laneLost();
          if (id !== last) return record({ id, outcome });
          released = true;
          try {
            await recordLast({ conversationId, id, outcome });
          } finally {
            finish();
          }
        },
        async release() {
          if (released) return;
          released = true;
          try {
            // A lock that went with its connection needs no letting go.
            if (held()) await release(conversationId);
          } finally {
            finish();
          }
        },
      };
    },
    close: () => session.end({ timeout: 5 }),
  };
}

const laneLost = () => new Error("the send lane's connection closed, and its send locks with it");

/**
 * Piggyback batching of one kind of statement: what callers ask in the same moment goes in one
 * statement; while it runs, new asks wait and go together in the next. One at a time, so nothing
 * waits for a batch to fill. A failed statement fails each of its asks.
 */
function piggyback<I, R>(run: (items: I[]) => Promise<R[]>): (item: I) => Promise<R> {
  let waiting: { item: I; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let running = false;
  const flush = () => {
    if (running || waiting.length === 0) return;
    running = true;
    const batch = waiting;
    waiting = [];
    run(batch.map((ask) => ask.item))
      .then(
        (results) => batch.forEach((ask, index) => ask.resolve(results[index] as R)),
        (error: unknown) => batch.forEach((ask) => ask.reject(error)),
      )
      .finally(() => {
        running = false;
        flush();
      });
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      // Those asking in this same moment join it.
      if (waiting.length === 1) setImmediate(flush);
    });
}
