import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { feedback } from '../../drizzle/schema';
import { recordRead } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import { municipalityScope, type MunicipalityScope } from '../staff/municipality-scope';
import { isAdministrator, type Viewer } from '../staff/viewer';

export const feedbackRatings = ['great', 'good', 'okay', 'bad'] as const;
export type FeedbackRating = (typeof feedbackRatings)[number];

/** A rating as a mark from 1 (bad) to 4 (great), to average per month. */
const SCORE_SQL = sql<number>`case ${feedback.rating} when 'great' then 4 when 'good' then 3 when 'okay' then 2 else 1 end`;
const MONTHS = 12;

export interface FeedbackOverview {
  ratings: { rating: FeedbackRating; count: number }[];
  /** The last twelve months with ratings, newest first; `month` is `yyyy-mm` in Amsterdam. */
  months: { month: string; count: number; average: number }[];
  /** The young people's own words, newest first; only for an administrator (each read audited), else undefined. */
  tips?: { text: string; rating: FeedbackRating; at: Date }[];
}

/**
 * What young people thought of the chat, for the reader's municipality (a global admin: all, feedback
 * of an unknown municipality included): how they rated it and, per month, how many and the average.
 * The tips are their own free text (encrypted at rest): only an administrator reads them, and that
 * read is written to the audit log before they are returned.
 */
export async function feedbackOverview(db: DbOrTx, options: { viewer: Viewer; protector: DataProtector; now?: Date }): Promise<FeedbackOverview> {
  const scope = await municipalityScope(db, options.viewer);
  const where = scopeCondition(scope);
  const since = sql`date_trunc('month', (${(options.now ?? new Date()).toISOString()}::timestamptz at time zone 'Europe/Amsterdam')) - interval '${sql.raw(String(MONTHS - 1))} months'`;
  const month = sql<string>`to_char(${feedback.at} at time zone 'Europe/Amsterdam', 'YYYY-MM')`;
  const counted = await db
    .select({ rating: feedback.rating, count: sql<number>`count(*)::int` })
    .from(feedback)
    .where(where)
    .groupBy(feedback.rating);
  const months = await db
    .select({ month, count: sql<number>`count(*)::int`, average: sql<number>`avg(${SCORE_SQL})::float8` })
    .from(feedback)
    .where(and(where, sql`(${feedback.at} at time zone 'Europe/Amsterdam') >= ${since}`))
    .groupBy(month)
    .orderBy(desc(month));
  const overview: FeedbackOverview = {
    ratings: feedbackRatings.map((rating) => ({ rating, count: counted.find((c) => c.rating === rating)?.count ?? 0 })),
    months: months.map((m) => ({ month: m.month, count: Number(m.count), average: Number(m.average) })),
  };
  if (!isAdministrator(options.viewer)) return overview;
  const rows = await db
    .select({ suggestionEnc: feedback.suggestionEnc, rating: feedback.rating, at: feedback.at })
    .from(feedback)
    .where(and(where, isNotNull(feedback.suggestionEnc)))
    .orderBy(desc(feedback.at), desc(feedback.id))
    .limit(200);
  await recordRead(db, { reader: options.viewer, action: 'feedback.tips_read', municipality: 'all' in scope ? null : scope.municipality });
  overview.tips = rows.map((r) => ({ text: options.protector.decrypt(r.suggestionEnc ?? ''), rating: r.rating, at: r.at }));
  return overview;
}

/** Feedback of one municipality, or all of it for a global reader. */
function scopeCondition(scope: MunicipalityScope): SQL | undefined {
  return 'all' in scope ? undefined : eq(feedback.municipality, scope.municipality);
}
