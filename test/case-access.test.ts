import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { coachApiDeps } from './support/coach-api-deps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachRoutes } from '../api/coach-routes';
import { errorHandler } from '../api/error-handler';
import { createCoach } from '../cases/staff/coach-repository';
import { createDataProtector } from '../cases/privacy/data-protector';
import { recordIntakeOutcome, type IntakeOutcome } from '../cases/case/record-intake-outcome';
import { auditLog, caseEvents, cases, coaches, conversations } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-access-tests-0123456789';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const protector = createDataProtector(Buffer.alloc(32, 9));
let database: TestDatabase;
let app: FastifyInstance;
let nextEventId = 1;
const queued: number[] = [];

interface Who {
  id: string;
  token: string;
}
let eva: Who; // doorstroomcoach Amstelveen, the coach of `amstelveenCase`
let noor: Who; // jongerencoach werk Amstelveen, a colleague
let tim: Who; // doorstroomcoach Aalsmeer
let boss: Who; // admin-coach of Aalsmeer
let amstelveenCase: IntakeOutcome;
let aalsmeerCase: IntakeOutcome;

async function who(input: { firstName: string; role: 'doorstroomcoach' | 'jongerencoach_werk'; municipality: 'amstelveen' | 'aalsmeer'; isAdmin?: boolean }): Promise<Who> {
  const { coach, token } = await createCoach(database.db, protector, { lastName: 'Test', ...input });
  return { id: coach.id, token };
}

async function intake(municipality: 'amstelveen' | 'aalsmeer', wants: 'school' | 'werk' = 'school'): Promise<IntakeOutcome> {
  const [conversation] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
    .returning({ id: conversations.id });
  return database.db.transaction((tx) =>
    recordIntakeOutcome(tx, {
      eventId: nextEventId++,
      conversationId: conversation!.id,
      intake: { age: 20, municipality, diploma: 'vmbo', hasStartkwalificatie: false, wants, locale: 'nl' },
      summaryEnc: protector.encrypt(`Samenvatting ${municipality}`),
    }),
  );
}

const reads = async (caseId: string) => database.db.select().from(auditLog).where(and(eq(auditLog.caseId, caseId), eq(auditLog.action, 'case.read')));

