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
    // Not durable: a test server loses nothing worth keeping in a power cut.
    const server = await startOwnPostgres({ durable: false });
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
    await admin.end();
    await stopServer?.();
    throw error;
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('redisUrl', process.env.REDIS_URL ?? '');
  if (!process.env.REDIS_URL) console.log('[test] No REDIS_URL: the Redis-specific tests are skipped.');
  return async () => {
    try {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
    } finally {
      await admin.end();
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
