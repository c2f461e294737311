import type { TFunction } from 'i18next';
import type { Indicators } from '../../cases/indicators/indicators';
import { spreadsheetCsv } from './spreadsheet-csv';

export interface IndicatorRow {
  /** Stable name for the CSV (English, snake_case). */
  indicator: string;
  /** A category within the indicator ('' for a single number). */
  category: string;
  value: number | null;
  /** Translated, for the page. */
  label: string;
  categoryLabel: string;
}

/** Every indicator as rows: the page's tables and the CSV export show the same numbers. */
export function indicatorRows(ind: Indicators, t: TFunction, options: { coachNames: boolean }): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const one = (indicator: string, labelKey: string, value: number | null) => rows.push({ indicator, category: '', value, label: t(labelKey), categoryLabel: '' });
  const many = (indicator: string, labelKey: string, counts: { key: string; count: number }[], categoryLabel: (key: string) => string) => {
    for (const c of counts) rows.push({ indicator, category: c.key, value: c.count, label: t(labelKey), categoryLabel: categoryLabel(c.key) });
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
  many('drop_off_by_last_question', 'indicators.dropOff', ind.dropOff, (k) => k);
  many('feedback', 'indicators.feedbackTitle', ind.feedback, (k) => t(`feedbackRatings.${k}`, { defaultValue: k }));
  one('handovers', 'indicators.handoversTotal', ind.handovers.total);
  one('handovers_in_time', 'indicators.inTime', ind.handovers.inTime);
  one('handovers_late', 'indicators.late', ind.handovers.late);
  one('handovers_waiting', 'indicators.waitingHandovers', ind.handovers.waiting);
  one('handovers_in_time_percent', 'indicators.inTimePercent', ind.handovers.inTimePercent);
  one('handover_median_hours', 'indicators.medianHours', ind.handovers.medianHours);
  ind.capacity.coaches.forEach((c, i) => {
    const name = options.coachNames ? `${c.firstName} ${c.lastName}` : t('indicators.coachN', { n: i + 1 });
    rows.push({ indicator: 'coach_load', category: name, value: c.load, label: t('indicators.load'), categoryLabel: name });
    rows.push({ indicator: 'coach_capacity', category: name, value: c.capacity, label: t('indicators.capacityPoints'), categoryLabel: name });
  });
  one('load_total', 'indicators.load', ind.capacity.load);
  one('capacity_total', 'indicators.capacityPoints', ind.capacity.capacity);
  one('weekly_inflow_load', 'indicators.weeklyIn', ind.capacity.weeklyInflowLoad);
  one('weekly_closed_load', 'indicators.weeklyOut', ind.capacity.weeklyClosedLoad);
  for (const p of ind.capacity.projection) {
    rows.push({ indicator: 'projected_load', category: `week_${p.week}`, value: p.load, label: t('indicators.projection'), categoryLabel: t('indicators.week', { count: p.week }) });
  }
  return rows;
}

/** The indicators as a CSV file: one line per row, with the period and municipality on each line. */
export function indicatorsCsv(period: { municipality: string; from: string; to: string }, rows: IndicatorRow[]): string {
  return spreadsheetCsv({
    columns: ['municipality', 'from', 'to', 'indicator', 'category', 'value'],
    rows: rows.map((r) => ({ ...period, indicator: r.indicator, category: r.category, value: r.value })),
  });
}
