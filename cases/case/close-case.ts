import { eq } from 'drizzle-orm';
import type { i18n } from 'i18next';
import { cancelFutureAppointmentsOfCase } from '../appointments/cancel-case-appointments';
import { settleHandoversOfClosedCases } from '../handover/settle-handovers';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';
import { assertCanManageCase } from '../staff/case-access';
import { lockCase } from './case-lifecycle-lock';
import { appendCaseEvents, type CaseOutcome } from './case-repository';
import type { DataProtector } from '../privacy/data-protector';
import { ConflictError } from '../errors';
import { nazorgOnClosing } from '../in-beeld/nazorg-outcomes';
import { actorOf, type Viewer } from '../staff/viewer';

/**
 * Closes a case with where the young person went (onderwijs, duurzaam werk, ...), by its coach or an
 * admin. The optional note is free text and is stored encrypted in the 'case.closed' event.
 * Its appointments still to come are cancelled, with a message to the young person, and its open
 * handovers settled: a closed case asks nothing more of anyone. Closing a closed case is a ConflictError.
 * Closing towards school or work moves the case to step nazorg (if it was not there yet): the nazorg
 * sweep plans its check-ins from that step change, by every path that closes a case.
 * Returns the messages to the young person to queue for sending, and whether nazorg started.
 */
export async function closeCase(
  db: DbOrTx,
  options: { viewer: Viewer; caseId: string; outcome: CaseOutcome; note?: string; protector: DataProtector; i18n: i18n; now?: Date },
): Promise<{ outboundIds: number[]; nazorgStarted: boolean }> {
  const { viewer, caseId } = options;
  await assertCanManageCase(db, { viewer, caseId });
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    if (current.status === 'closed') throw new ConflictError('The case is closed already');
    const now = options.now ?? new Date();
    const actor = actorOf(viewer);
    const nazorgStarted = nazorgOnClosing({ outcome: options.outcome, step: current.step }) === 'starts';
    const combinedSteps = current.combinedSteps.filter((s) => s !== 'nazorg');
    await tx
      .update(cases)
      .set({ status: 'closed', outcome: options.outcome, closedAt: now, updatedAt: now, ...(nazorgStarted ? { step: 'nazorg' as const, combinedSteps } : {}) })
      .where(eq(cases.id, caseId));
    await appendCaseEvents(tx, [
      ...(nazorgStarted
        ? [
            {
              caseId,
              type: 'step.changed' as const,
              actor,
              data: { from: { step: current.step, combinedSteps: current.combinedSteps }, to: { step: 'nazorg', combinedSteps }, reason: 'closed' },
            },
          ]
        : []),
      {
        caseId,
        type: 'case.closed',
        actor,
        data: {
          outcome: options.outcome,
          previousStatus: current.status,
          ...(options.note ? { noteEnc: options.protector.encrypt(options.note) } : {}),
        },
      },
    ]);
    await settleHandoversOfClosedCases(tx, { caseIds: [caseId], reason: 'case_closed', actor, now });
    const outboundIds = await cancelFutureAppointmentsOfCase(tx, { protector: options.protector, i18n: options.i18n, now }, { caseId, actor });
    return { outboundIds, nazorgStarted };
  });
}
