import { inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';
import { regieHolderIdOf } from '../case/regie-holder';

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

/**
 * The open caseload of each of these coaches (coaches without open cases are absent from the map):
 * the open cases they are the contact person of, and those whose regie they hold for the Sociaal team
 * (the work is theirs too). A case counts once per coach.
 */
export async function openCaseloads(db: DbOrTx, coachIds: string[]): Promise<Map<string, Caseload>> {
  if (coachIds.length === 0) return new Map();
  const rows = await db.execute<{ coach_id: string; open_cases: number; open_load: number }>(sql`
    select holder as coach_id, count(*)::int as open_cases, coalesce(sum(weight), 0)::int as open_load from (
      select ${cases.id} as case_id, ${cases.coachId} as holder, ${caseWeightSql} as weight from ${cases}
      where ${cases.status} = 'open' and ${inArray(cases.coachId, coachIds)}
      union
      select ${cases.id}, ${regieHolderIdOf(cases.id)}, ${caseWeightSql} from ${cases}
      where ${cases.status} = 'open' and ${cases.regie} = 'sociaal_team'
    ) loads
    where ${inArray(sql`holder`, coachIds)}
    group by holder`);
  return new Map([...rows].map((r) => [r.coach_id, { openCases: Number(r.open_cases), openLoad: Number(r.open_load) }] as const));
}
