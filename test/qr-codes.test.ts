import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import jsQR from 'jsqr';
import pino from 'pino';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../api/app';
import { entryPointRoutes } from '../api/entry-point-routes';
import { errorHandler } from '../api/error-handler';
import { qrRoutes } from '../api/qr-routes';
import { conversationKey } from '../messages/conversation-key';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createEntryPoint, recordEntry } from '../cases/in-beeld/entry-points';
import { recordIntakeOutcome } from '../cases/case/record-intake-outcome';
import { seedDemoCoaches } from '../cases/staff/seed-demo-coaches';
import { loadConfig } from '../config';
import { caseEvents, cases, conversationEntries, conversations } from '../drizzle/schema';
import { createI18n } from '../locales';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const protector = createDataProtector(Buffer.alloc(32, 5));
let database: TestDatabase;

async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const deps: AppDeps = {
    config: loadConfig({ ADMIN_TOKEN, PUBLIC_BASE_URL: 'https://jongerenloket.test', ...env }),
    database,
    protector,
    i18n: createI18n(),
    logger: pino({ level: 'silent' }),
    chat: { receive: () => Promise.reject(new Error('not used')), hasConversation: () => Promise.reject(new Error('not used')), messagesAfter: () => Promise.reject(new Error('not used')), subscribe: () => Promise.reject(new Error('not used')) },
    enqueueTurns: () => Promise.reject(new Error('not used')),
    enqueueSends: () => Promise.reject(new Error('not used')),
    enqueueEvents: async () => {},
    queueReady: async () => true,
  };
  const app = Fastify();
  app.setErrorHandler(errorHandler);
  await app.register(qrRoutes, deps);
  await app.register(entryPointRoutes, deps);
  await app.ready();
  return app;
}

const twilioEnv = {
  TWILIO_ACCOUNT_SID: `AC${'0123456789abcdef'.repeat(2)}`,
  TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789',
  TWILIO_WHATSAPP_FROM: 'whatsapp:+3197010000001',
};
let withTwilio: FastifyInstance;
let webOnly: FastifyInstance;
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  await seedDemoCoaches(database.db, protector);
  withTwilio = await appWith(twilioEnv);
  webOnly = await appWith({});
});

afterAll(async () => {
  await withTwilio?.close();
  await webOnly?.close();
  await database?.drop();
});

function decodePng(body: Buffer): string | undefined {
  const png = PNG.sync.read(body);
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

async function newEntryPoint(app: FastifyInstance, label = 'Poster Keizer Karel College'): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/entry-points', headers: auth, payload: { label, municipality: 'amstelveen', kind: 'school' } });
  expect(response.statusCode).toBe(201);
  return response.json().entryPoint.code as string;
}

describe('QR codes of entry points', () => {
  it('encodes the WhatsApp link with the prefilled start text carrying the code, read back by an independent decoder', async () => {
    const code = await newEntryPoint(withTwilio);
    const png = await withTwilio.inject({ url: `/qr/${code}.png` });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['cache-control']).toContain('max-age');
    const expected = `https://wa.me/3197010000001?text=${encodeURIComponent(`Hoi! Ik wil graag hulp. (code ${code})`)}`;
    expect(decodePng(png.rawPayload)).toBe(expected);

    const english = await withTwilio.inject({ url: `/qr/${code}.png?lang=en` });
    expect(decodePng(english.rawPayload)).toBe(`https://wa.me/3197010000001?text=${encodeURIComponent(`Hi! I would like some help. (code ${code})`)}`);
  });

  it('encodes the web chat link when no Twilio number is configured', async () => {
    const code = await newEntryPoint(webOnly);
    const png = await webOnly.inject({ url: `/qr/${code.toLowerCase()}.png` });
    expect(decodePng(png.rawPayload)).toBe(`https://jongerenloket.test/chat?start=${code}`);
  });

  it('serves an SVG and a one-page A4 poster', async () => {
    const code = await newEntryPoint(withTwilio);
    const svg = await withTwilio.inject({ url: `/qr/${code}.svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);

    const pdf = await withTwilio.inject({ url: `/qr/${code}/poster.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdf.rawPayload.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('answers 404 for an unknown or switched-off code, and 401 to manage without a token', async () => {
    expect((await withTwilio.inject({ url: '/qr/ZZZZZZ.png' })).statusCode).toBe(404);
    expect((await withTwilio.inject({ url: '/qr/ZZZZZZ/poster.pdf' })).statusCode).toBe(404);
    expect((await withTwilio.inject({ url: '/qr/nonsense.gif' })).statusCode).toBe(400);
    const code = await newEntryPoint(withTwilio);
    const off = await withTwilio.inject({ method: 'PATCH', url: `/api/entry-points/${code}`, headers: auth, payload: { active: false } });
    expect(off.json().entryPoint.active).toBe(false);
    expect((await withTwilio.inject({ url: `/qr/${code}.svg` })).statusCode).toBe(404);
    expect((await withTwilio.inject({ url: '/api/entry-points' })).statusCode).toBe(401);
  });
});

describe('attribution to an entry point', () => {
  async function conversation(phone: string): Promise<string> {
    const [row] = await database.db
      .insert(conversations)
      .values({ key: conversationKey(protector, 'whatsapp', phone), channel: 'whatsapp', addressEnc: protector.encrypt(phone) })
      .returning({ id: conversations.id });
    return row!.id;
  }

  it('attributes the first message with a code, and a returning young person gets an entry, not a second case', async () => {
    const { db } = database;
    const poster = await createEntryPoint(db, { scope: { all: true }, label: 'Sportpark Amstelveen', municipality: 'amstelveen', kind: 'sportvereniging' });
    const instagram = await createEntryPoint(db, { scope: { all: true }, label: 'Instagram', municipality: 'amstelveen', kind: 'social_media' });
    const conversationId = await conversation('+31612340001');

    expect(await db.transaction((tx) => recordEntry(tx, { conversationId, code: poster.code.toLowerCase() }))).toEqual({ entryPointCode: poster.code, first: true });
    // The same start text sent again is the same entry.
    expect(await recordEntry(db, { conversationId, code: poster.code })).toEqual({ entryPointCode: poster.code, first: true });
    expect(await recordEntry(db, { conversationId, code: 'QQQQQQ' })).toBeUndefined();

    const outcome = await recordIntakeOutcome(db, {
      eventId: 9001,
      conversationId,
      intake: { age: 19, municipality: 'amstelveen', diploma: 'vmbo', hasStartkwalificatie: false, wants: 'school', locale: 'nl' },
      summaryEnc: protector.encrypt('test'),
    });

    // Months later they scan another code.
    expect(await recordEntry(db, { conversationId, code: instagram.code })).toEqual({ entryPointCode: instagram.code, first: false });
    const youthCases = await db.select().from(cases).innerJoin(conversationEntries, eq(conversationEntries.conversationId, conversationId));
    expect(new Set(youthCases.map((r) => r.cases.id))).toEqual(new Set([outcome.caseId]));
    const history = await db.select().from(caseEvents).where(eq(caseEvents.caseId, outcome.caseId));
    expect(history.some((e) => e.type === 'entry.returned')).toBe(true);

    const list = await withTwilio.inject({ url: '/api/entry-points', headers: auth });
    const counted = (code: string) => list.json().entryPoints.find((e: { code: string }) => e.code === code);
    expect(counted(poster.code)).toMatchObject({ conversations: 1, entries: 1, cases: 1 });
    expect(counted(instagram.code)).toMatchObject({ conversations: 0, entries: 1, cases: 0 });
  });
});
