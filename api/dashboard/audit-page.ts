import type { AuditEntry } from '../../cases/privacy/audit-log';
import { scrollRegion } from './components';
import { auditActionLabel, auditTargetLabel } from './audit-action-label';
import { html } from './html';
import { formatDateTime, layout, type PageContext } from './layout';

/**
 * The audit log of the administrator's scope, newest first: who (a coach id, `staff:<account>`, or
 * the bootstrap token), what, about which case or account, and for a list or export how many cases
 * it showed. Filtered by case: its detail reads and every list that showed it.
 */
export function renderAuditPage(ctx: PageContext, input: { entries: AuditEntry[]; caseId: string | undefined }): string {
  const { t } = ctx;
  const form = html`<form method="get" action="/dashboard/audit" class="filters">
<input type="hidden" name="lang" value="${ctx.lang}">
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="a-case">${t('audit.caseFilter')}</label><input class="utrecht-textbox utrecht-textbox--html-input" id="a-case" name="caseId" value="${input.caseId ?? ''}" size="36" pattern="[0-9a-fA-F-]{36}"></div>
<div class="row"><button type="submit" class="utrecht-button utrecht-button--primary-action">${t('audit.show')}</button>${input.caseId ? html` <a href="/dashboard/audit">${t('audit.all')}</a>` : ''}</div>
</form>`;
  const about = (entry: AuditEntry) =>
    entry.caseId ? html`<a href="/dashboard/cases/${entry.caseId}">${t('audit.case', { id: entry.caseId.slice(0, 8) })}</a>` : entry.target ? auditTargetLabel(t, entry.target) : '';
  const rows = input.entries.map(
    (entry) => html`<tr><td>${formatDateTime(entry.at, ctx.lang)}</td><td>${entry.actor === 'admin' ? t('audit.admin') : (entry.actorName ?? entry.actor)}</td><td>${auditActionLabel(t, entry.action)}</td>
<td>${about(entry)}</td><td>${entry.detail ? String(entry.detail.count) : ''}</td></tr>`,
  );
  const body = html`<p>${t('audit.intro')}</p>${form}
${input.entries.length
    ? html`<div ${scrollRegion(t('nav.audit'))}><table class="utrecht-table utrecht-table--html-table"><caption>${t('audit.caption', { count: input.entries.length })}</caption>
<thead><tr><th scope="col">${t('audit.at')}</th><th scope="col">${t('audit.actor')}</th><th scope="col">${t('audit.action')}</th><th scope="col">${t('audit.about')}</th><th scope="col">${t('audit.shown')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p>${t('audit.empty')}</p>`}`;
  return layout(ctx, { title: t('audit.title'), section: 'audit', body });
}
