import { and, asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, teams, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';
import { regieHolderIdOf, type RegieHolder } from './regie-holder';
import { readYouthName, youthNameColumns } from './youth-name';
import type { CaseRoute, CaseStep } from './case-repository';
import type { Viewer } from '../staff/viewer';

export interface CasusoverlegItem {
  caseId: string;
  /** A short pseudonymous reference (the first 8 characters of the case id) to speak about the case. */
  reference: string;
  /** What the coach may call the young person (given in the chat), so the team speaks of a person; null without one. */
  name: string | null;
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
 * token: of all, or of the one asked for) with its route, step and coach, and the name the young
 * person gave for their coach to use — nothing more about them. The details stay with the coach and who the case was shared with.
 */
export async function listCasusoverleg(
  db: DbOrTx,
  options: { viewer: Viewer; protector: DataProtector; municipality?: Municipality },
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
      ...youthNameColumns,
    })
    .from(cases)
    .innerJoin(coaches, eq(coaches.id, cases.coachId))
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .leftJoin(regieCoach, eq(regieCoach.id, regieHolderIdOf(cases.id)))
    .leftJoin(regieTeam, eq(regieTeam.id, regieCoach.teamId))
    .where(and(...conditions))
    .orderBy(asc(coaches.lastName), asc(coaches.firstName), asc(cases.createdAt), asc(cases.id));
  return rows.map((r) => ({
    caseId: r.caseId,
    reference: r.caseId.slice(0, 8),
    name: readYouthName(options.protector, r),
    municipality: r.municipality,
    route: r.route,
    step: r.step,
    coach: { id: r.coachId, firstName: r.firstName, lastName: r.lastName, role: r.role },
    regie: r.regieId && r.regieFirstName !== null && r.regieLastName !== null ? { id: r.regieId, firstName: r.regieFirstName, lastName: r.regieLastName, team: r.regieTeam } : null,
  }));
}
