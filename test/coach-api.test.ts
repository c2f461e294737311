import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import { coachApiDeps } from './support/coach-api-deps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachRoutes } from '../api/coach-routes';
import { errorHandler } from '../api/error-handler';
import { healthRoutes } from '../api/health-routes';
import { createCoach } from '../cases/staff/coach-repository';
import { seedDemoCoaches } from '../cases/staff/seed-demo-coaches';
import { createDataProtector } from '../cases/privacy/data-protector';
import { recordIntakeOutcome, type IntakeOutcome } from '../cases/case/record-intake-outcome';
import { caseEvents, coaches, conversations } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const protector = createDataProtector(Buffer.alloc(32, 3));
let database: TestDatabase;
let app: FastifyInstance;
let queueUp = true;
const queuedEvents: number[] = [];
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  // The coach API uses neither the chat nor the turn queue.
  const deps = coachApiDeps({ database, protector, adminToken: ADMIN_TOKEN, events: queuedEvents, queueReady: async () => queueUp });
  const logger: FastifyBaseLogger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  app = Fastify({ bodyLimit: 64 * 1024, loggerInstance: logger });
  app.setErrorHandler(errorHandler);
  await app.register(healthRoutes, deps);
  await app.register(coachRoutes, deps);
  app.post('/test/boom', async () => {
    throw new Error('database password is hunter2');
  });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const coachCount = async () => (await database.db.select({ n: count() }).from(coaches))[0]!.n;

async function intakeFor(municipality: 'amstelveen' | 'aalsmeer', eventId: number): Promise<IntakeOutcome> {
  const [conversation] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
    .returning({ id: conversations.id });
  return database.db.transaction((tx) =>
    recordIntakeOutcome(tx, {
      eventId,
      conversationId: conversation!.id,
      intake: { age: 20, municipality, diploma: 'vmbo', hasStartkwalificatie: false, wants: 'school', locale: 'nl' },
      summaryEnc: protector.encrypt(`Samenvatting ${municipality}`),
    }),
  );
}

describe('health', () => {
  it('is alive, and ready only when the database and the queue answer', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ ok: true });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ ok: true, database: 'up', queue: 'up' });

    queueUp = false;
    const notReady = await app.inject({ url: '/readyz' });
    queueUp = true;
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toEqual({ ok: false, database: 'up', queue: 'down' });
  });
});

