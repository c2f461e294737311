import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyError } from 'fastify';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDeps } from '../api/app';
import type { ChatGateway, ChatMessage } from '../api/chat-gateway';
import { renderChatPage } from '../api/chat-page';
import { chatRoutes } from '../api/chat-routes';
import { createDataProtector } from '../cases/privacy/data-protector';
import { CHAT_SESSION_COOKIE, createChatSessions } from '../api/chat-session';
import { securityHeaders } from '../api/security-headers';
import { createI18n } from '../locales';
import { MemoryChatGateway } from './support/memory-chat-gateway';

const dataKey = randomBytes(32);
const protector = createDataProtector(dataKey);
const sessions = createChatSessions(protector);
/** A session the server issued, as an older client sends it in the body or query… */
const token = sessions.issue();
/** …and its id, as the gateway knows the conversation. */
const session = sessions.read(token)!;
const apps: Array<{ close(): PromiseLike<unknown> }> = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function buildChatApp(options: { gateway?: ChatGateway; i18n?: AppDeps['i18n']; logLines?: string[] } = {}) {
  const gateway = options.gateway ?? new MemoryChatGateway();
  const logLines = options.logLines;
  const app = Fastify({
    loggerInstance: logLines
      ? pino(new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }))
      : pino({ level: 'silent' }),
  });
  // Stand-in for api/error-handler.ts: thrown errors answer with their statusCode.
  app.setErrorHandler((err: FastifyError, _request, reply) => {
    void reply.code(err.statusCode ?? 500).send({ error: err.message });
  });
  const deps = {
    chat: gateway,
    i18n: options.i18n ?? createI18n(),
    protector,
    config: { publicBaseUrl: 'https://jongerenloket.test' },
  } as Partial<AppDeps> as AppDeps;
  await app.register(cookie);
  // The page's headers (CSP and the rest) come from the app-wide plugin, as in api/app.ts.
  await app.register(securityHeaders);
  await app.register(chatRoutes, deps);
  apps.push(app);
  return { app, gateway };
}

