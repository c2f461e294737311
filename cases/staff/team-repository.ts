import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, teams, type Municipality } from '../../drizzle/schema';
import { InvalidRequestError, NotFoundError } from '../errors';

export type Team = typeof teams.$inferSelect;

export async function listTeams(db: DbOrTx): Promise<Team[]> {
  return db.select().from(teams).orderBy(asc(teams.municipality), asc(teams.name));
}

export async function createTeam(
  db: DbOrTx,
  input: { name: string; municipality: Municipality; leadCoachId?: string | null },
): Promise<Team> {
  if (input.leadCoachId) await assertLeadOfMunicipality(db, { coachId: input.leadCoachId, municipality: input.municipality });
  const [row] = await db
    .insert(teams)
    .values({ name: input.name, municipality: input.municipality, leadCoachId: input.leadCoachId ?? null })
    .returning();
  if (!row) throw new Error('Insert returned no team');
  return row;
}

/** Renames a team or sets its lead (who gets the escalations); the lead works in the team's municipality. */
export async function updateTeam(
  db: DbOrTx,
  options: { teamId: string; changes: { name?: string; leadCoachId?: string | null } },
): Promise<Team> {
  const [current] = await db.select().from(teams).where(eq(teams.id, options.teamId));
  if (!current) throw new NotFoundError('Team not found');
  const { name, leadCoachId } = options.changes;
  if (leadCoachId) await assertLeadOfMunicipality(db, { coachId: leadCoachId, municipality: current.municipality });
  const set: Partial<typeof teams.$inferInsert> = {};
  if (name !== undefined) set.name = name;
  if (leadCoachId !== undefined) set.leadCoachId = leadCoachId;
  if (Object.keys(set).length === 0) return current;
  const [row] = await db.update(teams).set(set).where(eq(teams.id, options.teamId)).returning();
  if (!row) throw new NotFoundError('Team not found');
  return row;
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