beforeAll(async () => {
  database = await createTestDatabase({ max: 6 });
  const deps = coachApiDeps({ database, protector, adminToken: ADMIN_TOKEN, events: queued });
  app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  await app.register(coachRoutes, deps);
  await app.ready();

  eva = await who({ firstName: 'Eva', role: 'doorstroomcoach', municipality: 'amstelveen' });
  noor = await who({ firstName: 'Noor', role: 'jongerencoach_werk', municipality: 'amstelveen' });
  tim = await who({ firstName: 'Tim', role: 'doorstroomcoach', municipality: 'aalsmeer' });
  boss = await who({ firstName: 'Bas', role: 'jongerencoach_werk', municipality: 'aalsmeer', isAdmin: true });
  amstelveenCase = await intake('amstelveen');
  aalsmeerCase = await intake('aalsmeer');
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('reading a case', () => {
  it('lets a coach of Aalsmeer neither read an Amstelveen case nor see it in their casusoverleg', async () => {
    const denied = await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(tim.token) });
    expect(denied.statusCode).toBe(403);
    expect(await reads(amstelveenCase.caseId)).toEqual([]);

    const overleg = (await app.inject({ url: '/api/casusoverleg', headers: bearer(tim.token) })).json().cases;
    expect(overleg.map((c: { caseId: string }) => c.caseId)).toEqual([aalsmeerCase.caseId]);
    expect(overleg[0]).toEqual({
      caseId: aalsmeerCase.caseId,
      reference: aalsmeerCase.caseId.slice(0, 8),
      // No name given in this intake.
      name: null,
      municipality: 'aalsmeer',
      route: 'school',
      step: 'intake',
      coach: { id: tim.id, firstName: 'Tim', lastName: 'Test', role: 'doorstroomcoach' },
      regie: null,
    });
  });

  it('shows a colleague of the same municipality who is whose contact, but not the details', async () => {
    const overleg = await app.inject({ url: '/api/casusoverleg', headers: bearer(noor.token) });
    expect(overleg.json().cases.map((c: { caseId: string }) => c.caseId)).toEqual([amstelveenCase.caseId]);
    expect(overleg.body).not.toContain('Samenvatting');
    expect((await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(noor.token) })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/cases', headers: bearer(noor.token) })).json().cases).toEqual([]);
  });

  it('makes a shared case readable, and writes every read to the audit log, not the refused ones', async () => {
    const before = (await reads(amstelveenCase.caseId)).length;
    // Only the case's coach (or an admin) shares, and only within the municipality.
    const byNoor = await app.inject({ method: 'POST', url: `/api/cases/${amstelveenCase.caseId}/shares`, headers: bearer(noor.token), payload: { coachId: noor.id } });
    expect(byNoor.statusCode).toBe(403);
    const across = await app.inject({ method: 'POST', url: `/api/cases/${amstelveenCase.caseId}/shares`, headers: bearer(eva.token), payload: { coachId: tim.id } });
    expect(across.statusCode).toBe(400);
    expect(across.json().error).toContain('coachId');

    const shared = await app.inject({ method: 'POST', url: `/api/cases/${amstelveenCase.caseId}/shares`, headers: bearer(eva.token), payload: { coachId: noor.id } });
    expect(shared.statusCode).toBe(201);
    const twice = await app.inject({ method: 'POST', url: `/api/cases/${amstelveenCase.caseId}/shares`, headers: bearer(eva.token), payload: { coachId: noor.id } });
    expect(twice.statusCode).toBe(200);

    const read = await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(noor.token) });
    expect(read.statusCode).toBe(200);
    expect(read.json().case.handovers[0].summary).toBe('Samenvatting amstelveen');
    expect(read.json().case.shares).toEqual([expect.objectContaining({ coachId: noor.id, sharedBy: eva.id })]);
    expect(read.json().case.events.filter((e: { type: string }) => e.type === 'case.shared')).toHaveLength(1);
    expect((await app.inject({ url: '/api/cases', headers: bearer(noor.token) })).json().cases.map((c: { id: string }) => c.id)).toEqual([amstelveenCase.caseId]);

    await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(eva.token) });
    await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(tim.token) }); // refused
    const entries = await reads(amstelveenCase.caseId);
    expect(entries.slice(before).map((e) => e.actor)).toEqual([noor.id, eva.id]);

    const audit = await app.inject({ url: `/api/audit?caseId=${amstelveenCase.caseId}`, headers: admin });
    const about = audit.json().entries as { actor: string; action: string; detail: unknown }[];
    expect(about.filter((e) => e.action === 'case.read').map((e) => e.actor)).toEqual([eva.id, noor.id]);
    // Seeing the case in a list counts too: Noor's list read names it among the cases it showed.
    expect(about).toContainEqual(expect.objectContaining({ actor: noor.id, action: 'cases.list', detail: { count: 1, caseIds: [amstelveenCase.caseId] } }));
    expect((await app.inject({ url: `/api/audit?caseId=${amstelveenCase.caseId}`, headers: bearer(eva.token) })).statusCode).toBe(403);

    // Unsharing ends it.
    const unshare = await app.inject({ method: 'DELETE', url: `/api/cases/${amstelveenCase.caseId}/shares/${noor.id}`, headers: bearer(eva.token) });
    expect(unshare.statusCode).toBe(204);
    expect((await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(noor.token) })).statusCode).toBe(403);
  });

  it('lets an admin-coach read every case of their own municipality only, and the admin token all', async () => {
    expect((await app.inject({ url: `/api/cases/${aalsmeerCase.caseId}`, headers: bearer(boss.token) })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: bearer(boss.token) })).statusCode).toBe(403);
    const bossAudit = (await app.inject({ url: '/api/audit', headers: bearer(boss.token) })).json().entries;
    // Entries about Aalsmeer's cases and by Aalsmeer's staff (their list reads), nothing of Amstelveen.
    expect(bossAudit.every((e: { caseId: string | null; municipality: string | null }) => e.caseId === aalsmeerCase.caseId || (e.caseId === null && e.municipality === 'aalsmeer'))).toBe(true);
    expect(JSON.stringify(bossAudit)).not.toContain(amstelveenCase.caseId);
    expect((await app.inject({ url: `/api/cases/${amstelveenCase.caseId}`, headers: admin })).statusCode).toBe(200);
    expect((await reads(amstelveenCase.caseId)).at(-1)?.actor).toBe('admin');
    // An admin-coach manages coaches, as the admin token does.
    expect((await app.inject({ url: '/api/coaches', headers: bearer(boss.token) })).statusCode).toBe(200);
  });
});

