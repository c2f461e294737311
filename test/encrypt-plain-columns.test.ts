import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntakeOutcome } from '../cases/case/record-intake-outcome';
import { readEventPayload } from '../cases/domain-event-repository';
import { readEmailMessage } from '../cases/handover/handover-notification-repository';
import { readCategory, readSummary } from '../cases/handover/handover-repository';
import { readSignalFacts } from '../cases/handover/safety-signals';
import { createDataProtector } from '../cases/privacy/data-protector';
import { encryptPlainColumns } from '../cases/privacy/encrypt-plain-columns';
import { createCoach } from '../cases/staff/coach-repository';
import { caseEvents, conversations, domainEvents, handovers, outboundEmails } from '../drizzle/schema';
import { createTestDatabase, type TestDatabase } from './support/database';

const protector = createDataProtector(Buffer.alloc(32, 4));
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/**
 * An install upgraded from a version that stored event payloads, handover summaries and coach
 * e-mails in the clear: at start those rows are encrypted, and every reader reads the same as before.
 */
describe('encrypting what an older version stored in the clear', () => {
  it('encrypts old rows in batches, clears the plain columns, reads the same, and does nothing the second time', async () => {
    const { db } = database;
    const { coach } = await createCoach(db, protector, { firstName: 'Sanne', lastName: 'Test', role: 'doorstroomcoach', municipality: 'amstelveen' });
    const [conversation] = await db.insert(conversations).values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') }).returning();
    const outcome = await db.transaction((tx) =>
      recordIntakeOutcome(tx, {
        eventId: 1,
        conversationId: conversation!.id,
        intake: { age: 19, municipality: 'amstelveen', diploma: 'vmbo', hasStartkwalificatie: false, wants: 'school', locale: 'nl' },
        summaryEnc: protector.encrypt('Nieuw'),
      }),
    );

    // As the older version wrote them.
    const payloads = [
      { talkAbout: ['gezondheid'], age: 19 },
      { textEnc: protector.encrypt('mijn woorden'), mayContact: true },
      { handoverId: outcome.handoverId, tellYouth: false },
    ];
    const events = await db
      .insert(domainEvents)
      .values(payloads.map((payload, i) => ({ type: i === 1 ? 'trusted_person.named' : 'intake.completed', conversationId: conversation!.id, payload })))
      .returning();
    const [old] = await db
      .insert(handovers)
      .values({ caseId: outcome.caseId, coachId: coach.id, summary: 'Wil met de coach praten over: gezondheid.', reason: 'safety', urgent: true, category: 'suicide' })
      .returning();
    const words = protector.encrypt('ik wil niet meer');
    const [signal] = await db
      .insert(caseEvents)
      .values({ caseId: outcome.caseId, type: 'safety.signal', actor: 'system', data: { eventId: '7', handoverId: old!.id, category: 'suicide', helplines: ['suicide_prevention'], textEnc: words, joined: false } })
      .returning();
    const [email] = await db
      .insert(outboundEmails)
      .values({ coachId: coach.id, toAddress: 'sanne@example.test', subject: 'SPOED (suïcide)', body: 'Open de casus' })
      .returning();

    const run = await encryptPlainColumns(db, protector, { batchSize: 2 });
    expect(run).toEqual({ domainEvents: 3, handovers: 1, outboundEmails: 1, safetySignals: 1 });

    const storedEvents = await db.select().from(domainEvents);
    expect(storedEvents.every((e) => e.payload === null && e.payloadEnc !== null)).toBe(true);
    expect(events.map((e) => readEventPayload(protector, storedEvents.find((s) => s.id === e.id)!))).toEqual(payloads);
    const storedHandovers = await db.select().from(handovers);
    expect(storedHandovers.every((h) => h.summary === null && h.summaryEnc !== null)).toBe(true);
    expect(readSummary(protector, storedHandovers.find((h) => h.id === old!.id)!)).toBe('Wil met de coach praten over: gezondheid.');
    expect(readSummary(protector, storedHandovers.find((h) => h.id === outcome.handoverId)!)).toBe('Nieuw');
    expect(storedHandovers.every((h) => h.category === null)).toBe(true);
    expect(readCategory(protector, storedHandovers.find((h) => h.id === old!.id)!)).toBe('suicide');
    const [storedSignal] = await db.select().from(caseEvents).where(eq(caseEvents.id, signal!.id));
    expect(Object.keys(storedSignal!.data as object).sort()).toEqual(['eventId', 'handoverId', 'joined', 'signalEnc']);
    expect(readSignalFacts(protector, storedSignal!.data)).toEqual({ category: 'suicide', helplines: ['suicide_prevention'], textEnc: words });
    const [storedEmail] = await db.select().from(outboundEmails);
    expect(storedEmail).toMatchObject({ id: email!.id, toAddress: null, subject: null, body: null });
    expect(readEmailMessage(protector, storedEmail!)).toEqual({ to: 'sanne@example.test', subject: 'SPOED (suïcide)', body: 'Open de casus' });

    // Nothing left: the next start does nothing.
    expect(await encryptPlainColumns(db, protector)).toEqual({ domainEvents: 0, handovers: 0, outboundEmails: 0, safetySignals: 0 });
    expect(readSummary(protector, (await db.select().from(handovers)).find((h) => h.id === old!.id)!)).toBe('Wil met de coach praten over: gezondheid.');
  });
});
