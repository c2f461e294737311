import type { FeedbackOverview } from '../../cases/in-beeld/feedback-overview';
import { SMALLEST_SHOWN_COUNT, suppressSmallCounts } from '../../cases/indicators/small-counts';
import { barChart } from './bar-chart';
import { html } from './html';
import { formatDate, layout, type PageContext } from './layout';

/**
 * The young people's ratings of the chat (how many gave which, and per month how many and the average
 * from 1 to 4) and, for an administrator, their tips in their own words. Without exact counts
 * (cases/staff/municipality-scope.ts, seesExactCounts) counts of 1 to 4 show as "< 5", by the one
 * rule of cases/indicators/small-counts.ts; a month's average goes with its count.
 */
export function renderFeedbackPage(ctx: PageContext, input: { overview: FeedbackOverview; exactCounts: boolean }): string {
  const { t } = ctx;
  const { ratings, months, tips } = input.overview;
  const total = ratings.reduce((sum, r) => sum + r.count, 0);
  // Cell 0 the total, then the ratings, then the months: both add up to the total.
  const values = [total, ...ratings.map((r) => r.count), ...months.map((m) => m.count)];
  const ratingCells = ratings.map((_, i) => 1 + i);
  const monthCells = months.map((_, i) => 1 + ratings.length + i);
  const hidden = input.exactCounts
    ? values.map(() => false)
    : suppressSmallCounts({ values, counts: values.map((_, i) => i), groups: [{ parts: ratingCells, total: 0 }, { parts: monthCells, total: 0 }] });
  const cell = (i: number) => (hidden[i] ? `< ${SMALLEST_SHOWN_COUNT}` : String(values[i] ?? 0));
  const monthName = (month: string) => new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

  const distribution = html`<section class="card" aria-labelledby="s-ratings"><h2 id="s-ratings">${t('feedback.ratingsTitle')}</h2>
<p>${t('feedback.total', { count: total, shown: cell(0) })}</p>
${barChart({ title: t('feedback.ratingsTitle'), bars: ratings.map((r, i) => ({ label: t(`feedbackRatings.${r.rating}`), value: hidden[1 + i] ? 0 : r.count, text: cell(1 + i) })) })}
<dl class="facts">${ratings.map((r, i) => html`<div><dt>${t(`feedbackRatings.${r.rating}`)}</dt><dd>${cell(1 + i)}</dd></div>`)}</dl></section>`;
  const perMonth = html`<section class="card" aria-labelledby="s-months"><h2 id="s-months">${t('feedback.monthsTitle')}</h2><p class="hint">${t('feedback.scale')}</p>
${months.length
    ? html`<ul class="plain-list">${months.map((m, i) => {
        const at = monthCells[i] ?? 0;
        const average = hidden[at] ? t('feedback.hiddenAverage') : t('feedback.average', { value: m.average.toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
        return html`<li><strong>${monthName(m.month)}</strong>: ${t('feedback.monthCount', { shown: cell(at), count: m.count })}, ${average}</li>`;
      })}</ul>`
    : html`<p>${t('feedback.none')}</p>`}</section>`;
  const tipList = tips
    ? html`<section class="card" aria-labelledby="s-tips"><h2 id="s-tips">${t('feedback.tipsTitle')}</h2><p class="hint">${t('feedback.tipsHint')}</p>
${tips.length
        ? html`<ul class="tips">${tips.map((tip) => html`<li><p class="pre">${tip.text}</p><p class="hint">${formatDate(tip.at, ctx.lang)} · ${t(`feedbackRatings.${tip.rating}`)}</p></li>`)}</ul>`
        : html`<p>${t('feedback.noTips')}</p>`}</section>`
    : html`<p class="hint">${t('feedback.tipsForAdmins')}</p>`;
  const body = html`<p>${t('feedback.intro')}</p>${distribution}${perMonth}${tipList}`;
  return layout(ctx, { title: t('feedback.title'), section: 'feedback', body });
}
