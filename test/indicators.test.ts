import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators, type Indicators } from '../cases/indicators/indicators';
import { cases, coaches, conversationEntries, conversations, entryPoints, feedback, handovers, outboundMessages, youths, type Municipality } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * A hand-built case store with known answers, period January 2026, looked at on 1 February 2026.
 * Amstelveen: 1 open school case since December (intensief, nazorg, no startkwalificatie), 1 school
 * case closed to onderwijs after 10 days, 1 work case closed to duurzaam werk after 20 days, 1 open
 * work case from a school handover (middelzwaar), 1 referral to the Werkcentrum, 1 open care case.
 * Aalsmeer: 1 open school case.
 */
describe('indicators against a hand-built case store', () => {
  let t: TestDatabase;
  const d = (iso: string) => new Date(iso);
  const period = { from: d('2026-01-01T00:00:00Z'), to: d('2026-02-01T00:00:00Z'), now: d('2026-02-01T00:00:00Z') };
  let amstelveen: Indicators;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    const { db } = t;
    const [a, b, c] = await db
      .insert(coaches)
      .values([
        { firstName: 'Anna', lastName: 'A', role: 'doorstroomcoach', municipality: 'amstelveen', capacity: 10 },
        { firstName: 'Bert', lastName: 'B', role: 'jongerencoach_werk', municipality: 'amstelveen', capacity: 10 },
        { firstName: 'Cor', lastName: 'C', role: 'doorstroomcoach', municipality: 'aalsmeer', capacity: 10 },
      ])
      .returning();
    let event = 0;
    const newCase = async (input: {
      municipality: Municipality;
      coachId: string | null;
      status: 'open' | 'closed' | 'referred';
      route: 'school' | 'werk' | 'zorg' | 'verwezen';
      createdAt: string;
      closedAt?: string;
      outcome?: 'onderwijs' | 'duurzaam_werk';
      intensity?: 'licht' | 'middelzwaar' | 'intensief';
      step?: 'intake' | 'nazorg';
      hasStartkwalificatie?: boolean;
      entrySource?: string;
      referral?: string;
    }) => {
      const [conversation] = await db
        .insert(conversations)
        .values({ key: randomUUID(), channel: 'web', addressEnc: 'x', createdAt: d(input.createdAt), lastInboundAt: d(input.createdAt) })
        .returning();
      const [youth] = await db
        .insert(youths)
        .values({
          conversationId: conversation!.id,
          age: 19,
          municipality: input.municipality,
          hasStartkwalificatie: input.hasStartkwalificatie ?? null,
          locale: 'nl',
          entrySource: input.entrySource ?? null,
        })
        .returning();
      event += 1;
      const [row] = await db
        .insert(cases)
        .values({
          youthId: youth!.id,
          sourceEventId: event,
          status: input.status,
          route: input.route,
          step: input.step ?? 'intake',
          wants: 'x',
          coachId: input.coachId,
          intensity: input.intensity ?? null,
          outcome: input.outcome ?? null,
          referral: input.referral ?? null,
          createdAt: d(input.createdAt),
          closedAt: input.closedAt ? d(input.closedAt) : null,
        })
        .returning();
      return row!;
    };
    const c1 = await newCase({ municipality: 'amstelveen', coachId: a!.id, status: 'open', route: 'school', createdAt: '2025-12-15T10:00:00Z', intensity: 'intensief', step: 'nazorg', hasStartkwalificatie: false });
    await newCase({ municipality: 'amstelveen', coachId: a!.id, status: 'closed', route: 'school', createdAt: '2026-01-10T00:00:00Z', closedAt: '2026-01-20T00:00:00Z', outcome: 'onderwijs' });
    await newCase({ municipality: 'amstelveen', coachId: b!.id, status: 'closed', route: 'werk', createdAt: '2026-01-05T00:00:00Z', closedAt: '2026-01-25T00:00:00Z', outcome: 'duurzaam_werk' });
    const c4 = await newCase({ municipality: 'amstelveen', coachId: b!.id, status: 'open', route: 'werk', createdAt: '2026-01-15T10:00:00Z', intensity: 'middelzwaar', hasStartkwalificatie: true, entrySource: 'school' });
    await newCase({ municipality: 'amstelveen', coachId: null, status: 'referred', route: 'verwezen', createdAt: '2026-01-12T00:00:00Z', referral: 'werkcentrum' });
    const c6 = await newCase({ municipality: 'amstelveen', coachId: a!.id, status: 'open', route: 'zorg', createdAt: '2026-01-20T10:00:00Z' });
    const c8 = await newCase({ municipality: 'aalsmeer', coachId: c!.id, status: 'open', route: 'school', createdAt: '2026-01-10T00:00:00Z' });

    await db.insert(handovers).values([
      // 24 hours, in time.
      { caseId: c4.id, coachId: b!.id, summary: 's', createdAt: d('2026-01-15T10:00:00Z'), dueAt: d('2026-01-17T10:00:00Z'), acknowledgedAt: d('2026-01-16T10:00:00Z'), status: 'acknowledged' },
      // 72 hours, a day late.
      { caseId: c6.id, coachId: a!.id, summary: 's', createdAt: d('2026-01-20T10:00:00Z'), dueAt: d('2026-01-22T10:00:00Z'), acknowledgedAt: d('2026-01-23T10:00:00Z'), status: 'acknowledged' },
      // Still open, deadline not yet passed.
      { caseId: c1.id, coachId: a!.id, summary: 's', createdAt: d('2026-01-28T10:00:00Z'), dueAt: d('2026-02-03T10:00:00Z') },
      // Aalsmeer: not counted for Amstelveen.
      { caseId: c8.id, coachId: c!.id, summary: 's', createdAt: d('2026-01-10T10:00:00Z'), dueAt: d('2026-01-12T10:00:00Z') },
    ]);

    // A young person from an Amstelveen poster who stopped at the municipality question, and one who
    // stopped in Aalsmeer at the age question.
    await db.insert(entryPoints).values([
      { code: 'KKPOST', label: 'Poster Keizer Karel', municipality: 'amstelveen', kind: 'school' },
      { code: 'AALSPT', label: 'Sporthal Aalsmeer', municipality: 'aalsmeer', kind: 'sportvereniging' },
    ]);
    const stopped = async (code: string, choices: { id: string; title: string }[] | null, expects: 'choice' | 'number') => {
      const [cv] = await db
        .insert(conversations)
        .values({ key: randomUUID(), channel: 'web', addressEnc: 'x', createdAt: d('2026-01-10T09:00:00Z'), lastInboundAt: d('2026-01-10T09:05:00Z') })
        .returning();
      await db.insert(conversationEntries).values({ conversationId: cv!.id, entryPointCode: code, first: true, at: d('2026-01-10T09:00:00Z') });
      await db.insert(outboundMessages).values({ conversationId: cv!.id, channel: 'web', bodyEnc: 'x', choices, expects, status: 'sent' });
    };
    await stopped('KKPOST', [
      { id: 'amstelveen', title: 'Amstelveen' },
      { id: 'aalsmeer', title: 'Aalsmeer' },
      { id: 'other', title: 'Ergens anders' },
    ], 'choice');
    await stopped('AALSPT', null, 'number');

    // Ratings: two in Amstelveen in the period, one in Aalsmeer, one in Amstelveen before the period.
    await db.insert(feedback).values([
      { source: 'intake', rating: 'great', municipality: 'amstelveen', sourceEventId: 9001, at: d('2026-01-05T10:00:00Z') },
      { source: 'nazorg', rating: 'great', municipality: 'amstelveen', sourceEventId: 9002, at: d('2026-01-20T10:00:00Z') },
      { source: 'intake', rating: 'bad', municipality: 'aalsmeer', sourceEventId: 9003, at: d('2026-01-06T10:00:00Z') },
      { source: 'intake', rating: 'okay', municipality: 'amstelveen', sourceEventId: 9004, at: d('2025-12-20T10:00:00Z') },
    ]);

    amstelveen = await computeIndicators(db, { ...period, municipality: 'amstelveen' });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('counts young people in trajectory per route at the end of the period', () => {
    expect(amstelveen.inTrajectory).toEqual(
      expect.arrayContaining([
        { key: 'school', count: 1 },
        { key: 'werk', count: 1 },
        { key: 'zorg', count: 1 },
      ]),
    );
    expect(amstelveen.inTrajectory).toHaveLength(3);
  });

  it('counts outflow, referrals, duration, nazorg, startkwalificatie and school handovers', () => {
    expect(amstelveen.outflowEducation).toBe(1);
    expect(amstelveen.outflowDurableWork).toBe(1);
    expect(amstelveen.referred).toEqual({ werk: 1, zorg: 1 });
    expect(amstelveen.duration).toEqual({ closed: 2, medianDays: 15 });
    expect(amstelveen.inNazorg).toBe(1);
    expect(amstelveen.withoutStartkwalificatie).toBe(1);
    expect(amstelveen.fromSchool).toBe(1);
    expect(amstelveen.intensity).toEqual(
      expect.arrayContaining([
        { key: 'intensief', count: 1 },
        { key: 'middelzwaar', count: 1 },
        { key: 'onbekend', count: 1 },
      ]),
    );
    expect(amstelveen.inflowBySource).toEqual([
      { key: 'onbekend', count: 4 },
      { key: 'school', count: 1 },
    ]);
  });

  it('measures handover response times against the deadline', () => {
    expect(amstelveen.handovers).toEqual({ total: 3, inTime: 1, late: 1, waiting: 1, withoutNorm: 0, inTimePercent: 50, medianHours: 48 });
  });

  it('shows inflow per entry point and where young people stopped, per municipality', async () => {
    expect(amstelveen.inflowByEntryPoint).toEqual([{ key: 'KKPOST', label: 'Poster Keizer Karel', kind: 'school', count: 1 }]);
    expect(amstelveen.dropOff).toEqual([{ key: 'choice: aalsmeer|amstelveen|other', count: 1 }]);
    expect(amstelveen.feedback).toEqual([{ key: 'great', count: 2 }]);
    const both = await computeIndicators(t.db, period);
    expect(both.dropOff).toEqual(expect.arrayContaining([{ key: 'number', count: 1 }]));
  });

  it('computes caseload against capacity and projects the load', () => {
    const { capacity } = amstelveen;
    expect(capacity.coaches.map((c) => [c.firstName, c.openCases, c.load, c.inflow4w, c.closed4w])).toEqual([
      ['Anna', 2, 4, 2, 1],
      ['Bert', 1, 2, 2, 1],
    ]);
    expect(capacity.load).toBe(6);
    expect(capacity.capacity).toBe(20);
    expect(capacity.weeklyInflowLoad).toBe(1.25);
    expect(capacity.weeklyClosedLoad).toBe(0.5);
    expect(capacity.projection).toEqual([
      { week: 1, load: 7 },
      { week: 2, load: 8 },
      { week: 3, load: 8 },
      { week: 4, load: 9 },
    ]);
  });

  it('keeps municipalities apart', async () => {
    const aalsmeer = await computeIndicators(t.db, { ...period, municipality: 'aalsmeer' });
    expect(aalsmeer.inTrajectory).toEqual([{ key: 'school', count: 1 }]);
    expect(aalsmeer.handovers.late).toBe(1);
    expect(aalsmeer.outflowEducation).toBe(0);
    const both = await computeIndicators(t.db, period);
    expect(both.inTrajectory.find((r) => r.key === 'school')?.count).toBe(2);
  });
});
