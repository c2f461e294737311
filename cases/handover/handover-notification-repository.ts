/**
 * The rows behind handover notifications: the deadline, the handover with its case and coach, who
 * was notified on which channel (once each: the unique key makes a retried job a no-op), the e-mail
 * outbox, and the people an escalation goes to.
 */
import { and, asc, eq, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, notifications, outboundEmails, teams, type Municipality } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';
import { regieHolderIdOf } from '../case/regie-holder';

export type NotifiedCoach = typeof coaches.$inferSelect;

/** Sets the handover's response deadline unless it has one. */
export async function setDueAtWhenUnset(tx: DbOrTx, input: { handoverId: string; dueAt: Date }): Promise<void> {
  await tx
    .update(handovers)
    .set({ dueAt: input.dueAt })
    .where(and(eq(handovers.id, input.handoverId), sql`${handovers.dueAt} is null`));
}

export async function findHandoverForNotification(tx: DbOrTx, handoverId: string) {
  const [row] = await tx
    .select({
      handover: handovers,
      route: cases.route,
      intensity: cases.intensity,
      coach: coaches,
      // The handover's coach holds the regie for the Sociaal team, and someone else is the contact person.
      contactCoachId: cases.coachId,
      regieHolderId: regieHolderIdOf(cases.id),
    })
    .from(handovers)
    .innerJoin(cases, eq(cases.id, handovers.caseId))
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.id, handoverId));
  return row;
}

/** The name of the case's contact person, for the regie holder's notice. */
export async function contactPersonName(tx: DbOrTx, coachId: string): Promise<string | undefined> {
  const [row] = await tx.select({ firstName: coaches.firstName, lastName: coaches.lastName }).from(coaches).where(eq(coaches.id, coachId));
  return row ? `${row.firstName} ${row.lastName}` : undefined;
}

/** Records that `coachId` is notified of this handover on `channel`; false when that happened already. */
export async function recordNotificationOnce(
  tx: DbOrTx,
  input: { handoverId: string; coachId: string; channel: 'whatsapp' | 'email'; kind: 'notice' | 'reminder' | 'escalation' },
): Promise<boolean> {
  const inserted = await tx.insert(notifications).values(input).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length > 0;
}

/** An e-mail to a coach as the outbox keeps it (encrypted as a whole). */
export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
}

/**
 * The e-mail of an outbox row, the one way to read it: decrypted, or as it was stored before e-mails
 * were encrypted (such rows are encrypted at start, cases/privacy/encrypt-plain-columns.ts).
 */
export function readEmailMessage(
  protector: DataProtector,
  row: { messageEnc: string | null; toAddress: string | null; subject: string | null; body: string | null },
): EmailMessage {
  if (row.messageEnc !== null) return JSON.parse(protector.decrypt(row.messageEnc)) as EmailMessage;
  return { to: row.toAddress ?? '', subject: row.subject ?? '', body: row.body ?? '' };
}

/**
 * Queues an e-mail to a coach; the `email` job sends it after commit. Address, subject and body are
 * stored as one encrypted message (worker/email-store.ts reads it): a subject can name the kind of
 * danger, a body the young person's route.
 */
export async function insertCoachEmail(
  tx: DbOrTx,
  protector: DataProtector,
  input: { coachId: string; toAddress: string; subject: string; body: string },
): Promise<number> {
  const message: EmailMessage = { to: input.toAddress, subject: input.subject, body: input.body };
  const [email] = await tx
    .insert(outboundEmails)
    .values({ coachId: input.coachId, messageEnc: protector.encrypt(JSON.stringify(message)) })
    .returning({ id: outboundEmails.id });
  if (!email) throw new Error('Insert returned no e-mail');
  return email.id;
}

/** The active lead of a team, unless that is `notCoachId`. */
export async function findTeamLead(tx: DbOrTx, input: { teamId: string; notCoachId: string }): Promise<NotifiedCoach | undefined> {
  const [lead] = await tx
    .select({ lead: coaches })
    .from(teams)
    .innerJoin(coaches, eq(coaches.id, teams.leadCoachId))
    .where(and(eq(teams.id, input.teamId), eq(coaches.active, true), ne(coaches.id, input.notCoachId)));
  return lead?.lead;
}

/** The longest-serving active admin of a municipality other than `notCoachId`. */
export async function findFirstAdmin(tx: DbOrTx, input: { municipality: Municipality; notCoachId: string }): Promise<NotifiedCoach | undefined> {
  const [admin] = await tx
    .select()
    .from(coaches)
    .where(and(eq(coaches.municipality, input.municipality), eq(coaches.isAdmin, true), eq(coaches.active, true), ne(coaches.id, input.notCoachId)))
    .orderBy(asc(coaches.createdAt), asc(coaches.id))
    .limit(1);
  return admin;
}

/**
 * A handover still waits for its coach only while the case is open and the coach was not replaced:
 * after a reassignment the old coach's handover is superseded by the new one (which has its own
 * deadline), so nobody is reminded or escalated about a young person who is no longer theirs.
 */
const stillWaiting = sql`exists (select 1 from cases c where c.id = ${handovers.caseId} and c.status = 'open')
  and not exists (select 1 from handovers newer join cases c on c.id = newer.case_id
    where newer.case_id = ${handovers.caseId} and newer.reason = 'reassignment'
      and newer.created_at > ${handovers.createdAt} and c.coach_id <> ${handovers.coachId})`;

type DeadlineStep = 'reminder' | 'escalation';

const notDone = (step: DeadlineStep) => (step === 'reminder' ? isNull(handovers.remindedAt) : isNull(handovers.escalatedAt));

/** Open handovers past their deadline whose `step` is not done yet, oldest deadline first; only urgent or ordinary ones when `urgent` is given. */
export async function overdueHandovers(
  db: DbOrTx,
  input: { step: DeadlineStep; now: Date; limit: number; urgent?: boolean },
): Promise<{ id: string; dueAt: Date | null }[]> {
  const kind = input.urgent === undefined ? [] : [eq(handovers.urgent, input.urgent)];
  return db
    .select({ id: handovers.id, dueAt: handovers.dueAt })
    .from(handovers)
    .where(and(eq(handovers.status, 'open'), notDone(input.step), isNotNull(handovers.dueAt), lt(handovers.dueAt, input.now), stillWaiting, ...kind))
    .orderBy(asc(handovers.dueAt))
    .limit(input.limit);
}

/** The handover, locked, when it is still open and this step is still due; else undefined. */
export async function lockDueHandover(
  tx: DbOrTx,
  input: { handoverId: string; step: DeadlineStep; now: Date },
): Promise<{ id: string; caseId: string; dueAt: Date | null } | undefined> {
  const [row] = await tx
    .select({ id: handovers.id, caseId: handovers.caseId, dueAt: handovers.dueAt })
    .from(handovers)
    .where(and(eq(handovers.id, input.handoverId), eq(handovers.status, 'open'), notDone(input.step), lt(handovers.dueAt, input.now)))
    .for('update', { skipLocked: true });
  return row;
}

/** Marks the step done. */
export async function stampHandover(tx: DbOrTx, input: { handoverId: string; step: DeadlineStep; at: Date }): Promise<void> {
  const stamp = input.step === 'reminder' ? { remindedAt: input.at } : { escalatedAt: input.at };
  await tx.update(handovers).set(stamp).where(eq(handovers.id, input.handoverId));
}
