import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chooseNewPassword, MIN_PASSWORD_LENGTH } from '../../cases/staff/new-password';
import { findPendingSession } from '../../cases/staff/second-factor';
import type { DashboardOptions } from './dashboard-options';
import type { NoticeCode } from './dashboard-replies';
import { newPasswordForm, pageQuery } from './dashboard-schemas';
import { sameToken, SESSION_COOKIE } from './dashboard-session';
import { html } from './html';
import { layout } from './layout';
import { landingAfterSignIn, pendingStepPage } from './start-page';

const PAGE = '/dashboard/sign-in/new-password';

const refusals: Record<'too_short' | 'mismatch' | 'same', NoticeCode> = { too_short: 'passwordTooShort', mismatch: 'passwordMismatch', same: 'passwordSame' };

/**
 * The step after signing in with a password an administrator reset (public: the pending session in the
 * cookie is the key): `GET/POST /dashboard/sign-in/new-password` asks a new password twice. Until it is
 * chosen, the session opens no other page.
 */
export const newPasswordRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  const db = deps.database.db;
  const pendingOf = (sessionId: string | undefined, now: Date) =>
    sessionId && sessionId.length <= 128 ? findPendingSession(db, { sessionId, now }) : Promise.resolve(undefined);

  app.get(PAGE, { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const pending = await pendingOf(request.cookies[SESSION_COOKIE], new Date());
    if (!pending) return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    if (pending.pending !== 'new_password') return replies.redirect(reply, pendingStepPage(pending.pending));
    const ctx = replies.context(request, reply);
    const { t } = ctx;
    const body = html`<p>${t('newPassword.intro')}</p>
<form method="post" action="${PAGE}?lang=${ctx.lang}" class="stack narrow">
  <input type="hidden" name="_csrf" value="${pending.csrfToken}">
  <input class="utrecht-textbox utrecht-textbox--html-input" type="email" name="email" autocomplete="username" value="${pending.account.email}" hidden>
  <div class="utrecht-form-field field"><label class="utrecht-form-label" for="password">${t('newPassword.password')}</label>
    <input class="utrecht-textbox utrecht-textbox--html-input" id="password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></div>
  <div class="utrecht-form-field field"><label class="utrecht-form-label" for="repeat">${t('newPassword.repeat')}</label>
    <input class="utrecht-textbox utrecht-textbox--html-input" id="repeat" name="repeat" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></div>
  <button type="submit" class="utrecht-button utrecht-button--primary-action">${t('newPassword.submit')}</button>
</form>`;
    return replies.page(reply, layout(ctx, { title: t('newPassword.title'), body }));
  });

  app.post(PAGE, { schema: { hide: true, querystring: pageQuery, body: newPasswordForm }, attachValidation: true }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    const now = new Date();
    const pending = await pendingOf(sessionId, now);
    if (!sessionId || !pending) return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, pending.csrfToken)) return replies.redirect(reply, PAGE, 'csrf');
    if (request.validationError) return replies.redirect(reply, PAGE, 'invalid');
    const result = await chooseNewPassword(db, { sessionId, password: request.body.password, repeat: request.body.repeat, now, policy: deps.config.staffAccess });
    if (result.ok) {
      cookies.set(reply, { name: SESSION_COOKIE, value: result.sessionId });
      return replies.redirect(reply, landingAfterSignIn(request, reply, cookies, result.account), 'passwordChanged');
    }
    if (result.reason === 'expired') return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    return replies.redirect(reply, PAGE, refusals[result.reason]);
  });
};
