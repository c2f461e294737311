import type { Db } from '../../drizzle/connection';
import { recordAdminAction } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import { createCoach, issueCoachToken, type CoachView, type NewCoach } from './coach-repository';
import { requireManages, requireManagesCoach } from './municipality-scope';
import type { Viewer } from './viewer';

/**
 * An administrator creates a coach in a municipality they manage (a global admin: any; an admin-coach:
 * their own, admin-coaches included). Audited; the answer carries the coach's token, shown this once.
 */
export async function createCoachAs(
  db: Db,
  options: { viewer: Viewer; protector: DataProtector; input: NewCoach; tokenDays: number },
): Promise<{ coach: CoachView; token: string; tokenExpiresAt: Date }> {
  const { viewer, input } = options;
  return db.transaction(async (tx) => {
    await requireManages(tx, viewer, input.municipality);
    const created = await createCoach(tx, options.protector, input, { tokenDays: options.tokenDays });
    await recordAdminAction(tx, { viewer, action: 'coach.created', target: `coach:${created.coach.id}`, municipality: input.municipality });
    return created;
  });
}

/**
 * An administrator gives a coach they manage a new bearer token (the old one stops working). Audited:
 * whoever uses the token acts as the coach, so the log must say who made it.
 */
export async function issueCoachTokenAs(db: Db, options: { viewer: Viewer; coachId: string; tokenDays: number }): Promise<{ token: string; expiresAt: Date }> {
  const { viewer, coachId } = options;
  return db.transaction(async (tx) => {
    const municipality = await requireManagesCoach(tx, viewer, coachId);
    const issued = await issueCoachToken(tx, { coachId, viewer, tokenDays: options.tokenDays });
    await recordAdminAction(tx, { viewer, action: 'coach.token_issued', target: `coach:${coachId}`, municipality });
    return issued;
  });
}
