import { html } from './html';
import { layout, type PageContext } from './layout';

/** The sign-in form; `preToken` is the double-submit token of the pre-session cookie (login CSRF). */
export function renderSignInPage(ctx: PageContext, input: { preToken: string; email?: string; organisation?: boolean }): string {
  const { t } = ctx;
  // With single sign-on configured, the organisation's sign-in comes first; local passwords stay for small set-ups.
  const organisation = input.organisation
    ? html`<p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/dashboard/sign-in/oidc" data-sso>${t('signIn.withOrganisation')}</a></p>
<p>${t('signIn.orPassword')}</p>`
    : html`<p>${t('signIn.intro')}</p>`;
  const body = html`
${organisation}
<form method="post" action="/dashboard/sign-in?lang=${ctx.lang}" class="stack narrow">
  <input type="hidden" name="_csrf" value="${input.preToken}">
  <div class="utrecht-form-field field"><label class="utrecht-form-label" for="email">${t('signIn.email')}</label>
    <input class="utrecht-textbox utrecht-textbox--html-input" id="email" name="email" type="email" autocomplete="username" required value="${input.email ?? ''}"></div>
  <div class="utrecht-form-field field"><label class="utrecht-form-label" for="password">${t('signIn.password')}</label>
    <input class="utrecht-textbox utrecht-textbox--html-input" id="password" name="password" type="password" autocomplete="current-password" required></div>
  <button type="submit" class="utrecht-button utrecht-button--primary-action">${t('signIn.submit')}</button>
</form>`;
  return layout(ctx, { title: t('signIn.title'), body });
}