describe('authentication', () => {
  it('refuses a request without a token, and with a wrong one', async () => {
    const none = await app.inject({ url: '/api/handovers' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.json()).toEqual({ error: 'A valid bearer token is required' });

    expect((await app.inject({ url: '/api/handovers', headers: bearer('not-a-token') })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/cases', headers: { authorization: ADMIN_TOKEN } })).statusCode).toBe(401);
  });

  it('lets the admin manage coaches and keeps a coach out of it', async () => {
    expect((await app.inject({ url: '/api/coaches', headers: admin })).statusCode).toBe(200);
    const { token } = await createCoach(database.db, protector, {
      firstName: 'Iris',
      lastName: 'Smit',
      role: 'doorstroomcoach',
      municipality: 'amstelveen',
    });
    expect((await app.inject({ url: '/api/handovers', headers: bearer(token) })).statusCode).toBe(200);
    const forbidden = await app.inject({ url: '/api/coaches', headers: bearer(token) });
    expect(forbidden.statusCode).toBe(403);
    const before = await coachCount();
    const post = await app.inject({
      method: 'POST',
      url: '/api/coaches',
      headers: bearer(token),
      payload: { firstName: 'X', lastName: 'Y', role: 'sociaal_team', municipality: 'aalsmeer' },
    });
    expect(post.statusCode).toBe(403);
    expect(await coachCount()).toBe(before);
  });

  it('stops accepting the token of a deactivated coach', async () => {
    const { coach, token } = await createCoach(database.db, protector, {
      firstName: 'Gone',
      lastName: 'Away',
      role: 'sociaal_team',
      municipality: 'aalsmeer',
    });
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.id, coach.id));
    expect((await app.inject({ url: '/api/handovers', headers: bearer(token) })).statusCode).toBe(401);
  });
});

describe('POST /api/coaches', () => {
  it('creates a coach whose token works at once, with the number in E.164 and encrypted at rest', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/coaches',
      headers: admin,
      payload: {
        firstName: 'Noor',
        lastName: 'Hendriks',
        role: 'jongerencoach_werk',
        municipality: 'aalsmeer',
        whatsapp: '06 1234 5699',
        email: 'noor.hendriks@example.nl',
        capacity: 12,
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.coach).toMatchObject({ firstName: 'Noor', role: 'jongerencoach_werk', whatsapp: '+31612345699', capacity: 12 });
    expect(body.token).toEqual(expect.any(String));

    expect((await app.inject({ url: '/api/handovers', headers: bearer(body.token) })).statusCode).toBe(200);

    const [stored] = await database.db.select().from(coaches).where(eq(coaches.id, body.coach.id));
    expect(stored!.whatsappEnc).not.toContain('12345699');
    expect(stored!.tokenHash).not.toBe(body.token);

    const list = await app.inject({ url: '/api/coaches', headers: admin });
    const listed = list.json().coaches.find((c: { id: string }) => c.id === body.coach.id);
    expect(listed).toMatchObject({ whatsapp: '+31612345699', openCases: 0 });
    expect(JSON.stringify(list.json())).not.toMatch(/tokenHash|token_hash|whatsappEnc/);
  });

  it.each([
    ['a missing last name', { firstName: 'A', role: 'doorstroomcoach', municipality: 'amstelveen' }, 'lastName'],
    ['an unknown role', { firstName: 'A', lastName: 'B', role: 'boss', municipality: 'amstelveen' }, 'role'],
    ['another municipality', { firstName: 'A', lastName: 'B', role: 'doorstroomcoach', municipality: 'utrecht' }, 'municipality'],
    ['a phone number that is not one', { firstName: 'A', lastName: 'B', role: 'doorstroomcoach', municipality: 'amstelveen', whatsapp: '12345' }, 'whatsapp'],
    ['a bad e-mail address', { firstName: 'A', lastName: 'B', role: 'doorstroomcoach', municipality: 'amstelveen', email: 'nope' }, 'email'],
    ['a capacity of zero', { firstName: 'A', lastName: 'B', role: 'doorstroomcoach', municipality: 'amstelveen', capacity: 0 }, 'capacity'],
    ['a misspelt field', { firstName: 'A', lastName: 'B', role: 'doorstroomcoach', municipality: 'amstelveen', whatsApp: '0612345678' }, 'whatsApp'],
  ])('refuses %s with a 400 that names it, and stores nothing', async (_what, payload, field) => {
    const before = await coachCount();
    const response = await app.inject({ method: 'POST', url: '/api/coaches', headers: admin, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toContain(field);
    expect(await coachCount()).toBe(before);
  });

  it('answers 415 to a body that is not JSON and 413 to one that is too large', async () => {
    const before = await coachCount();
    const text = await app.inject({ method: 'POST', url: '/api/coaches', headers: { ...admin, 'content-type': 'application/xml' }, payload: '<coach/>' });
    expect(text.statusCode).toBe(415);
    const big = await app.inject({
      method: 'POST',
      url: '/api/coaches',
      headers: admin,
      payload: { firstName: 'x'.repeat(70_000), lastName: 'B', role: 'doorstroomcoach', municipality: 'amstelveen' },
    });
    expect(big.statusCode).toBe(413);
    const broken = await app.inject({ method: 'POST', url: '/api/coaches', headers: { ...admin, 'content-type': 'application/json' }, payload: '{"firstName":' });
    expect(broken.statusCode).toBe(400);
    expect(await coachCount()).toBe(before);
  });
});

describe('a coach sees only their own work', () => {
  let amstelveen: { id: string; token: string };
  let aalsmeer: { id: string; token: string };
  let mine: IntakeOutcome;
  let theirs: IntakeOutcome;

  beforeAll(async () => {
    // The only active doorstroomcoaches: the intakes below go to them.
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'doorstroomcoach'));
    const a = await createCoach(database.db, protector, { firstName: 'Eva', lastName: 'Groot', role: 'doorstroomcoach', municipality: 'amstelveen' });
    const b = await createCoach(database.db, protector, { firstName: 'Tim', lastName: 'Klein', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    amstelveen = { id: a.coach.id, token: a.token };
    aalsmeer = { id: b.coach.id, token: b.token };
    mine = await intakeFor('amstelveen', 101);
    theirs = await intakeFor('aalsmeer', 102);
  });

  it('lists own handovers and cases; the admin sees all', async () => {
    const handovers = (await app.inject({ url: '/api/handovers', headers: bearer(amstelveen.token) })).json().handovers;
    expect(handovers.map((h: { id: string }) => h.id)).toEqual([mine.handoverId]);
    expect(handovers[0]).toMatchObject({ summary: 'Samenvatting amstelveen', status: 'open', coach: { firstName: 'Eva' } });

    const cases = (await app.inject({ url: '/api/cases', headers: bearer(amstelveen.token) })).json().cases;
    expect(cases).toEqual([
      expect.objectContaining({
        id: mine.caseId,
        route: 'school',
        step: 'intake',
        status: 'open',
        youth: { age: 20, municipality: 'amstelveen' },
        coach: expect.objectContaining({ firstName: 'Eva', lastName: 'Groot' }),
      }),
    ]);

    const all = (await app.inject({ url: '/api/cases', headers: admin })).json().cases.map((c: { id: string }) => c.id);
    expect(all).toEqual(expect.arrayContaining([mine.caseId, theirs.caseId]));
  });

  it('opens own case with its history, refuses another coach’s, and says when one does not exist', async () => {
    const own = await app.inject({ url: `/api/cases/${mine.caseId}`, headers: bearer(amstelveen.token) });
    expect(own.statusCode).toBe(200);
    expect(own.json().case.events.map((e: { type: string }) => e.type)).toEqual(['case.opened', 'contact.assigned']);
    expect(own.json().case.handovers).toHaveLength(1);

    expect((await app.inject({ url: `/api/cases/${theirs.caseId}`, headers: bearer(amstelveen.token) })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/cases/${randomUUID()}`, headers: admin })).statusCode).toBe(404);
    const bad = await app.inject({ url: '/api/cases/not-a-uuid', headers: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain('id');
  });

  it('acknowledges a handover once, however often it is sent, and only for its own coach', async () => {
    const url = `/api/handovers/${mine.handoverId}/acknowledge`;
    expect((await app.inject({ method: 'POST', url, headers: bearer(aalsmeer.token) })).statusCode).toBe(403);

    const first = await app.inject({ method: 'POST', url, headers: bearer(amstelveen.token) });
    const second = await app.inject({ method: 'POST', url, headers: bearer(amstelveen.token) });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(first.json().handover).toMatchObject({ id: mine.handoverId, status: 'acknowledged' });
    expect(second.json().handover.acknowledgedAt).toBe(first.json().handover.acknowledgedAt);

    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.type, 'handover.acknowledged'));
    expect(events.map((e) => [e.caseId, e.actor])).toEqual([[mine.caseId, amstelveen.id]]);

    const open = (await app.inject({ url: '/api/handovers?status=open', headers: bearer(amstelveen.token) })).json().handovers;
    expect(open).toEqual([]);
    const done = (await app.inject({ url: '/api/handovers?status=acknowledged', headers: bearer(amstelveen.token) })).json().handovers;
    expect(done).toHaveLength(1);
    expect((await app.inject({ url: '/api/handovers?status=later', headers: admin })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/handovers/${randomUUID()}/acknowledge`, headers: admin })).statusCode).toBe(404);
  });
});

