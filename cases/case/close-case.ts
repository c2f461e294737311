import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';
import { assertCanManageCase } from '../staff/case-access';
import { lockCase } from './case-lifecycle-lock';
import { appendCaseEvents, type CaseOutcome } from './case-repository';
import type { DataProtector } from '../privacy/data-protector';
import { ConflictError } from '../errors';
import { actorOf, type Viewer } from '../staff/viewer';

/**
 * Closes a case with where the young person went (onderwijs, duurzaam werk, ...), by its coach or an
 * admin. The optional note is free text and is stored encrypted in the 'case.closed' event.
 * Closing a closed case is a ConflictError.
 */
export async function closeCase(
  db: DbOrTx,
  options: { viewer: Viewer; caseId: string; outcome: CaseOutcome; note?: string; protector: DataProtector; now?: Date },
): Promise<void> {
  const { viewer, caseId } = options;
  await assertCanManageCase(db, { viewer, caseId });
  await db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    if (current.status === 'closed') throw new ConflictError('The case is closed already');
    const now = options.now ?? new Date();
    await tx.update(cases).set({ status: 'closed', outcome: options.outcome, closedAt: now, updatedAt: now }).where(eq(cases.id, caseId));
    await appendCaseEvents(tx, [
      {
        caseId,
        type: 'case.closed',
        actor: actorOf(viewer),
        data: {
          outcome: options.outcome,
          previousStatus: current.status,
          ...(options.note ? { noteEnc: options.protector.encrypt(options.note) } : {}),
        },
      },
    ]);
  });
}
