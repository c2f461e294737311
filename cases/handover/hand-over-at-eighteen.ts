import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, youths } from '../../drizzle/schema';
import { ADULT_AGE } from '../../flows/age-bands';
import { decideRoute, type Wants } from '../../flows/routing';
import type { TFunction } from '../../locales';
import { lockCase } from '../case/case-lifecycle-lock';
import { appendCaseEvents, type CaseRoute } from '../case/case-repository';
import { ConflictError } from '../errors';
import { assertCanManageCase } from '../staff/case-access';
import type { DataProtector } from '../privacy/data-protector';
import { actorOf, type Viewer } from '../staff/viewer';
import { lockAssignments } from './assignment-lock';
import { moveCase, type Reassignment } from './reassign-cases';

const WANTS: readonly string[] = ['school', 'werk', 'weet_niet'] satisfies Wants[];

/**
 * At 18 leerplicht and kwalificatieplicht end: the leerplichtambtenaar hands the case over warmly to
 * the coach of the route the young person needs now, with one action. The route is `decideRoute`'s
 * for an 18-year-old with what the intake knows (wish, startkwalificatie); the new coach is picked
 * by caseload as in a reassignment and gets a handover with the old summary plus a line saying why
 * (cases/handover/reassign-cases.ts), and the young person is told the new name ('handover.created':
 * queue the returned `eventIds` after commit). The case history records who did it (the audit of the
 * action). Only an open case on the leerplicht route can be handed over; its coach or an admin may.
 *
 * The intake knows the age in whole years, not the birthday, so this is the coach's action (they
 * know the date), not a rule that fires by itself.
 */
export async function handOverAtEighteen(
  db: DbOrTx,
  options: { viewer: Viewer; caseId: string; t: TFunction; protector: DataProtector; now?: Date },
): Promise<{ route: CaseRoute; reassigned: Reassignment; eventIds: number[] }> {
  const { viewer, caseId } = options;
  const access = await assertCanManageCase(db, { viewer, caseId });
  if (access.status !== 'open') throw new ConflictError(`The case is ${access.status}; only an open case is handed over`);
  if (!access.municipality) throw new ConflictError('The case has no municipality');
  const municipality = access.municipality;
  const now = options.now ?? new Date();

  return db.transaction(async (tx) => {
    await lockAssignments(tx, municipality);
    const current = await lockCase(tx, caseId);
    if (current.status !== 'open') throw new ConflictError(`The case is ${current.status}; only an open case is handed over`);
    if (current.route !== 'leerplicht') throw new ConflictError('Only a case on the leerplicht route is handed over at 18');
    if (!current.coachId) throw new ConflictError('The case has no coach to hand over from');
    if (!current.conversationId) throw new ConflictError('The young person of this case was erased');
    const conversationId = current.conversationId;
    const [youth] = await tx.select({ hasStartkwalificatie: youths.hasStartkwalificatie }).from(youths).where(eq(youths.id, current.youthId));
    const decision = decideRoute({
      age: ADULT_AGE,
      municipality,
      hasStartkwalificatie: youth?.hasStartkwalificatie === true,
      wants: WANTS.includes(current.wants) ? (current.wants as Wants) : 'weet_niet',
    });
    if (decision.kind !== 'coach') throw new ConflictError('No coach route for this young person at 18');
    const [from] = await tx
      .select({ id: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
      .from(coaches)
      .where(eq(coaches.id, current.coachId));
    if (!from) throw new ConflictError('The case has no coach to hand over from');

    const actor = actorOf(viewer);
    const reassigned = await moveCase(tx, {
      caseId,
      intensity: current.intensity,
      conversationId,
      from,
      reason: { kind: 'adult' },
      actor,
      t: options.t,
      protector: options.protector,
      now,
      role: decision.role,
    });
    await tx.update(cases).set({ route: decision.route, updatedAt: now }).where(eq(cases.id, caseId));
    await appendCaseEvents(tx, [{ caseId, type: 'route.changed', actor, data: { from: 'leerplicht', to: decision.route, reason: 'adult' } }]);
    return { route: decision.route, reassigned, eventIds: [reassigned.eventId] };
  });
}
