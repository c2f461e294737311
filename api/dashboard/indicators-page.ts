import type { Indicators } from '../../cases/indicators/indicators';
import { municipalities } from '../../drizzle/schema';
import { SMALLEST_SHOWN_COUNT, suppressSmallCounts } from '../../cases/indicators/small-counts';
import { barChart } from './bar-chart';
import { scrollRegion } from './components';
import { html, type SafeHtml } from './html';
import { shownValue, type IndicatorRow } from './indicator-rows';
import { layout, type PageContext } from './layout';

export interface IndicatorsPageInput {
  indicators: Indicators;
  rows: IndicatorRow[];
  /** The form's values: municipality ('' both), from and to (inclusive) as yyyy-mm-dd. */
  form: { municipality: string; from: string; to: string };
  /** Municipalities the viewer may choose ('' = both). */
  choices: string[];
  coachNames: boolean;
  /** Counts of 1 to 4 as they are (cases/staff/municipality-scope.ts, seesExactCounts); otherwise "< 5". */
  exactCounts: boolean;
}

/** Indicators per municipality and period: charts with a table of the same numbers, and a CSV link. */
export function renderIndicatorsPage(ctx: PageContext, input: IndicatorsPageInput): string {
  const { t } = ctx;
  const ind = input.indicators;
  const csvQuery = new URLSearchParams({ municipality: input.form.municipality, from: input.form.from, to: input.form.to }).toString();
  const form = html`<form method="get" action="/dashboard/indicators" class="filters">
<input type="hidden" name="lang" value="${ctx.lang}">
<div class="filter-grid">
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="i-municipality">${t('indicators.municipality')}</label><select class="utrecht-select utrecht-select--html-select" id="i-municipality" name="municipality">
${input.choices.map((m) => html`<option value="${m}"${m === input.form.municipality ? html` selected` : ''}>${t(`municipalities.${m || 'all'}`)}</option>`)}</select></div>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="i-from">${t('indicators.from')}</label><input class="utrecht-textbox utrecht-textbox--html-input" id="i-from" name="from" type="date" value="${input.form.from}" required></div>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="i-to">${t('indicators.to')}</label><input class="utrecht-textbox utrecht-textbox--html-input" id="i-to" name="to" type="date" value="${input.form.to}" required></div>
</div>
<div class="row"><button type="submit" class="utrecht-button utrecht-button--primary-action">${t('indicators.show')}</button> <a href="/dashboard/indicators.csv?${csvQuery}" download>${t('indicators.csv')}</a></div>
</form>`;

  const block = (id: string, title: string, indicator: string): SafeHtml => {
    const rows = input.rows.filter((r) => r.indicator === indicator);
    return html`<section class="card indicator" aria-labelledby="${id}"><h3 id="${id}">${title}</h3>
${rows.length
      ? html`${barChart({ title: t('indicators.chart', { title }), bars: rows.map((r) => ({ label: r.categoryLabel, value: r.value ?? 0, text: shownValue(r) })) })}
<table class="utrecht-table utrecht-table--html-table compact"><caption class="visually-hidden">${title}</caption><thead><tr><th scope="col">${t('indicators.category')}</th><th scope="col">${t('indicators.value')}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.categoryLabel}</th><td data-indicator="${indicator}" data-category="${r.category}">${shownValue(r)}</td></tr>`)}</tbody></table>`
      : html`<p>${t('indicators.none')}</p>`}</section>`;
  };
  const singles = input.rows.filter((r) => r.category === '');
  const kpis = html`<div ${scrollRegion(t('nav.indicators'))}><table class="utrecht-table utrecht-table--html-table">
