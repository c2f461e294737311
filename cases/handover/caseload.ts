import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';

export type Intensity = NonNullable<(typeof cases.$inferSelect)['intensity']>;

/**
 * Caseload points of one case by its ondersteuningszwaarte: an intensive trajectory takes three
 * times the time of a light one. A case without a zelfscan counts as light.
 */
export function caseWeight(intensity: Intensity | null | undefined): number {
  return intensity === 'intensief' ? 3 : intensity === 'middelzwaar' ? 2 : 1;
}

/** The same weight in SQL, so loads are summed in the database. */
export const caseWeightSql = sql<number>`case ${cases.intensity} when 'intensief' then 3 when 'middelzwaar' then 2 else 1 end`;

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