describe('errors of the system', () => {
  it('answers 500 with an id to quote and nothing of the cause', async () => {
    const response = await app.inject({ method: 'POST', url: '/test/boom', payload: { phone: '+31612345678' } });
    expect(response.statusCode).toBe(500);
    const { id } = response.json();
    expect(response.json()).toEqual({ error: 'Internal error', id: expect.any(String) });
    expect(response.body).not.toContain('hunter2');

    // Logged with the id a user quotes, and without the request body.
    const logged = logLines.find((line) => line.includes('Unhandled error'));
    expect(logged).toContain(`"requestId":"${id}"`);
    expect(logged).toContain('hunter2');
    expect(logLines.join('\n')).not.toContain('+31612345678');
  });
});

describe('seedDemoCoaches', () => {
  it('creates one coach per role in both municipalities on the first start only, even when two start at once', async () => {
    const fresh = await createTestDatabase({ max: 4 });
    try {
      const created = await Promise.all([seedDemoCoaches(fresh.db, protector), seedDemoCoaches(fresh.db, protector)]);
      expect(created.sort()).toEqual([0, 8]);
      expect(await seedDemoCoaches(fresh.db, protector)).toBe(0);
      const rows = await fresh.db.select().from(coaches);
      expect(rows.map((c) => `${c.municipality}:${c.role}`).sort()).toEqual([
        'aalsmeer:doorstroomcoach',
        'aalsmeer:jongerencoach_werk',
        'aalsmeer:leerplichtambtenaar',
        'aalsmeer:sociaal_team',
        'amstelveen:doorstroomcoach',
        'amstelveen:jongerencoach_werk',
        'amstelveen:leerplichtambtenaar',
        'amstelveen:sociaal_team',
      ]);
      for (const row of rows) {
        expect(row.email).toMatch(/@example\.nl$/);
        expect(protector.decrypt(row.whatsappEnc!)).toMatch(/^\+3161234560\d$/);
      }
    } finally {
      await fresh.drop();
    }
  });
});
