import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoach, type NewCoach } from '../cases/coach-repository';
import { createDataProtector } from '../cases/data-protector';
import { NoCoachAvailableError, recordIntakeOutcome, type IntakeAnswers, type IntakeOutcomeInput } from '../cases/record-intake-outcome';
import { caseEvents, cases, coaches, conversations, handovers, youths } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

const protector = createDataProtector(Buffer.alloc(32, 7));
let database: TestDatabase;
let nextEventId = 1;

beforeAll(async () => {
  // Enough connections for 20 intakes in parallel transactions.
  database = await createTestDatabase({ max: 24 });
});

afterAll(async () => {
  await database?.drop();
});

async function newConversation(): Promise<string> {
  const [row] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt(randomUUID()) })
    .returning({ id: conversations.id });
  return row!.id;
}

async function coach(input: Partial<NewCoach> & Pick<NewCoach, 'firstName' | 'role' | 'municipality'>) {
  const { coach } = await createCoach(database.db, protector, { lastName: 'Test', ...input });
  return coach;
}

const answers = (overrides: Partial<IntakeAnswers> = {}): IntakeAnswers => ({
  age: 19,
  municipality: 'amstelveen',
  diploma: 'vmbo',
  hasStartkwalificatie: false,
  wants: 'school',
  locale: 'nl',
  ...overrides,
});

function record(input: Omit<IntakeOutcomeInput, 'eventId' | 'summary'> & { eventId?: number }) {
  const eventId = input.eventId ?? nextEventId++;
  return database.db.transaction((tx) => recordIntakeOutcome(tx, { summary: 'Samenvatting', ...input, eventId }));
}

describe('recordIntakeOutcome', () => {
  // One coach per role in each municipality, as a real install has.
  const team: Record<string, string> = {};
  beforeAll(async () => {
    for (const municipality of ['amstelveen', 'aalsmeer'] as const) {
      for (const role of ['doorstroomcoach', 'jongerencoach_werk', 'leerplichtambtenaar', 'sociaal_team'] as const) {
        team[`${municipality}:${role}`] = (await coach({ firstName: `${role}-${municipality}`, role, municipality })).id;
      }
    }
  });

  it.each([
    ['amstelveen', answers({ wants: 'school' }), 'doorstroomcoach', 'school'],
    ['aalsmeer', answers({ wants: 'werk' }), 'jongerencoach_werk', 'werk'],
    ['aalsmeer', answers({ age: 16, wants: 'werk' }), 'leerplichtambtenaar', 'leerplicht'],
    ['amstelveen', answers({ wants: 'weet_niet', hasStartkwalificatie: true }), 'jongerencoach_werk', 'werk'],
  ] as const)('hands a young person of %s to the right coach (%#)', async (municipality, intake, role, route) => {
    const conversationId = await newConversation();
    const outcome = await record({ conversationId, intake: { ...intake, municipality } });

    expect(outcome).toMatchObject({ status: 'open', route, alreadyRecorded: false, coach: { id: team[`${municipality}:${role}`], role } });
    const [handover] = await database.db.select().from(handovers).where(eq(handovers.caseId, outcome.caseId));
    expect(handover).toMatchObject({ id: outcome.handoverId, coachId: outcome.coach!.id, status: 'open', summary: 'Samenvatting' });
    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, outcome.caseId)).orderBy(caseEvents.id);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['case.opened', 'system'],
      ['contact.assigned', 'system'],
    ]);
  });

  it('refers a 30-year-old who wants work to the Werkcentrum, without a coach or handover', async () => {
    const conversationId = await newConversation();
    const outcome = await record({ conversationId, intake: answers({ age: 30, wants: 'werk' }) });

    expect(outcome).toEqual({ caseId: expect.any(String), status: 'referred', route: 'verwezen', referral: 'werkcentrum', alreadyRecorded: false });
    const [row] = await database.db.select().from(cases).where(eq(cases.id, outcome.caseId));
    expect(row).toMatchObject({ status: 'referred', coachId: null, referral: 'werkcentrum', step: 'intake' });
    expect(await database.db.select().from(handovers).where(eq(handovers.caseId, outcome.caseId))).toEqual([]);
    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, outcome.caseId)).orderBy(caseEvents.id);
    expect(events.map((e) => e.type)).toEqual(['case.opened', 'case.referred']);
  });

  it('refers a young person from another municipality to their own municipality', async () => {
    const outcome = await record({ conversationId: await newConversation(), intake: answers({ municipality: 'other' }) });
    expect(outcome).toMatchObject({ status: 'referred', referral: 'eigen_gemeente' });
    expect(outcome.coach).toBeUndefined();
  });

  it('records a retried job once and answers with the first result', async () => {
    const conversationId = await newConversation();
    const first = await record({ conversationId, eventId: 9001, intake: answers() });
    const retry = await record({ conversationId, eventId: 9001, intake: answers() });

    expect(retry).toEqual({ ...first, overCapacity: undefined, alreadyRecorded: true });
    const [youth] = await database.db.select().from(youths).where(eq(youths.conversationId, conversationId));
    expect(await database.db.select().from(cases).where(eq(cases.youthId, youth!.id))).toHaveLength(1);
    expect(await database.db.select().from(handovers).where(eq(handovers.caseId, first.caseId))).toHaveLength(1);
    expect(await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, first.caseId))).toHaveLength(2);
  });

  it('records the same event delivered twice at once only once', async () => {
    const conversationId = await newConversation();
    const [a, b] = await Promise.all([
      record({ conversationId, eventId: 9002, intake: answers() }),
      record({ conversationId, eventId: 9002, intake: answers() }),
    ]);
    expect(a.caseId).toBe(b.caseId);
    expect([a.alreadyRecorded, b.alreadyRecorded].sort()).toEqual([false, true]);
  });

  it('gives a returning young person the same coach, updates their answers and keeps one open case', async () => {
    const conversationId = await newConversation();
    const first = await record({ conversationId, intake: answers({ age: 19, diploma: 'vmbo' }) });
    // A new doorstroomcoach with no cases at all: the caseload rule alone would pick her now.
    await coach({ firstName: 'Aaa-leeg', role: 'doorstroomcoach', municipality: 'amstelveen' });
    const second = await record({ conversationId, intake: answers({ age: 20, diploma: 'mbo1' }) });

    expect(second.coach?.id).toBe(first.coach?.id);
    expect(second.caseId).not.toBe(first.caseId);
    const rows = await database.db.select().from(youths).where(eq(youths.conversationId, conversationId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ age: 20, diploma: 'mbo1' });
    const [old] = await database.db.select().from(cases).where(eq(cases.id, first.caseId));
    expect(old?.status).toBe('closed');
    const oldEvents = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, first.caseId));
    expect(oldEvents.map((e) => e.type)).toContain('case.closed');
  });
});

