import { defaultCoachNoticeConfig, type CoachNoticeConfig } from '../../config';
import type { DbOrTx } from '../../drizzle/connection';
import type { CoachNoticeKind } from '../../drizzle/schema';
import { addToPendingNotice, findCaseCoach, type PendingCoachNotice } from './coach-notice-repository';
import { coachNoticeSendAt } from './coach-notice-send-at';

/**
 * Something the young person of a case did that their coach should hear of: a message, an
 * appointment booked, moved or cancelled, their data erased. Joins the coach's pending notice, or
 * starts one ({@link coachNoticeSendAt}); runs in the caller's transaction, which queues the
 * returned notice's job after commit (the relay does it should that fail).
 *
 * Only the case's own coach hears of it, and only while their account is active: a colleague the
 * case is shared with or a team lead reads it in the dashboard. STOP does not apply: this is to staff.
 * Undefined when nobody is to be told.
 */
export async function recordCoachNotice(
  tx: DbOrTx,
  input: { caseId: string; kind: CoachNoticeKind; startsAt?: Date | undefined; now: Date; settings?: CoachNoticeConfig | undefined },
): Promise<PendingCoachNotice | undefined> {
  const coach = await findCaseCoach(tx, input.caseId);
  if (!coach?.active) return undefined;
  const { bundleMinutes } = input.settings ?? defaultCoachNoticeConfig;
  return addToPendingNotice(tx, {
    coachId: coach.id,
    item: { kind: input.kind, caseId: input.caseId, at: input.now.toISOString(), ...(input.startsAt ? { startsAt: input.startsAt.toISOString() } : {}) },
    sendAt: coachNoticeSendAt({ now: input.now, bundleMinutes }),
  });
}
