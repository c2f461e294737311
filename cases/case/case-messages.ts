import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseMessages, cases, outboundMessages, youths } from '../../drizzle/schema';
import { deliveryMark, type DeliveryMark } from '../../messages/delivery-mark';
import type { DataProtector } from '../privacy/data-protector';
import { holdsOpenUrgentHandover } from '../staff/case-access';
import { readYouthName, youthNameColumns } from './youth-name';

/** How long after a coach's last message the young person's free text still goes to the coach. */
export const THREAD_OPEN_DAYS = 14;

export interface ThreadMessage {
  id: number;
  direction: 'from_youth' | 'to_youth';
  coachId: string | null;
  text: string;
  createdAt: Date;
  readAt: Date | null;
}

/** A message as the thread shows it: with how far a coach's message got (null for the young person's own). */
export interface ThreadEntry extends ThreadMessage {
  delivery: DeliveryMark | null;
}

/** A message of the young person for their coach (text already encrypted by the turn runner). */
export async function addYouthMessage(tx: DbOrTx, input: { caseId: string; bodyEnc: string }): Promise<{ id: number }> {
  const [row] = await tx.insert(caseMessages).values({ caseId: input.caseId, direction: 'from_youth', bodyEnc: input.bodyEnc }).returning({ id: caseMessages.id });
  if (!row) throw new Error('Insert returned no message');
  return row;
}

/** A coach's message to the young person, with the outbound message that carries it. */
export async function addCoachMessage(
  tx: DbOrTx,
  input: { caseId: string; coachId: string | null; bodyEnc: string; outboundId: number | null },
): Promise<{ id: number; createdAt: Date }> {
  const [row] = await tx
    .insert(caseMessages)
    .values({ caseId: input.caseId, direction: 'to_youth', coachId: input.coachId, bodyEnc: input.bodyEnc, outboundId: input.outboundId })
    .returning({ id: caseMessages.id, createdAt: caseMessages.createdAt });
  if (!row) throw new Error('Insert returned no message');
  return row;
}

/** The thread of a case, oldest first, decrypted, with the delivery mark of each message sent. */
export async function listThread(db: DbOrTx, protector: DataProtector, caseId: string): Promise<ThreadEntry[]> {
  const rows = await db
    .select({ message: caseMessages, channel: outboundMessages.channel, status: outboundMessages.status })
    .from(caseMessages)
    .leftJoin(outboundMessages, eq(outboundMessages.id, caseMessages.outboundId))
    .where(eq(caseMessages.caseId, caseId))
    .orderBy(asc(caseMessages.id));
  return rows.map(({ message: row, channel, status }) => ({
    id: row.id,
    direction: row.direction,
    coachId: row.coachId,
    text: protector.decrypt(row.bodyEnc),
    createdAt: row.createdAt,
    readAt: row.readAt,
    delivery: row.direction === 'from_youth' ? null : channel && status ? deliveryMark({ channel, status }) : 'not_sent',
  }));
}

/** The coach has read the young person's messages up to now. */
export async function markThreadRead(tx: DbOrTx, caseId: string): Promise<void> {
  await tx
    .update(caseMessages)
    .set({ readAt: sql`now()` })
    .where(and(eq(caseMessages.caseId, caseId), eq(caseMessages.direction, 'from_youth'), isNull(caseMessages.readAt)));
}

/**
 * Unread messages of young people per case, for a coach's inbox (own cases, and the cases whose open
 * urgent handover they hold: the answer to "ben je nu veilig?" is for them) or all (admin).
 */
export async function unreadThreads(
  db: DbOrTx,
  options: { coachId?: string; protector: DataProtector },
): Promise<{ caseId: string; name: string | null; unread: number; lastAt: Date }[]> {
  const rows = await db
    .select({ caseId: caseMessages.caseId, ...youthNameColumns, unread: sql<number>`count(*)::int`, lastAt: sql<Date>`max(${caseMessages.createdAt})` })
    .from(caseMessages)
    .innerJoin(cases, eq(cases.id, caseMessages.caseId))
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(caseMessages.direction, 'from_youth'), isNull(caseMessages.readAt), options.coachId ? or(eq(cases.coachId, options.coachId), holdsOpenUrgentHandover(options.coachId)) : undefined))
    .groupBy(caseMessages.caseId, youths.nameEnc);
  return rows.map((r) => ({ caseId: r.caseId, name: readYouthName(options.protector, r), unread: Number(r.unread), lastAt: new Date(r.lastAt) }));
}
