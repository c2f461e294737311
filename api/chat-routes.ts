import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyBaseLogger, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { findEntryPoint } from '../cases/in-beeld/entry-points';
import { isLanguage, languages } from '../locales';
import type { AppDeps } from './app';
import { loadPageAssets, servePageAssets } from './page-assets';
import type { ChatGateway, ChatMessage } from './chat-gateway';
import { renderChatPage } from './chat-page';
import { CHAT_SESSION_COOKIE, CHAT_SESSION_DAYS, createChatSessions } from './chat-session';
import { UnauthorizedError } from './errors';
import { TooManyRequestsError } from './rate-limits';
import { errorDoc, noContent, useZod } from './openapi';

/** Proxies and mobile networks drop a silent connection after 30–60 s; a comment keeps it open. */
const HEARTBEAT_MS = 25_000;
/** How long EventSource waits before it reconnects after the stream ended. */
const RETRY_MS = 3_000;

/** Older clients send the session the server issued them in the body or query; newer ones only have the cookie. */
const session = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, - or _').optional().describe('deprecated: the session cookie is enough');

const messageBody = z
  .object({
    session,
    text: z.string().trim().max(2000).default(''),
    choice: z.string().regex(/^[a-z0-9_.-]{1,64}$/, 'must be a choice id').optional(),
    messageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _').optional(),
    /** Entry-point code of the QR code or link the chat was opened from (`?start=`); sent with the first message. */
    entryPoint: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    /** The page's language, sent with the first message: the bot starts in it. */
    locale: z.enum(languages).optional(),
  })
  .refine((body) => body.text.length > 0 || body.choice !== undefined, {
    path: ['text'],
    message: 'must not be empty',
  });

const eventsQuery = z.object({
  session,
  after: z.coerce.number().int().min(0).optional().describe('the id of the last message the page has'),
  history: z.literal('1').optional().describe('the page still shows an earlier conversation of this session (its own messages, kept in the browser)'),
});
const eventsHeaders = z.looseObject({
  'last-event-id': z.coerce.number().int().min(0).optional().describe('sent by EventSource when it reconnects: resume after it'),
});

const pageQuery = z.object({
  lang: z.string().optional(),
  start: z.string().optional(),
});

const tags = ['web chat'];
const badInput = {
  400: errorDoc('Bad input: the message names the field'),
  401: errorDoc('No chat session the server issued (or it expired): open /chat first'),
  429: errorDoc('Too many requests from this address or session: try again after Retry-After seconds'),
};
// A page for people, not an API: left out of the OpenAPI document.
const pageSchema = { hide: true, querystring: pageQuery };
const messagesSchema = {
  summary: 'Send the bot a message or a choice; the answer comes on the event stream',
  operationId: 'sendChatMessage',
  tags,
  security: [],
  body: messageBody,
  response: {
    202: z.object({ ok: z.literal(true), duplicate: z.boolean().describe('the same messageId came before: ignored') }).describe('Stored; the turn is queued'),
    ...badInput,
  },
};
const newSessionSchema = {
  summary: 'Start a new chat in this browser: a new session cookie (the page’s "new chat" button)',
  operationId: 'newChatSession',
  tags,
  security: [],
  response: { 204: noContent('A new session cookie is set') },
};
const eventsSchema = {
  summary:
    'The bot’s messages of the session as server-sent events (`event: message`, `data`: {id, text, choices?, expects}); `event: erased` when the conversation the page shows was erased: the page forgets it',
  operationId: 'streamChatMessages',
  tags,
  security: [],
  querystring: eventsQuery,
  headers: eventsHeaders,
  response: {
    200: { description: 'The stream: the messages after `after` (or Last-Event-ID), then each new one', content: { 'text/event-stream': { schema: z.string() } } },
    ...badInput,
  },
};

/**
 * The web chat (DESIGN.md contract): `GET /chat` (page), `POST /chat/messages`, `GET /chat/events` (SSE).
 * A newcomer tries the bot here without WhatsApp. Routes only parse, call the {@link ChatGateway} and answer.
 */
