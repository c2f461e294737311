import { count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../api/rate-limits';
import { PostgresRateLimitStore } from '../api/rate-limit-store';
import { CHAT_SESSION_COOKIE } from '../api/chat-session';
import { coaches, domainEvents, handovers, inboundMessages, outboundMessages } from '../drizzle/schema';
import { eventually, startTestStack, type TestStack } from './support/stack';

/**
 * The attacks of issue 16 on the open doors, now refused: hundreds of web-chat sessions from one
 * address, a session that floods the bot, password guessing that locked real people out and told
 * which e-mails exist, and event streams without end.
 */
describe('limits on every door', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
    const [sanne] = await t.stack.database.db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const created = await t.stack.app!.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanne!.id, password: 'sanne-demo-wachtwoord' },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(() => t?.close());

  const app = () => t.stack.app!;
  const openPage = (remoteAddress: string, cookie?: string) =>
    app().inject({ url: '/chat', remoteAddress, ...(cookie ? { cookies: { [CHAT_SESSION_COOKIE]: cookie } } : {}) });
  const sessionOf = (res: Awaited<ReturnType<typeof openPage>>) => res.cookies.find((c) => c.name === CHAT_SESSION_COOKIE)?.value;

  it('gives one address a school class worth of new chat sessions, then 429 with Retry-After; other addresses and known sessions go on', async () => {
    let last;
    for (let i = 0; i < LIMITS.newChatSession.max; i++) {
      last = await openPage('198.51.100.7');
      expect(last.statusCode).toBe(200);
    }
    const known = sessionOf(last!)!;
    const refused = await openPage('198.51.100.7');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionOf(refused)).toBeUndefined();
    // The young person who already has a session still opens their chat; a neighbour is not affected.
    expect((await openPage('198.51.100.7', known)).statusCode).toBe(200);
    expect((await openPage('198.51.100.8')).statusCode).toBe(200);
  });

  it('takes a minute’s worth of messages from one session and stores nothing of the next', async () => {
    const session = sessionOf(await openPage('198.51.100.20'))!;
    const send = (i: number) =>
      app().inject({ method: 'POST', url: '/chat/messages', remoteAddress: '198.51.100.20', cookies: { [CHAT_SESSION_COOKIE]: session }, payload: { text: `bericht ${i}` } });
    for (let i = 0; i < LIMITS.chatMessagesPerSession.max; i++) expect((await send(i)).statusCode).toBe(202);
    const stored = (await t.stack.database.db.select({ n: count() }).from(inboundMessages))[0]!.n;
    const refused = await send(99);
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ error: string }>().error).toMatch(/Too many requests/);
    expect((await t.stack.database.db.select({ n: count() }).from(inboundMessages))[0]!.n).toBe(stored);
  });

  it('slows password guessing per address without locking the coach out elsewhere or telling which e-mails exist', async () => {
    const attempt = async (remoteAddress: string, email: string, password: string) => {
      const page = await app().inject({ url: '/dashboard/sign-in', remoteAddress });
      const pre = page.cookies.find((c) => c.name === 'jl_pre')!.value;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const res = await app().inject({
        method: 'POST',
        url: '/dashboard/sign-in',
        remoteAddress,
        cookies: { jl_pre: pre },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
      });
      return res.statusCode;
    };
    const statuses = async (email: string) => {
      const seen: number[] = [];
      for (let i = 0; i < LIMITS.signInPerAddressAndAccount.max + 1; i++) seen.push(await attempt('203.0.113.5', email, 'wrong-password-123'));
      return seen;
    };
    // An existing and an unknown e-mail answer alike: five 401s, then 429.
    const existing = await statuses('sanne.devries@example.nl');
    const unknown = await statuses('niemand@example.nl');
    expect(existing).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(existing);
    // The guessing address is refused, the right password included…
    expect(await attempt('203.0.113.5', 'sanne.devries@example.nl', 'sanne-demo-wachtwoord')).toBe(429);
    // …but Sanne herself, at her own desk, signs in.
    expect(await attempt('192.0.2.10', 'sanne.devries@example.nl', 'sanne-demo-wachtwoord')).toBe(303);
  });

  it('keeps at most 30 event streams open per address; closing one makes room', async () => {
    const session = sessionOf(await openPage('127.0.0.1'))!;
    const streams: AbortController[] = [];
    const open = async () => {
      const abort = new AbortController();
      const res = await fetch(`${t.baseUrl}/chat/events`, { headers: { cookie: `${CHAT_SESSION_COOKIE}=${session}` }, signal: abort.signal });
      if (res.status === 200) streams.push(abort);
      else await res.text();
      return res.status;
    };
    for (let i = 0; i < LIMITS.chatStreamsOpenAtOncePerAddress; i++) expect(await open()).toBe(200);
    expect(await open()).toBe(429);
    streams.pop()!.abort();
    await expect.poll(open, { timeout: 5000 }).toBe(200);
    for (const stream of streams) stream.abort();
  });

  it('hands scripted "praat met iemand" sessions from one address to a coach only up to the limit; then the Jongerenloket’s own contact, and nothing for the coaches', async () => {
    const db = t.stack.database.db;
    const handoverCount = async () => (await db.select({ n: count() }).from(handovers))[0]!.n;
    const lastReply = async (conversationId: string) => {
      const [row] = await db.select().from(outboundMessages).where(eq(outboundMessages.conversationId, conversationId)).orderBy(desc(outboundMessages.id)).limit(1);
      return row ? t.stack.protector.decrypt(row.bodyEnc) : '';
    };
    /** One new session asks for a person: the command, "ja", the municipality; each reply awaited. */
    const askForPerson = async (remoteAddress: string) => {
      const session = sessionOf(await openPage(remoteAddress))!;
      let conversationId = '';
      for (const text of ['praat met iemand', 'ja', 'Amstelveen']) {
        const sent = await app().inject({ method: 'POST', url: '/chat/messages', remoteAddress, cookies: { [CHAT_SESSION_COOKIE]: session }, payload: { text } });
        expect(sent.statusCode).toBe(202);
        await eventually(async () => {
          const [last] = await db.select().from(inboundMessages).orderBy(desc(inboundMessages.id)).limit(1);
          conversationId = last!.conversationId;
          return last!.status === 'done';
        });
      }
      return conversationId;
    };

    const before = await handoverCount();
    for (let i = 1; i <= LIMITS.personRequestsPerAddress.max; i++) {
      await askForPerson('203.0.113.50');
      await eventually(async () => (await handoverCount()) === before + i);
    }
    const refused = await askForPerson('203.0.113.50');
    const reply = await lastReply(refused);
    expect(reply).toContain('Via deze verbinding is net al vaak om een coach gevraagd');
    expect(reply).toContain('Jongerenloket Amstelveen');
    // Another address is not affected; the refused request made no handover for a coach to pick up.
    await askForPerson('203.0.113.51');
    await eventually(async () => (await handoverCount()) === before + LIMITS.personRequestsPerAddress.max + 1);
    expect(await db.select().from(domainEvents).where(eq(domainEvents.conversationId, refused))).toEqual([]);
    // The address itself is stored nowhere, only a keyed hash of it.
    const origins = await db.select({ origin: inboundMessages.originKey }).from(inboundMessages).where(eq(inboundMessages.conversationId, refused));
    expect(origins.every((o) => o.origin && !o.origin.includes('203.0.113'))).toBe(true);
  });

  it('counts in PostgreSQL, so two api processes share one limit', async () => {
    const first = new PostgresRateLimitStore(t.stack.database, 'test ', 60_000);
    const second = new PostgresRateLimitStore(t.stack.database, 'test ', 60_000);
    const hit = (store: PostgresRateLimitStore) =>
      new Promise<number>((resolve, reject) => store.incr('shared-key', (error, result) => (error ? reject(error) : resolve(result!.current))));
    expect(await hit(first)).toBe(1);
    expect(await hit(second)).toBe(2);
    expect(await hit(first)).toBe(3);
  });
});
