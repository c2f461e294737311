import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCase } from '../cases/case/close-case';
import { recordIntakeOutcome, type IntakeAnswers } from '../cases/case/record-intake-outcome';
import { recordHandoverRequest } from '../cases/handover/record-handover-request';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createCoach } from '../cases/staff/coach-repository';
import { appointments, conversations } from '../drizzle/schema';
import { createI18n } from '../locales/index';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * One young person has one open case, and a closed case asks nothing more of anyone: the rules of
 * the case store behind "praat met iemand" in the middle of the intake, and behind closing a case.
 */
const protector = createDataProtector(Buffer.alloc(32, 9));
const i18n = createI18n();
let database: TestDatabase;
let nextEventId = 5000;
const coachIds: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  for (const role of ['doorstroomcoach', 'jongerencoach_werk', 'leerplichtambtenaar', 'sociaal_team'] as const) {
    const { coach } = await createCoach(database.db, protector, { firstName: `${role}-a`, lastName: 'Test', role, municipality: 'amstelveen' });
    coachIds[role] = coach.id;
  }
});

afterAll(async () => {
  await database?.drop();
});

async function newConversation(): Promise<string> {
  const [row] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt(randomUUID()), lastInboundAt: new Date() })
    .returning({ id: conversations.id });
  return row!.id;
}

const intake = (overrides: Partial<IntakeAnswers> = {}): IntakeAnswers => ({
  age: 19,
  municipality: 'amstelveen',
  diploma: 'vmbo',
  hasStartkwalificatie: false,
  wants: 'school',
  locale: 'nl',
  ...overrides,
});

const recordIntake = (conversationId: string, answers = intake()) =>
  database.db.transaction((tx) => recordIntakeOutcome(tx, { eventId: nextEventId++, conversationId, intake: answers, summaryEnc: protector.encrypt('Intake') }));

const requestPerson = (conversationId: string) =>
  database.db.transaction((tx) =>
    recordHandoverRequest(tx, {
      protector,
      eventId: nextEventId++,
      conversationId,
      reason: 'person_requested',
      known: { age: 19, municipality: 'amstelveen', locale: 'nl' },
      summaryEnc: protector.encrypt('Verzoek'),
    }),
  );

async function casesOf(conversationId: string) {
  return database.sql`select c.id, c.status, c.coach_id from cases c join youths y on y.id = c.youth_id where y.conversation_id = ${conversationId} order by c.created_at`;
}
async function handoversOf(conversationId: string) {
  const rows = await database.sql`select h.id, h.case_id, h.coach_id, h.status, h.summary_enc from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
    where y.conversation_id = ${conversationId} order by h.created_at`;
  return rows.map(({ summary_enc, ...h }) => ({ ...h, summary: protector.decrypt(String(summary_enc)) }));
}
const openHandoversOnClosedCases = async () =>
  (await database.sql`select count(*)::int as n from handovers h join cases c on c.id = h.case_id where c.status = 'closed' and h.status = 'open'`)[0]!.n;

describe('a person asked for in the middle of the intake', () => {
  it('and the intake finished after it: one case, one handover, held by the route\'s coach', async () => {
    const conversationId = await newConversation();
    const request = await requestPerson(conversationId);
    expect(request.coach.role).toBe('sociaal_team');

    const outcome = await recordIntake(conversationId);
    expect(outcome.caseId).toBe(request.caseId);
    expect(outcome.handoverId).toBe(request.handoverId);
    expect(outcome.coach?.id).toBe(coachIds.doorstroomcoach);

    expect(await casesOf(conversationId)).toEqual([{ id: request.caseId, status: 'open', coach_id: coachIds.doorstroomcoach }]);
    expect(await handoversOf(conversationId)).toEqual([
      { id: request.handoverId, case_id: request.caseId, coach_id: coachIds.doorstroomcoach, status: 'open', summary: 'Intake' },
    ]);
    expect(await openHandoversOnClosedCases()).toBe(0);
  });

  it('a retried intake event records nothing new', async () => {
    const conversationId = await newConversation();
    await requestPerson(conversationId);
    const eventId = nextEventId++;
    const first = await database.db.transaction((tx) => recordIntakeOutcome(tx, { eventId, conversationId, intake: intake(), summaryEnc: protector.encrypt('Intake') }));
    const again = await database.db.transaction((tx) => recordIntakeOutcome(tx, { eventId, conversationId, intake: intake(), summaryEnc: protector.encrypt('Intake') }));
    expect(again).toMatchObject({ caseId: first.caseId, handoverId: first.handoverId, alreadyRecorded: true });
    expect(await handoversOf(conversationId)).toHaveLength(1);
  });
});

describe('a new intake supersedes the open case', () => {
  it('and leaves no open handover on the case it closed', async () => {
    const conversationId = await newConversation();
    const first = await recordIntake(conversationId);
    const second = await recordIntake(conversationId, intake({ wants: 'werk', age: 20 }));
    expect(second.caseId).not.toBe(first.caseId);
    const [old] = await handoversOf(conversationId);
    expect(old).toMatchObject({ id: first.handoverId, status: 'acknowledged' });
    expect(await openHandoversOnClosedCases()).toBe(0);
  });
});

describe('closing a case', () => {
  it('cancels its appointments still to come with a message to the young person, and settles its handovers', async () => {
    const conversationId = await newConversation();
    const { caseId, coach } = await recordIntake(conversationId);
    const start = new Date(Date.now() + 3 * 86_400_000);
    const [future] = await database.db
      .insert(appointments)
      .values({ caseId, coachId: coach!.id, conversationId, startsAt: start, endsAt: new Date(start.getTime() + 45 * 60_000), place: 'werkplein', icsToken: randomUUID() })
      .returning({ id: appointments.id });
    const past = new Date(Date.now() - 3 * 86_400_000);
    await database.db
      .insert(appointments)
      .values({ caseId, coachId: coach!.id, conversationId, startsAt: past, endsAt: new Date(past.getTime() + 45 * 60_000), place: 'werkplein', icsToken: randomUUID() });

    await closeCase(database.db, { viewer: { kind: 'admin' }, caseId, outcome: 'onderwijs', protector, i18n });

    const rows = await database.sql`select id, status from appointments where case_id = ${caseId} order by starts_at`;
    expect(rows.map((r) => r.status)).toEqual(['booked', 'cancelled']);
    expect(rows[1]?.id).toBe(future!.id);
    const [told] = await database.sql`select body_enc from outbound_messages where conversation_id = ${conversationId} order by id desc limit 1`;
    expect(protector.decrypt(String(told!.body_enc))).toMatch(/heeft je traject bij het Jongerenloket afgesloten\. Daarom gaat je afspraak op .+ niet door/);
    expect(await openHandoversOnClosedCases()).toBe(0);
    const events = await database.sql`select type from case_events where case_id = ${caseId} and type in ('appointment.cancelled', 'handover.settled') order by id`;
    expect(events.map((e) => e.type)).toEqual(['handover.settled', 'appointment.cancelled']);
  });
});
