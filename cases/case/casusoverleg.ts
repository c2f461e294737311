import { and, asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, teams, type CoachRole, type Municipality } from '../../drizzle/schema';
import { regieHolderIdOf, type RegieHolder } from './regie-holder';
import type { CaseRoute, CaseStep } from './case-repository';
import type { Viewer } from '../staff/viewer';

export interface CasusoverlegItem {
  caseId: string;
  /**
   * A short pseudonymous reference (the first 8 characters of the case id) to speak about the case
   * without a name; a display name of the young person may come later.
   */
  reference: string;
  municipality: Municipality;
  route: CaseRoute;
  step: CaseStep;
  coach: { id: string; firstName: string; lastName: string; role: CoachRole };
  /** With multiproblematiek: the Sociaal team member who holds the regie; null when the coach holds it. */
  regie: RegieHolder | null;
}

const regieCoach = alias(coaches, 'regie_coach');
const regieTeam = alias(teams, 'regie_team');

/**
 * Who is whose contact, for the casusoverleg: every open case of the viewer's municipality (the admin
 * token: of all, or of the one asked for) with its route, step and coach — nothing about the young
 * person. The details stay with the coach and who the case was shared with.
 */
export async function listCasusoverleg(
  db: DbOrTx,
  options: { viewer: Viewer; municipality?: Municipality },
): Promise<CasusoverlegItem[]> {
  const municipality = options.viewer.kind === 'coach' ? options.viewer.municipality : options.municipality;
  const conditions: SQL[] = [eq(cases.status, 'open')];
  if (municipality) conditions.push(eq(coaches.municipality, municipality));
  const rows = await db
    .select({
      caseId: cases.id,
      municipality: coaches.municipality,
      route: cases.route,
      step: cases.step,
      coachId: coaches.id,
      firstName: coaches.firstName,
      lastName: coaches.lastName,
      role: coaches.role,
      regieId: regieCoach.id,
      regieFirstName: regieCoach.firstName,
      regieLastName: regieCoach.lastName,
      regieTeam: regieTeam.name,
    })
    .from(cases)
    .innerJoin(coaches, eq(coaches.id, cases.coachId))
    .leftJoin(regieCoach, eq(regieCoach.id, regieHolderIdOf(cases.id)))
    .leftJoin(regieTeam, eq(regieTeam.id, regieCoach.teamId))
    .where(and(...conditions))
    .orderBy(asc(coaches.lastName), asc(coaches.firstName), asc(cases.createdAt), asc(cases.id));
  return rows.map((r) => ({
    caseId: r.caseId,
    reference: r.caseId.slice(0, 8),
    municipality: r.municipality,
    route: r.route,
    step: r.step,
    coach: { id: r.coachId, firstName: r.firstName, lastName: r.lastName, role: r.role },
    regie: r.regieId && r.regieFirstName !== null && r.regieLastName !== null ? { id: r.regieId, firstName: r.regieFirstName, lastName: r.regieLastName, team: r.regieTeam } : null,
  }));
}
