import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, type Municipality } from '../../drizzle/schema';
import { AccessDeniedError, NotFoundError } from '../errors';
import type { Viewer } from './viewer';

/**
 * Who may see what of a case (AVG: need to know):
 * - its coach (the vaste contactpersoon) reads and manages it;
 * - a coach it was shared with (casusoverleg) and the Sociaal team member holding the regie read it;
 * - the holder of its open urgent (safety) handover reads it: they must read the young person's
 *   answer to "ben je nu veilig?", which lands in this case until they acknowledge;
 * - an admin-coach reads and manages every case of their own municipality;
 * - the admin token reads and manages everything.
 * Everyone else gets the casusoverleg overview only (cases/case/casusoverleg.ts).
 */

/** The municipality a case belongs to: its coach's, or for a case without a coach the young person's. */
export const caseMunicipalitySql = sql<string | null>`coalesce(
  (select c_m.municipality from coaches c_m where c_m.id = ${cases.coachId}),
  (select y_m.municipality from youths y_m where y_m.id = ${cases.youthId}))`;

/**
 * `cases.id` spelled with its table: in a select from `cases` alone drizzle writes `${cases.id}` as a
 * bare "id", which inside a subquery binds to the subquery's own table (handovers.id), not the case.
 */
const caseIdSql = sql.raw('"cases"."id"');

/** The SQL condition for "this coach holds an open urgent (safety) handover of the case". */
export function holdsOpenUrgentHandover(coachId: string | null): SQL<boolean> {
  return sql<boolean>`exists (select 1 from handovers h_u where h_u.case_id = ${caseIdSql} and h_u.coach_id = ${coachId} and h_u.urgent and h_u.status = 'open')`;
}

/** The SQL condition for "the viewer may read this case", for lists; undefined: no limit. */
export function readableCasesCondition(viewer: Viewer): SQL | undefined {
  if (viewer.kind === 'admin') return undefined;
  const me = viewer.coachId;
  return or(
    eq(cases.coachId, me),
    sql`exists (select 1 from case_shares s_a where s_a.case_id = ${caseIdSql} and s_a.coach_id = ${me})`,
    and(eq(cases.regie, 'sociaal_team'), sql`exists (select 1 from handovers h_a where h_a.case_id = ${caseIdSql} and h_a.coach_id = ${me})`),
    holdsOpenUrgentHandover(me),
    viewer.isAdmin ? sql`${caseMunicipalitySql} = ${viewer.municipality}` : undefined,
  );
}

export interface CaseAccess {
  caseId: string;
  status: (typeof cases.$inferSelect)['status'];
  coachId: string | null;
  municipality: Municipality | null;
  canRead: boolean;
  canManage: boolean;
}

/** What the viewer may do with one case. Throws NotFoundError when there is no such case. */
export async function caseAccess(db: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<CaseAccess> {
  const { viewer, caseId } = options;
  const me = viewer.kind === 'coach' ? viewer.coachId : null;
  const [row] = await db
    .select({
      status: cases.status,
      coachId: cases.coachId,
      municipality: caseMunicipalitySql,
      shared: sql<boolean>`exists (select 1 from case_shares s_a where s_a.case_id = ${caseIdSql} and s_a.coach_id = ${me})`,
      regie: sql<boolean>`${cases.regie} = 'sociaal_team' and exists (select 1 from handovers h_a where h_a.case_id = ${caseIdSql} and h_a.coach_id = ${me})`,
      urgent: holdsOpenUrgentHandover(me),
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new NotFoundError('Case not found');
  const municipality = row.municipality === 'amstelveen' || row.municipality === 'aalsmeer' ? row.municipality : null;
  const manages =
    viewer.kind === 'admin' || row.coachId === viewer.coachId || (viewer.isAdmin && municipality === viewer.municipality);
  return {
    caseId,
    status: row.status,
    coachId: row.coachId,
    municipality,
    canManage: manages,
    canRead: manages || row.shared || row.regie || row.urgent,
  };
}

/** The viewer may read the case's details (summary, history, messages), or AccessDeniedError. */
export async function assertCanReadCase(db: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<CaseAccess> {
  const access = await caseAccess(db, options);
  if (!access.canRead) throw new AccessDeniedError('This case belongs to another coach and was not shared with you');
  return access;
}

/** The viewer may change the case (steps, closing, sharing): its coach or an administrator. */
export async function assertCanManageCase(db: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<CaseAccess> {
  const access = await caseAccess(db, options);
  if (!access.canManage) throw new AccessDeniedError('Only the case’s coach or an admin may change this case');
  return access;
}
