import type { CasusoverlegItem } from '../../cases/case/casusoverleg';
import { scrollRegion } from './components';
import { caseLabel } from './case-label';
import { html } from './html';
import { layout, type PageContext } from './layout';

/** Who is whose contact, per municipality: name and reference, route, step, coach and who holds the regie; nothing more about the young person. */
export function renderCasusoverlegPage(ctx: PageContext, input: { items: CasusoverlegItem[] }): string {
  const { t } = ctx;
  const byMunicipality = new Map<string, CasusoverlegItem[]>();
  for (const item of input.items) byMunicipality.set(item.municipality, [...(byMunicipality.get(item.municipality) ?? []), item]);
  const sections = [...byMunicipality].map(
    ([municipality, items]) => html`<div ${scrollRegion(`${t('nav.casusoverleg')}: ${t(`municipalities.${municipality}`)}`)}><table class="utrecht-table utrecht-table--html-table">
<caption>${t('casusoverleg.caption', { municipality: t(`municipalities.${municipality}`), count: items.length })}</caption>
<thead><tr><th scope="col">${t('casusoverleg.reference')}</th><th scope="col">${t('casusoverleg.route')}</th><th scope="col">${t('casusoverleg.step')}</th><th scope="col">${t('casusoverleg.coach')}</th><th scope="col">${t('casusoverleg.role')}</th><th scope="col">${t('casusoverleg.regie')}</th></tr></thead>
<tbody>${items.map(
      (i) => html`<tr><td>${caseLabel({ name: i.name, id: i.caseId })}</td><td>${t(`routesList.${i.route}`)}</td><td>${t(`steps.${i.step}`)}</td><td>${i.coach.firstName} ${i.coach.lastName}</td><td>${t(`coachRoles.${i.coach.role}`)}</td><td>${regieOf(ctx, i)}</td></tr>`,
    )}</tbody></table></div>`,
  );
  const body = html`<p>${t('casusoverleg.intro')}</p>${sections.length ? sections : html`<p>${t('casusoverleg.empty')}</p>`}`;
  return layout(ctx, { title: t('casusoverleg.title'), section: 'casusoverleg', body });
}

/** Who holds the regie: the coach, or the Sociaal team member (with their team) next to the contact person. */
function regieOf(ctx: PageContext, item: CasusoverlegItem): string {
  const { t } = ctx;
  if (!item.regie) return t('casusoverleg.regieCoach');
  const name = `${item.regie.firstName} ${item.regie.lastName}`;
  return item.regie.team ? t('casusoverleg.regieSociaalTeam', { name, team: item.regie.team }) : t('casusoverleg.regieSociaal', { name });
}
