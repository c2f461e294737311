import { Writable } from 'node:stream';
import { count } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coaches, inboundMessages } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';
import { newChatSession } from './support/web-chat';

/**
 * Attacks that worked against a running product (issue 16, hardening), written as the attack and
 * now refused: NUL bytes that gave a 500, a spoofed X-Forwarded-For that reached the logs.
 */
describe('hardening at the edge', () => {
  let t: TestStack;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await startTestStack({ logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => t?.close());

  const admin = () => ({ authorization: `Bearer ${t.adminToken}` });
  const countOf = async (table: typeof coaches | typeof inboundMessages) => (await t.stack.database.db.select({ n: count() }).from(table))[0]!.n;

  it('refuses a NUL byte in a name with a 400 that says so, and stores nothing', async () => {
    const before = await countOf(coaches);
    const res = await t.stack.app!.inject({
      method: 'POST',
      url: '/api/coaches',
      headers: admin(),
      payload: { firstName: 'Ev\u0000a', lastName: 'Jansen', email: 'eva.jansen@example.nl', role: 'doorstroomcoach', municipality: 'amstelveen' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: string }>().error).toMatch(/body\.firstName holds a control character/);
    expect(await countOf(coaches)).toBe(before);
  });

  it('refuses a NUL byte in a web-chat message and in a path, never a 500', async () => {
    const before = await countOf(inboundMessages);
    const chat = await t.stack.app!.inject({
      method: 'POST',
      url: '/chat/messages',
      payload: { session: await newChatSession(t.baseUrl), text: 'hoi\u0000' },
    });
    expect(chat.statusCode).toBe(400);
    expect(await countOf(inboundMessages)).toBe(before);

    const path = await t.stack.app!.inject({ url: '/api/handovers/%00', headers: admin() });
    expect(path.statusCode).toBe(400);
    // Line breaks and tabs are text, not control characters: a message with them is taken.
    const ok = await t.stack.app!.inject({ method: 'POST', url: '/chat/messages', payload: { session: await newChatSession(t.baseUrl), text: 'hoi\nik ben\tSam' } });
    expect(ok.statusCode).toBe(202);
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY names the proxy: a spoofed address never reaches the log', async () => {
    const controller = new AbortController();
    const res = await fetch(`${t.baseUrl}/chat/events?session=${await newChatSession(t.baseUrl)}`, {
      headers: { 'x-forwarded-for': '203.0.113.66' },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    controller.abort();
    const logged = logLines.join('');
    expect(logged).toContain('"remoteAddress":"127.0.0.1"');
    expect(logged).not.toContain('203.0.113.66');
  });
});
