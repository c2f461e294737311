import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachRoutes } from '../api/coach-routes';
import { errorHandler } from '../api/error-handler';
import { recordIntakeOutcome } from '../cases/case/record-intake-outcome';
import { createDataProtector } from '../cases/privacy/data-protector';
import { readEventPayload } from '../cases/domain-event-repository';
import { readSummary } from '../cases/handover/handover-repository';
import { createCoach, type NewCoach } from '../cases/staff/coach-repository';
import { caseEvents, cases, conversations, domainEvents, handovers } from '../drizzle/schema';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-handover-at-18-tests-01';
const protector = createDataProtector(Buffer.alloc(32, 7));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let database: TestDatabase;
let app: FastifyInstance;
const queued: number[] = [];
let nextEventId = 1;

beforeAll(async () => {
  database = await createTestDatabase({ max: 8 });
  app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  await app.register(coachRoutes, coachApiDeps({ database, protector, adminToken: ADMIN_TOKEN, events: queued }));
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function coach(input: Partial<NewCoach> & Pick<NewCoach, 'firstName' | 'role'>) {
  return createCoach(database.db, protector, { lastName: 'Test', municipality: 'aalsmeer', ...input });
}

async function intake(input: { age: number; wants: 'school' | 'werk' | 'weet_niet'; hasStartkwalificatie: boolean }) {
  const [conversation] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
    .returning({ id: conversations.id });
  return database.db.transaction((tx) =>
    recordIntakeOutcome(tx, {
      eventId: nextEventId++,
      conversationId: conversation!.id,
      intake: { age: input.age, municipality: 'aalsmeer', diploma: input.hasStartkwalificatie ? 'havo_vwo' : 'vmbo', hasStartkwalificatie: input.hasStartkwalificatie, wants: input.wants, locale: 'nl' },
      summaryEnc: protector.encrypt(`Jongere van ${input.age} jaar uit Aalsmeer.`),
    }),
  );
}

describe('POST /api/cases/:id/handover-at-18', () => {
  it('the leerplichtambtenaar hands a young person who wants work over to the jongerencoach werk, warmly and on record', async () => {
    const lpa = await coach({ firstName: 'Lotte', role: 'leerplichtambtenaar' });
    const werk = await coach({ firstName: 'Wim', role: 'jongerencoach_werk' });
    const outcome = await intake({ age: 17, wants: 'werk', hasStartkwalificatie: false });
    expect(outcome.coach?.id).toBe(lpa.coach.id);
    queued.length = 0;

    const res = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(lpa.token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ caseId: outcome.caseId, route: 'werk', coach: { id: werk.coach.id, firstName: 'Wim', role: 'jongerencoach_werk' } });
    // The case is the new coach's now: the leerplichtambtenaar no longer reads it.
    expect((await app.inject({ url: `/api/cases/${outcome.caseId}`, headers: bearer(lpa.token) })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/cases/${outcome.caseId}`, headers: bearer(werk.token) })).json().case).toMatchObject({ route: 'werk' });

    // Warm: the new coach's handover carries the old summary and why; the young person is told (handover.created).
    const [handover] = await database.db.select().from(handovers).where(eq(handovers.coachId, werk.coach.id));
    expect(readSummary(protector, handover!)).toBe('Jongere van 17 jaar uit Aalsmeer. Overgedragen van Lotte (18 jaar, leerplicht voorbij).');
    const [event] = await database.db.select().from(domainEvents).where(eq(domainEvents.id, queued[0]!));
    expect(event).toMatchObject({ type: 'handover.created' });
    expect(readEventPayload(protector, event!)).toEqual({ handoverId: handover?.id, tellYouth: true });
    // Audited: who did it, in the case history.
    const history = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, outcome.caseId));
    expect(history.filter((e) => ['contact.reassigned', 'route.changed'].includes(e.type)).map((e) => [e.type, e.actor])).toEqual([
      ['contact.reassigned', lpa.coach.id],
      ['route.changed', lpa.coach.id],
    ]);

    // Once: the old coach has no say any more, and for the new coach the case is no longer on the leerplicht route.
    const byOld = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(lpa.token) });
    expect(byOld.statusCode).toBe(403);
    const again = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(werk.token) });
    expect(again.statusCode).toBe(409);
  });

  it('without a startkwalificatie and undecided, the doorstroomcoach takes over; another coach may not do it', async () => {
    const lpa = await coach({ firstName: 'Lars', role: 'leerplichtambtenaar' });
    const school = await coach({ firstName: 'Dana', role: 'doorstroomcoach' });
    const outcome = await intake({ age: 17, wants: 'weet_niet', hasStartkwalificatie: false });
    const stranger = await coach({ firstName: 'Sam', role: 'jongerencoach_werk' });
    const denied = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(stranger.token) });
    expect(denied.statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(ADMIN_TOKEN) });
    expect(res.statusCode).toBe(200);
    const [row] = await database.db.select({ route: cases.route, coachId: cases.coachId }).from(cases).where(eq(cases.id, outcome.caseId));
    expect(row).toEqual({ route: 'school', coachId: school.coach.id });
    expect(lpa.coach.id).not.toBe(school.coach.id);
  });

  it('refuses a case that is not on the leerplicht route', async () => {
    await coach({ firstName: 'Wouter', role: 'jongerencoach_werk' });
    const outcome = await intake({ age: 20, wants: 'werk', hasStartkwalificatie: true });
    const res = await app.inject({ method: 'POST', url: `/api/cases/${outcome.caseId}/handover-at-18`, headers: bearer(ADMIN_TOKEN) });
    expect(res.statusCode).toBe(409);
  });
});
