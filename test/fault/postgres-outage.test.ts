import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startFaultRig, type FaultRig } from '../support/fault-rig';
import { bodiesTo, checkReplies, sendAnswers, shortIntake } from '../support/processes';
import { eventually, PUBLIC_BASE_URL } from '../support/stack';

/**
 * PostgreSQL (an embedded server of this test's own) goes away: the webhook must answer 503 so
 * Twilio retries, and store nothing; when it is back, Twilio's retry of that same message is taken
 * and answered, and traffic flows again without restarting the product.
 */
describe('PostgreSQL unreachable', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig({ withoutRedis: 'the PostgreSQL outage test queues on PostgreSQL itself' });
  }, 90_000);
  afterAll(() => rig?.close());

  it('answers 503 and acknowledges nothing while it is down; traffic resumes after', async () => {
    const { fake, pg, sql } = rig;
    const product = await rig.spawn('both');
    // What the product said is what an operator would read first.
    onTestFailed(() => console.error(`--- product (exit ${product.child.exitCode}):\n${product.output().slice(-6000)}`));
    const webhookUrl = `${product.url}/twilio/whatsapp`;
    const before = '+31614000001';
    expect(await sendAnswers({ fake, webhookUrls: [webhookUrl], phone: before, answers: ['Hoi'] })).toEqual([200]);
    await eventually(() => bodiesTo(fake, before).length >= 2, 20_000);

    await pg.stop();
    const stoppedAt = Date.now();
    const during = '+31614000002';
    const retriedSid = `SM${randomBytes(16).toString('hex')}`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Twilio's retries come spread out; the database stays away for a few seconds.
      if (i > 0) await new Promise((r) => setTimeout(r, 700));
      const result = await fake.sendInbound({ webhookUrl, from: during, body: 'Hoi', messageSid: retriedSid, publicBaseUrl: PUBLIC_BASE_URL });
      statuses.push(result.status);
    }
    expect(statuses).toEqual([503, 503, 503, 503, 503]);
    expect((await fetch(`${product.url}/readyz`)).status).toBe(503);

    await pg.start();
    const downMs = Date.now() - stoppedAt;
    // Nothing of the refused message was stored (the rig's connection opens only now).
    const [stored] = await sql<{ n: number }[]>`select count(*)::int as n from inbound_messages where external_id = ${retriedSid}`;
    expect(stored?.n).toBe(0);

    // Twilio retries the same message: taken once, answered once. Then the intake goes on.
    const retry = await eventually(async () => {
      const result = await fake.sendInbound({ webhookUrl, from: during, body: 'Hoi', messageSid: retriedSid, publicBaseUrl: PUBLIC_BASE_URL });
      return result.status === 200 && result;
    }, 20_000);
    expect(retry.status).toBe(200);
    // A pooled connection that died with the server fails on its first use after: that one message is
    // refused with 503 and Twilio sends it again (seen in CI on a busy machine). Each is answered once.
    const again = { fake, webhookUrls: [webhookUrl], answers: shortIntake.answers.slice(1), retryRefused: true };
    expect(await sendAnswers({ ...again, phone: during })).toEqual([200, 200, 200]);
    expect(await sendAnswers({ ...again, phone: before })).toEqual([200, 200, 200]);
    await eventually(() => [before, during].every((phone) => bodiesTo(fake, phone).length >= shortIntake.replies.length), 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    for (const phone of [before, during]) expect(checkReplies(bodiesTo(fake, phone))).toEqual({ problem: undefined, duplicates: 0 });
    expect(product.child.exitCode).toBeNull();
    console.log(`[fault] PostgreSQL down for ${downMs} ms: 5 × 503, nothing stored; the retried message was answered once after`);
  }, 120_000);
});
