import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { handovers } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';

/**
 * A closed case has no open handover: nobody is to be reminded of a case that ended. Its open
 * handovers are settled (marked acknowledged, with the reason in the case's history). An urgent
 * (safety) handover is left alone: danger survives closing (DESIGN.md rule 9).
 */
export async function settleHandoversOfClosedCases(tx: DbOrTx, input: { caseIds: string[]; reason: 'superseded' | 'case_closed'; actor: string; now: Date }): Promise<void> {
  if (input.caseIds.length === 0) return;
  const settled = await tx
    .update(handovers)
    .set({ status: 'acknowledged', acknowledgedAt: input.now })
    .where(and(inArray(handovers.caseId, input.caseIds), eq(handovers.status, 'open'), eq(handovers.urgent, false)))
    .returning({ id: handovers.id, caseId: handovers.caseId });
  await appendCaseEvents(
    tx,
    settled.map((h) => ({ caseId: h.caseId, type: 'handover.settled', actor: input.actor, data: { handoverId: h.id, reason: input.reason } })),
  );
}
