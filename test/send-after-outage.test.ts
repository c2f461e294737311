import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import type { OutgoingWhatsApp } from '../messages/whatsapp-sender';
import { createSendLane } from '../messages/send-lane';
import { processSend } from '../worker/process-send';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * PostgreSQL goes away in the moment after Twilio accepted a reply and before its "sent" is written.
 * The drain fails and is retried; the young person must get the reply once, not twice.
 */
describe('a reply Twilio accepted while the database went away', () => {
  let db: TestDatabase;
  const protector = createDataProtector(randomBytes(32));

  beforeAll(async () => {
    db = await createTestDatabase({ max: 4 });
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** Wraps clients so that the first write of a status through any of them fails, as when the server just went away in that moment. */
  function failingFirstStatusWrite(): <T extends object>(client: T) => T {
    let failStatusWrite = true;
    return (client) =>
      new Proxy(client, {
        apply(target, self, args: [TemplateStringsArray, ...unknown[]]) {
          const text = args[0].join('');
          if (failStatusWrite && /^\s*update outbound_messages\b/.test(text) && text.includes('set status')) {
            failStatusWrite = false;
            return Promise.reject(new Error('write CONNECTION_CLOSED'));
          }
          return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
        },
      });
  }

  async function queuedReply() {
    const [conversation] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at)
      values (${randomBytes(8).toString('hex')}, 'whatsapp', ${protector.encrypt('+31612345678')}, now()) returning id`;
    const [row] = await db.sql`insert into outbound_messages (conversation_id, channel, kind, body_enc)
      values (${conversation!.id}, 'whatsapp', 'session', ${protector.encrypt('Welkom!')}) returning id`;
    return { outboundId: Number(row!.id), conversationId: String(conversation!.id) };
  }

  const sent: OutgoingWhatsApp[] = [];
  const sender = {
    async send(message: OutgoingWhatsApp) {
      sent.push(message);
      return { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' };
    },
  };

  async function expectSentOnce(send: () => Promise<void>, outboundId: number) {
    sent.length = 0;
    await expect(send()).rejects.toThrow();
    const [between] = await db.sql`select status from outbound_messages where id = ${outboundId}`;
    expect(between!.status).toBe('queued');

    await send();
    const [after] = await db.sql`select status, provider_sid from outbound_messages where id = ${outboundId}`;
    expect(sent).toHaveLength(1);
    expect(after!.status).toBe('sent');
    expect(after!.provider_sid).toMatch(/^SM[0-9a-f]{32}$/);
  }

  it('is recorded on the retry, not sent again', async () => {
    const { outboundId } = await queuedReply();
    const reserve = db.sql.reserve.bind(db.sql);
    const failing = failingFirstStatusWrite();
    const database = { ...db, sql: Object.assign(Object.create(db.sql), { reserve: async () => failing(await reserve()) }) };
    const deps = { database, protector, logger: pino({ level: 'silent' }), sender };
    await expectSentOnce(() => processSend(deps, { outboundId }), outboundId);
  });

  it('is recorded on the retry, not sent again, on the send lane too', async () => {
    const { outboundId, conversationId } = await queuedReply();
    const sendLane = createSendLane(db.url, { wrapSession: failingFirstStatusWrite() });
    try {
      const deps = { database: db, protector, logger: pino({ level: 'silent' }), sender, sendLane };
      await expectSentOnce(() => processSend(deps, { outboundId, conversationId }), outboundId);
    } finally {
      await sendLane.close();
    }
  });
});
