import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../drizzle/connection';
import { coaches, teams, type Municipality } from '../../drizzle/schema';
import type { TFunction } from '../../locales';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors';
import { recordAdminAction } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import { toCoachView, type CoachView } from '../staff/coach-repository';
import { requireGlobalAdmin } from '../staff/municipality-scope';
import { endSessionsOfCoach } from '../staff/staff-account-admin';
import { actorOf, type Viewer } from '../staff/viewer';
import { lockAssignments } from './assignment-lock';
import { reassignCases, type Reassignment } from './reassign-cases';

/**
 * A coach goes to work for another municipality (a mover). Only a global admin may: the move takes
 * power over young people from one municipality to the other. In one transaction, holding both
 * municipalities' assignment locks (in one order, so two moves the other way cannot deadlock):
 * - the coach's open cases stay with the young people's municipality: each gets a new vaste
 *   contactpersoon there first (urgent handovers stay urgent, cases/handover/reassign-cases.ts);
 * - the coach moves, into `teamId` (a team of the new municipality) or none; admin powers, the duty
 *   contact and team leads of the old municipality are not carried over;
 * - their dashboard sessions end, so the new scope counts from the next sign-in;
 * - both municipalities' audit logs say who moved whom.
 * Nobody free to take over a case: NoCoachAvailableError, and nothing changed. Queue `eventIds` after commit.
 */
export async function moveCoach(
  db: Db,
  options: { viewer: Viewer; protector: DataProtector; coachId: string; municipality: Municipality; teamId?: string | null; t: TFunction; now?: Date },
): Promise<{ coach: CoachView; reassigned: Reassignment[]; eventIds: number[] }> {
  const { viewer, coachId, municipality } = options;
  requireGlobalAdmin(viewer);
  return db.transaction(async (tx) => {
    const read = () => tx.select({ municipality: coaches.municipality, active: coaches.active }).from(coaches).where(eq(coaches.id, coachId));
    const [before] = await read();
    if (!before) throw new NotFoundError('Coach not found');
    // The assignment locks first, as every reassignment takes them, then the coach as it is under them.
    for (const m of [before.municipality, municipality].sort()) await lockAssignments(tx, m);
    const [current] = await read();
    if (!current) throw new NotFoundError('Coach not found');
    if (current.municipality !== before.municipality) throw new ConflictError('The coach was moved at the same moment; look again');
    if (current.municipality === municipality) throw new InvalidRequestError(`municipality: the coach works in ${municipality} already`);
    if (options.teamId) {
      const [team] = await tx.select({ municipality: teams.municipality }).from(teams).where(eq(teams.id, options.teamId));
      if (team?.municipality !== municipality) throw new InvalidRequestError(`teamId: not a team of ${municipality}`);
    }
    const reassigned = current.active
      ? await reassignCases(tx, { coachId, reason: { kind: 'moved' }, actor: actorOf(viewer), t: options.t, protector: options.protector, ...(options.now ? { now: options.now } : {}) })
      : [];
    const [row] = await tx
      .update(coaches)
      .set({ municipality, teamId: options.teamId ?? null, isAdmin: false, dutyContact: false })
      .where(eq(coaches.id, coachId))
      .returning();
    if (!row) throw new NotFoundError('Coach not found');
    await tx.update(teams).set({ leadCoachId: null }).where(and(eq(teams.leadCoachId, coachId), ne(teams.municipality, municipality)));
    await endSessionsOfCoach(tx, coachId);
    for (const m of [current.municipality, municipality]) {
      await recordAdminAction(tx, { viewer, action: 'coach.moved', target: `coach:${coachId}`, municipality: m });
    }
    return { coach: toCoachView(row, options.protector), reassigned, eventIds: reassigned.map((r) => r.eventId) };
  });
}