export const chatRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);
  const assets = loadPageAssets({ script: new URL('./chat-assets/chat.js', import.meta.url), style: new URL('./chat-assets/chat.css', import.meta.url) });
  const streams = new Set<ServerResponse>();

  const sessions = createChatSessions(deps.protector);
  const cookie: CookieSerializeOptions = {
    path: '/chat',
    httpOnly: true,
    // Lax, not Strict: a QR code or a link opens the page from elsewhere, and must find the chat again.
    sameSite: 'lax',
    secure: new URL(deps.config.publicBaseUrl).protocol === 'https:',
    maxAge: CHAT_SESSION_DAYS * 86_400,
  };
  /** The session of the request: one the server issued, from the body or query (older clients) or the cookie. */
  const sessionOf = (request: FastifyRequest, given: string | undefined): string => {
    const id = sessions.read(given ?? request.cookies[CHAT_SESSION_COOKIE]);
    if (!id) throw new UnauthorizedError('No chat session: open the chat page (/chat) first');
    return id;
  };

  /**
   * The municipality of the poster or link the chat was opened from, for its colours and logo. The chat
   * opens without it (No Wrong Door): a failed look-up is logged and the page wears the region's theme.
   */
  const entryPointMunicipality = async (request: FastifyRequest, code: string): Promise<string | undefined> => {
    try {
      return (await findEntryPoint(deps.database.db, code))?.municipality;
    } catch (error) {
      request.log.warn({ err: error }, 'entry point of the chat page not looked up');
      return undefined;
    }
  };

  app.get('/chat', { schema: pageSchema }, async (request, reply) => {
    const { query } = request;
    // Opening the page keeps the chat (with a fresh expiry) or starts a session.
    const current = sessions.read(request.cookies[CHAT_SESSION_COOKIE]);
    if (!current) await deps.limits?.newChatSession(request, reply);
    void reply.setCookie(CHAT_SESSION_COOKIE, current ? sessions.renew(current) : sessions.issue(), cookie);
    const lang = isLanguage(query.lang) ? query.lang : 'nl';
    // A damaged or unknown code from a poster still opens the chat (No Wrong Door): it is just dropped.
    const startCode = query.start && /^[A-Za-z0-9_-]{1,64}$/.test(query.start) ? query.start : undefined;
    const municipality = startCode ? await entryPointMunicipality(request, startCode) : undefined;
    const html = renderChatPage({ i18n: deps.i18n, lang, startCode, assetVersion: assets.version, municipality });
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(html);
  });

  servePageAssets(app, assets, { script: '/chat/app.js', style: '/chat/app.css' });

  // "Nieuw gesprek": a new session; the old conversation stays with the server, out of this browser's reach.
  app.post('/chat/session', { schema: newSessionSchema }, async (request, reply) => {
    await deps.limits?.newChatSession(request, reply);
    return reply.setCookie(CHAT_SESSION_COOKIE, sessions.issue(), cookie).code(204).send();
  });

  app.post('/chat/messages', { schema: messagesSchema }, async (request, reply) => {
    const { body } = request;
    const session = sessionOf(request, body.session);
    await deps.limits?.chatMessages(request, reply, session);
    const { duplicate } = await deps.chat.receive({
      session,
      text: body.text,
      ...(body.choice === undefined ? {} : { choice: body.choice }),
      messageId: body.messageId ?? randomUUID(),
      ...(body.locale === undefined ? {} : { locale: body.locale }),
      ...(body.entryPoint === undefined ? {} : { entryPoint: body.entryPoint }),
      // As trusted by TRUST_PROXY, the same address the request limits count.
      clientAddress: request.ip,
    });
    return reply.code(202).header('cache-control', 'no-store').send({ ok: true, duplicate });
  });

  // The session id is the key to the conversation: keep it out of the request log.
  app.get('/chat/events', { logSerializers: { req: requestWithoutSession }, schema: eventsSchema }, async (request, reply) => {
    const { query } = request;
    const session = sessionOf(request, query.session);
    await deps.limits?.chatStreamOpened(request, reply);
    const release = deps.limits ? deps.limits.openStream(request) : () => undefined;
    if (!release) throw new TooManyRequestsError(60);
    const resumeFrom = request.headers['last-event-id'];
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RETRY_MS}\n\n`);
    streams.add(raw);
    streamMessages({
      gateway: deps.chat,
      session,
      afterId: resumeFrom ?? query.after ?? 0,
      hadHistory: query.history === '1',
      raw,
      log: request.log,
      onEnd: () => {
        streams.delete(raw);
        release();
      },
    });
  });

  // Open streams would keep app.close() waiting for ever.
  app.addHook('preClose', async () => {
    for (const raw of streams) raw.end();
  });
};

/** Sends the session's bot messages after `afterId`, then each new one, until the client leaves. */
function streamMessages(input: {
  gateway: ChatGateway;
  session: string;
  afterId: number;
  /** The page shows an earlier conversation: if the server has none, it was erased. */
  hadHistory: boolean;
  raw: ServerResponse;
  log: FastifyBaseLogger;
  onEnd: () => void;
}): void {
  const { gateway, session, raw, log } = input;
  let lastId = input.afterId;
  let closed = false;
  let pumping = false;
  let pumpAgain = false;
  let unsubscribe: (() => Promise<void>) | undefined;

  const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);

  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    input.onEnd();
    if (!raw.writableEnded) raw.end();
    void unsubscribe?.().catch((err: unknown) => log.error({ err: describe(err) }, 'chat events: unsubscribe failed'));
  };
  // Logged without the message text or session: both are personal data.
  const fail = (err: unknown, what: string) => {
    log.error({ err: describe(err) }, `chat events: ${what} failed, stream ended`);
    close();
  };
  raw.on('close', close);

  // One read at a time; a notify that arrives during a read triggers one more read, so none is missed.
  const pump = async () => {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        const messages = await gateway.messagesAfter(session, lastId);
        // The page shows a conversation the server no longer has: the young person was forgotten
        // (VERWIJDER MIJN GEGEVENS, or retention). The page must forget it too, also on a shared phone.
        if (messages.length === 0 && (lastId > 0 || input.hadHistory) && !(await gateway.hasConversation(session))) {
          raw.write('event: erased\ndata: {}\n\n');
          close();
          return;
        }
        for (const message of messages) {
          if (closed) return;
          if (message.id <= lastId) continue;
          raw.write(formatEvent(message));
          lastId = message.id;
        }
      } while (pumpAgain && !closed);
    } catch (err) {
      fail(err, 'reading messages');
    } finally {
      pumping = false;
    }
  };

  // Subscribe before the first read: a message committed in between is then still announced.
  gateway.subscribe(session, () => void pump()).then(
    (stop) => {
      unsubscribe = stop;
      if (closed) void stop().catch((err: unknown) => log.error({ err: describe(err) }, 'chat events: unsubscribe failed'));
      else void pump();
    },
    (err: unknown) => fail(err, 'subscribing'),
  );
}

function requestWithoutSession(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(/([?&]session=)[^&]*/, '$1[redacted]'),
    host: request.host,
    remoteAddress: request.ip,
  };
}

function formatEvent(message: ChatMessage): string {
  const data = {
    id: message.id,
    text: message.text,
    ...(message.choices?.length ? { choices: message.choices.map(({ id, title }) => ({ id, title })) } : {}),
    expects: message.expects,
  };
  // JSON.stringify escapes line breaks, so the data is always one `data:` line.
  return `id: ${message.id}\nevent: message\ndata: ${JSON.stringify(data)}\n\n`;
}

/** What is safe to log of an error from the gateway: its kind and where, not its data. */
function describe(err: unknown): { type: string; code?: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    // The first stack line repeats the message, which could quote data; the frames are enough.
    ...(err.stack ? { stack: err.stack.split('\n').slice(1, 6).join('\n') } : {}),
  };
}
