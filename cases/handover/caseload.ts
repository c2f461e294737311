import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';

export type Intensity = NonNullable<(typeof cases.$inferSelect)['intensity']>;

/**
 * Caseload points of one case by its ondersteuningszwaarte: an intensive trajectory takes three
 * times the time of a light one. A case without a zelfscan counts as light. The one definition:
 * {@link caseWeight} and {@link caseWeightOf} (SQL) are both read from it.
 */
export const CASE_WEIGHTS = { licht: 1, middelzwaar: 2, intensief: 3 } as const satisfies Record<Intensity, number>;
const UNKNOWN_INTENSITY: Intensity = 'licht';

export function caseWeight(intensity: Intensity | null | undefined): number {
  return CASE_WEIGHTS[intensity ?? UNKNOWN_INTENSITY];
}

/** The same weight in SQL of an intensity column or expression, so loads are summed in the database. */
export function caseWeightOf(intensity: SQL | typeof cases.intensity): SQL<number> {
  const whens = Object.entries(CASE_WEIGHTS).map(([name, weight]) => sql.raw(`when '${name}' then ${weight}`));
  return sql<number>`case ${intensity} ${sql.join(whens, sql` `)} else ${sql.raw(String(caseWeight(null)))} end`;
}

/** The weight of the `cases.intensity` column. */
export const caseWeightSql = caseWeightOf(cases.intensity);

export interface Caseload {
  /** Number of open cases. */
  openCases: number;
  /** Open cases weighted by intensity (compare with the coach's `capacity`). */
  openLoad: number;
}

/** The open caseload of each of these coaches (coaches without open cases are absent from the map). */
export async function openCaseloads(db: DbOrTx, coachIds: string[]): Promise<Map<string, Caseload>> {
  if (coachIds.length === 0) return new Map();
  const rows = await db
    .select({
      coachId: cases.coachId,
      openCases: sql<number>`count(*)::int`,
      openLoad: sql<number>`coalesce(sum(${caseWeightSql}), 0)::int`,
    })
    .from(cases)
    .where(and(inArray(cases.coachId, coachIds), eq(cases.status, 'open')))
    .groupBy(cases.coachId);
  return new Map(rows.flatMap((r) => (r.coachId ? [[r.coachId, { openCases: r.openCases, openLoad: r.openLoad }] as const] : [])));
}
