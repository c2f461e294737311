import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import type { CoachRole, Municipality } from '../../drizzle/schema';
import { inAmsterdam } from '../calendar/amsterdam-time';
import { caseWeightOf } from '../handover/caseload';

/**
 * The municipality's indicators (DESIGN.md "Resultaatgericht"), computed in SQL from the case store.
 * Only counts, medians and coach workloads leave the database: no young person's details.
 *
 * A case belongs to its coach's municipality, or without a coach to the young person's (as in
 * cases/staff/case-access.ts). The period is [from, to). "At the end of the period" means: opened before
 * `to`, not a referral, and not closed before `to`. The step of a case is its current step (step
 * history is not replayed), so "in nazorg" is exact for a period that ends now.
 */
export interface IndicatorQuery {
  /** Undefined: both municipalities. */
  municipality?: Municipality | undefined;
  from: Date;
  to: Date;
  /** For silence, overdue handovers and capacity; default the clock. */
  now?: Date;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface CoachCapacity {
  coachId: string;
  firstName: string;
  lastName: string;
  role: CoachRole;
  openCases: number;
  /** Open cases weighted by intensity (licht 1, middelzwaar 2, intensief 3; cases/handover/caseload.ts). */
  load: number;
  capacity: number;
  /** New cases of this coach in the 28 days before `now`. */
  inflow4w: number;
  /** Cases of this coach closed in the 28 days before `now`. */
  closed4w: number;
}

export interface Indicators {
  municipality: Municipality | null;
  from: Date;
  to: Date;
  /** In trajectory at the end of the period, per route (school = Doorstroompunt, werk = jongerencoach werk). */
  inTrajectory: Count[];
  /** Closed in the period with outcome onderwijs. */
  outflowEducation: number;
  /** Closed in the period with outcome duurzaam_werk. */
  outflowDurableWork: number;
  /**
   * Referred to the Werkcentrum in the period: referral cases opened in it, plus the referrals given
   * without a case (cases/indicators/referral-counts.ts), counted by the months the period touches.
   * Zorg: opened in the period on the care route or closed in it with outcome zorg.
   */
  referred: { werk: number; zorg: number };
  /** Cases closed in the period (referrals excluded) and the median days from opening to closing. */
  duration: { closed: number; medianDays: number | null };
  /** In trajectory at the end of the period, per intensity ('onbekend' without zelfscan). */
  intensity: Count[];
  /** In trajectory at the end of the period with step nazorg. */
  inNazorg: number;
  /** In trajectory at the end of the period, young person without startkwalificatie. */
  withoutStartkwalificatie: number;
  /** Cases opened in the period whose young person was handed over by a school (signal import). */
  fromSchool: number;
  /** Cases opened in the period (referrals included) per how the young person came in. */
  inflowBySource: Count[];
  /** Conversations that started in the period through an entry point (first entry), per entry point. */
  inflowByEntryPoint: (Count & { label: string; kind: string })[];
  /**
   * Where young people stop: conversations started in the period, silent for over 24 hours, that
   * never reached a case, by the last question the bot asked (its answer kind and choice ids).
   */
  dropOff: Count[];
  /** Ratings young people gave in the period (after the intake and at nazorg check-ins), per rating. */
  feedback: Count[];
  /** Handovers made in the period against their deadline (`due_at`, working days). */
  handovers: { total: number; inTime: number; late: number; waiting: number; withoutNorm: number; inTimePercent: number | null; medianHours: number | null };
  capacity: {
    coaches: CoachCapacity[];
    load: number;
    capacity: number;
    /** Weighted load per week over the last 4 weeks: new cases and closed cases. */
    weeklyInflowLoad: number;
    weeklyClosedLoad: number;
    /** load + week × (weeklyInflowLoad − weeklyClosedLoad), never below 0, for the coming 4 weeks. */
    projection: { week: number; load: number }[];
  };
}

const WEIGHT = caseWeightOf(sql`c.intensity`);

export async function computeIndicators(db: DbOrTx, query: IndicatorQuery): Promise<Indicators> {
  const m = query.municipality ?? null;
  const { from, to } = query;
  const now = query.now ?? new Date();
  // Dates travel as ISO text with a cast: postgres.js serialises parameters by their SQL type.
  const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const fromT = ts(query.from);
  const toT = ts(query.to);
  const nowT = ts(now);
  const weeksAgo4 = ts(new Date(now.getTime() - 28 * 86_400_000));
  const dayAgo = ts(new Date(now.getTime() - 86_400_000));
  // Every case with its municipality and young person's facts; filtered to the municipality.
  const scoped = sql`(select c.*, y.entry_source, y.has_startkwalificatie,
      coalesce(co.municipality, y.municipality) as muni
    from cases c join youths y on y.id = c.youth_id left join coaches co on co.id = c.coach_id
    where (${m}::text is null or coalesce(co.municipality, y.municipality) = ${m}))`;
  const atEnd = sql`c.status <> 'referred' and c.created_at < ${toT} and (c.closed_at is null or c.closed_at >= ${toT})`;
  const openedIn = sql`c.created_at >= ${fromT} and c.created_at < ${toT}`;
  const closedIn = sql`c.status = 'closed' and c.closed_at >= ${fromT} and c.closed_at < ${toT}`;

  const counts = async (select: SQL, where: SQL): Promise<Count[]> => {
    const rows = await db.execute<{ key: string; count: number }>(
      sql`select ${select} as key, count(*)::int as count from ${scoped} c where ${where} group by 1 order by 2 desc, 1`,
    );
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  };

  const [totals] = await db.execute<{
    education: number;
    durable: number;
    ref_werk: number;
    ref_zorg: number;
    closed: number;
    median_days: number | null;
    nazorg: number;
    no_sk: number;
    school: number;
  }>(sql`select
      count(*) filter (where ${closedIn} and c.outcome = 'onderwijs')::int as education,
      count(*) filter (where ${closedIn} and c.outcome = 'duurzaam_werk')::int as durable,
      count(*) filter (where ${openedIn} and c.status = 'referred' and c.referral = 'werkcentrum')::int as ref_werk,
      count(*) filter (where (${openedIn} and c.route = 'zorg') or (${closedIn} and c.outcome = 'zorg'))::int as ref_zorg,
      count(*) filter (where ${closedIn})::int as closed,
      percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.created_at) / 86400)
        filter (where ${closedIn}) as median_days,
      count(*) filter (where ${atEnd} and c.step = 'nazorg')::int as nazorg,
      count(*) filter (where ${atEnd} and c.has_startkwalificatie = false)::int as no_sk,
      count(*) filter (where ${openedIn} and c.entry_source = 'school')::int as school
    from ${scoped} c`);

  const [inTrajectory, intensity, inflowBySource] = await Promise.all([
    counts(sql`c.route`, atEnd),
    counts(sql`coalesce(c.intensity, 'onbekend')`, atEnd),
    counts(sql`coalesce(c.entry_source, 'onbekend')`, openedIn),
  ]);

  const entryRows = await db.execute<{ key: string; label: string; kind: string; count: number }>(sql`
    select ep.code as key, ep.label, ep.kind, count(*)::int as count
    from conversation_entries e join entry_points ep on ep.code = e.entry_point_code
    where e.first and e.at >= ${fromT} and e.at < ${toT} and (${m}::text is null or ep.municipality = ${m})
    group by ep.code, ep.label, ep.kind order by count desc, ep.label`);

  // Bot questions are stored encrypted; what is plain is what answer the bot expected and the ids of
  // the choices it offered, which name the question well enough (e.g. "choice: aalsmeer|amstelveen|other").
  const dropRows = await db.execute<{ key: string; count: number }>(sql`
    select coalesce(q.question, 'geen vraag') as key, count(*)::int as count
    from conversations cv
    left join lateral (
      select o.expects || coalesce(': ' || (select string_agg(ch->>'id', '|' order by ch->>'id') from jsonb_array_elements(o.choices) ch), '') as question
      from outbound_messages o where o.conversation_id = cv.id and o.kind = 'session' order by o.id desc limit 1
    ) q on true
    where cv.created_at >= ${fromT} and cv.created_at < ${toT}
      and coalesce(cv.last_inbound_at, cv.created_at) < ${dayAgo}
      and not exists (select 1 from youths y join cases c on c.youth_id = y.id where y.conversation_id = cv.id)
      and (${m}::text is null or exists (select 1 from conversation_entries e join entry_points ep on ep.code = e.entry_point_code
                                          where e.conversation_id = cv.id and e.first and ep.municipality = ${m}))
    group by 1 order by 2 desc, 1`);

  const [handover] = await db.execute<{ total: number; in_time: number; late: number; waiting: number; without_norm: number; median_hours: number | null }>(sql`
    select count(*)::int as total,
      count(*) filter (where h.acknowledged_at <= h.due_at)::int as in_time,
      count(*) filter (where h.acknowledged_at > h.due_at or (h.acknowledged_at is null and h.due_at < ${nowT}))::int as late,
      count(*) filter (where h.acknowledged_at is null and h.due_at >= ${nowT})::int as waiting,
      count(*) filter (where h.due_at is null)::int as without_norm,
      percentile_cont(0.5) within group (order by extract(epoch from h.acknowledged_at - h.created_at) / 3600)
        filter (where h.acknowledged_at is not null) as median_hours
    from handovers h join coaches co on co.id = h.coach_id
    where h.created_at >= ${fromT} and h.created_at < ${toT} and (${m}::text is null or co.municipality = ${m})`);

  const coachRows = await db.execute<{
    id: string;
    first_name: string;
    last_name: string;
    role: CoachRole;
    capacity: number;
    open_cases: number;
    load: number;
    inflow_4w: number;
    closed_4w: number;
    inflow_load: number;
    closed_load: number;
  }>(sql`
    select co.id, co.first_name, co.last_name, co.role, co.capacity,
      count(c.id) filter (where c.status = 'open')::int as open_cases,
      coalesce(sum(${WEIGHT}) filter (where c.status = 'open'), 0)::int as load,
      count(c.id) filter (where c.created_at >= ${weeksAgo4} and c.created_at < ${nowT})::int as inflow_4w,
      count(c.id) filter (where c.status = 'closed' and c.closed_at >= ${weeksAgo4} and c.closed_at < ${nowT})::int as closed_4w,
      coalesce(sum(${WEIGHT}) filter (where c.created_at >= ${weeksAgo4} and c.created_at < ${nowT}), 0)::int as inflow_load,
      coalesce(sum(${WEIGHT}) filter (where c.status = 'closed' and c.closed_at >= ${weeksAgo4} and c.closed_at < ${nowT}), 0)::int as closed_load
    from coaches co left join cases c on c.coach_id = co.id
    where co.active and (${m}::text is null or co.municipality = ${m})
    group by co.id order by co.last_name, co.first_name`);

  const coaches: CoachCapacity[] = coachRows.map((r) => ({
    coachId: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    role: r.role,
    openCases: Number(r.open_cases),
    load: Number(r.load),
    capacity: Number(r.capacity),
    inflow4w: Number(r.inflow_4w),
    closed4w: Number(r.closed_4w),
  }));
  const load = sum(coaches.map((c) => c.load));
  const weeklyInflowLoad = sum(coachRows.map((r) => Number(r.inflow_load))) / 4;
  const weeklyClosedLoad = sum(coachRows.map((r) => Number(r.closed_load))) / 4;
  const projection = [1, 2, 3, 4].map((week) => ({ week, load: Math.max(0, Math.round(load + week * (weeklyInflowLoad - weeklyClosedLoad))) }));

  // Feedback carries its municipality itself (no link to the young person is kept).
  const feedbackRows = await db.execute<{ key: string; count: number }>(sql`
    select rating as key, count(*)::int as count from feedback
    where at >= ${fromT} and at < ${toT} and (${m}::text is null or municipality = ${m})
    group by rating order by rating`);

  // Referrals without a case are kept per month only (nothing finer points to a person).
  const month = (d: Date) => inAmsterdam(d).toFormat('yyyy-MM');
  const [counted] = await db.execute<{ werk: number }>(sql`
    select count(*)::int as werk from referral_counts
    where referral = 'werkcentrum' and month >= ${month(from)} and month <= ${month(new Date(to.getTime() - 1))}
      and (${m}::text is null or municipality = ${m})`);

  const t = totals!;
  const h = handover!;
  const inTime = Number(h.in_time);
  const late = Number(h.late);
  return {
    municipality: m,
    from,
    to,
    inTrajectory,
    outflowEducation: Number(t.education),
    outflowDurableWork: Number(t.durable),
    referred: { werk: Number(t.ref_werk) + Number(counted?.werk ?? 0), zorg: Number(t.ref_zorg) },
    duration: { closed: Number(t.closed), medianDays: t.median_days === null ? null : round1(Number(t.median_days)) },
    intensity,
    inNazorg: Number(t.nazorg),
    withoutStartkwalificatie: Number(t.no_sk),
    fromSchool: Number(t.school),
    inflowBySource,
    inflowByEntryPoint: entryRows.map((r) => ({ key: r.key, label: r.label, kind: r.kind, count: Number(r.count) })),
    dropOff: dropRows.map((r) => ({ key: r.key, count: Number(r.count) })),
    feedback: feedbackRows.map((r) => ({ key: r.key, count: Number(r.count) })),
    handovers: {
      total: Number(h.total),
      inTime,
      late,
      waiting: Number(h.waiting),
      withoutNorm: Number(h.without_norm),
      inTimePercent: inTime + late === 0 ? null : Math.round((inTime / (inTime + late)) * 100),
      medianHours: h.median_hours === null ? null : round1(Number(h.median_hours)),
    },
    capacity: { coaches, load, capacity: sum(coaches.map((c) => c.capacity)), weeklyInflowLoad, weeklyClosedLoad, projection },
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;
