/**
 * The rows behind a coach's bundled notices (`coach_notices`): at most one pending row per coach
 * (a partial unique index), which collects what happens until it is sent once.
 */
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coachNotices, coaches, youths, type CoachNoticeItem } from '../../drizzle/schema';

/** A pending notice and when it goes out (its job waits until then). */
export interface PendingCoachNotice {
  id: number;
  sendAt: Date;
}

/** The coach of a case, when the case has one. */
export async function findCaseCoach(tx: DbOrTx, caseId: string): Promise<{ id: string; active: boolean } | undefined> {
  const [row] = await tx.select({ id: coaches.id, active: coaches.active }).from(cases).innerJoin(coaches, eq(coaches.id, cases.coachId)).where(eq(cases.id, caseId));
  return row;
}

/** The open cases of the young person of a conversation. */
export async function openCaseIdsOfConversation(tx: DbOrTx, conversationId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: cases.id })
    .from(youths)
    .innerJoin(cases, and(eq(cases.youthId, youths.id), eq(cases.status, 'open')))
    .where(eq(youths.conversationId, conversationId));
  return rows.map((r) => r.id);
}

/**
 * Adds `item` to the coach's pending notice, or starts one that goes at `sendAt`. One statement, so
 * two events at once end in one row; a row being sent right now (locked, then stamped) no longer
 * counts as pending, and the item starts the next one.
 */
export async function addToPendingNotice(tx: DbOrTx, input: { coachId: string; item: CoachNoticeItem; sendAt: Date }): Promise<PendingCoachNotice> {
  const [row] = await tx
    .insert(coachNotices)
    .values({ coachId: input.coachId, items: [input.item], sendAt: input.sendAt })
    .onConflictDoUpdate({
      target: coachNotices.coachId,
      targetWhere: sql`sent_at is null`,
      set: { items: sql`${coachNotices.items} || excluded.items` },
    })
    .returning({ id: coachNotices.id, sendAt: coachNotices.sendAt });
  if (!row) throw new Error('Upsert returned no notice');
  return row;
}

/** The notice, locked, while it is unsent and due at `now`; else undefined (sent already, or not yet due). */
export async function lockDueNotice(tx: DbOrTx, input: { noticeId: number; now: Date }) {
  const [row] = await tx
    .select()
    .from(coachNotices)
    .where(and(eq(coachNotices.id, input.noticeId), isNull(coachNotices.sentAt), lte(coachNotices.sendAt, input.now)))
    .for('update');
  return row;
}

export async function markNoticeSent(tx: DbOrTx, input: { noticeId: number; at: Date }): Promise<void> {
  await tx.update(coachNotices).set({ sentAt: input.at }).where(eq(coachNotices.id, input.noticeId));
}

export async function findNoticeCoach(tx: DbOrTx, coachId: string) {
  const [coach] = await tx.select().from(coaches).where(eq(coaches.id, coachId));
  return coach;
}

/** Of `caseIds`, those whose coach is still `coachId` (after a reassignment the new coach reads the case). */
export async function casesStillWith(tx: DbOrTx, input: { coachId: string; caseIds: string[] }): Promise<Set<string>> {
  if (input.caseIds.length === 0) return new Set();
  const rows = await tx.select({ id: cases.id }).from(cases).where(and(inArray(cases.id, input.caseIds), eq(cases.coachId, input.coachId)));
  return new Set(rows.map((r) => r.id));
}

/** Unsent notices due more than `olderThanSeconds` ago: their job was lost (the relay queues them again). */
export async function overdueNoticeIds(db: DbOrTx, input: { olderThanSeconds: number; limit: number }): Promise<number[]> {
  const rows = await db
    .select({ id: coachNotices.id })
    .from(coachNotices)
    .where(and(isNull(coachNotices.sentAt), sql`${coachNotices.sendAt} < now() - make_interval(secs => ${input.olderThanSeconds})`))
    .orderBy(coachNotices.id)
    .limit(input.limit);
  return rows.map((r) => r.id);
}
