import type { StaffAccountView } from '../../cases/staff/staff-account-admin';
import type { StaffRole } from '../../drizzle/schema';
import { buttonClass, scrollRegion } from './components';
import { html } from './html';
import { csrfField, layout, type PageContext } from './layout';

/** The accounts the signed-in administrator manages: who, role, where, whether they can sign in. */
export function renderAccountsPage(ctx: PageContext, input: { accounts: StaffAccountView[] }): string {
  const { t } = ctx;
  const rows = input.accounts.map(
    (a) => html`<tr><th scope="row"><a href="/dashboard/accounts/${a.id}">${a.name}</a></th><td>${a.email}</td><td>${t(`roles.${a.role}`)}</td>
<td>${t(`municipalities.${a.municipality ?? 'all'}`)}</td><td>${statusTag(ctx, a)}</td><td>${a.sessions}</td></tr>`,
  );
  const body = html`<p>${t('accounts.intro')}</p>
${input.accounts.length
    ? html`<div ${scrollRegion(t('nav.accounts'))}><table class="utrecht-table utrecht-table--html-table"><caption>${t('accounts.caption', { count: input.accounts.length })}</caption>
<thead><tr><th scope="col">${t('accounts.name')}</th><th scope="col">${t('accounts.email')}</th><th scope="col">${t('accounts.role')}</th><th scope="col">${t('accounts.municipality')}</th><th scope="col">${t('accounts.status')}</th><th scope="col">${t('accounts.sessions')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p>${t('accounts.empty')}</p>`}`;
  return layout(ctx, { title: t('accounts.title'), section: 'accounts', body });
}

/**
 * One account with what may be done to it: disable or enable, change its role (only the roles the
 * administrator may give), reset the password, end its sessions. After a reset the new password is
 * on this page, once.
 */
export function renderAccountPage(ctx: PageContext, input: { account: StaffAccountView; roles: readonly StaffRole[]; newPassword?: string }): string {
  const { t } = ctx;
  const a = input.account;
  const action = (path: string) => `/dashboard/accounts/${a.id}/${path}`;
  const password = input.newPassword
    ? html`<section class="card" aria-labelledby="s-password" role="status"><h2 id="s-password">${t('accounts.newPassword')}</h2>
<p><code class="pre">${input.newPassword}</code></p><p class="hint">${t('accounts.newPasswordHint')}</p></section>`
    : '';
  const facts = html`<dl class="facts">
<div><dt>${t('accounts.email')}</dt><dd>${a.email}</dd></div>
<div><dt>${t('accounts.role')}</dt><dd>${t(`roles.${a.role}`)}</dd></div>
<div><dt>${t('accounts.municipality')}</dt><dd>${t(`municipalities.${a.municipality ?? 'all'}`)}</dd></div>
<div><dt>${t('accounts.status')}</dt><dd>${statusTag(ctx, a)}</dd></div>
<div><dt>${t('accounts.sessions')}</dt><dd>${a.sessions}</dd></div>
</dl>`;
  const forms = html`<section aria-labelledby="s-actions" class="actions-grid"><h2 id="s-actions" class="visually-hidden">${t('accounts.actions')}</h2>
<form method="post" action="${action('active')}" class="stack card">${csrfField(ctx)}
<h3>${a.active ? t('accounts.deactivate') : t('accounts.reactivate')}</h3>
<p class="hint">${a.active ? t('accounts.deactivateHint') : t('accounts.reactivateHint')}</p>
<input type="hidden" name="active" value="${a.active ? 'false' : 'true'}">
<button type="submit" class="${buttonClass(a.active ? 'secondary' : 'primary')}">${a.active ? t('accounts.deactivate') : t('accounts.reactivate')}</button></form>
<form method="post" action="${action('role')}" class="stack card">${csrfField(ctx)}
<h3>${t('accounts.changeRole')}</h3>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="role">${t('accounts.role')}</label><select class="utrecht-select utrecht-select--html-select" id="role" name="role">${input.roles.map((r) => html`<option value="${r}"${r === a.role ? html` selected` : ''}>${t(`roles.${r}`)}</option>`)}</select></div>
<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('accounts.save')}</button></form>
<form method="post" action="${action('password')}" class="stack card">${csrfField(ctx)}
<h3>${t('accounts.resetPassword')}</h3><p class="hint">${t('accounts.resetPasswordHint')}</p>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('accounts.resetPassword')}</button></form>
<form method="post" action="${action('second-factor')}" class="stack card">${csrfField(ctx)}
<h3>${t('accounts.resetSecondFactor')}</h3><p class="hint">${t('accounts.resetSecondFactorHint')}</p>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('accounts.resetSecondFactor')}</button></form>
<form method="post" action="${action('sessions')}" class="stack card">${csrfField(ctx)}
<h3>${t('accounts.endSessions')}</h3><p class="hint">${t('accounts.endSessionsHint')}</p>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('accounts.endSessions')}</button></form>
</section>`;
  const body = html`<p><a href="/dashboard/accounts">${t('accounts.back')}</a></p>${password}${facts}${forms}`;
  return layout(ctx, { title: a.name, section: 'accounts', body });
}

function statusTag(ctx: PageContext, a: StaffAccountView) {
  const { t } = ctx;
  if (a.coachActive === false) return html`<span class="utrecht-status-badge utrecht-status-badge--danger tag tag-late">${t('accounts.coachGone')}</span>`;
  return a.active ? html`<span class="utrecht-status-badge utrecht-status-badge--safe tag tag-ok">${t('accounts.active')}</span>` : html`<span class="utrecht-status-badge utrecht-status-badge--danger tag tag-late">${t('accounts.inactive')}</span>`;
}

