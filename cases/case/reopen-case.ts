import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches } from '../../drizzle/schema';
import type { TFunction } from '../../locales';
import { lockAssignments } from '../handover/assignment-lock';
import { assertCanManageCase } from '../staff/case-access';
import { lockCase } from './case-lifecycle-lock';
import { appendCaseEvents } from './case-repository';
import { ConflictError } from '../errors';
import { isAvailable, lockCoach } from '../handover/pick-coach';
import { moveCase, type Reassignment } from '../handover/reassign-cases';
import type { DataProtector } from '../privacy/data-protector';
import { actorOf, type Viewer } from '../staff/viewer';

/**
 * Opens a closed case again, by its coach or an admin. The young person keeps their coach when that
 * coach is still available; otherwise the case gets a new vaste contactpersoon as in a reassignment
 * (with a handover and a 'handover.created' event: queue the returned `eventIds` after commit).
 * Reopening an open case, a referral, or a case the young person has a newer open case for is a
 * ConflictError.
 */
export async function reopenCase(
  db: DbOrTx,
  options: { viewer: Viewer; caseId: string; t: TFunction; protector: DataProtector; now?: Date },
): Promise<{ coachId: string; reassigned?: Reassignment; eventIds: number[] }> {
  const { viewer, caseId } = options;
  const access = await assertCanManageCase(db, { viewer, caseId });
  if (access.status === 'open') throw new ConflictError('The case is open already');
  if (access.status === 'referred') throw new ConflictError('A referral has no coach to reopen it with');
  if (!access.coachId || !access.municipality) throw new ConflictError('The case has no coach to reopen it with');
  const municipality = access.municipality;
  const now = options.now ?? new Date();

  return db.transaction(async (tx) => {
    await lockAssignments(tx, municipality);
    const current = await lockCase(tx, caseId);
    if (current.status !== 'closed') throw new ConflictError(`The case is ${current.status}; only a closed case can be reopened`);
    const [newer] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.youthId, current.youthId), eq(cases.status, 'open'), ne(cases.id, caseId)))
      .limit(1);
    if (newer) throw new ConflictError(`The young person has a newer open case (${newer.id})`);
    if (!current.coachId) throw new ConflictError('The case has no coach to reopen it with');
    // The young person's data was erased: there is nobody to reopen it with.
    if (!current.conversationId) throw new ConflictError('The young person of this case was erased');
    const conversationId = current.conversationId;

    const actor = actorOf(viewer);
    await tx.update(cases).set({ status: 'open', outcome: null, closedAt: null, updatedAt: now }).where(eq(cases.id, caseId));
    await appendCaseEvents(tx, [
      { caseId, type: 'case.reopened', actor, data: { previousOutcome: current.outcome, coachId: current.coachId } },
    ]);
    const coach = await lockCoach(tx, current.coachId);
    if (coach && isAvailable(coach, now)) return { coachId: coach.id, eventIds: [] };

    const [from] = await tx
      .select({ id: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
      .from(coaches)
      .where(eq(coaches.id, current.coachId));
    if (!from) throw new ConflictError('The case has no coach to reopen it with');
    const reassigned = await moveCase(tx, {
      caseId,
      intensity: current.intensity,
      conversationId,
      from,
      reason: { kind: 'reopened' },
      actor,
      t: options.t,
      protector: options.protector,
      now,
    });
    return { coachId: reassigned.toCoach.id, reassigned, eventIds: [reassigned.eventId] };
  });
}
