import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, youths } from '../../drizzle/schema';
import { NotFoundError } from '../errors';

/**
 * Locks a case row for a change and returns it as it is now. `FOR NO KEY UPDATE` rather than
 * `FOR UPDATE`: it does not block inserts that merely reference the case (events, handovers).
 */
export async function lockCase(tx: DbOrTx, caseId: string) {
  const [row] = await tx
    .select({ case: cases, conversationId: youths.conversationId })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(eq(cases.id, caseId))
    .for('no key update', { of: cases });
  if (!row) throw new NotFoundError('Case not found');
  return { ...row.case, conversationId: row.conversationId };
}
