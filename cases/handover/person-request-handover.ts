import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, handovers } from '../../drizzle/schema';

/** A request for a person made before the intake was finished: its case, and its handover while open. */
export interface OpenPersonRequest {
  caseId: string;
  /** Undefined once the coach acknowledged it (they are in contact already). */
  handover?: { id: string; coachId: string };
}

/**
 * The young person's open case that a request for a person opened ("praat met iemand" in the middle
 * of the intake: route still unknown), with its open request handover. The intake's outcome lands on
 * this case and this handover, so one young person has one case and one coach.
 */
export async function findOpenPersonRequest(tx: DbOrTx, youthId: string): Promise<OpenPersonRequest | undefined> {
  const [open] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.youthId, youthId), eq(cases.status, 'open'), eq(cases.route, 'onbekend'), eq(cases.step, 'signaal')))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  if (!open) return undefined;
  const [handover] = await tx
    .select({ id: handovers.id, coachId: handovers.coachId })
    .from(handovers)
    .where(and(eq(handovers.caseId, open.id), eq(handovers.reason, 'person_requested'), eq(handovers.status, 'open'), eq(handovers.urgent, false)))
    .orderBy(desc(handovers.createdAt))
    .limit(1);
  return handover ? { caseId: open.id, handover } : { caseId: open.id };
}

/**
 * The request's handover becomes the intake's: the assigned coach holds it, with the intake's summary.
 * A new holder gets their own deadline and notice (notify-handover.ts sets `dueAt` at the first notice).
 */
export async function handRequestToCoach(tx: DbOrTx, input: { handoverId: string; coachId: string; summaryEnc: string; newHolder: boolean }): Promise<void> {
  const deadline = input.newHolder ? { dueAt: null, remindedAt: null, escalatedAt: null } : {};
  await tx
    .update(handovers)
    .set({ coachId: input.coachId, summaryEnc: input.summaryEnc, summary: null, ...deadline })
    .where(eq(handovers.id, input.handoverId));
}
