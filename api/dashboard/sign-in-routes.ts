import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signIn } from '../../cases/staff/staff-accounts';
import { TooManyRequestsError } from '../rate-limits';
import type { DashboardOptions } from './dashboard-options';
import { newPreToken, PRE_COOKIE, PRE_COOKIE_SECONDS, sameToken, SESSION_COOKIE } from './dashboard-session';
import { pageQuery, signInForm } from './dashboard-schemas';
import { renderSignInPage } from './sign-in-page';
import { landingAfterSignIn, pendingStepPage } from './start-page';

/**
 * `GET /dashboard/sign-in` and `POST /dashboard/sign-in` (public). The form echoes a random token from
 * a pre-session cookie (double submit), so another site cannot sign a browser in to its own account.
 */
export const signInRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  const organisation = deps.config.oidc !== undefined;
  /** A fresh token for the form, also set as the pre-session cookie. */
  const issuePreToken = (reply: FastifyReply) => {
    const preToken = newPreToken();
    cookies.set(reply, { name: PRE_COOKIE, value: preToken, maxAgeSeconds: PRE_COOKIE_SECONDS });
    return preToken;
  };

  app.get('/dashboard/sign-in', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const preToken = issuePreToken(reply);
    return replies.page(reply, renderSignInPage(replies.context(request, reply), { preToken, organisation }));
  });

  app.post(
    '/dashboard/sign-in',
    {
      schema: { hide: true, querystring: pageQuery, body: signInForm },
      attachValidation: true,
      // The token is checked on the form as sent, before it is validated.
      preValidation: async (request, reply) => {
        const submitted = (request.body as { _csrf?: unknown } | undefined)?._csrf;
        if (!sameToken(submitted, request.cookies[PRE_COOKIE])) return replies.redirect(reply, '/dashboard/sign-in', 'csrf');
      },
    },
    async (request, reply) => {
      // Counted per address, and per address and e-mail as typed, before the password is checked: the
      // same for an e-mail with an account and one without, and never a lock on the account itself.
      const typed = request.validationError ? undefined : request.body.email;
      const limited = await deps.limits?.signIn(request, reply, typed ?? '').then(
        () => false,
        (error: unknown) => {
          if (error instanceof TooManyRequestsError) return true;
          throw error;
        },
      );
      // A form that is not what the page sends (a field missing, far too long) is a failed sign-in that counts for nothing.
      const result = limited
        ? ({ ok: false, reason: 'locked' } as const)
        : request.validationError
          ? ({ ok: false, reason: 'invalid' } as const)
          : await signIn(deps.database.db, { ...request.body, policy: deps.config.staffAccess });
      if (!result.ok) {
        const ctx = replies.context(request, reply);
        ctx.notice = { kind: 'error', text: ctx.t(result.reason === 'locked' ? 'signIn.locked' : 'signIn.invalid') };
        const email = request.validationError ? undefined : request.body.email;
        return replies.page(reply, renderSignInPage(ctx, { preToken: issuePreToken(reply), organisation, ...(email ? { email } : {}) }), result.reason === 'locked' ? 429 : 401);
      }
      cookies.clear(reply, PRE_COOKIE);
      cookies.set(reply, { name: SESSION_COOKIE, value: result.sessionId });
      // With a second factor (or a password to choose) the session is pending: it opens that step's page and nothing else.
      return replies.redirect(reply, result.pending ? pendingStepPage(result.pending) : landingAfterSignIn(request, reply, cookies, result.account));
    },
  );
};
