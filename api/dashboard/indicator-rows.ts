import type { TFunction } from 'i18next';
import type { Indicators } from '../../cases/indicators/indicators';
import { SMALLEST_SHOWN_COUNT, suppressSmallCounts, type CountGroup } from '../../cases/indicators/small-counts';
import { dropOffQuestion } from './drop-off-question';
import { spreadsheetCsv } from './spreadsheet-csv';

export interface IndicatorRow {
  /** Stable name for the CSV (English, snake_case). */
  indicator: string;
  /** A category within the indicator ('' for a single number). */
  category: string;
  value: number | null;
  /** A count of 1 to 4 (or one it could be computed back from) hidden for this reader: shown as "< 5", `value` is null. */
  suppressed: boolean;
  /** Translated, for the page. */
  label: string;
  categoryLabel: string;
}

/** Indicators that count young people or cases: small ones are hidden for readers without exact counts. */
const COUNTS = new Set([
  'in_trajectory', 'outflow_education', 'outflow_durable_work', 'referred_work', 'referred_care', 'closed', 'intensity', 'in_nazorg',
  'without_startkwalificatie', 'handed_over_from_school', 'inflow_by_source', 'inflow_by_entry_point', 'drop_off_by_last_question',
  'feedback', 'handovers', 'handovers_in_time', 'handovers_late', 'handovers_waiting',
]);
/** Indicators with categories, each adding up to a total a reader can work out. */
const CATEGORY_GROUPS = ['in_trajectory', 'intensity', 'inflow_by_source', 'inflow_by_entry_point', 'drop_off_by_last_question', 'feedback'];
/** A median or percentage over the cases of other indicators: hidden when one of those counts is. */
const DEPENDENTS: Record<string, string[]> = {
  median_days_open_to_closed: ['closed'],
  // in time ÷ (in time + late): with the total beside it, it gives a hidden late count back.
  handovers_in_time_percent: ['handovers_in_time', 'handovers_late'],
  handover_median_hours: ['handovers'],
};

/**
 * Every indicator as rows: the page's tables, the CSV export and the API show the same numbers.
 * Without `exactCounts` (cases/staff/municipality-scope.ts, seesExactCounts) small counts are hidden
 * by the one rule of cases/indicators/small-counts.ts.
 */
export function indicatorRows(ind: Indicators, t: TFunction, options: { coachNames: boolean; exactCounts: boolean }): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const one = (indicator: string, labelKey: string, value: number | null) =>
    rows.push({ indicator, category: '', value, suppressed: false, label: t(labelKey), categoryLabel: '' });
  const many = (indicator: string, labelKey: string, counts: { key: string; count: number }[], categoryLabel: (key: string) => string) => {
    for (const c of counts) rows.push({ indicator, category: c.key, value: c.count, suppressed: false, label: t(labelKey), categoryLabel: categoryLabel(c.key) });
  };
  many('in_trajectory', 'indicators.inTrajectory', ind.inTrajectory, (k) => t(`routesList.${k}`));
  one('outflow_education', 'indicators.outflowEducation', ind.outflowEducation);
  one('outflow_durable_work', 'indicators.outflowDurableWork', ind.outflowDurableWork);
  one('referred_work', 'indicators.referredWerk', ind.referred.werk);
  one('referred_care', 'indicators.referredZorg', ind.referred.zorg);
  one('closed', 'indicators.closed', ind.duration.closed);
  one('median_days_open_to_closed', 'indicators.medianDays', ind.duration.medianDays);
  many('intensity', 'indicators.intensity', ind.intensity, (k) => t(`intensities.${k}`));
  one('in_nazorg', 'indicators.inNazorg', ind.inNazorg);
  one('without_startkwalificatie', 'indicators.withoutSk', ind.withoutStartkwalificatie);
  one('handed_over_from_school', 'indicators.fromSchool', ind.fromSchool);
  many('inflow_by_source', 'indicators.inflowBySource', ind.inflowBySource, (k) => t(`sources.${k}`, { defaultValue: k }));
  many('inflow_by_entry_point', 'indicators.inflowByEntryPoint', ind.inflowByEntryPoint, (k) => ind.inflowByEntryPoint.find((e) => e.key === k)?.label ?? k);
  many('drop_off_by_last_question', 'indicators.dropOff', ind.dropOff, (k) => dropOffQuestion(t, k));
  many('feedback', 'indicators.feedbackTitle', ind.feedback, (k) => t(`feedbackRatings.${k}`, { defaultValue: k }));
  one('handovers', 'indicators.handoversTotal', ind.handovers.total);
  one('handovers_in_time', 'indicators.inTime', ind.handovers.inTime);
  one('handovers_late', 'indicators.late', ind.handovers.late);
  one('handovers_waiting', 'indicators.waitingHandovers', ind.handovers.waiting);
  one('handovers_in_time_percent', 'indicators.inTimePercent', ind.handovers.inTimePercent);
  one('handover_median_hours', 'indicators.medianHours', ind.handovers.medianHours);
  ind.capacity.coaches.forEach((c, i) => {
    const name = options.coachNames ? `${c.firstName} ${c.lastName}` : t('indicators.coachN', { n: i + 1 });
    rows.push({ indicator: 'coach_load', category: name, value: c.load, suppressed: false, label: t('indicators.load'), categoryLabel: name });
    rows.push({ indicator: 'coach_capacity', category: name, value: c.capacity, suppressed: false, label: t('indicators.capacityPoints'), categoryLabel: name });
  });
  one('load_total', 'indicators.load', ind.capacity.load);
  one('capacity_total', 'indicators.capacityPoints', ind.capacity.capacity);
  one('weekly_inflow_load', 'indicators.weeklyIn', ind.capacity.weeklyInflowLoad);
  one('weekly_closed_load', 'indicators.weeklyOut', ind.capacity.weeklyClosedLoad);
  for (const p of ind.capacity.projection) {
    rows.push({ indicator: 'projected_load', category: `week_${p.week}`, value: p.load, suppressed: false, label: t('indicators.projection'), categoryLabel: t('indicators.week', { count: p.week }) });
  }
  return options.exactCounts ? rows : withSmallCountsHidden(rows);
}

