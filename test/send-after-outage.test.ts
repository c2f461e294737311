import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import type { OutgoingWhatsApp } from '../messages/whatsapp-sender';
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

  it('is recorded on the retry, not sent again', async () => {
    const [conversation] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at)
      values (${randomBytes(8).toString('hex')}, 'whatsapp', ${protector.encrypt('+31612345678')}, now()) returning id`;
    const [row] = await db.sql`insert into outbound_messages (conversation_id, channel, kind, body_enc)
      values (${conversation!.id}, 'whatsapp', 'session', ${protector.encrypt('Welkom!')}) returning id`;
    const sent: OutgoingWhatsApp[] = [];
    // The status write right after Twilio's answer fails once, as when the server just went away.
    let failStatusWrite = true;
    const reserve = db.sql.reserve.bind(db.sql);
    const database = {
      ...db,
      sql: Object.assign(Object.create(db.sql), {
        reserve: async () => {
          const reserved = await reserve();
          return new Proxy(reserved, {
            apply(target, self, args: [TemplateStringsArray, ...unknown[]]) {
              if (failStatusWrite && args[0].join('').includes('update outbound_messages set status')) {
                failStatusWrite = false;
                return Promise.reject(new Error('write CONNECTION_CLOSED'));
              }
              return Reflect.apply(target, self, args);
            },
          });
        },
      }),
    };
    const deps = {
      database,
      protector,
      logger: pino({ level: 'silent' }),
      sender: {
        async send(message: OutgoingWhatsApp) {
          sent.push(message);
          return { sid: `SM${'1'.repeat(32)}`, status: 'queued' };
        },
      },
    };

    await expect(processSend(deps, { outboundId: Number(row!.id) })).rejects.toThrow();
    const [between] = await db.sql`select status from outbound_messages where id = ${row!.id}`;
    expect(between!.status).toBe('queued');

    await processSend(deps, { outboundId: Number(row!.id) });
    const [after] = await db.sql`select status, provider_sid from outbound_messages where id = ${row!.id}`;
    expect(sent).toHaveLength(1);
    expect(after).toEqual({ status: 'sent', provider_sid: `SM${'1'.repeat(32)}` });
  });
});
