import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../drizzle/connection';

/**
 * Integration tests need a PostgreSQL server: `TEST_DATABASE_URL` (or `DATABASE_URL`) names one,
 * otherwise one embedded PostgreSQL is started for the whole run. Each test file then creates its
 * own database on it, so runs never collide with leftovers. Redis-only tests run when `REDIS_URL`
 * is set and are skipped, saying so, when it is not.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let url = given;
  if (!url) {
    const dir = await mkdtemp(path.join(tmpdir(), 'jl-test-pg-'));
    // As root, PostgreSQL runs as a system user that must be able to enter the directory.
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: dir });
    url = server.url;
    stop = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
    console.log('[test] No TEST_DATABASE_URL/DATABASE_URL: using embedded PostgreSQL.');
  }
  project.provide('pgAdminUrl', url);
  project.provide('redisUrl', process.env.REDIS_URL ?? '');
  if (!process.env.REDIS_URL) console.log('[test] No REDIS_URL: the Redis-specific tests are skipped.');
  return async () => {
    await stop?.();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    redisUrl: string;
  }
}
