import type { InboxHandover } from '../../cases/handover/inbox-handovers';
import { scrollRegion } from './components';
import { caseLabel } from './case-label';
import { html } from './html';
import { csrfField, formatDateTime, formatDuration, layout, type PageContext } from './layout';

/** Open handovers with waiting time against the deadline, and threads with unread messages. */
export function renderInboxPage(
  ctx: PageContext,
  input: { handovers: InboxHandover[]; unread: { caseId: string; name: string | null; unread: number; lastAt: Date }[]; now: Date },
): string {
  const { t, lang } = ctx;
  const rows = input.handovers.map((h) => {
    const overdue = h.dueAt !== null && h.dueAt < input.now;
    return html`<tr>
  <td>${h.urgent ? html`<span class="utrecht-status-badge utrecht-status-badge--danger tag tag-urgent">${t('inbox.urgent')}</span> ` : ''}${t(`reasons.${h.reason}`)}${h.category ? html` (${t(`safetyCategory.${h.category}`)})` : ''}</td>
  <td>${formatDateTime(h.createdAt, lang)}</td>
  <td>${formatDuration(input.now.getTime() - h.createdAt.getTime(), t)}</td>
  <td>${h.dueAt ? html`${formatDateTime(h.dueAt, lang)} <span class="tag ${overdue ? 'tag-late' : 'tag-ok'}">${overdue ? t('inbox.overdue') : t('inbox.onTime')}</span>` : '–'}</td>
  <td>${h.coach.firstName} ${h.coach.lastName}</td>
  <td class="summary"><details><summary>${t('inbox.summary')}</summary><p class="pre">${h.summary}</p></details></td>
  <td class="actions">
    <form method="post" action="/dashboard/handovers/${h.id}/acknowledge">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('inbox.acknowledge')}</button></form>
    <a href="/dashboard/cases/${h.caseId}">${t('inbox.openCase')} ${caseLabel({ name: h.name, id: h.caseId })}</a>
  </td>
</tr>`;
  });
  const table = input.handovers.length
    ? html`<div ${scrollRegion(t('inbox.caption'))}><table class="utrecht-table utrecht-table--html-table">
<caption>${t('inbox.caption')} (${input.handovers.length})</caption>
<thead><tr><th scope="col">${t('inbox.reason')}</th><th scope="col">${t('inbox.received')}</th><th scope="col">${t('inbox.waiting')}</th><th scope="col">${t('inbox.deadline')}</th><th scope="col">${t('inbox.coach')}</th><th scope="col">${t('inbox.summary')}</th><th scope="col">${t('inbox.actions')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p>${t('inbox.empty')}</p>`;
  const unread = input.unread.length
    ? html`<h2>${t('inbox.unreadTitle')}</h2><ul class="plain">${input.unread.map(
        (u) => html`<li><a href="/dashboard/cases/${u.caseId}">${t('cases.reference')} ${caseLabel({ name: u.name, id: u.caseId })}</a> — ${t('inbox.unread', { count: u.unread })}, ${formatDateTime(u.lastAt, lang)}</li>`,
      )}</ul>`
    : '';
  return layout(ctx, { title: t('inbox.title'), section: 'inbox', body: html`<p>${t('inbox.intro')}</p>${table}${unread}` });
}