describe('GET /chat', () => {
  it('serves the Dutch page by default, with a strict CSP and no caching', async () => {
    const { app } = await buildChatApp();
    const res = await app.inject({ method: 'GET', url: '/chat' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.body).toContain('<html lang="nl" dir="ltr">');
    expect(res.body).toContain('role="log"');
    expect(res.body).toContain('aria-live="polite"');
    expect(res.body).toContain('>Verstuur<');
    expect(res.body).toContain('<label for="input"');
    // Every <script> is either a file from 'self' or a JSON data block, which CSP does not run.
    const scripts = res.body.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBe(2);
    for (const tag of scripts) expect(tag).toMatch(/type="application\/json"|src="\/chat\/app\.js\?v=/);
  });

  it('serves English with ?lang=en and falls back to Dutch for an unknown language', async () => {
    const { app } = await buildChatApp();
    const en = await app.inject({ method: 'GET', url: '/chat?lang=en' });
    expect(en.body).toContain('<html lang="en" dir="ltr">');
    expect(en.body).toContain('>Send<');
    expect(en.body).toContain('Nederlands'); // the link back to Dutch
    const unknown = await app.inject({ method: 'GET', url: '/chat?lang=xx' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<html lang="nl"');
  });

  it('passes a valid ?start= code to the page and drops a malformed one', async () => {
    const { app } = await buildChatApp();
    const good = await app.inject({ method: 'GET', url: '/chat?start=poster-school_1' });
    expect(pageConfig(good.body).startCode).toBe('poster-school_1');
    const bad = await app.inject({ method: 'GET', url: `/chat?start=${encodeURIComponent('"><script>x</script>')}` });
    expect(bad.statusCode).toBe(200);
    expect(pageConfig(bad.body).startCode).toBeNull();
    expect(bad.body).not.toContain('<script>x');
  });

  it('injects page text as escaped JSON that cannot close the script block', async () => {
    const i18n = createI18n();
    const evil = '</script><script>alert(1)</script><!--';
    i18n.addResource('nl', 'web', 'startWord', evil);
    const { app } = await buildChatApp({ i18n });
    const res = await app.inject({ method: 'GET', url: '/chat' });
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('\\u003c/script\\u003e');
    expect(pageConfig(res.body).texts.startWord).toBe(evil);
  });

  it('writes right-to-left languages right to left', () => {
    const html = renderChatPage({ i18n: createI18n(), lang: 'ar', assetVersion: 'v1' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });

  it('serves the script and stylesheet the page links to', async () => {
    const { app } = await buildChatApp();
    const page = await app.inject({ method: 'GET', url: '/chat' });
    const scriptUrl = /src="(\/chat\/app\.js\?v=[0-9a-f]+)"/.exec(page.body)?.[1];
    const styleUrl = /href="(\/chat\/app\.css\?v=[0-9a-f]+)"/.exec(page.body)?.[1];
    const script = await app.inject({ method: 'GET', url: scriptUrl ?? '/missing' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('EventSource');
    expect(script.body).not.toMatch(/\.innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    const style = await app.inject({ method: 'GET', url: styleUrl ?? '/missing' });
    expect(style.statusCode).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

describe('the web-chat session the server issues', () => {
  it('sets it on the page as an http-only cookie on /chat, and the page alone then carries the chat', async () => {
    const { app, gateway } = await buildChatApp();
    const page = await app.inject({ method: 'GET', url: '/chat' });
    const issued = page.cookies.find((c) => c.name === CHAT_SESSION_COOKIE)!;
    expect(issued).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/chat', secure: true, maxAge: 90 * 86_400 });
    expect(page.body).not.toContain(issued.value);
    const res = await app.inject({ method: 'POST', url: '/chat/messages', cookies: { [CHAT_SESSION_COOKIE]: issued.value }, payload: { text: 'hoi' } });
    expect(res.statusCode).toBe(202);
    expect((gateway as MemoryChatGateway).received[0]?.session).toBe(sessions.read(issued.value));
  });

  it('keeps the same chat when the page is opened again, and starts a new one on request', async () => {
    const { app } = await buildChatApp();
    const again = await app.inject({ method: 'GET', url: '/chat', cookies: { [CHAT_SESSION_COOKIE]: token } });
    expect(sessions.read(again.cookies.find((c) => c.name === CHAT_SESSION_COOKIE)!.value)).toBe(session);
    const fresh = await app.inject({ method: 'POST', url: '/chat/session', cookies: { [CHAT_SESSION_COOKIE]: token } });
    expect(fresh.statusCode).toBe(204);
    const next = sessions.read(fresh.cookies.find((c) => c.name === CHAT_SESSION_COOKIE)!.value);
    expect(next).toBeDefined();
    expect(next).not.toBe(session);
  });
});

describe('POST /chat/messages', () => {
  it('hands a message to the gateway with a generated messageId and answers 202', async () => {
    const { app, gateway } = await buildChatApp();
    const res = await app.inject({ method: 'POST', url: '/chat/messages', payload: { session: token, text: '  hoi  ' } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true, duplicate: false });
    const memory = gateway as MemoryChatGateway;
    expect(memory.received).toHaveLength(1);
    expect(memory.received[0]).toMatchObject({ session, text: 'hoi' });
    expect(memory.received[0]?.messageId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('accepts a choice with empty text', async () => {
    const { app, gateway } = await buildChatApp();
    const res = await app.inject({
      method: 'POST',
      url: '/chat/messages',
      payload: { session: token, text: '', choice: 'route.school', messageId: 'msg-00000001' },
    });
    expect(res.statusCode).toBe(202);
    expect((gateway as MemoryChatGateway).received).toEqual([
      { session, text: '', choice: 'route.school', messageId: 'msg-00000001', clientAddress: '127.0.0.1' },
    ]);
  });

  it('stores script in a message as plain text', async () => {
    const { app, gateway } = await buildChatApp();
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await app.inject({ method: 'POST', url: '/chat/messages', payload: { session: token, text } });
    expect(res.statusCode).toBe(202);
    expect((gateway as MemoryChatGateway).received[0]?.text).toBe(text);
  });

  it.each([
    ['too short session', { session: 'short', text: 'hoi' }],
    ['session with bad characters', { session: 'abc def ghi jkl mno', text: 'hoi' }],
    ['text too long', { session: token, text: 'a'.repeat(2001) }],
    ['only spaces and no choice', { session: token, text: '   ' }],
    ['missing text and choice', { session: token }],
    ['text as a number', { session: token, text: 42 }],
    ['session as an array', { session: [token], text: 'hoi' }],
    ['choice with capitals and spaces', { session: token, text: 'Ja', choice: 'Yes please' }],
    ['messageId too short', { session: token, text: 'hoi', messageId: 'abc' }],
    ['body a string', 'hoi'],
  ])('refuses %s with 400 and stores nothing', async (_name, payload) => {
    const { app, gateway } = await buildChatApp();
    const res = await app.inject({
      method: 'POST',
      url: '/chat/messages',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });
    expect(res.statusCode).toBe(400);
    expect((gateway as MemoryChatGateway).received).toHaveLength(0);
  });

  it('refuses a message without a session the server issued with 401, and stores nothing', async () => {
    const { app, gateway } = await buildChatApp();
    for (const payload of [{ text: 'hoi' }, { session: 'aaaaaaaaaaaaaaaa', text: 'hoi' }, { session: createChatSessions(createDataProtector(randomBytes(32))).issue(), text: 'hoi' }]) {
      const res = await app.inject({ method: 'POST', url: '/chat/messages', payload });
      expect(res.statusCode).toBe(401);
    }
    expect((gateway as MemoryChatGateway).received).toHaveLength(0);
  });

  it('acknowledges a repeated messageId as a duplicate', async () => {
    const { app, gateway } = await buildChatApp();
    const payload = { session: token, text: 'hoi', messageId: 'repeat-123456' };
    const first = await app.inject({ method: 'POST', url: '/chat/messages', payload });
    const second = await app.inject({ method: 'POST', url: '/chat/messages', payload });
    expect(first.json()).toEqual({ ok: true, duplicate: false });
    expect(second.statusCode).toBe(202);
    expect(second.json()).toEqual({ ok: true, duplicate: true });
    expect((gateway as MemoryChatGateway).received).toHaveLength(1);
  });
});

describe('GET /chat/events', () => {
  it('sends the history, then new messages, and resumes after Last-Event-ID', async () => {
    const gateway = new MemoryChatGateway();
    gateway.addBotMessage(session, { text: 'Welkom!', expects: 'none' });
    gateway.addBotMessage(session, {
      text: 'Wat wil je?',
      choices: [
        { id: 'school', title: 'School' },
        { id: 'werk', title: 'Werk' },
      ],
      expects: 'choice',
    });
    gateway.addBotMessage('other-session-000000000', { text: 'niet voor jou', expects: 'none' });
    const { app } = await buildChatApp({ gateway });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const stream = await openEvents(`${base}/chat/events?session=${token}`);
    expect(stream.response.headers['content-type']).toContain('text/event-stream');
    expect(stream.response.headers['x-accel-buffering']).toBe('no');
    const first = await stream.next();
    const second = await stream.next();
    expect(first).toEqual({ id: '1', event: 'message', data: { id: 1, text: 'Welkom!', expects: 'none' } });
    expect(second.data).toEqual({
      id: 2,
      text: 'Wat wil je?',
      choices: [
        { id: 'school', title: 'School' },
        { id: 'werk', title: 'Werk' },
      ],
      expects: 'choice',
    });

    gateway.addBotMessage(session, { text: 'Hoe oud ben je?', expects: 'number' });
    const third = await stream.next();
    expect(third).toMatchObject({ id: '4', data: { text: 'Hoe oud ben je?', expects: 'number' } });
    stream.close();

    const resumed = await openEvents(`${base}/chat/events?session=${token}`, { 'last-event-id': '2' });
    expect((await resumed.next()).id).toBe('4');
    resumed.close();

    const after = await openEvents(`${base}/chat/events?session=${token}&after=1`);
    expect((await after.next()).id).toBe('2');
    after.close();
  });

  it('unsubscribes when the client leaves', async () => {
    const gateway = new MemoryChatGateway();
    const { app } = await buildChatApp({ gateway });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEvents(`${base}/chat/events?session=${token}`);
    await waitFor(() => gateway.subscriberCount(session) === 1);
    stream.close();
    await waitFor(() => gateway.subscriberCount(session) === 0);
  });

  it('refuses a bad session or Last-Event-ID with 400', async () => {
    const { app } = await buildChatApp();
    expect((await app.inject({ method: 'GET', url: '/chat/events?session=bad' })).statusCode).toBe(400);
    // No session at all, or one the client made up: the server issued none.
    expect((await app.inject({ method: 'GET', url: '/chat/events' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/chat/events?session=aaaaaaaaaaaaaaaa' })).statusCode).toBe(401);
    const badHeader = await app.inject({
      method: 'GET',
      url: `/chat/events?session=${token}`,
      headers: { 'last-event-id': 'abc' },
    });
    expect(badHeader.statusCode).toBe(400);
  });

  it('ends the stream when the gateway fails, logging no message text', async () => {
    const memory = new MemoryChatGateway();
    memory.addBotMessage(session, { text: 'Geheim: ik woon bij mijn oom', expects: 'none' });
    let calls = 0;
    const failing: ChatGateway = {
      receive: (input) => memory.receive(input),
      subscribe: (s, notify) => memory.subscribe(s, notify),
      hasConversation: (s) => memory.hasConversation(s),
      async messagesAfter(s, afterId): Promise<ChatMessage[]> {
        calls += 1;
        if (calls > 1) throw new Error('connection lost while reading Geheim');
        return memory.messagesAfter(s, afterId);
      },
    };
    const logLines: string[] = [];
    const { app } = await buildChatApp({ gateway: failing, logLines });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEvents(`${base}/chat/events?session=${token}`);
    expect((await stream.next()).data).toMatchObject({ text: 'Geheim: ik woon bij mijn oom' });
    memory.addBotMessage(session, { text: 'Nog een geheim', expects: 'none' });
    await stream.ended;
    await waitFor(() => memory.subscriberCount(session) === 0);
    const log = logLines.join('');
    expect(log).toContain('chat events: reading messages failed');
    expect(log).not.toContain('Geheim');
    expect(log).not.toContain(session);
    expect(log).not.toContain(token);
  });
});

function pageConfig(html: string): { startCode: string | null; texts: Record<string, string> } {
  const json = /<script type="application\/json" id="chat-config">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null');
}

interface ServerEvent {
  id?: string;
  event?: string;
  data: unknown;
}

/** A minimal streaming SSE reader over node:http, as a browser's EventSource would read. */
async function openEvents(url: string, headers: Record<string, string> = {}) {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
  const events: ServerEvent[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: ServerEvent = { data: undefined };
      let data: string | undefined;
      for (const line of block.split('\n')) {
        const [field, ...rest] = line.split(': ');
        const value = rest.join(': ');
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') data = value;
      }
      if (data !== undefined) {
        event.data = JSON.parse(data);
        events.push(event);
        waiters.shift()?.();
      }
    }
  });
  const ended = new Promise<void>((resolve) => response.on('close', resolve));
  return {
    response,
    ended,
    async next(): Promise<ServerEvent> {
      if (!events.length) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no event within 5 s')), 5000);
          waiters.push(() => (clearTimeout(timer), resolve()));
        });
      }
      return events.shift() as ServerEvent;
    },
    close: () => response.destroy(),
  };
}

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