function withSmallCountsHidden(rows: IndicatorRow[]): IndicatorRow[] {
  const cellsOf = (indicator: string) => rows.flatMap((row, i) => (row.indicator === indicator ? [i] : []));
  const only = (indicator: string) => cellsOf(indicator)[0];
  const groups: CountGroup[] = CATEGORY_GROUPS.map((indicator) => ({ parts: cellsOf(indicator) }));
  const handoverParts = ['handovers_in_time', 'handovers_late', 'handovers_waiting'].flatMap(cellsOf);
  const handoverTotal = only('handovers');
  groups.push(handoverTotal === undefined ? { parts: handoverParts } : { parts: handoverParts, total: handoverTotal });
  const dependents = Object.entries(DEPENDENTS).flatMap(([cell, bases]) =>
    bases.flatMap((base) => {
      const [c, b] = [only(cell), only(base)];
      return c === undefined || b === undefined ? [] : [{ cell: c, base: b }];
    }),
  );
  const hidden = suppressSmallCounts({
    values: rows.map((row) => row.value),
    counts: rows.flatMap((row, i) => (COUNTS.has(row.indicator) ? [i] : [])),
    groups,
    dependents,
  });
  return rows.map((row, i) => (hidden[i] ? { ...row, value: null, suppressed: true } : row));
}

/**
 * How a cell reads on the page and in the CSV: a hidden count "< 5", a hidden median or percentage
 * "n < 5" (computed over fewer than 5), "–" when there is no number.
 */
export function shownValue(row: Pick<IndicatorRow, 'indicator' | 'value' | 'suppressed'>): string {
  if (row.suppressed) return COUNTS.has(row.indicator) ? `< ${SMALLEST_SHOWN_COUNT}` : `n < ${SMALLEST_SHOWN_COUNT}`;
  return row.value === null ? '–' : String(row.value);
}

/** The indicators as a CSV file: one line per row, with the period and municipality on each line. */
export function indicatorsCsv(period: { municipality: string; from: string; to: string }, rows: IndicatorRow[]): string {
  return spreadsheetCsv({
    columns: ['municipality', 'from', 'to', 'indicator', 'category', 'value'],
    rows: rows.map((r) => ({ ...period, indicator: r.indicator, category: r.category, value: r.suppressed ? shownValue(r) : r.value })),
  });
}
