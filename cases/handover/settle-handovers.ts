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
  await settleOpenHandovers(tx, input);
}

/**
 * The coach made first contact (wrote to the young person, or logged a call): the case's open
 * handover is settled like an acknowledgement, so its reminder and escalation do not fire
 * (cases/handover/handover-deadlines.ts only looks at open handovers). An urgent (safety) handover
 * stays open: its holder confirms it on its own (DESIGN.md rule 9).
 */
export async function settleOnFirstContact(tx: DbOrTx, input: { caseId: string; how: 'message' | 'call'; actor: string; now: Date }): Promise<void> {
  await settleOpenHandovers(tx, { caseIds: [input.caseId], reason: 'first_contact', how: input.how, actor: input.actor, now: input.now });
}

async function settleOpenHandovers(
  tx: DbOrTx,
  input: { caseIds: string[]; reason: 'superseded' | 'case_closed' | 'first_contact'; how?: 'message' | 'call'; actor: string; now: Date },
): Promise<void> {
  if (input.caseIds.length === 0) return;
  const settled = await tx
    .update(handovers)
    .set({ status: 'acknowledged', acknowledgedAt: input.now })
    .where(and(inArray(handovers.caseId, input.caseIds), eq(handovers.status, 'open'), eq(handovers.urgent, false)))
    .returning({ id: handovers.id, caseId: handovers.caseId });
  await appendCaseEvents(
    tx,
    settled.map((h) => ({
      caseId: h.caseId,
      type: 'handover.settled',
      actor: input.actor,
      data: { handoverId: h.id, reason: input.reason, ...(input.how ? { how: input.how } : {}) },
    })),
  );
}
