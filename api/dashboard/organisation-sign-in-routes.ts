import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signInWithOrganisation } from '../../cases/staff/single-sign-on';
import type { DashboardOptions } from './dashboard-options';
import { OIDC_COOKIE, OIDC_COOKIE_SECONDS, SESSION_COOKIE } from './dashboard-session';
import { pageQuery } from './dashboard-schemas';
import { html } from './html';
import { layout } from './layout';
import { organisationSignIn, packPending, unpackPending } from './organisation-sign-in';
import { landingAfterSignIn, pendingStepPage } from './start-page';

const CALLBACK = '/dashboard/sign-in/oidc/callback';

/**
 * "Sign in with your organisation" (public; only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
 * are set): `GET /dashboard/sign-in/oidc` sends the browser to the provider, `GET …/callback` takes
 * it back, maps the person to their dashboard account (cases/staff/single-sign-on.ts) and starts the
 * session. Someone without an account gets a page that says so, and nothing is made for them.
 */
export const organisationSignInRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  const oidc = deps.config.oidc;
  if (!oidc) return;
  const provider = organisationSignIn({ oidc, redirectUri: `${deps.config.publicBaseUrl}${CALLBACK}` });

  const failed = (request: Parameters<typeof replies.context>[0], reply: Parameters<typeof replies.context>[1], status: number) => {
    const ctx = replies.context(request, reply);
    const body = html`<p>${ctx.t('sso.failed')}</p><p><a href="/dashboard/sign-in">${ctx.t('signIn.title')}</a></p>`;
    return replies.page(reply, layout(ctx, { title: ctx.t('signIn.title'), body }), status);
  };

  app.get('/dashboard/sign-in/oidc', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    let started;
    try {
      started = await provider.start();
    } catch (err) {
      // The provider cannot be reached or its metadata is wrong: the operator's problem, logged; the person may retry.
      request.log.error({ err }, 'OpenID provider metadata not available');
      return failed(request, reply, 502);
    }
    cookies.set(reply, { name: OIDC_COOKIE, value: packPending(started.pending), maxAgeSeconds: OIDC_COOKIE_SECONDS, sameSite: 'lax' });
    return reply.header('cache-control', 'no-store').redirect(started.url.href, 303);
  });

  // The provider's answer: code and state, or an error (the person cancelled); anything else is ignored.
  const callbackQuery = z.object({}).catchall(z.string().max(4096));
  app.get(CALLBACK, { schema: { hide: true, querystring: callbackQuery } }, async (request, reply) => {
    const pending = unpackPending(request.cookies[OIDC_COOKIE]);
    cookies.clear(reply, OIDC_COOKIE, 'lax');
    if (!pending) return failed(request, reply, 400);
    let identity;
    try {
      identity = await provider.finish(new URL(request.url, deps.config.publicBaseUrl), pending);
    } catch (err) {
      // A wrong state, a replayed code, a bad ID token: refused. Logged by kind only, never the tokens.
      request.log.warn({ error: err instanceof Error ? err.name : 'unknown', code: (err as { code?: unknown }).code }, 'organisation sign-in refused');
      return failed(request, reply, 400);
    }
    const result = await signInWithOrganisation(deps.database.db, { identity, now: new Date(), policy: deps.config.staffAccess, secondFactor: oidc.secondFactor });
    const ctx = replies.context(request, reply);
    if (!result.ok) {
      const body = html`<p>${ctx.t('sso.refused')}</p>`;
      return replies.page(reply, layout(ctx, { title: ctx.t('sso.refusedTitle'), body }), 403);
    }
    cookies.set(reply, { name: SESSION_COOKIE, value: result.sessionId });
    // A page of our own, not a redirect: the browser arrived from the provider's site, and a Strict
    // session cookie does not join a redirect chain that began on another site. From this page on it does.
    // Without a second factor at the provider, the dashboard's own code comes first (a pending session opens nothing else).
    const to = result.pending ? pendingStepPage(result.pending) : landingAfterSignIn(request, reply, cookies, result.account);
    const body = html`<p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="${to}">${ctx.t('sso.continue')}</a></p>`;
    return replies.page(reply, layout(ctx, { title: ctx.t('sso.continueTitle'), body, refreshTo: to }));
  });
};
