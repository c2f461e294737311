import { caseIntensities, caseSteps } from '../../cases/case/case-repository';
import type { CaseFilters, CaseListItem } from '../../cases/case/read-cases';
import { municipalities } from '../../drizzle/schema';
import { scrollRegion } from './components';
import { caseLabel } from './case-label';
import { html, type SafeHtml } from './html';
import { formatDate, layout, type PageContext } from './layout';

const statuses = ['open', 'referred', 'closed'] as const;
const routes = ['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend'] as const;

/**
 * The case list with filters (a GET form, so a filtered list can be bookmarked).
 */
export function renderCasesPage(
  ctx: PageContext,
  input: { cases: CaseListItem[]; filters: CaseFilters; coaches: { id: string; firstName: string; lastName: string }[] },
): string {
  const { t, lang } = ctx;
  const f = input.filters;
  const select = (name: string, label: string, options: readonly { value: string; label: string }[], current: string | undefined): SafeHtml =>
    html`<div class="utrecht-form-field field"><label class="utrecht-form-label" for="f-${name}">${label}</label><select class="utrecht-select utrecht-select--html-select" id="f-${name}" name="${name}">
<option value="">${t('cases.any')}</option>${options.map((o) => html`<option value="${o.value}"${o.value === current ? html` selected` : ''}>${o.label}</option>`)}</select></div>`;
  const form = html`<form method="get" action="/dashboard/cases" class="filters" aria-labelledby="filters-title">
<h2 id="filters-title">${t('cases.filters')}</h2>
<input type="hidden" name="lang" value="${lang}">
<div class="filter-grid">
${select('status', t('cases.status'), statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })), f.status)}
${select('step', t('cases.step'), caseSteps.map((s) => ({ value: s, label: t(`steps.${s}`) })), f.step)}
${select('route', t('cases.route'), routes.map((s) => ({ value: s, label: t(`routesList.${s}`) })), f.route)}
${select('intensity', t('cases.intensity'), caseIntensities.map((s) => ({ value: s, label: t(`intensities.${s}`) })), f.intensity)}
${select('coachId', t('cases.coach'), input.coaches.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` })), f.coachId)}
${select('municipality', t('cases.municipality'), municipalities.map((m) => ({ value: m, label: t(`municipalities.${m}`) })), f.municipality)}
<div class="utrecht-form-field utrecht-form-field--checkbox field checkbox"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="f-waiting" name="waiting" value="1"${f.waiting ? html` checked` : ''}><label class="utrecht-form-label" for="f-waiting">${t('cases.waiting')}</label></div>
<div class="utrecht-form-field utrecht-form-field--checkbox field checkbox"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="f-buiten" name="buitenBeeld" value="1"${f.buitenBeeld ? html` checked` : ''}><label class="utrecht-form-label" for="f-buiten">${t('cases.buitenBeeld')}</label></div>
</div>
<div class="row"><button type="submit" class="utrecht-button utrecht-button--primary-action">${t('cases.apply')}</button> <a href="/dashboard/cases">${t('cases.reset')}</a></div>
</form>`;
  const table = input.cases.length
    ? html`<div ${scrollRegion(t('nav.cases'))}><table class="utrecht-table utrecht-table--html-table">
<caption>${t('cases.caption', { count: input.cases.length })}</caption>
<thead><tr><th scope="col">${t('cases.reference')}</th><th scope="col">${t('cases.status')}</th><th scope="col">${t('cases.step')}</th><th scope="col">${t('cases.route')}</th><th scope="col">${t('cases.intensity')}</th><th scope="col">${t('cases.age')}</th><th scope="col">${t('cases.municipality')}</th><th scope="col">${t('cases.coach')}</th><th scope="col">${t('cases.opened')}</th></tr></thead>
<tbody>${input.cases.map(
        (c) => html`<tr>
<th scope="row"><a href="/dashboard/cases/${c.id}">${caseLabel(c)}</a></th>
<td>${t(`statuses.${c.status}`)}</td><td>${t(`steps.${c.step}`)}</td><td>${t(`routesList.${c.route}`)}</td>
<td>${t(`intensities.${c.intensity ?? 'onbekend'}`)}</td><td>${c.youth.age ?? '–'}</td>
<td>${c.youth.municipality ? t(`municipalities.${c.youth.municipality}`, { defaultValue: c.youth.municipality }) : '–'}</td>
<td>${c.coach ? `${c.coach.firstName} ${c.coach.lastName}` : '–'}</td><td>${formatDate(c.createdAt, lang)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('cases.empty')}</p>`;
  return layout(ctx, { title: t('cases.title'), section: 'cases', body: html`${form}${table}` });
}
