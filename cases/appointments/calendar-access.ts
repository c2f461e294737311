import type { Db, DbOrTx } from '../../drizzle/connection';
import type { Municipality } from '../../drizzle/schema';
import { recordAdminAction } from '../privacy/audit-log';
import { requireManagesCoach } from '../staff/municipality-scope';
import type { Viewer } from '../staff/viewer';

/**
 * A coach reads and manages their own calendar (weekly hours, absences); an administrator those of the
 * coaches they manage (cases/staff/municipality-scope.ts). Returns the coach's municipality when it is
 * an administrator's power that is used, else undefined.
 */
export async function assertCalendarAccess(db: DbOrTx, options: { viewer: Viewer; coachId: string }): Promise<Municipality | undefined> {
  const { viewer, coachId } = options;
  if (viewer.kind === 'coach' && viewer.coachId === coachId) return undefined;
  return requireManagesCoach(db, viewer, coachId);
}

/** Changes a calendar in one transaction with the access check; an administrator's change is audited in it. */
export async function changeCalendar<T>(db: Db, options: { viewer: Viewer; coachId: string }, change: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const byAdmin = await assertCalendarAccess(tx, options);
    const result = await change(tx);
    if (byAdmin) await recordAdminAction(tx, { viewer: options.viewer, action: 'availability.changed', target: `coach:${options.coachId}`, municipality: byAdmin });
    return result;
  });
}
