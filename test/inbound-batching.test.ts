import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboundBatcher } from '../messages/inbound-batcher';
import { receiveInbound, receiveInboundBatch, type InboundMessage, type ReceivedInbound } from '../messages/receive-inbound';
import { jobIds } from '../worker/queues';
import { testRedisUrl } from './support/database';
import { eventually, PUBLIC_BASE_URL, startTestStack, type TestStack } from './support/stack';

const newSid = () => `SM${randomBytes(16).toString('hex')}`;

/**
 * The webhook stores messages that arrive together in one transaction (messages/inbound-batcher.ts)
 * and queues their turns in one call: fewer commits, and still durable before the 200, each message
 * once, in order per conversation.
 */
const backends = [{ backend: 'PostgreSQL', redisUrl: undefined }, ...(testRedisUrl() ? [{ backend: 'Redis', redisUrl: testRedisUrl() }] : [])];

describe.each(backends)('micro-batched inbound receipt, queues on $backend', ({ redisUrl }) => {
  let t: TestStack;
  beforeAll(async () => {
    // No relay within the test: every turn must come from the queueing after the commit.
    t = await startTestStack({ redisUrl, env: { RELAY_AFTER_SECONDS: '3600' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (input: { phone: string; body: string; messageSid?: string }) =>
    t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: input.phone, body: input.body, messageSid: input.messageSid, publicBaseUrl: PUBLIC_BASE_URL });

  /** The transactions that stored these messages: rows written by one transaction share its xmin. */
  /** A batcher on the stack's database, as the webhook's, that records the size of each batch it stores. */
  const countingBatcher = () => {
    const { db } = t.stack.database;
    const batches: number[] = [];
    const batcher = createInboundBatcher<InboundMessage, ReceivedInbound>({
      windowMs: 2,
      maxBatch: 64,
      store: {
        many: (messages) => (batches.push(messages.length), receiveInboundBatch(db, t.stack.protector, messages)),
        one: (message) => receiveInbound(db, t.stack.protector, message),
        groupOf: (message) => message.address,
      },
    });
    return { batcher, batches };
  };
  const storedBy = async (sids: string[]) => {
    const rows = await t.db.sql<{ id: string; external_id: string; tx: string; status: string }[]>`
      select id::text, external_id, xmin::text as tx, status from inbound_messages where external_id in ${t.db.sql(sids)} order by id`;
    return { rows, transactions: new Set(rows.map((r) => r.tx)).size };
  };

  it('stores 50 concurrent webhook posts in far fewer commits, each once, and answers every one', async () => {
    const sids = Array.from({ length: 50 }, newSid);
    const responses = await Promise.all(sids.map((messageSid, i) => post({ phone: `+316123${String(60000 + i)}`, body: 'Hoi', messageSid })));
    expect(responses.map((r) => r.status)).toEqual(sids.map(() => 200));
    const { rows, transactions } = await storedBy(sids);
    expect(rows.map((r) => r.external_id).sort()).toEqual([...sids].sort());
    expect(transactions).toBeLessThanOrEqual(25);
    // Each turn was queued under its usual job id, and ran: the young person got the first question.
    await eventually(async () => (await storedBy(sids)).rows.every((r) => r.status === 'done'), 60_000);
    // The row is done before its job completes (BullMQ on PostgreSQL removes a job once it completed).
    const completed = (state: string | undefined) => state === 'completed' || (t.stack.queues.backend === 'postgres' && state === undefined);
    for (const row of rows) await eventually(async () => completed(await t.stack.queues.jobState('turn', jobIds.turn(Number(row.id)))));
    for (let i = 0; i < 50; i += 1) expect(t.twilio.messages.some((m) => m.to === `whatsapp:+316123${String(60000 + i)}` && /Hoe oud ben je/.test(m.body ?? ''))).toBe(true);
  });

  it('stores a MessageSid sent twice at once (and once more later) once, and acknowledges every delivery', async () => {
    const phone = '+31612370001';
    const messageSid = newSid();
    const responses = await Promise.all([post({ phone, body: 'Hoi', messageSid }), post({ phone, body: 'Hoi', messageSid }), post({ phone: '+31612370002', body: 'Hoi' })]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await post({ phone, body: 'Hoi', messageSid })).status).toBe(200);
    expect((await storedBy([messageSid])).rows).toHaveLength(1);
    await eventually(async () => (await storedBy([messageSid])).rows[0]?.status === 'done', 30_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.twilio.messages.filter((m) => m.to === `whatsapp:${phone}` && /Hoe oud ben je/.test(m.body ?? ''))).toHaveLength(1);
  });

  describe('with one message the database refuses', () => {
    const bad = newSid();
    beforeAll(async () => {
      await t.db.sql.unsafe(`
        create function refuse_one_inbound() returns trigger language plpgsql as $$
        begin
          if new.external_id = '${bad}' then raise exception 'refused for the test'; end if;
          return new;
        end $$;
        create trigger refuse_one_inbound before insert on inbound_messages for each row execute function refuse_one_inbound();`);
    });
    afterAll(async () => {
      await t.db.sql.unsafe('drop trigger refuse_one_inbound on inbound_messages; drop function refuse_one_inbound();');
    });

    it('stores the others of its batch, and answers 503 for that one only, so Twilio retries it', async () => {
      const sids = Array.from({ length: 10 }, newSid);
      sids[4] = bad;
      const responses = await Promise.all(sids.map((messageSid, i) => post({ phone: `+316123${String(71000 + i)}`, body: 'Hoi', messageSid })));
      expect(responses.map((r) => r.status)).toEqual(sids.map((sid) => (sid === bad ? 503 : 200)));
      const { rows } = await storedBy(sids);
      expect(rows.map((r) => r.external_id).sort()).toEqual(sids.filter((sid) => sid !== bad).sort());
    });

    it('does so also when they certainly share a batch', async () => {
      const { batcher, batches } = countingBatcher();
      const sids = [newSid(), bad, newSid(), newSid()];
      const outcomes = await Promise.allSettled(
        sids.map((externalId, i) => batcher.receive({ channel: 'whatsapp', address: `+316123${String(72000 + i)}`, externalId, text: 'Hoi' })),
      );
      expect(batches).toEqual([4]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((await storedBy(sids)).rows.map((r) => r.external_id).sort()).toEqual(sids.filter((sid) => sid !== bad).sort());
    });
  });

  it('keeps the arrival order of each conversation inside a batch: ids ascend as the messages came', async () => {
    const { batcher, batches } = countingBatcher();
    // Three conversations interleaved, the way concurrent webhooks arrive.
    const phones = ['+31612380001', '+31612380002', '+31612380003'];
    const sent = Array.from({ length: 12 }, (_, i) => ({ phone: phones[i % 3] ?? '', externalId: newSid(), text: String(i) }));
    const received = await Promise.all(sent.map((m) => batcher.receive({ channel: 'whatsapp', address: m.phone, externalId: m.externalId, text: m.text })));
    expect(batches).toEqual([12]);
    for (const phone of phones) {
      const ids = sent.flatMap((m, i) => (m.phone === phone ? [received[i]?.inboundId ?? -1] : []));
      expect(ids.every((id) => id > 0)).toBe(true);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect(new Set(sent.flatMap((m, i) => (m.phone === phone ? [received[i]?.conversationId] : []))).size).toBe(1);
    }
    // A message sent twice in one batch is stored once; the second gets no id (no second turn).
    const again = newSid();
    const twice = await receiveInboundBatch(t.stack.database.db, t.stack.protector, [
      { channel: 'whatsapp', address: phones[0] ?? '', externalId: again, text: 'x' },
      { channel: 'whatsapp', address: phones[0] ?? '', externalId: again, text: 'x' },
    ]);
    expect(twice[0]?.inboundId).toBeGreaterThan(0);
    expect(twice[1]?.inboundId).toBeUndefined();
    expect((await storedBy([again])).rows).toHaveLength(1);
  });
});
