import { asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../drizzle/connection';
import { coaches, teams, type Municipality } from '../../drizzle/schema';
import { recordAdminAction } from '../privacy/audit-log';
import { InvalidRequestError, NotFoundError } from '../errors';
import { manageScope, requireManages } from './municipality-scope';
import type { Viewer } from './viewer';

export type Team = typeof teams.$inferSelect;

/** The teams the viewer manages: a global admin all, an admin-coach those of their municipality. */
export async function listTeams(db: DbOrTx, viewer: Viewer): Promise<Team[]> {
  const scope = await manageScope(db, viewer);
  return db
    .select()
    .from(teams)
    .where('all' in scope ? undefined : eq(teams.municipality, scope.municipality))
    .orderBy(asc(teams.municipality), asc(teams.name));
}

/** Creates a team in a municipality the viewer manages; audited. */
export async function createTeam(
  db: Db,
  options: { viewer: Viewer; input: { name: string; municipality: Municipality; leadCoachId?: string | null } },
): Promise<Team> {
  const { viewer, input } = options;
  return db.transaction(async (tx) => {
    await requireManages(tx, viewer, input.municipality);
    if (input.leadCoachId) await assertLeadOfMunicipality(tx, { coachId: input.leadCoachId, municipality: input.municipality });
    const [row] = await tx
      .insert(teams)
      .values({ name: input.name, municipality: input.municipality, leadCoachId: input.leadCoachId ?? null })
      .returning();
    if (!row) throw new Error('Insert returned no team');
    await recordAdminAction(tx, { viewer, action: 'team.created', target: `team:${row.id}`, municipality: row.municipality });
    return row;
  });
}

/**
 * Renames a team the viewer manages or sets its lead (who gets the escalations); the lead works in
 * the team's municipality. Audited.
 */
export async function updateTeam(
  db: Db,
  options: { viewer: Viewer; teamId: string; changes: { name?: string; leadCoachId?: string | null } },
): Promise<Team> {
  const { viewer } = options;
  return db.transaction(async (tx) => {
    // Someone who manages nobody learns nothing about which team ids exist.
    await manageScope(tx, viewer);
    const [current] = await tx.select().from(teams).where(eq(teams.id, options.teamId));
    if (!current) throw new NotFoundError('Team not found');
    await requireManages(tx, viewer, current.municipality);
    const { name, leadCoachId } = options.changes;
    if (leadCoachId) await assertLeadOfMunicipality(tx, { coachId: leadCoachId, municipality: current.municipality });
    const set: Partial<typeof teams.$inferInsert> = {};
    if (name !== undefined) set.name = name;
    if (leadCoachId !== undefined) set.leadCoachId = leadCoachId;
    if (Object.keys(set).length === 0) return current;
    const [row] = await tx.update(teams).set(set).where(eq(teams.id, options.teamId)).returning();
    if (!row) throw new NotFoundError('Team not found');
    await recordAdminAction(tx, { viewer, action: 'team.changed', target: `team:${row.id}`, municipality: row.municipality });
    return row;
  });
}

/** A coach joins only a team of their own municipality. */
export async function assertTeamOfMunicipality(db: DbOrTx, options: { teamId: string; municipality: Municipality }): Promise<void> {
  const [team] = await db.select({ municipality: teams.municipality }).from(teams).where(eq(teams.id, options.teamId));
  if (!team) throw new InvalidRequestError('teamId: no such team');
  if (team.municipality !== options.municipality) throw new InvalidRequestError('teamId: the team belongs to another municipality');
}

async function assertLeadOfMunicipality(db: DbOrTx, options: { coachId: string; municipality: Municipality }): Promise<void> {
  const [coach] = await db.select({ municipality: coaches.municipality, active: coaches.active }).from(coaches).where(eq(coaches.id, options.coachId));
  if (!coach) throw new InvalidRequestError('leadCoachId: no such coach');
  if (coach.municipality !== options.municipality) throw new InvalidRequestError('leadCoachId: the coach works in another municipality');
  if (!coach.active) throw new InvalidRequestError('leadCoachId: the coach is no longer active');
}
