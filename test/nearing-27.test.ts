import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntakeOutcome } from '../cases/case/record-intake-outcome';
import { earliest27thBirthday, nearing27ReminderAt, remindCoachesNearing27 } from '../cases/in-beeld/nearing-27';
import { createDataProtector } from '../cases/privacy/data-protector';
import { readEmailMessage } from '../cases/handover/handover-notification-repository';
import { createCoach } from '../cases/staff/coach-repository';
import { caseEvents, cases, conversations, outboundEmails } from '../drizzle/schema';
import { createI18n } from '../locales/index';
import { createTestDatabase, type TestDatabase } from './support/database';

const protector = createDataProtector(Buffer.alloc(32, 9));
const i18n = createI18n();
const publicBaseUrl = 'https://jongerenloket.test';
let database: TestDatabase;
let nextEventId = 1;

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  await createCoach(database.db, protector, { firstName: 'Wim', lastName: 'Test', role: 'jongerencoach_werk', municipality: 'amstelveen', email: 'wim@example.test' });
});
afterAll(async () => {
  await database?.drop();
});

/** An open case of a young person who was `age` at an intake on `intakeAt`. */
async function caseOf(age: number, intakeAt: string): Promise<string> {
  const [conversation] = await database.db
    .insert(conversations)
    .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
    .returning({ id: conversations.id });
  const outcome = await database.db.transaction((tx) =>
    recordIntakeOutcome(tx, {
      eventId: nextEventId++,
      conversationId: conversation!.id,
      intake: { age, municipality: 'amstelveen', diploma: 'havo_vwo', hasStartkwalificatie: true, wants: 'werk', locale: 'nl' },
      summaryEnc: protector.encrypt('Jongere.'),
    }),
  );
  await database.db.update(cases).set({ createdAt: new Date(intakeAt) }).where(eq(cases.id, outcome.caseId));
  return outcome.caseId;
}

const sweep = (now: string) => remindCoachesNearing27(database.db, { i18n, protector, publicBaseUrl, now: new Date(now) });

describe('the reminder before 27 (a moving clock)', () => {
  it('estimates the earliest 27th birthday from the age at intake, and reminds 3 months before it', () => {
    // 25 on 15 January 2026: 26 by 15 January 2027 at the latest, so 27 on 15 January 2027 at the earliest.
    const intake = { ageAtIntake: 25, intakeAt: new Date('2026-01-15T10:00:00Z') };
    expect(earliest27thBirthday(intake).toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(nearing27ReminderAt(intake).toISOString()).toBe('2026-10-15T10:00:00.000Z');
  });

  it('reminds the coach once, when the day comes, by case event and e-mail without personal data', async () => {
    const nearing = await caseOf(25, '2026-01-15T10:00:00Z');
    const young = await caseOf(20, '2026-01-15T10:00:00Z');

    expect((await sweep('2026-10-14T10:00:00Z')).caseIds).toEqual([]);
    const due = await sweep('2026-10-16T10:00:00Z');
    expect(due.caseIds).toEqual([nearing]);
    expect(due.emailIds).toHaveLength(1);
    // The clock moves on: no second reminder.
    expect((await sweep('2026-10-20T10:00:00Z')).caseIds).toEqual([]);
    expect((await sweep('2027-03-01T10:00:00Z')).caseIds).toEqual([]);

    const [row] = await database.db.select().from(outboundEmails).where(eq(outboundEmails.id, due.emailIds[0]!));
    const email = readEmailMessage(protector, row!);
    expect(email.to).toBe('wim@example.test');
    expect(email.subject).toBe('Een jongere in je casussen wordt binnenkort 27');
    expect(email.body).toContain('op zijn vroegst op 15 januari 2027 27 jaar');
    expect(email.body).toContain(`${publicBaseUrl}/dashboard/cases/${nearing}`);
    const history = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, nearing));
    expect(history.filter((e) => e.type === 'case.nearing_27')).toHaveLength(1);

    // The 20-year-old's turn comes years later (earliest 27th birthday 15 January 2032).
    expect((await sweep('2031-10-16T10:00:00Z')).caseIds).toEqual([young]);
  });

  it('does not remind for a closed case', async () => {
    const closed = await caseOf(26, '2026-02-01T10:00:00Z');
    await database.db.update(cases).set({ status: 'closed', closedAt: new Date('2026-03-01T10:00:00Z') }).where(eq(cases.id, closed));
    expect((await sweep('2026-12-01T10:00:00Z')).caseIds).not.toContain(closed);
  });
});
