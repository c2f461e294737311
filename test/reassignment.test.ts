import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { coachApiDeps } from './support/coach-api-deps';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { coachRoutes } from '../api/coach-routes';
import { errorHandler } from '../api/error-handler';
import { createCoach, type NewCoach } from '../cases/staff/coach-repository';
import { createDataProtector } from '../cases/privacy/data-protector';
import { readEventPayload } from '../cases/domain-event-repository';
import { readSummary } from '../cases/handover/handover-repository';
import { recordIntakeOutcome, type IntakeOutcome } from '../cases/case/record-intake-outcome';
import { caseEvents, cases, coaches, conversations, domainEvents, handovers } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-reassignment-tests-0123';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const protector = createDataProtector(Buffer.alloc(32, 5));
let database: TestDatabase;
let app: FastifyInstance;
const queued: number[] = [];
let nextEventId = 1;

beforeAll(async () => {
  database = await createTestDatabase({ max: 12 });
  const deps = coachApiDeps({ database, protector, adminToken: ADMIN_TOKEN, events: queued });
  app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  await app.register(coachRoutes, deps);
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function coach(input: Partial<NewCoach> & Pick<NewCoach, 'firstName'>) {
  const { coach } = await createCoach(database.db, protector, { lastName: 'Test', role: 'doorstroomcoach', municipality: 'amstelveen', ...input });
  return coach;
}

async function intake(options: { municipality?: 'amstelveen' | 'aalsmeer'; intensity?: 'licht' | 'middelzwaar' | 'intensief' } = {}): Promise<IntakeOutcome & { conversationId: string }> {
  const [conversation] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
    .returning({ id: conversations.id });
  const conversationId = conversation!.id;
  const zelfscan = options.intensity
    ? { levels: {}, obstacles: [], attention: [], strengths: [], talkAbout: [], skipped: [], intensity: options.intensity, multiproblematiek: false }
    : undefined;
  const outcome = await database.db.transaction((tx) =>
    recordIntakeOutcome(tx, {
      eventId: nextEventId++,
      conversationId,
      intake: { age: 20, municipality: options.municipality ?? 'amstelveen', diploma: 'vmbo', hasStartkwalificatie: false, wants: 'school', locale: 'nl', zelfscan },
      summaryEnc: protector.encrypt('Jongere van 20 jaar uit Amstelveen.'),
    }),
  );
  return { ...outcome, conversationId };
}

const patchCoach = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/api/coaches/${id}`, headers: admin, payload });

// Each test starts with no active doorstroomcoach, so it controls who may take the cases.
beforeEach(async () => {
  await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'doorstroomcoach'));
  queued.length = 0;
});

describe('PATCH /api/coaches/:id reassigns the cases of a coach who becomes absent', () => {
  it('gives each open case a new vaste contactpersoon with a handover, case events and outbox events', async () => {
    const anna = await coach({ firstName: 'Anna' });
    const mine = [await intake({ intensity: 'intensief' }), await intake(), await intake({ intensity: 'middelzwaar' })];
    expect(mine.every((o) => o.coach?.id === anna.id)).toBe(true);
    const ben = await coach({ firstName: 'Ben', capacity: 4 });
    const cor = await coach({ firstName: 'Cor', capacity: 10 });

    // A date far ahead, written with the offset an admin in the Netherlands would use.
    const until = '2099-09-01T00:00:00+02:00';
    const response = await patchCoach(anna.id, { absentUntil: until });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.coach).toMatchObject({ id: anna.id, absentUntil: new Date(until).toISOString() });
    expect(body.reassigned).toHaveLength(3);

    const rows = await database.db.select().from(cases).where(inArray(cases.id, mine.map((o) => o.caseId)));
    expect(rows.every((r) => r.coachId !== anna.id && r.status === 'open')).toBe(true);
    // Least weighted load first, within capacity: intensief (3) → Ben (0 of 4), licht (1) → Cor (0 < 3), middelzwaar (2) → Cor (1; Ben has 3 of 4).
    const newCoachOf = (caseId: string) => rows.find((r) => r.id === caseId)?.coachId;
    expect(mine.map((o) => newCoachOf(o.caseId))).toEqual([ben.id, cor.id, cor.id]);

    for (const o of mine) {
      const [handover] = await database.db
        .select()
        .from(handovers)
        .where(and(eq(handovers.caseId, o.caseId), eq(handovers.reason, 'reassignment')));
      expect(handover).toMatchObject({ coachId: newCoachOf(o.caseId), status: 'open' });
      expect(readSummary(protector, handover!)).toMatch(/^Jongere van 20 jaar uit Amstelveen\. Overgedragen van Anna \(afwezig tot 1 september 2099\)/);

      const events = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, o.caseId), eq(caseEvents.type, 'contact.reassigned')));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: 'admin', data: { from: anna.id, to: newCoachOf(o.caseId), reason: 'absent', handoverId: handover!.id } });

      const [outbox] = await database.db.select().from(domainEvents).where(eq(domainEvents.conversationId, o.conversationId));
      expect(outbox).toMatchObject({ type: 'handover.created', processedAt: null });
      expect(readEventPayload(protector, outbox!)).toEqual({ handoverId: handover!.id, tellYouth: true });
      expect(queued).toContain(outbox!.id);
    }
    expect(queued).toHaveLength(3);

    // While she is away, a new young person does not go to her (she sorts first by name).
    expect((await intake()).coach?.id).not.toBe(anna.id);
  });

  it('moves the cases of a coach who left, falling back to the Sociaal team when the role has nobody', async () => {
    const solo = await coach({ firstName: 'Dana', municipality: 'aalsmeer' });
    const theCase = await intake({ municipality: 'aalsmeer' });
    expect(theCase.coach?.id).toBe(solo.id);
    const team = await coach({ firstName: 'Eef', role: 'sociaal_team', municipality: 'aalsmeer' });
    await database.db.update(coaches).set({ active: false }).where(and(eq(coaches.role, 'sociaal_team'), eq(coaches.municipality, 'aalsmeer')));
    await database.db.update(coaches).set({ active: true }).where(eq(coaches.id, team.id));

    const response = await patchCoach(solo.id, { active: false });
    expect(response.statusCode).toBe(200);
    const [row] = await database.db.select().from(cases).where(eq(cases.id, theCase.caseId));
    expect(row!.coachId).toBe(team.id);
    const [event] = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, theCase.caseId), eq(caseEvents.type, 'contact.reassigned')));
    expect(event!.data).toMatchObject({ reason: 'gone', fallbackSociaalTeam: true });
    const [handover] = await database.db.select().from(handovers).where(and(eq(handovers.caseId, theCase.caseId), eq(handovers.reason, 'reassignment')));
    expect(readSummary(protector, handover!)).toContain('Overgedragen van Dana (niet meer in dienst)');
  });

  it('refuses with 409 and changes nothing when nobody could take over', async () => {
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.municipality, 'aalsmeer'));
    const last = await coach({ firstName: 'Fleur', municipality: 'aalsmeer' });
    const theCase = await intake({ municipality: 'aalsmeer' });
    const response = await patchCoach(last.id, { absentUntil: new Date(Date.now() + 86_400_000).toISOString() });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toContain('No active coach');
    const [stored] = await database.db.select().from(coaches).where(eq(coaches.id, last.id));
    expect(stored!.absentUntil).toBeNull();
    const [row] = await database.db.select().from(cases).where(eq(cases.id, theCase.caseId));
    expect(row!.coachId).toBe(last.id);
    expect(queued).toEqual([]);
  });

  it('does nothing to the cases for a change that keeps the coach available', async () => {
    const gijs = await coach({ firstName: 'Gijs' });
    const theCase = await intake();
    const response = await patchCoach(gijs.id, { capacity: 12, absentUntil: null, email: 'gijs@example.nl' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ coach: { capacity: 12, email: 'gijs@example.nl' }, reassigned: [] });
    const [row] = await database.db.select().from(cases).where(eq(cases.id, theCase.caseId));
    expect(row!.coachId).toBe(gijs.id);
  });
});

describe('two admins at once', () => {
  it('never moves a case twice, nor onto a coach who is being marked absent at the same moment', async () => {
    const a = await coach({ firstName: 'Hein' });
    const casesOfA = [await intake(), await intake(), await intake()];
    const b = await coach({ firstName: 'Iris' });
    // Iris would be the one to take over from Hein and vice versa: both are marked absent at once.
    const c = await coach({ firstName: 'Joop', capacity: 50 });
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.id, c.id));
    const casesOfB = [await intake(), await intake()];
    expect(casesOfB.every((o) => o.coach?.id === b.id)).toBe(true);
    await database.db.update(coaches).set({ active: true }).where(eq(coaches.id, c.id));

    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const [ra, rb, again] = await Promise.all([
      patchCoach(a.id, { absentUntil: until }),
      patchCoach(b.id, { absentUntil: until }),
      patchCoach(a.id, { absentUntil: until }),
    ]);
    expect([ra.statusCode, rb.statusCode, again.statusCode]).toEqual([200, 200, 200]);

    const all = [...casesOfA, ...casesOfB].map((o) => o.caseId);
    const rows = await database.db.select().from(cases).where(inArray(cases.id, all));
    // Everyone ends with Joop, the only one present; nobody with an absent coach.
    expect(rows.map((r) => r.coachId)).toEqual(all.map(() => c.id));
    const moves = await database.db.select().from(caseEvents).where(and(inArray(caseEvents.caseId, all), eq(caseEvents.type, 'contact.reassigned')));
    // Hein's cases may have gone to Iris first and on to Joop; never twice from the same coach.
    const perCaseFrom = moves.map((m) => `${m.caseId}:${(m.data as { from: string }).from}`);
    expect(new Set(perCaseFrom).size).toBe(perCaseFrom.length);
    for (const m of moves) {
      const [handover] = await database.db.select().from(handovers).where(eq(handovers.id, (m.data as { handoverId: string }).handoverId));
      expect(handover!.coachId).toBe((m.data as { to: string }).to);
    }
    const openHandoversToAbsent = await database.db
      .select()
      .from(handovers)
      .where(and(inArray(handovers.caseId, all), eq(handovers.reason, 'reassignment'), inArray(handovers.coachId, [a.id, b.id]), eq(handovers.status, 'open')));
    // A reassignment handover to Iris may exist only if her own move then passed it on to Joop.
    for (const h of openHandoversToAbsent) {
      const onward = moves.find((m) => m.caseId === h.caseId && (m.data as { from: string }).from === h.coachId);
      expect(onward).toBeDefined();
    }
    expect(queued).toHaveLength(moves.length);
  });
});
