import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectDatabase, migrateDatabase } from '../../drizzle/connection';
import { startOwnPostgres } from './own-postgres';

/**
 * Integration tests need a PostgreSQL server: `TEST_DATABASE_URL` (or `DATABASE_URL`) names one,
 * otherwise one embedded PostgreSQL is started for the whole run. The migrations run once, into a
 * template database named for this run (so runs side by side on one server never collide); each
 * test file then gets a copy of it as its own database (`createTestDatabase`), which is much
 * faster than migrating every file's database. Redis-only tests run when `REDIS_URL` is set and
 * are skipped, saying so, when it is not.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let adminUrl = given;
  if (!adminUrl) {
    const server = await startOwnPostgres({ throwaway: true });
    adminUrl = server.url;
    stopServer = () => server.destroy();
    console.log('[test] No TEST_DATABASE_URL/DATABASE_URL: using embedded PostgreSQL.');
  }
  const template = `jl_tpl_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    // Every connection to the template must be closed before it can be copied.
    const database = await connectDatabase({ url: url.toString(), max: 1 });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    await admin.unsafe(`drop database if exists ${template} with (force)`).catch(() => {});
    await stopServer?.();
    throw error;
  } finally {
    // Not held during the run: the shared server's connections are for the tests.
    await admin.end();
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('redisUrl', process.env.REDIS_URL ?? '');
  if (!process.env.REDIS_URL) console.log('[test] No REDIS_URL: the Redis-specific tests are skipped.');
  return async () => {
    const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await again.unsafe(`drop database if exists ${template} with (force)`);
    } finally {
      await again.end();
      await stopServer?.();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** The migrated database each test file's database is created from. */
    pgTemplate: string;
    redisUrl: string;
  }
}
