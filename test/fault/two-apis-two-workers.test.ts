import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultRig, type FaultRig } from '../support/fault-rig';
import { bodiesTo, checkReplies, sendAnswers, shortIntake } from '../support/processes';
import { eventually } from '../support/stack';

/**
 * Two api and two worker processes on one database and one Redis (of this test's own; BullMQ on
 * PostgreSQL when redis-server is missing). Each young person's answers alternate between the two
 * apis, so consecutive turns of one conversation may land on different workers: every message
 * must be processed once, and the replies must come in the order of the answers.
 */
describe('two api and two worker processes', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig({ withoutRedis: 'two apis and two workers share BullMQ on PostgreSQL' });
  }, 90_000);
  afterAll(() => rig?.close());

  it('processes every message once, in order within each conversation', async () => {
    const { fake, sql } = rig;
    // Workers first: the apis' turns are picked up by both from the start.
    const workers = await Promise.all([rig.spawn('worker'), rig.spawn('worker')]);
    const apis = await Promise.all([rig.spawn('api'), rig.spawn('api')]);
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
    expect([...workers, ...apis].every((p) => p.child.exitCode === null)).toBe(true);
  }, 150_000);
});
