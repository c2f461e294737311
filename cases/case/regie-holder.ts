import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, teams } from '../../drizzle/schema';

/**
 * The Sociaal team member who holds the regie of a case with regie 'sociaal_team' (multiproblematiek):
 * the holder of its latest non-urgent handover to a member of the Sociaal team (the one made at the
 * intake, or the one after a reassignment). An urgent handover is a safety net's duty, not the regie.
 * When the contact person is themself of the Sociaal team (no coach of the route was free), they hold both.
 * Null for a case whose regie is with its coach. One definition for the case page, casusoverleg and caseloads.
 */
export function regieHolderIdOf(caseId: SQL | typeof cases.id): SQL<string | null> {
  return sql<string | null>`(select h_r.coach_id from handovers h_r join coaches c_r on c_r.id = h_r.coach_id
    where h_r.case_id = ${caseId} and c_r.role = 'sociaal_team' and not h_r.urgent
      and (select c.regie from cases c where c.id = ${caseId}) = 'sociaal_team'
    order by h_r.created_at desc, h_r.id desc limit 1)`;
}

export interface RegieHolder {
  id: string;
  firstName: string;
  lastName: string;
  /** The team's name, where the member is in one. */
  team: string | null;
}

/** Who holds the regie of one case, or undefined when its coach does (see {@link regieHolderIdOf}). */
export async function findRegieHolder(db: DbOrTx, caseId: string): Promise<RegieHolder | undefined> {
  const [row] = await db
    .select({ id: coaches.id, firstName: coaches.firstName, lastName: coaches.lastName, team: teams.name })
    .from(coaches)
    .leftJoin(teams, eq(teams.id, coaches.teamId))
    .where(eq(coaches.id, regieHolderIdOf(sql`${caseId}::uuid`)));
  return row;
}