describe('steps, closing and reopening', () => {
  it('changes steps in any order, combined, each change a case event; a change to the same value writes none', async () => {
    const id = amstelveenCase.caseId;
    const patch = (payload: object, token = eva.token) => app.inject({ method: 'PATCH', url: `/api/cases/${id}`, headers: bearer(token), payload });
    const match = await patch({ step: 'match' }); // skipping routebepaling, activering, ondersteuning
    expect(match.statusCode).toBe(200);
    expect(match.json().case).toMatchObject({ step: 'match', combinedSteps: [] });
    const back = await patch({ step: 'activering', combinedSteps: ['nazorg', 'routebepaling'], intensity: 'middelzwaar' });
    expect(back.json().case).toMatchObject({ step: 'activering', combinedSteps: ['routebepaling', 'nazorg'], intensity: 'middelzwaar' });
    expect(back.json().changed).toEqual(['step.changed', 'intensity.changed']);
    expect((await patch({ step: 'activering' })).json().changed).toEqual([]);
    // The combined step that becomes the main one leaves the combined list.
    expect((await patch({ step: 'nazorg' })).json().case).toMatchObject({ step: 'nazorg', combinedSteps: ['routebepaling'] });

    const events = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'step.changed'))).orderBy(caseEvents.id);
    expect(events.map((e) => [e.actor, (e.data as { from: { step: string }; to: { step: string } }).from.step, (e.data as { to: { step: string } }).to.step])).toEqual([
      [eva.id, 'intake', 'match'],
      [eva.id, 'match', 'activering'],
      [eva.id, 'activering', 'nazorg'],
    ]);

    expect((await patch({ step: 'match' }, noor.token)).statusCode).toBe(403);
    const bad = await patch({ step: 'stap8' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain('step');
    const same = await patch({ step: 'match', combinedSteps: ['match'] });
    expect(same.statusCode).toBe(400);
    expect(same.json().error).toContain('combinedSteps');
    expect((await patch({})).statusCode).toBe(400);
  });

  it('closes with an outcome, refuses to close twice or reopen an open case (409), and reopens with the same coach', async () => {
    const id = amstelveenCase.caseId;
    const post = (path: string, payload?: object) =>
      app.inject({ method: 'POST', url: `/api/cases/${id}/${path}`, headers: bearer(eva.token), ...(payload ? { payload } : {}) });
    const open = await post('reopen');
    expect(open.statusCode).toBe(409);
    expect(open.json().error).toBe('The case is open already');
    expect((await post('close', { outcome: 'ergens' })).statusCode).toBe(400);

    const closed = await post('close', { outcome: 'onderwijs', note: 'Start in februari op het mbo, tel 0612345678' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().case).toMatchObject({ status: 'closed', outcome: 'onderwijs', closedAt: expect.any(String) });
    const event = closed.json().case.events.find((e: { type: string }) => e.type === 'case.closed');
    expect(event.data).toMatchObject({ outcome: 'onderwijs', note: 'Start in februari op het mbo, tel 0612345678' });
    // The note is stored encrypted.
    const [stored] = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'case.closed')));
    expect(JSON.stringify(stored!.data)).not.toContain('0612345678');

    const again = await post('close', { outcome: 'werk' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('The case is closed already');
    expect((await app.inject({ method: 'PATCH', url: `/api/cases/${id}`, headers: bearer(eva.token), payload: { step: 'intake' } })).statusCode).toBe(409);

    const reopened = await post('reopen');
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().case).toMatchObject({ status: 'open', outcome: null, closedAt: null, coach: { id: eva.id } });
    expect(reopened.json().case.events.at(-1)).toMatchObject({ type: 'case.reopened', actor: eva.id, data: { previousOutcome: 'onderwijs' } });
  });

  it('reopens a case of a coach who left with a new vaste contactpersoon, told through the outbox', async () => {
    const theCase = await intake('aalsmeer');
    expect(theCase.coach?.id).toBe(tim.id);
    const other = await who({ firstName: 'Uma', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    expect((await app.inject({ method: 'POST', url: `/api/cases/${theCase.caseId}/close`, headers: bearer(tim.token), payload: { outcome: 'verhuisd' } })).statusCode).toBe(200);
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.id, tim.id));
    queued.length = 0;
    const reopened = await app.inject({ method: 'POST', url: `/api/cases/${theCase.caseId}/reopen`, headers: bearer(boss.token) });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().case.coach.id).toBe(other.id);
    expect(reopened.json().case.handovers.at(-1)).toMatchObject({ coachId: other.id, reason: 'reassignment' });
    expect(queued).toHaveLength(1);
    await database.db.update(coaches).set({ active: true }).where(eq(coaches.id, tim.id));
  });
});

