import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database, DbOrTx } from './connection';
import { textArray } from './text-array';

/** First key of the two-key advisory locks, one per kind of work, so they never collide. */
/** `content`: creating one interactive Content resource (messages/interactive-content.ts) at a time. */
const lockKinds = { turn: 7101, send: 7102, content: 7103 } as const;

/**
 * Takes a transaction-scoped advisory lock on (kind, id): held until the transaction ends, across
 * any number of processes. This is what serialises turns per conversation (DESIGN.md rule 3) and
 * keeps sends to one recipient in order.
 */
export async function lockFor(tx: DbOrTx, kind: keyof typeof lockKinds, id: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockKinds[kind]}::int, hashtext(${id}))`);
}

/**
 * Tries the transaction-scoped locks on (kind, id) for each id in one statement, without waiting:
 * returns the ids whose lock this transaction now holds, in the order given. A lock another
 * transaction holds is skipped, so a group of turns never waits on, or deadlocks with, another.
 */
export async function tryLocksFor(tx: DbOrTx, kind: keyof typeof lockKinds, ids: readonly string[]): Promise<string[]> {
  const rows = (await tx.execute(
    sql`select id from unnest(${textArray(ids)}::text[]) with ordinality as t(id, n)
      where pg_try_advisory_xact_lock(${lockKinds[kind]}::int, hashtext(id)) order by n`,
  )) as unknown as { id: string }[];
  return rows.map((row) => row.id);
}

/**
 * Runs `work` holding a session-level advisory lock on (kind, id) on a connection of its own, which
 * `work` gets to run its statements on: each commits on its own (no transaction), so the work
 * commits step by step while the lock is held. `first` is sent together with the lock (one round
 * trip); it runs once the lock is held, so it sees what the previous holder committed. A crashed
 * process's connection closes and PostgreSQL releases the lock.
 */
export async function withSessionLock<F, T>(
  database: Database,
  kind: keyof typeof lockKinds,
  id: string,
  first: (connection: postgres.ReservedSql) => Promise<F>,
  work: (connection: postgres.ReservedSql, firstResult: F) => Promise<T>,
): Promise<T> {
  const reserved = await database.sql.reserve();
  let locked = false;
  try {
    const lock = reserved`select pg_advisory_lock(${lockKinds[kind]}::int, hashtext(${id}))`.then(() => {
      locked = true;
    });
    const [, firstResult] = await Promise.all([lock, first(reserved)]);
    return await work(reserved, firstResult);
  } finally {
    try {
      if (locked) await releaseSessionLocks(reserved, kind, [id]);
    } finally {
      reserved.release();
    }
  }
}

/**
 * Tries the session-level locks on (kind, id) for each id in one statement, without waiting: returns
 * the ids whose lock this session now holds. A session holds its locks until it lets go of them
 * ({@link releaseSessionLocks}) or closes; a session that takes a lock it already holds takes it
 * twice, so the caller keeps one holder per id.
 */
export async function trySessionLocks(connection: postgres.Sql, kind: keyof typeof lockKinds, ids: readonly string[]): Promise<string[]> {
  const rows = await connection<{ id: string }[]>`select id from unnest(${textArray(ids)}::text[]) as t(id)
    where pg_try_advisory_lock(${lockKinds[kind]}::int, hashtext(id))`;
  return rows.map((row) => row.id);
}

/** Lets go of session-level locks on (kind, id) that this session holds, in one statement. */
export async function releaseSessionLocks(connection: postgres.Sql, kind: keyof typeof lockKinds, ids: readonly string[]): Promise<void> {
  await connection`select pg_advisory_unlock(${lockKinds[kind]}::int, hashtext(id)) from unnest(${textArray(ids)}::text[]) as t(id)`;
}
