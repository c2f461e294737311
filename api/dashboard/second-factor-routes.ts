import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { beginTotpEnrolment, completeSecondFactor, findPendingSession, hasSecondFactor, useTotpCode } from '../../cases/staff/second-factor';
import { staffOf } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { sameToken, SESSION_COOKIE } from './dashboard-session';
import { codeForm, pageQuery } from './dashboard-schemas';
import { renderSecondFactorInUse, renderSecondFactorPage } from './second-factor-page';
import { landingAfterSignIn, pendingStepPage, startPageOf } from './start-page';

const SIGN_IN_CODE = '/dashboard/sign-in/code';
const ACCOUNT_CODE = '/dashboard/account/second-factor';

/**
 * The second step of a password sign-in (public: the pending session in the cookie is the key):
 * `GET/POST /dashboard/sign-in/code` asks the six digits of the authenticator app, or, for a role that
 * requires a second factor not yet set up, shows the QR code first and takes the first code.
 */
export const secondFactorSignInRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  const db = deps.database.db;

  app.get(SIGN_IN_CODE, { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    const pending = sessionId && sessionId.length <= 128 ? await findPendingSession(db, { sessionId, now: new Date() }) : undefined;
    if (!pending) return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    if (pending.pending === 'new_password') return replies.redirect(reply, pendingStepPage(pending.pending));
    const enrolment = pending.pending === 'enrol' ? await beginTotpEnrolment(db, deps.protector, pending.account) : undefined;
    const page = await renderSecondFactorPage(replies.context(request, reply), { action: SIGN_IN_CODE, csrf: pending.csrfToken, ...(enrolment ? { enrolment } : {}) });
    return replies.page(reply, page);
  });

  app.post(SIGN_IN_CODE, { schema: { hide: true, querystring: pageQuery, body: codeForm }, attachValidation: true }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    const now = new Date();
    const pending = sessionId && sessionId.length <= 128 ? await findPendingSession(db, { sessionId, now }) : undefined;
    if (!sessionId || !pending) return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, pending.csrfToken)) return replies.redirect(reply, SIGN_IN_CODE, 'csrf');
    const code = request.validationError ? '' : request.body.code;
    const result = await completeSecondFactor(db, deps.protector, { sessionId, code, now, policy: deps.config.staffAccess });
    if (result.ok) {
      cookies.set(reply, { name: SESSION_COOKIE, value: result.sessionId });
      return replies.redirect(reply, result.pending ? pendingStepPage(result.pending) : landingAfterSignIn(request, reply, cookies, result.account));
    }
    if (result.reason === 'expired') return replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    if (result.reason === 'locked') {
      replies.clearSession(reply);
      return replies.redirect(reply, '/dashboard/sign-in', 'locked');
    }
    return replies.redirect(reply, SIGN_IN_CODE, 'invalidCode');
  });
};

/**
 * Setting up a second factor from the signed-in dashboard (any role may; TOTP_REQUIRED_ROLES must):
 * `GET/POST /dashboard/account/second-factor`. Registered in the signed-in scope.
 */
export const secondFactorAccountRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  app.get(ACCOUNT_CODE, { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const staff = staffOf(request);
    const ctx = replies.context(request, reply, staff);
    if (await hasSecondFactor(db, staff.account.id)) return replies.page(reply, renderSecondFactorInUse(ctx));
    const enrolment = await beginTotpEnrolment(db, deps.protector, staff.account);
    return replies.page(reply, await renderSecondFactorPage(ctx, { action: ACCOUNT_CODE, csrf: staff.csrfToken, enrolment }));
  });

  app.post(ACCOUNT_CODE, { schema: { hide: true, querystring: pageQuery, body: codeForm }, attachValidation: true }, async (request, reply) => {
    const staff = staffOf(request);
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, staff.csrfToken)) return replies.redirect(reply, ACCOUNT_CODE, 'csrf');
    const code = request.validationError ? '' : request.body.code;
    const used = await useTotpCode(db, deps.protector, { account: staff.account, code, enrolling: true, now: new Date() });
    return used ? replies.redirect(reply, startPageOf(staff.account), 'secondFactorOn') : replies.redirect(reply, ACCOUNT_CODE, 'invalidCode');
  });
};
