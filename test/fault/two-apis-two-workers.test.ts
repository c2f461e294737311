import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';
import {
  bodiesTo,
  checkReplies,
  newProductSettings,
  redisServerPath,
  sendAnswers,
  shortIntake,
  spawnProduct,
  startOwnPostgres,
  startOwnRedis,
  type OwnPostgres,
  type OwnRedis,
  type ProductProcess,
} from '../support/processes';
import { eventually, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from '../support/stack';

/**
 * Two api and two worker processes on one database and one Redis (of this test's own; BullMQ on
 * PostgreSQL when redis-server is missing). Each young person's answers alternate between the two
 * apis, so consecutive turns of one conversation may land on different workers: every message
 * must be processed once, and the replies must come in the order of the answers.
 */
describe('two api and two worker processes', () => {
  let pg: OwnPostgres;
  let sql: postgres.Sql;
  let fake: FakeTwilio;
  let redis: OwnRedis | undefined;
  const processes: ProductProcess[] = [];

  beforeAll(async () => {
    // A PostgreSQL of its own: several product processes open up to 20 connections each, more than a
    // shared server running other test files at the same time has room for.
    pg = await startOwnPostgres();
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    fake = await startFakeTwilio({ accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    if (redisServerPath()) redis = await startOwnRedis();
    else console.log('[fault] redis-server not installed: two apis and two workers share BullMQ on PostgreSQL');
  }, 90_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await redis?.stop();
    await fake?.close();
    await sql?.end();
    await pg?.destroy();
  });

  it('processes every message once, in order within each conversation', async () => {
    const settings = newProductSettings({ databaseUrl: pg.url, redisUrl: redis?.url, twilioUrl: fake.url, env: { RELAY_AFTER_SECONDS: '2' } });
    // Workers first: the apis' turns are picked up by both from the start.
    processes.push(...(await Promise.all([spawnProduct({ role: 'worker', settings }), spawnProduct({ role: 'worker', settings })])));
    const apis = await Promise.all([spawnProduct({ role: 'api', settings }), spawnProduct({ role: 'api', settings })]);
    processes.push(...apis);
    const webhookUrls = apis.map((a) => `${a.url}/twilio/whatsapp`);
    const phones = Array.from({ length: 24 }, (_, i) => `+3161500${String(i).padStart(4, '0')}`);

    // A burst: each young person's answers back to back, without waiting for replies.
    const statuses = await Promise.all(phones.map((phone, i) => sendAnswers({ fake, webhookUrls: i % 2 ? webhookUrls : [...webhookUrls].reverse(), phone, answers: shortIntake.answers })));
    expect(statuses.flat().filter((s) => s !== 200)).toEqual([]);
    await eventually(() => phones.every((phone) => bodiesTo(fake, phone).length >= shortIntake.replies.length), 60_000);
    await new Promise((r) => setTimeout(r, 1500));

    const checks = phones.map((phone) => checkReplies(bodiesTo(fake, phone)));
    expect(checks.map((c) => c.problem).filter(Boolean)).toEqual([]);
    expect(checks.reduce((n, c) => n + c.duplicates, 0)).toBe(0);
    const inbound = await sql<{ status: string; n: number }[]>`select status, count(*)::int as n from inbound_messages group by status`;
    expect(inbound).toEqual([{ status: 'done', n: phones.length * shortIntake.answers.length }]);
    expect(processes.every((p) => p.child.exitCode === null)).toBe(true);
  }, 150_000);
});
