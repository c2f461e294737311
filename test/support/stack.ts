import { randomBytes } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { loadConfig } from '../../config';
import { startStack, type Stack } from '../../cli/start-stack';
import { createTestDatabase, type TestDatabase } from './database';
import { startFakeTwilio, type FakeMessage, type FakeTwilio } from './fake-twilio';
import { dropQueueKeys } from './redis-keys';

export const TEST_ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789';
/** The URL Twilio signs against; requests are delivered to the local port instead. */
export const PUBLIC_BASE_URL = 'https://jongerenloket.test';

export interface TestStack {
  stack: Stack;
  twilio: FakeTwilio;
  db: TestDatabase;
  /** http://127.0.0.1:<port> of the listening api. */
  baseUrl: string;
  adminToken: string;
  close(): Promise<void>;
}

/**
 * The whole product in this process, as `npm start` wires it, on a fresh database of its own,
 * with the fake Twilio as its REST API and BullMQ on Redis or on PostgreSQL.
 */
export async function startTestStack(
  options: {
    redisUrl?: string | undefined;
    env?: Record<string, string>;
    logger?: Logger;
    /** A database to start on again (a restart with other settings); it is then not dropped at close. */
    db?: TestDatabase;
  } = {},
): Promise<TestStack> {
  const db = options.db ?? (await createTestDatabase({ max: 2 }));
  const twilio = await startFakeTwilio({ accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
  const adminToken = randomBytes(24).toString('base64url');
  const queuePrefix = `t${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL,
    DATABASE_URL: db.url,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_WHATSAPP_FROM: 'whatsapp:+3197010000001',
    TWILIO_API_BASE_URL: twilio.url,
    ADMIN_TOKEN: adminToken,
    DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    RELAY_AFTER_SECONDS: '2',
    ...options.env,
  });
  const stack = await startStack({ config, logger: options.logger ?? pino({ level: 'silent' }), roles: { api: true, worker: true }, listen: true, seedDemo: true });
  const address = stack.app?.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    stack,
    twilio,
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    adminToken,
    async close() {
      await stack.close();
      await twilio.close();
      if (!options.db) await db.drop();
      if (options.redisUrl) await dropQueueKeys(options.redisUrl, queuePrefix);
    },
  };
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}

/**
 * Typed answers to the zelfscan, as a young person would give them: school "soms lastig" (3), werk
 * "ik zoek werk" (3), geld "het gaat niet zo goed" (2), wonen "het is oké" (4), dagbesteding "vaak niks
 * te doen" (3), netwerk "een paar" (4), no health or personal topic, reachable in the evening; and
 * then no name for the coach ("liever niet"), the last question before the handover.
 * Outcome: one obstacle (geld), so middelzwaar.
 */
export const zelfscanAnswers = ['2', '4', '3', '2', '3', '2', 'nee', 'nee', 'avond', 'liever niet'];

/** Picks the fake Twilio's messages to `phone` (E.164, without the `whatsapp:` prefix). */
export const toPhone = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;

/**
 * A young person writes `body` from `phone` over the signed webhook; resolves with the bot's replies
 * once they stop coming (nothing new for `quietMs`). Fails when the webhook does not answer 200.
 */
/** What a young person sends: typed text, a tapped list item or button, or a media message. */
export interface WhatsAppInput {
  phone: string;
  body: string;
  listId?: string;
  buttonPayload?: string;
  mediaContentType?: string;
  /** The name the young person shows on WhatsApp. */
  profileName?: string;
  /** Waits until a reply matches this too (a reply the case store sends after the turn). */
  until?: RegExp;
  quietMs?: number;
}

/**
 * A young person writes over the signed webhook; resolves with the messages the bot sent since, once
 * the turn is over (its inbound row done, the conversation's outbox empty), a reply matching `until`
 * came if one is asked for, and nothing more came for a moment.
 */
export async function sayOnWhatsApp(t: TestStack, input: WhatsAppInput): Promise<FakeMessage[]> {
  const { phone, until, quietMs, ...message } = input;
  const mine = toPhone(phone);
  const before = t.twilio.messages.filter(mine).length;
  const messageSid = `SM${randomBytes(16).toString('hex')}`;
  const res = await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, publicBaseUrl: PUBLIC_BASE_URL, messageSid, ...message });
  if (res.status !== 200) throw new Error(`the webhook answered ${res.status}, not 200`);
  // Not a guess from a quiet moment, which a busy machine breaks: a turn commits its replies with its row.
  const { sql } = t.stack.database;
  await eventually(async () => {
    const [row] = await sql<Array<{ turnDone: boolean; unsent: number }>>`
      select i.status = 'done' as "turnDone",
        (select count(*)::int from outbound_messages o where o.conversation_id = i.conversation_id and o.status in ('queued', 'sending')) as unsent
      from inbound_messages i where i.external_id = ${messageSid}`;
    return row?.turnDone === true && row.unsent === 0;
  }, 60_000);
  let seen = before;
  let quietSince = Date.now();
  return eventually(() => {
    const all = t.twilio.messages.filter(mine);
    if (all.length !== seen) {
      seen = all.length;
      quietSince = Date.now();
    }
    const since = all.slice(before);
    const arrived = until ? since.some((m) => until.test(shownText(m))) : since.length > 0;
    return arrived && Date.now() - quietSince > (quietMs ?? 250) && since;
  }, 60_000);
}

/** What the young person reads of a sent message: its body and the titles of its choices. */
export function shownText(message: FakeMessage): string {
  return `${message.body ?? ''}\n${(message.interactive?.choices ?? []).map((c) => c.title).join('\n')}`;
}

/** The coach API as the admin: `api('POST', '/api/cases/…', body)` gives the status and the JSON body. */
export function adminApi(t: () => TestStack) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${t().baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${t().adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, unknown> };
  };
}