describe('pickCoach under concurrency', () => {
  it('fills small caseloads exactly to capacity with 20 intakes at once, then picks the least loaded', async () => {
    // Aalsmeer's jongerencoaches werk only: a fresh pool for this test.
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'jongerencoach_werk'));
    const pool = [
      await coach({ firstName: 'Anouk', role: 'jongerencoach_werk', municipality: 'aalsmeer', capacity: 5 }),
      await coach({ firstName: 'Bram', role: 'jongerencoach_werk', municipality: 'aalsmeer', capacity: 7 }),
      await coach({ firstName: 'Chantal', role: 'jongerencoach_werk', municipality: 'aalsmeer', capacity: 8 }),
    ];
    const conversationIds = await Promise.all(Array.from({ length: 20 }, () => newConversation()));

    const outcomes = await Promise.all(
      conversationIds.map((conversationId) => record({ conversationId, intake: answers({ municipality: 'aalsmeer', wants: 'werk' }) })),
    );

    expect(outcomes.filter((o) => o.overCapacity)).toEqual([]);
    const load = (id: string) => outcomes.filter((o) => o.coach?.id === id).length;
    expect(pool.map((c) => load(c.id))).toEqual([5, 7, 8]);

    // Everyone is full now: the next young person still gets a contact, the least loaded (Anouk, 5).
    const extra = await record({ conversationId: await newConversation(), intake: answers({ municipality: 'aalsmeer', wants: 'werk' }) });
    expect(extra).toMatchObject({ status: 'open', overCapacity: true, coach: { id: pool[0]!.id } });
  });
});

describe('when a role has no active coach', () => {
  it('hands the young person to the Sociaal team, and fails loudly, storing nothing, when there is nobody at all', async () => {
    const aalsmeer = (role: 'leerplichtambtenaar' | 'sociaal_team') =>
      and(eq(coaches.municipality, 'aalsmeer'), eq(coaches.role, role));
    await database.db.update(coaches).set({ active: false }).where(aalsmeer('leerplichtambtenaar'));
    const outcome = await record({ conversationId: await newConversation(), intake: answers({ age: 16, municipality: 'aalsmeer' }) });
    expect(outcome).toMatchObject({ status: 'open', route: 'leerplicht', coach: { role: 'sociaal_team', municipality: 'aalsmeer' } });

    await database.db.update(coaches).set({ active: false }).where(aalsmeer('sociaal_team'));
    const conversationId = await newConversation();
    await expect(record({ conversationId, intake: answers({ age: 16, municipality: 'aalsmeer' }) })).rejects.toBeInstanceOf(NoCoachAvailableError);
    expect(await database.db.select().from(youths).where(eq(youths.conversationId, conversationId))).toEqual([]);
  });
});
