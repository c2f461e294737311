import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches } from '../../drizzle/schema';
import type { TFunction } from '../../locales';
import { lockAssignments } from './assignment-lock';
import { toCoachView, updateCoach, type CoachChanges, type CoachView } from '../staff/coach-repository';
import type { DataProtector } from '../privacy/data-protector';
import { NotFoundError } from '../errors';
import { isAvailable } from './pick-coach';
import { reassignCases, type Reassignment } from './reassign-cases';
import { actorOf, type Viewer } from '../staff/viewer';
import { requireManagesCoach } from '../staff/municipality-scope';
import { endAccessOfCoach } from '../staff/staff-account-admin';
import { recordAdminAction } from '../privacy/audit-log';

/**
 * An administrator changes a coach they manage (cases/staff/municipality-scope.ts). A coach who
 * leaves (`active: false`) loses their token, dashboard accounts and sessions in the same
 * transaction (cases/staff/staff-account-admin.ts). A coach who is absent now (`absentUntil` in the future) or gone
 * (`active: false`) keeps no open case: in the same transaction every open case gets a new vaste
 * contactpersoon (cases/handover/reassign-cases.ts). Queue the returned `eventIds` after commit.
 */
export async function changeCoach(
  db: DbOrTx,
  options: { viewer: Viewer; protector: DataProtector; coachId: string; changes: CoachChanges; t: TFunction; now?: Date },
): Promise<{ coach: CoachView; reassigned: Reassignment[]; eventIds: number[] }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    // Who may: a global admin, or an admin-coach of the coach's municipality (isAdmin included).
    await requireManagesCoach(tx, options.viewer, options.coachId);
    // Read before the lock: a move to another municipality (move-coach.ts) holds this municipality's
    // lock too, and this change's update waits for it; the municipality is then written by the move alone.
    const [current] = await tx.select({ municipality: coaches.municipality, active: coaches.active }).from(coaches).where(eq(coaches.id, options.coachId));
    if (!current) throw new NotFoundError('Coach not found');
    await lockAssignments(tx, current.municipality);
    const row = await updateCoach(tx, { protector: options.protector, coachId: options.coachId, changes: options.changes });
    // A leaver is out at once: token, dashboard accounts and sessions, in this transaction.
    const leaving = current.active && !row.active;
    if (leaving) await endAccessOfCoach(tx, row.id);
    await recordAdminAction(tx, {
      viewer: options.viewer,
      action: leaving ? 'coach.deactivated' : 'coach.changed',
      target: `coach:${row.id}`,
      municipality: row.municipality,
    });
    const reassigned = isAvailable(row, now)
      ? []
      : await reassignCases(tx, {
          coachId: row.id,
          reason: !row.active ? { kind: 'gone' } : { kind: 'absent', until: row.absentUntil ?? now },
          actor: actorOf(options.viewer),
          t: options.t,
          protector: options.protector,
          now,
        });
    return { coach: toCoachView(row, options.protector), reassigned, eventIds: reassigned.map((r) => r.eventId) };
  });
}
