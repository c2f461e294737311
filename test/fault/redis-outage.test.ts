import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultRig, type FaultRig } from '../support/fault-rig';
import { bodiesTo, checkReplies, redisServerPath, sendAnswers, shortIntake } from '../support/processes';
import { eventually } from '../support/stack';

const hasRedis = Boolean(redisServerPath());
if (!hasRedis) console.log('[fault] redis-server not installed: the Redis outage test is skipped');

/**
 * Redis (a server of this test's own, keeping nothing on disk) stops for 10 s while young people
 * write. The webhook keeps acknowledging (the message is in PostgreSQL), and once Redis is back,
 * empty, the relay queues the turns and sends again: every message is answered, none twice.
 */
describe.skipIf(!hasRedis)('Redis stopped for 10 s under traffic', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig({});
  }, 90_000);
  afterAll(() => rig?.close());

  it('loses nothing and answers everything after Redis returns', async () => {
    const { fake, sql } = rig;
    const redis = rig.redis!;
    const product = await rig.spawn('both');
    const webhookUrls = [`${product.url}/twilio/whatsapp`];
    const phones = Array.from({ length: 20 }, (_, i) => `+3161300${String(i).padStart(4, '0')}`);

    // Answers spread over ~16 s, so traffic arrives before, during and after the outage.
    const traffic = Promise.all(
      phones.map(async (phone, i) => {
        await new Promise((r) => setTimeout(r, i * 150));
        return sendAnswers({ fake, webhookUrls, phone, answers: shortIntake.answers, pauseMs: 3000 });
      }),
    );
    await eventually(() => fake.messages.length >= 5, 20_000);
    await redis.stop();
    const downAt = Date.now();
    await new Promise((r) => setTimeout(r, 10_000));
    await redis.start();
    const outageMs = Date.now() - downAt;

    const statuses = await traffic;
    // Durable before ack: PostgreSQL took every message, so every webhook was acknowledged.
    expect(statuses.flat().filter((s) => s !== 200)).toEqual([]);
    await eventually(() => phones.every((phone) => bodiesTo(fake, phone).length >= shortIntake.replies.length), 60_000);
    await new Promise((r) => setTimeout(r, 1500));

    const checks = phones.map((phone) => checkReplies(bodiesTo(fake, phone)));
    expect(checks.map((c) => c.problem).filter(Boolean)).toEqual([]);
    expect(checks.reduce((n, c) => n + c.duplicates, 0)).toBe(0);
    const inbound = await sql<{ status: string; n: number }[]>`select status, count(*)::int as n from inbound_messages group by status`;
    expect(inbound).toEqual([{ status: 'done', n: phones.length * shortIntake.answers.length }]);
    // The process rode it out.
    expect(product.child.exitCode).toBeNull();
    console.log(`[fault] Redis down for ${outageMs} ms; all ${phones.length * shortIntake.replies.length} replies arrived once`);
  }, 120_000);
});
