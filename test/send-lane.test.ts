import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import { releaseSessionLocks, trySessionLocks, withSessionLock } from '../drizzle/advisory-locks';
import { createSendLane, type SendLane } from '../messages/send-lane';
import type { OutgoingWhatsApp } from '../messages/whatsapp-sender';
import { processSend } from '../worker/process-send';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The send lane (messages/send-lane.ts): the drains of many young people share one session and its
 * statements, and each young person's messages still go once, in order, one drain at a time.
 */
describe('the send lane', () => {
  let db: TestDatabase;
  let lane: SendLane;
  const protector = createDataProtector(randomBytes(32));
  const sent: { to: string; body: string }[] = [];
  /** The lane's statements by their first words ('select id from unnest', 'update outbound_messages', …). */
  const statements: string[] = [];
  /** While set, Twilio takes its time: sends wait for it. */
  let twilioBusy: Promise<void> | undefined;
  /** Called when a send reaches Twilio (before it waits for `twilioBusy`). */
  let onTwilioCalled: (() => void) | undefined;
  const sender = {
    async send(message: OutgoingWhatsApp) {
      onTwilioCalled?.();
      await twilioBusy;
      sent.push({ to: message.to, body: 'body' in message ? (message.body ?? '') : '' });
      return { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' };
    },
  };

  beforeAll(async () => {
    db = await createTestDatabase({ max: 4 });
  });
  afterAll(async () => {
    await db?.drop();
  });
  afterEach(async () => {
    await lane?.close();
    sent.length = 0;
    statements.length = 0;
    twilioBusy = undefined;
    onTwilioCalled = undefined;
  });

  function startLane(): SendLane {
    lane = createSendLane(db.url, {
      wrapSession: (session) =>
        new Proxy(session, {
          apply(target, self, args: [TemplateStringsArray, ...unknown[]]) {
            const text = args[0].join('').trim();
            // Fragments inside a statement start with a column, not a verb.
            if (/^(select|update|insert|with)\b/.test(text)) statements.push(text.split(/\s+/).slice(0, 3).join(' '));
            return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
          },
        }),
    });
    return lane;
  }

  const deps = () => ({ database: db, protector, logger: pino({ level: 'silent' }), sender, sendLane: lane });

  /** A young person with `texts` queued for them, in order; returns the conversation and the rows' ids. */
  async function queued(phone: string, texts: string[]) {
    const [conversation] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at)
      values (${randomBytes(8).toString('hex')}, 'whatsapp', ${protector.encrypt(phone)}, now()) returning id`;
    const ids: number[] = [];
    for (const text of texts) {
      const [row] = await db.sql`insert into outbound_messages (conversation_id, channel, kind, body_enc)
        values (${conversation!.id}, 'whatsapp', 'session', ${protector.encrypt(text)}) returning id`;
      ids.push(Number(row!.id));
    }
    return { conversationId: String(conversation!.id), ids };
  }

  const statuses = async (ids: number[]) =>
    (await db.sql<{ status: string }[]>`select status from outbound_messages where id in ${db.sql(ids)} order by id`).map((r) => r.status);

  it('sends to many young people at once with a few shared statements, each message once', async () => {
    startLane();
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => queued(`+3161234${String(i).padStart(4, '0')}`, [`Hoi ${i}`])));

    await Promise.all(people.map(({ conversationId, ids }) => processSend(deps(), { outboundId: ids[0]!, conversationId })));

    expect(sent.map((m) => m.body).sort()).toEqual(people.map((_, i) => `Hoi ${i}`).sort());
    expect(await statuses(people.flatMap((p) => p.ids))).toEqual(people.map(() => 'sent'));
    // Twelve drains, one at a time, would be twelve lock statements, twelve status writes and twelve unlocks.
    const count = (start: string) => statements.filter((s) => s.startsWith(start)).length;
    expect(count('select id from')).toBeLessThanOrEqual(3);
    expect(count('update outbound_messages')).toBeLessThanOrEqual(3);
    expect(count('select pg_advisory_unlock')).toBeLessThanOrEqual(3);
  });

  it('lets go of a young person’s lock in the same write as their last outcome, after it committed', async () => {
    /** For each unlock: whether the outcomes' update had been answered when the unlock was sent. */
    const unlocks: boolean[] = [];
    let updateAnswered = false;
    lane = createSendLane(db.url, {
      wrapSession: (session) =>
        new Proxy(session, {
          apply(target, self, args: [TemplateStringsArray, ...unknown[]]) {
            const text = args[0].join('').trim();
            const query = Reflect.apply(target as (...a: unknown[]) => unknown, self, args) as Promise<unknown>;
            if (text.startsWith('update outbound_messages')) {
              updateAnswered = false;
              void query.then(() => (updateAnswered = true));
            }
            if (text.startsWith('select pg_advisory_unlock')) unlocks.push(updateAnswered);
            return query;
          },
        }),
    });
    const { conversationId, ids } = await queued('+31612340050', ['een', 'twee']);

    await processSend(deps(), { outboundId: ids[1]!, conversationId });

    expect(sent.map((m) => m.body)).toEqual(['een', 'twee']);
    expect(await statuses(ids)).toEqual(['sent', 'sent']);
    // One unlock, sent with the last update instead of one round trip after it.
    expect(unlocks).toEqual([false]);
    // And still after it: another process that takes the lock now finds both sent.
    const otherProcess = await db.sql.reserve();
    try {
      expect(await trySessionLocks(otherProcess, 'send', [conversationId])).toEqual([conversationId]);
      await releaseSessionLocks(otherProcess, 'send', [conversationId]);
    } finally {
      otherProcess.release();
    }
  });

  it('keeps a young person’s messages in order when two drains of theirs start together', async () => {
    startLane();
    const { conversationId, ids } = await queued('+31612340100', ['een', 'twee', 'drie']);

    await Promise.all([processSend(deps(), { outboundId: ids[1]!, conversationId }), processSend(deps(), { outboundId: ids[2]!, conversationId })]);

    expect(sent.map((m) => m.body)).toEqual(['een', 'twee', 'drie']);
    expect(await statuses(ids)).toEqual(['sent', 'sent', 'sent']);
  });

  it('waits while another process drains the same young person, then sends what is left once', async () => {
    startLane();
    const { conversationId, ids } = await queued('+31612340200', ['wacht even']);
    let drained: Promise<void> | undefined;
    // Another worker holds the young person's send lock (a drain of its own in progress).
    await withSessionLock(
      db,
      'send',
      conversationId,
      async () => undefined,
      async () => {
        drained = processSend(deps(), { outboundId: ids[0]!, conversationId });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(sent).toEqual([]);
      },
    );
    await drained;
    expect(sent.map((m) => m.body)).toEqual(['wacht even']);
    expect(await statuses(ids)).toEqual(['sent']);
  });

  it('holds a young person’s lock during their drain and lets go of it after, so another process can drain them', async () => {
    startLane();
    const { conversationId, ids } = await queued('+31612340300', ['eerste']);
    let answer!: () => void;
    twilioBusy = new Promise((resolve) => (answer = resolve));
    const twilioCalled = new Promise<void>((resolve) => (onTwilioCalled = resolve));
    const drain = processSend(deps(), { outboundId: ids[0]!, conversationId });
    const otherProcess = await db.sql.reserve();
    try {
      // While the lane's drain waits for Twilio, another session cannot take the lock.
      await twilioCalled;
      expect(await trySessionLocks(otherProcess, 'send', [conversationId])).toEqual([]);
      answer();
      await drain;
      expect(await trySessionLocks(otherProcess, 'send', [conversationId])).toEqual([conversationId]);
      await releaseSessionLocks(otherProcess, 'send', [conversationId]);
    } finally {
      otherProcess.release();
    }
  });

  it('stops a drain whose lock went with a broken connection, and sends each message once after', async () => {
    startLane();
    const { conversationId, ids } = await queued('+31612340400', ['voor de breuk', 'na de breuk']);
    let answer!: () => void;
    twilioBusy = new Promise((resolve) => (answer = resolve));
    const twilioCalled = new Promise<void>((resolve) => (onTwilioCalled = resolve));
    const drain = processSend(deps(), { outboundId: ids[1]!, conversationId });
    // Not a fixed pause: on a busy machine the drain can take longer than that to reach Twilio.
    await twilioCalled;
    // The lane's connection breaks while Twilio takes the first message (PostgreSQL let go of its locks).
    await db.sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'send-lane' and datname = current_database()`;
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer();
    await expect(drain).rejects.toThrow();
    // The second message did not go without the lock.
    expect(sent.map((m) => m.body)).toEqual(['voor de breuk']);

    twilioBusy = undefined;
    await processSend(deps(), { outboundId: ids[1]!, conversationId });
    expect(sent.map((m) => m.body)).toEqual(['voor de breuk', 'na de breuk']);
    expect(await statuses(ids)).toEqual(['sent', 'sent']);
  });
});
