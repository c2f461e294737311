import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoach, type NewCoach } from '../cases/staff/coach-repository';
import { createDataProtector } from '../cases/privacy/data-protector';
import { NoCoachAvailableError, recordIntakeOutcome, type IntakeAnswers, type IntakeOutcomeInput } from '../cases/case/record-intake-outcome';
import { readSummary } from '../cases/handover/handover-repository';
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

function record(input: Omit<IntakeOutcomeInput, 'eventId' | 'summaryEnc'> & { eventId?: number }) {
  const eventId = input.eventId ?? nextEventId++;
  return database.db.transaction((tx) => recordIntakeOutcome(tx, { summaryEnc: protector.encrypt('Samenvatting'), ...input, eventId }));
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
    expect(handover).toMatchObject({ id: outcome.handoverId, coachId: outcome.coach!.id, status: 'open' });
    expect(readSummary(protector, handover!)).toBe('Samenvatting');
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

const scan = (intensity: 'licht' | 'middelzwaar' | 'intensief') => ({
  levels: {},
  obstacles: [],
  attention: [],
  strengths: [],
  talkAbout: [],
  skipped: [],
  intensity,
  multiproblematiek: false,
});

describe('capacity weighted by intensity', () => {
  it('fills caseloads exactly to weighted capacity with intensive intakes at once', async () => {
    // Amstelveen's leerplichtambtenaren only: a fresh pool. 6 and 9 points take exactly 2 and 3 intensive cases.
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'leerplichtambtenaar'));
    const pool = [
      await coach({ firstName: 'Dirk', role: 'leerplichtambtenaar', municipality: 'amstelveen', capacity: 6 }),
      await coach({ firstName: 'Els', role: 'leerplichtambtenaar', municipality: 'amstelveen', capacity: 9 }),
    ];
    const conversationIds = await Promise.all(Array.from({ length: 5 }, () => newConversation()));
    const outcomes = await Promise.all(
      conversationIds.map((conversationId) => record({ conversationId, intake: answers({ age: 16, zelfscan: scan('intensief') }) })),
    );
    expect(outcomes.filter((o) => o.overCapacity)).toEqual([]);
    expect(pool.map((c) => outcomes.filter((o) => o.coach?.id === c.id).length)).toEqual([2, 3]);
    const rows = await database.db.select().from(cases).where(inArray(cases.id, outcomes.map((o) => o.caseId)));
    expect(rows.every((r) => r.intensity === 'intensief')).toBe(true);

    const extra = await record({ conversationId: await newConversation(), intake: answers({ age: 16 }) });
    expect(extra).toMatchObject({ overCapacity: true, coach: { id: pool[0]!.id } });
  });

  it('picks by weighted load, not by number of cases, and places a case only where its weight fits', async () => {
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'leerplichtambtenaar'));
    const femke = await coach({ firstName: 'Femke', role: 'leerplichtambtenaar', municipality: 'aalsmeer', capacity: 10 });
    const gert = await coach({ firstName: 'Gert', role: 'leerplichtambtenaar', municipality: 'aalsmeer', capacity: 3 });
    const intake = async (intensity?: 'licht' | 'intensief') =>
      record({
        conversationId: await newConversation(),
        intake: answers({ age: 16, municipality: 'aalsmeer', ...(intensity ? { zelfscan: scan(intensity) } : {}) }),
      });
    expect((await intake('intensief')).coach?.id).toBe(femke.id); // 0 and 0: by name
    expect((await intake('licht')).coach?.id).toBe(gert.id); // Femke 3, Gert 0
    // One case each, but Femke carries 3 points and Gert 1.
    expect((await intake('licht')).coach?.id).toBe(gert.id);
    // Gert has 1 point left, an intensive case weighs 3: Femke takes it, within her capacity.
    expect(await intake('intensief')).toMatchObject({ coach: { id: femke.id }, overCapacity: false });
    // A case without a zelfscan weighs 1: it fits Gert exactly.
    expect(await intake()).toMatchObject({ coach: { id: gert.id }, overCapacity: false });
  });
});

describe('absence', () => {
  it('never gives a new young person to an absent coach, and again once the absence is over', async () => {
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'doorstroomcoach'));
    const away = await coach({ firstName: 'Aaa-afwezig', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    const here = await coach({ firstName: 'Zzz-aanwezig', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    const now = new Date('2026-03-02T09:00:00Z');
    await database.db.update(coaches).set({ absentUntil: new Date('2026-03-16T00:00:00Z') }).where(eq(coaches.id, away.id));
    const atWork = await database.db.transaction(async (tx) =>
      recordIntakeOutcome(tx, { eventId: nextEventId++, conversationId: await newConversation(), summaryEnc: protector.encrypt('S'), intake: answers({ municipality: 'aalsmeer' }), now }),
    );
    expect(atWork.coach?.id).toBe(here.id);
    const later = await database.db.transaction(async (tx) =>
      recordIntakeOutcome(tx, {
        eventId: nextEventId++,
        conversationId: await newConversation(),
        summaryEnc: protector.encrypt('S'),
        intake: answers({ municipality: 'aalsmeer' }),
        now: new Date('2026-03-20T09:00:00Z'),
      }),
    );
    // Back, and with fewer cases than her colleague (ties go by name, and hers comes first): picked again.
    expect(later.coach?.id).toBe(away.id);
  });

  it('gives a returning young person a new coach when theirs is absent, and keeps theirs otherwise', async () => {
    await database.db.update(coaches).set({ active: false }).where(eq(coaches.role, 'jongerencoach_werk'));
    const own = await coach({ firstName: 'Hanna', role: 'jongerencoach_werk', municipality: 'amstelveen' });
    const conversationId = await newConversation();
    const first = await record({ conversationId, intake: answers({ wants: 'werk' }) });
    expect(first.coach?.id).toBe(own.id);
    const colleague = await coach({ firstName: 'Ivo', role: 'jongerencoach_werk', municipality: 'amstelveen' });
    // Ivo has no cases at all, yet the young person keeps Hanna.
    const second = await record({ conversationId, intake: answers({ wants: 'werk' }) });
    expect(second.coach?.id).toBe(own.id);

    await database.db.update(coaches).set({ absentUntil: new Date(Date.now() + 86_400_000) }).where(eq(coaches.id, own.id));
    const third = await record({ conversationId, intake: answers({ wants: 'werk' }) });
    expect(third.coach?.id).toBe(colleague.id);
    const events = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, third.caseId), eq(caseEvents.type, 'contact.assigned')));
    expect(events[0]?.data).toMatchObject({ reason: 'caseload' });
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
