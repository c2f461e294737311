import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { receiveInbound } from '../messages/receive-inbound';
import { createDataProtector } from '../cases/privacy/data-protector';
import { loadConfig } from '../config';
import { connectDatabase } from '../drizzle/connection';
import { conversations, outboundMessages } from '../drizzle/schema';
import { createI18n } from '../locales';
import { processSend } from '../worker/process-send';
import type { FakeMessage } from './support/fake-twilio';
import { eventually, PUBLIC_BASE_URL, startTestStack, TEST_AUTH_TOKEN, zelfscanAnswers, type TestStack } from './support/stack';
import { newChatSession } from './support/web-chat';

describe('the pipeline keeps its promises', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ env: { RELAY_AFTER_SECONDS: '1' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;
  const post = (phone: string, body: string) =>
    t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });

  it('answers messages sent in a burst one turn at a time, in arrival order', async () => {
    const phone = '+31612350001';
    // Without waiting for any reply: only ordered, serialised turns get through the intake this way.
    for (const body of ['Hoi', '20', 'ja', 'Aalsmeer', 'geen diploma', 'aan het werk', 'opstapbaan', ...zelfscanAnswers]) {
      expect((await post(phone, body)).status).toBe(200);
    }
    const handover = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /vaste contactpersoon/.test(m.body ?? '')));
    expect(handover.body).toMatch(/jongerencoach werk bij het Werkcentrum in Aalsmeer/);
    const bodies = t.twilio.messages.filter(to(phone)).map((m) => m.body ?? '');
    const order = ['Hoe oud ben je', 'Is dat goed', 'In welke gemeente', 'hoogste diploma', 'liefst', 'Wat voor werk', 'hoe het met je gaat', 'Wanneer kan je coach', 'Hoe mag je coach je noemen', 'Dank je wel', 'vaste contactpersoon'].map((word) =>
      bodies.findIndex((b) => b.includes(word)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Each question once: no turn ran twice.
    expect(bodies.filter((b) => b.includes('Hoe oud')).length).toBe(1);
  });

  it('refers someone of 28 to the Werkcentrum with a next step, and hands over to no coach', async () => {
    const phone = '+31612350005';
    for (const body of ['Hoi', '28', 'ja', 'Amstelveen', 'aan het werk']) {
      expect((await post(phone, body)).status).toBe(200);
    }
    const referral = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /Werkcentrum/.test(m.body ?? '')));
    expect(referral.body).toMatch(/27 jaar of ouder/);
    expect(referral.body).toMatch(/Werkplein Amstelveen/);
    // Counted for the indicators, without a case or a young person's row.
    await eventually(async () => (await t.db.sql`select 1 from referral_counts where referral = 'werkcentrum'`).length === 1);
    expect(await t.db.sql`select 1 from youths where age = 28`).toEqual([]);
  });

  it('retries a send that Twilio answers with 429, and delivers each message once', async () => {
    const phone = '+31612350002';
    t.twilio.failNext({ status: 429, count: 2 });
    expect((await post(phone, 'Hallo')).status).toBe(200);
    const replies = await eventually(() => {
      const got = t.twilio.messages.filter(to(phone));
      return got.length >= 2 && got;
    });
    expect(replies[0]?.body).toMatch(/Jongerenloket/);
    expect(replies[1]?.body).toMatch(/Hoe oud ben je/);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.twilio.messages.filter(to(phone))).toHaveLength(2);
  });

  it('relays a committed message whose turn was never queued', async () => {
    const phone = '+31612350003';
    // As if the process died between the commit and the enqueue.
    await receiveInbound(t.stack.database.db, t.stack.protector, { channel: 'whatsapp', address: phone, externalId: `SM${'e'.repeat(32)}`, text: 'Hoi' });
    await eventually(async () => {
      await t.stack.worker?.relay();
      return t.twilio.messages.some(to(phone));
    });
    const [row] = await t.db.sql`select status from inbound_messages where external_id = ${`SM${'e'.repeat(32)}`}`;
    expect(row?.status).toBe('done');
  });

  it('never sends free text outside the 24-hour window', async () => {
    const phone = '+31612350004';
    const { conversationId } = await receiveInbound(t.stack.database.db, t.stack.protector, {
      channel: 'whatsapp',
      address: phone,
      externalId: `SM${'f'.repeat(32)}`,
      text: 'Hoi',
    });
    await eventually(() => t.twilio.messages.filter(to(phone)).length >= 2);
    const [queued] = await t.stack.database.db
      .insert(outboundMessages)
      .values({ conversationId, channel: 'whatsapp', bodyEnc: t.stack.protector.encrypt('Hoe gaat het?'), expects: 'text' })
      .returning({ id: outboundMessages.id });
    const lastInbound = (await t.stack.database.db.select().from(conversations).where(eq(conversations.id, conversationId)))[0]?.lastInboundAt;
    const sentBefore = t.twilio.messages.filter(to(phone)).length;
    await processSend(
      {
        database: t.stack.database,
        protector: t.stack.protector,
        sender: { send: () => Promise.reject(new Error('must not be called')) },
        logger: pino({ level: 'silent' }),
        now: () => new Date((lastInbound?.getTime() ?? 0) + 25 * 60 * 60 * 1000),
      },
      { outboundId: queued!.id },
    );
    const [row] = await t.db.sql`select status, error from outbound_messages where id = ${queued!.id}`;
    expect(row).toMatchObject({ status: 'failed', error: 'outside_24h_window' });
    expect(t.twilio.messages.filter(to(phone))).toHaveLength(sentBefore);
  });

  it('answers the web chat through the same pipeline', async () => {
    const session = await newChatSession(t.baseUrl);
    const res = await fetch(`${t.baseUrl}/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session, text: 'start' }),
    });
    expect(res.status).toBe(202);
    const events = await fetch(`${t.baseUrl}/chat/events?session=${session}`);
    const reader = events.body!.getReader();
    let text = '';
    await eventually(async () => {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
      return /Hoe oud ben je/.test(text);
    });
    await reader.cancel();
    expect(text).toMatch(/"expects":"number"/);
  });
});

describe('durable before ack', () => {
  it('answers 503 when the database is down, so Twilio retries', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      DATA_KEY: randomBytes(32).toString('hex'),
      ADMIN_TOKEN: 'x'.repeat(32),
      PUBLIC_BASE_URL,
      TWILIO_ACCOUNT_SID: `AC${'0123456789abcdef'.repeat(2)}`,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      TWILIO_WHATSAPP_FROM: '+3197010000001',
    });
    const database = await connectDatabase({ url: config.databaseUrl!, max: 1 });
    let queued = 0;
    const app = await buildApp({
      config,
      database,
      protector: createDataProtector(config.dataKey!),
      i18n: createI18n(),
      logger: pino({ level: 'silent' }),
      chat: { receive: async () => ({ duplicate: false }), hasConversation: async () => true, messagesAfter: async () => [], subscribe: async () => async () => {} },
      enqueueTurns: async (turns) => {
        queued += turns.length;
      },
      enqueueEvents: async () => {},
      enqueueSends: async () => {},
      queueReady: async () => true,
    });
    const { getExpectedTwilioSignature } = (await import('twilio')).default;
    const params = { MessageSid: `SM${'1'.repeat(32)}`, From: 'whatsapp:+31612350009', Body: 'Hoi' };
    const res = await app.inject({
      method: 'POST',
      url: '/twilio/whatsapp',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${PUBLIC_BASE_URL}/twilio/whatsapp`, params),
      },
      payload: new URLSearchParams(params).toString(),
    });
    expect(res.statusCode).toBe(503);
    expect(queued).toBe(0);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    await app.close();
    await database.close();
  });
});