describe('GET /api/cases filters', () => {
  it('filters by step, route, intensity, coach, municipality, status and waiting for contact', async () => {
    const werk = await intake('amstelveen', 'werk');
    const list = async (query: string) =>
      (await app.inject({ url: `/api/cases?${query}`, headers: admin })).json().cases.map((c: { id: string }) => c.id) as string[];
    expect(await list('route=werk')).toEqual([werk.caseId]);
    expect(await list(`coachId=${noor.id}`)).toEqual([werk.caseId]);
    expect(await list('step=nazorg')).toEqual([amstelveenCase.caseId]);
    expect(await list('intensity=middelzwaar')).toEqual([amstelveenCase.caseId]);
    expect(await list('municipality=amstelveen&status=open')).toEqual(expect.arrayContaining([werk.caseId, amstelveenCase.caseId]));
    expect(await list('municipality=amstelveen')).not.toContain(aalsmeerCase.caseId);

    expect(await list('waiting=true')).toContain(werk.caseId);
    const [handover] = (await app.inject({ url: '/api/handovers', headers: bearer(noor.token) })).json().handovers;
    await app.inject({ method: 'POST', url: `/api/handovers/${handover.id}/acknowledge`, headers: bearer(noor.token) });
    expect(await list('waiting=true')).not.toContain(werk.caseId);

    const bad = await app.inject({ url: '/api/cases?waiting=yes&colour=red', headers: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/waiting/);
  });
});

describe('teams and tokens', () => {
  it('creates a team, sets its lead, puts a coach in it and gives a coach a new token', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/teams', headers: admin, payload: { name: 'Doorstroompunt Amstelveen', municipality: 'amstelveen' } });
    expect(created.statusCode).toBe(201);
    const team = created.json().team;
    const lead = await app.inject({ method: 'PATCH', url: `/api/teams/${team.id}`, headers: admin, payload: { leadCoachId: eva.id } });
    expect(lead.json().team.leadCoachId).toBe(eva.id);
    const wrongLead = await app.inject({ method: 'PATCH', url: `/api/teams/${team.id}`, headers: admin, payload: { leadCoachId: tim.id } });
    expect(wrongLead.statusCode).toBe(400);
    expect((await app.inject({ method: 'PATCH', url: `/api/coaches/${eva.id}`, headers: admin, payload: { teamId: team.id } })).json().coach.teamId).toBe(team.id);
    expect((await app.inject({ method: 'PATCH', url: `/api/coaches/${tim.id}`, headers: admin, payload: { teamId: team.id } })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/teams', headers: admin })).json().teams).toHaveLength(1);
    expect((await app.inject({ url: '/api/teams', headers: bearer(eva.token) })).statusCode).toBe(403);

    const renewed = await app.inject({ method: 'POST', url: `/api/coaches/${noor.id}/token`, headers: admin });
    expect(renewed.statusCode).toBe(201);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(noor.token) })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(renewed.json().token) })).statusCode).toBe(200);
    noor.token = renewed.json().token;
  });

  it('shows each coach’s weighted open load', async () => {
    await database.db.update(cases).set({ intensity: 'intensief' }).where(eq(cases.coachId, noor.id));
    const listed = (await app.inject({ url: '/api/coaches', headers: admin })).json().coaches.find((c: { id: string }) => c.id === noor.id);
    expect(listed).toMatchObject({ openCases: 1, openLoad: 3 });
  });
});

describe('OpenAPI', () => {
  it('serves the document at /docs/json listing every /api route with its body, and swagger-ui at /docs', async () => {
    const doc = (await app.inject({ url: '/docs/json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        'GET /api/handovers',
        'GET /api/handovers/{id}',
        'POST /api/handovers/{id}/acknowledge',
        'GET /api/cases',
        'GET /api/cases/{id}',
        'PATCH /api/cases/{id}',
        'POST /api/cases/{id}/close',
        'POST /api/cases/{id}/erase',
        'POST /api/cases/{id}/handover-at-18',
        'POST /api/cases/{id}/reopen',
        'POST /api/cases/{id}/shares',
        'DELETE /api/cases/{id}/shares/{coachId}',
        'GET /api/casusoverleg',
        'GET /api/audit',
        'GET /api/coaches',
        'POST /api/coaches',
        'PATCH /api/coaches/{id}',
        'POST /api/coaches/{id}/token',
        'POST /api/coaches/me/token',
        'POST /api/coaches/{id}/move',
        'GET /api/teams',
        'POST /api/teams',
        'PATCH /api/teams/{id}',
      ].sort(),
    );
    const close = doc.paths['/api/cases/{id}/close'].post;
    expect(close.requestBody.content['application/json'].schema.properties.outcome.enum).toContain('duurzaam_werk');
    expect(Object.keys(close.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '409']));
    expect((await app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });
});