<caption>${t('indicators.period', { municipality: t(`municipalities.${input.form.municipality || 'all'}`), from: input.form.from, to: input.form.to })}</caption>
<thead><tr><th scope="col">${t('indicators.indicator')}</th><th scope="col">${t('indicators.value')}</th></tr></thead>
<tbody>${singles.map((r) => html`<tr><th scope="row">${r.label}</th><td data-indicator="${r.indicator}">${shownValue(r)}</td></tr>`)}</tbody></table></div>`;

  const caseCounts = coachCaseCounts(ind.capacity.coaches, input.exactCounts);
  const capacity = html`<section aria-labelledby="cap-title"><h2 id="cap-title">${t('indicators.capacity')}</h2>
<p class="hint">${t('indicators.weightNote')}</p>
<div ${scrollRegion(t('indicators.capacity'))}><table class="utrecht-table utrecht-table--html-table"><caption class="visually-hidden">${t('indicators.capacity')}</caption>
<thead><tr><th scope="col">${t('indicators.coach')}</th><th scope="col">${t('indicators.role')}</th><th scope="col">${t('indicators.openCases')}</th><th scope="col">${t('indicators.load')}</th><th scope="col">${t('indicators.capacityPoints')}</th><th scope="col">${t('indicators.inflow4w')}</th><th scope="col">${t('indicators.closed4w')}</th></tr></thead>
<tbody>${ind.capacity.coaches.map(
    (c, i) => html`<tr${c.load > c.capacity ? html` class="over"` : ''}><th scope="row">${input.coachNames ? `${c.firstName} ${c.lastName}` : t('indicators.coachN', { n: i + 1 })}</th><td>${t(`coachRoles.${c.role}`)}</td><td>${caseCounts.openCases[i]}</td><td>${c.load}</td><td>${c.capacity}</td><td>${caseCounts.inflow4w[i]}</td><td>${caseCounts.closed4w[i]}</td></tr>`,
  )}</tbody>
<tfoot><tr><th scope="row">${t('indicators.total')}</th><td></td><td>${caseCounts.openTotal}</td><td>${ind.capacity.load}</td><td>${ind.capacity.capacity}</td><td></td><td></td></tr></tfoot></table></div>
${block('ind-projection', t('indicators.projection'), 'projected_load')}
</section>`;

  const body = html`<p>${t('indicators.intro')}</p>${form}
<h2>${t('indicators.indicator')}</h2>${kpis}
<div class="cards">
${block('ind-traject', t('indicators.inTrajectory'), 'in_trajectory')}
${block('ind-intensity', t('indicators.intensity'), 'intensity')}
${block('ind-source', t('indicators.inflowBySource'), 'inflow_by_source')}
${block('ind-entry', t('indicators.inflowByEntryPoint'), 'inflow_by_entry_point')}
${block('ind-drop', t('indicators.dropOff'), 'drop_off_by_last_question')}
${block('ind-feedback', t('indicators.feedbackTitle'), 'feedback')}
</div>
${capacity}`;
  return layout(ctx, { title: t('indicators.title'), section: 'indicators', body });
}

/**
 * The coaches' case counts as shown: open cases (with their total), new and closed in 4 weeks. For a
 * reader without exact counts, hidden by the one rule of cases/indicators/small-counts.ts.
 */
function coachCaseCounts(coaches: Indicators['capacity']['coaches'], exact: boolean) {
  const n = coaches.length;
  const values = [...coaches.map((c) => c.openCases), coaches.reduce((a, c) => a + c.openCases, 0), ...coaches.map((c) => c.inflow4w), ...coaches.map((c) => c.closed4w)];
  const open = [...Array(n).keys()];
  const hidden = exact ? values.map(() => false) : suppressSmallCounts({ values, counts: values.map((_, i) => i), groups: [{ parts: open, total: n }] });
  const cell = (i: number) => (hidden[i] ? `< ${SMALLEST_SHOWN_COUNT}` : String(values[i]));
  return {
    openCases: open.map(cell),
    openTotal: cell(n),
    inflow4w: open.map((i) => cell(n + 1 + i)),
    closed4w: open.map((i) => cell(2 * n + 1 + i)),
  };
}

export const municipalityChoices = (fixed: string | null): string[] => (fixed ? [fixed] : ['', ...municipalities]);
