import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endSession } from '../../cases/staff/staff-accounts';
import { staffOf } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { sameToken, SESSION_COOKIE } from './dashboard-session';
import { startPageOf } from './start-page';

/** `GET /dashboard` (to the person's start page) and `POST /dashboard/sign-out`; registered in the signed-in scope. */
export const sessionRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  app.get('/dashboard', { schema: { hide: true } }, async (request, reply) => {
    const { account } = staffOf(request);
    return replies.redirect(reply, startPageOf(account));
  });

  app.post('/dashboard/sign-out', { schema: { hide: true } }, async (request, reply) => {
    const staff = staffOf(request);
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, staff.csrfToken)) return replies.redirect(reply, '/dashboard/inbox', 'csrf');
    await endSession(deps.database.db, staff.sessionId);
    cookies.clear(reply, SESSION_COOKIE);
    return replies.redirect(reply, '/dashboard/sign-in', 'signedOut');
  });
};
