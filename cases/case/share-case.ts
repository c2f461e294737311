import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseShares, coaches } from '../../drizzle/schema';
import { assertCanManageCase } from '../staff/case-access';
import { appendCaseEvents } from './case-repository';
import { InvalidRequestError, NotFoundError } from '../errors';
import { actorOf, type Viewer } from '../staff/viewer';

/**
 * Shares a case with a colleague of the same municipality for the casusoverleg: they may then read
 * its details. By the case's coach or an admin. Sharing twice changes nothing and writes one
 * 'case.shared' event. Returns whether the share is new.
 */
export async function shareCase(db: DbOrTx, options: { viewer: Viewer; caseId: string; coachId: string }): Promise<{ created: boolean }> {
  const { viewer, caseId, coachId } = options;
  return db.transaction(async (tx) => {
    const access = await assertCanManageCase(tx, { viewer, caseId });
    const [coach] = await tx.select({ municipality: coaches.municipality, active: coaches.active }).from(coaches).where(eq(coaches.id, coachId));
    if (!coach) throw new InvalidRequestError('coachId: no such coach');
    if (!coach.active) throw new InvalidRequestError('coachId: the coach is no longer active');
    if (coach.municipality !== access.municipality) throw new InvalidRequestError('coachId: a case is shared only within its own municipality');
    if (coachId === access.coachId) throw new InvalidRequestError('coachId: this is the case’s own coach');
    const inserted = await tx
      .insert(caseShares)
      .values({ caseId, coachId, sharedBy: actorOf(viewer) })
      .onConflictDoNothing()
      .returning({ coachId: caseShares.coachId });
    if (inserted.length === 0) return { created: false };
    await appendCaseEvents(tx, [{ caseId, type: 'case.shared', actor: actorOf(viewer), data: { coachId } }]);
    return { created: true };
  });
}

/** Ends a share (the colleague no longer reads the case), with a 'case.unshared' event. */
export async function unshareCase(db: DbOrTx, options: { viewer: Viewer; caseId: string; coachId: string }): Promise<void> {
  const { viewer, caseId, coachId } = options;
  await db.transaction(async (tx) => {
    await assertCanManageCase(tx, { viewer, caseId });
    const removed = await tx
      .delete(caseShares)
      .where(and(eq(caseShares.caseId, caseId), eq(caseShares.coachId, coachId)))
      .returning({ coachId: caseShares.coachId });
    if (removed.length === 0) throw new NotFoundError('The case is not shared with this coach');
    await appendCaseEvents(tx, [{ caseId, type: 'case.unshared', actor: actorOf(viewer), data: { coachId } }]);
  });
}
