import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_CONCURRENCY } from '../../config/queue';
import { startFaultRig, type FaultRig } from '../support/fault-rig';
import { bodiesTo, checkReplies, sendAnswers, shortIntake } from '../support/processes';
import { eventually } from '../support/stack';

/**
 * `npm run api` and `npm run worker` as separate processes; the worker is killed with SIGKILL while
 * turns are running (no shutdown, as an OOM kill or a pulled plug) and started again. Every message
 * must then be answered, and no turn may run twice. On Redis when redis-server is installed (a
 * server of this test's own), else on BullMQ's PostgreSQL backend.
 */
describe('the worker killed in the middle of turns', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig({ withoutRedis: 'the worker-kill test runs on the PostgreSQL queue backend' });
  }, 90_000);
  afterAll(() => rig?.close());

  it('answers every message after the worker restarts, and runs no turn twice', async () => {
    const { fake, sql } = rig;
    const [api, worker] = await Promise.all([rig.spawn('api'), rig.spawn('worker')]);
    const webhookUrls = [`${api.url}/twilio/whatsapp`];
    const phones = Array.from({ length: 30 }, (_, i) => `+3161200${String(i).padStart(4, '0')}`);

    const traffic = Promise.all(phones.map((phone) => sendAnswers({ fake, webhookUrls, phone, answers: shortIntake.answers, pauseMs: 100 })));
    // Kill it once turns are under way: some answered, most not yet.
    await eventually(() => fake.messages.length >= 15, 30_000);
    await worker.kill();
    const answeredAtKill = fake.messages.length;
    const statuses = await traffic;
    expect(statuses.flat().every((s) => s === 200)).toBe(true);

    await rig.spawn('worker');
    await eventually(() => phones.every((phone) => bodiesTo(fake, phone).length >= shortIntake.replies.length), 90_000);
    // Anything sent twice would arrive now.
    await new Promise((r) => setTimeout(r, 1500));

    const checks = phones.map((phone) => checkReplies(bodiesTo(fake, phone)));
    expect(checks.map((c) => c.problem).filter(Boolean)).toEqual([]);
    // Twilio's Messages API has no idempotency key: a message Twilio accepted just before the kill,
    // whose 'sent' was not committed yet, goes again (worker/process-send.ts, at least once). Each
    // status commits right after its send, so only the one send in flight per drain may repeat: at
    // most one per drain running at the kill, WORKER_CONCURRENCY of them and one per young person.
    const duplicates = checks.reduce((n, c) => n + c.duplicates, 0);
    expect(duplicates).toBeLessThanOrEqual(Math.min(DEFAULT_WORKER_CONCURRENCY, phones.length));
    const inbound = await sql<{ status: string; n: number }[]>`select status, count(*)::int as n from inbound_messages group by status`;
    expect(inbound).toEqual([{ status: 'done', n: phones.length * shortIntake.answers.length }]);
    // One outbound row per reply: no turn ran twice.
    const [outbound] = await sql<{ n: number }[]>`select count(*)::int as n from outbound_messages where conversation_id is not null`;
    expect(outbound?.n).toBe(phones.length * shortIntake.replies.length);
    console.log(`[fault] worker killed after ${answeredAtKill} replies; all ${phones.length * shortIntake.replies.length} replies arrived after the restart, ${duplicates} handed to Twilio twice`);
  }, 150_000);
});
