import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, PUBLIC_BASE_URL, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';
import { newChatSession } from './support/web-chat';

/**
 * DESIGN.md rule 5, checked on what an operator would really see: the logs of a whole conversation
 * (at debug level, requests included) and the jobs in the queue carry no phone number and no text
 * the young person typed.
 */
describe('no personal data in logs or job payloads', () => {
  let t: TestStack;
  let logs = '';
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        // Bounded, so a runaway error loop fails this test instead of eating the machine's memory.
        if (logs.length < 50_000_000) logs += chunk.toString();
        done();
      },
    });
    t = await startTestStack({ logger: pino({ level: 'debug' }, sink) });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('logs a whole intake without the phone number or the answers', async () => {
    const phone = '+31687654321';
    const secretWords = 'Mijn-geheime-zin-Xyzzy';
    const answers = ['Hoi', secretWords, '21', 'ja', 'Amstelveen', 'havo of vwo', 'aan het werk', 'streefbaan', ...zelfscanAnswers];
    for (const body of answers) {
      await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });
      await new Promise((r) => setTimeout(r, 150));
    }
    await eventually(() => t.twilio.messages.some((m) => m.to === `whatsapp:${phone}` && /vaste contactpersoon/.test(m.body ?? '')));
    // A web chat session id is a secret too: whoever has it can read the chat.
    const session = await newChatSession(t.baseUrl);
    await fetch(`${t.baseUrl}/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text: secretWords }) });
    const events = await fetch(`${t.baseUrl}/chat/events?session=${session}`);
    await events.body?.cancel();
    await new Promise((r) => setTimeout(r, 300));

    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).toContain('/twilio/whatsapp');
    expect(logs).not.toContain('687654321');
    expect(logs).not.toContain('Xyzzy');
    expect(logs).not.toContain(session);
    expect(logs).not.toContain('Amstelveen');

    // Jobs carry ids only. BullMQ on PostgreSQL keeps them in its own schema, and removes one once it
    // completed: with the worker stopped, the job of one more message waits there to be read.
    await t.stack.worker?.stop();
    await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body: secretWords, publicBaseUrl: PUBLIC_BASE_URL });
    const jobs = await eventually(async () => {
      const rows = await t.db.sql.unsafe(`select data::text as data from bullmq.job where state = 'waiting'`);
      return rows.length > 0 ? rows : undefined;
    });
    const payloads = jobs.map((j) => String(j.data)).join('\n');
    expect(payloads).toMatch(/conversationId/);
    expect(payloads).not.toContain('687654321');
    expect(payloads).not.toContain('Xyzzy');
  });
});
