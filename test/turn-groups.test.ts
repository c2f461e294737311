import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKey } from '../messages/conversation-key';
import type { FakeMessage } from './support/fake-twilio';
import { eventually, PUBLIC_BASE_URL, startTestStack, type TestStack } from './support/stack';

/**
 * Group commit (worker/turn-groups.ts): turns of different conversations that are ready together
 * commit in one transaction, each under its own lock; a turn that fails takes no other down.
 */
describe('turns of many young people at once commit together', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', env: { WORKER_CONCURRENCY: '16' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;
  const post = (phone: string, body: string) =>
    t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });
  const phones = Array.from({ length: 40 }, (_, i) => `+3161236${String(i).padStart(4, '0')}`);

  it('answers forty young people who write at once, each in order, in fewer commits than turns', async () => {
    for (const body of ['Hoi', '20']) {
      const statuses = await Promise.all(phones.map((phone) => post(phone, body).then((r) => r.status)));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    for (const phone of phones) {
      const bodies = await eventually(() => {
        const got = t.twilio.messages.filter(to(phone)).map((m) => m.body ?? '');
        return got.some((b) => /Is dat goed|klopt/i.test(b)) && got;
      }, 30_000);
      // The welcome and the age question came before the check of the age, and each came once.
      const age = bodies.findIndex((b) => b.includes('Hoe oud ben je'));
      expect(age).toBeGreaterThanOrEqual(0);
      expect(bodies.findIndex((b) => /Is dat goed|klopt/i.test(b))).toBeGreaterThan(age);
      expect(bodies.filter((b) => b.includes('Hoe oud ben je'))).toHaveLength(1);
    }
    // A turn marks its message done at its transaction's time: turns committed together share it.
    const [times] = await t.db.sql<{ turns: number; commits: number }[]>`
      select count(*)::int as turns, count(distinct processed_at)::int as commits from inbound_messages where status = 'done'`;
    expect(times?.turns).toBe(80);
    expect(times?.commits).toBeLessThan(80);
  });

  it("answers the others when one young person's turn fails, and does not answer that message", async () => {
    const broken = '+31612369999';
    expect((await post(broken, 'Hoi')).status).toBe(200);
    await eventually(() => t.twilio.messages.some(to(broken)));
    // Its bot state can no longer be read: every turn of this conversation fails.
    const key = conversationKey(t.stack.protector, 'whatsapp', broken);
    await t.db.sql`update bot_state set data_enc = 'v1.broken.state.x' where key like '%/' || (select id::text from conversations where key = ${key}) || '/'`;
    const before = t.twilio.messages.filter(to(broken)).length;
    const others = phones.slice(0, 20);
    const answered = new Map(others.map((phone) => [phone, t.twilio.messages.filter(to(phone)).length]));
    const statuses = await Promise.all([broken, ...others].map((phone) => post(phone, 'ja').then((r) => r.status)));
    expect(statuses.every((status) => status === 200)).toBe(true);
    for (const phone of others) {
      await eventually(() => t.twilio.messages.filter(to(phone)).length > answered.get(phone)!, 30_000);
    }
    expect(t.twilio.messages.filter(to(broken))).toHaveLength(before);
    const [pending] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from inbound_messages where status = 'pending'`;
    expect(pending?.n).toBe(1);
  });
});
