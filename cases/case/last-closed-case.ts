import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, youths } from '../../drizzle/schema';

/**
 * How long after a coach closed a case the young person's messages still reach that coach's thread
 * (and the bot says the case is closed and offers the way back). worker/turn-store.ts reads the same
 * rule in its one statement.
 */
export const CLOSED_CASE_THREAD_DAYS = 30;

/**
 * The young person's case a coach closed (with an outcome; a case an intake superseded is not one)
 * within {@link CLOSED_CASE_THREAD_DAYS}, with its coach. Only asked when there is no open case.
 */
export async function findLastClosedCase(db: DbOrTx, input: { conversationId: string; now: Date }): Promise<{ caseId: string; coachFirstName: string } | undefined> {
  const since = new Date(input.now.getTime() - CLOSED_CASE_THREAD_DAYS * 86_400_000);
  const [row] = await db
    .select({ caseId: cases.id, coachFirstName: coaches.firstName })
    .from(youths)
    .innerJoin(cases, and(eq(cases.youthId, youths.id), eq(cases.status, 'closed'), isNotNull(cases.outcome), gt(cases.closedAt, since)))
    .innerJoin(coaches, eq(coaches.id, cases.coachId))
    .where(eq(youths.conversationId, input.conversationId))
    .orderBy(desc(cases.closedAt))
    .limit(1);
  return row;
}
