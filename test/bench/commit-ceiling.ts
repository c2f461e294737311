import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);

export interface CommitCeiling {
  /** Committed single-row INSERT transactions per second. */
  tps: number;
  clients: number;
  seconds: number;
  tool: 'pgbench' | 'node';
}

/**
 * This machine's ceiling for durable commits: single-row INSERT transactions (autocommit, so one
 * WAL flush each) at `clients` concurrent connections for `seconds`, against `url`. With PostgreSQL's
 * own pgbench when it is installed, else the same loop in Node with postgres.js.
 */
export async function measureCommitCeiling(input: { url: string; clients: number; seconds: number }): Promise<CommitCeiling> {
  const sql = postgres(input.url, { max: 1, onnotice: () => {} });
  await sql`create table if not exists bench_commit (id bigserial primary key, v int not null, at timestamptz not null default now())`;
  await sql.end();
  const pgbench = ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench'].find((p) => existsSync(p));
  if (pgbench) {
    const dir = await mkdtemp(path.join(tmpdir(), 'jl-bench-'));
    const script = path.join(dir, 'insert.sql');
    await writeFile(script, 'INSERT INTO bench_commit (v) VALUES (1);\n');
    try {
      const threads = Math.min(2, input.clients);
      const { stdout } = await run(pgbench, ['-n', '-M', 'prepared', '-c', String(input.clients), '-j', String(threads), '-T', String(input.seconds), '-f', script, input.url]);
      const tps = Number(/tps = ([\d.]+) \((?:without|excluding) initial connection/.exec(stdout)?.[1] ?? /tps = ([\d.]+)/.exec(stdout)?.[1]);
      if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${stdout}`);
      return { tps: Math.round(tps), clients: input.clients, seconds: input.seconds, tool: 'pgbench' };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const pool = postgres(input.url, { max: input.clients, onnotice: () => {} });
  const until = Date.now() + input.seconds * 1000;
  let commits = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: input.clients }, async () => {
      while (Date.now() < until) {
        await pool`insert into bench_commit (v) values (1)`;
        commits += 1;
      }
    }),
  );
  await pool.end();
  return { tps: Math.round(commits / ((Date.now() - started) / 1000)), clients: input.clients, seconds: input.seconds, tool: 'node' };
}
