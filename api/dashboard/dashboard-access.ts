import type { FastifyRequest, onRequestAsyncHookHandler, preValidationAsyncHookHandler } from 'fastify';
import { findSession, viewerOf, type SessionPolicy } from '../../cases/staff/staff-accounts';
import type { Viewer } from '../../cases/staff/viewer';
import type { Database } from '../../drizzle/connection';
import type { DashboardReplies, StaffSession } from './dashboard-replies';
import { sameToken, SESSION_COOKIE } from './dashboard-session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by {@link requireStaffSession} (dashboard routes only). */
    dashboardStaff: StaffSession | null;
    /** Their case-store viewer, set by {@link requireCaseViewer}. */
    dashboardViewer: Viewer | null;
  }
}

/**
 * Every route of the scope needs a live session: without one the browser goes to the sign-in page,
 * told that the session ended when it brought one that did (idle too long, too old, signed out
 * elsewhere). An `onRequest` hook, so it runs before the body is read and before a route's own code.
 */
export function requireStaffSession(input: { database: Database; replies: DashboardReplies; policy: SessionPolicy }): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    const found = sessionId && sessionId.length <= 128 ? await findSession(input.database.db, { sessionId, policy: input.policy }) : undefined;
    if (!sessionId) return input.replies.redirect(reply, '/dashboard/sign-in');
    if (!found) {
      input.replies.clearSession(reply);
      return input.replies.redirect(reply, '/dashboard/sign-in', 'sessionEnded');
    }
    request.dashboardStaff = { ...found, sessionId };
  };
}

/** Every route of the scope works with cases: an analyst (indicators only) gets a 403 page. */
export function requireCaseViewer(input: { replies: DashboardReplies }): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const staff = staffOf(request);
    const viewer = viewerOf(staff.account);
    if (!viewer) return input.replies.errorPage(request, reply, 403, staff);
    request.dashboardViewer = viewer;
  };
}

/**
 * Every form post of the scope carries the session's synchronizer token (`_csrf`). Checked on the
 * body as sent, before it is validated: a forged post is refused whatever else it holds.
 */
export function requireFormToken(input: { replies: DashboardReplies }): preValidationAsyncHookHandler {
  return async (request, reply) => {
    if (request.method !== 'POST') return;
    const submitted = (request.body as { _csrf?: unknown } | undefined)?._csrf;
    if (sameToken(submitted, staffOf(request).csrfToken)) return;
    const { t } = input.replies.context(request, reply);
    return reply.status(403).header('content-type', 'text/plain; charset=utf-8').send(t('errors.csrf'));
  };
}

export function staffOf(request: FastifyRequest): StaffSession {
  if (!request.dashboardStaff) throw new Error('dashboard route outside the signed-in scope');
  return request.dashboardStaff;
}

export function viewerFor(request: FastifyRequest): { staff: StaffSession; viewer: Viewer } {
  if (!request.dashboardViewer) throw new Error('dashboard route outside the case-viewer scope');
  return { staff: staffOf(request), viewer: request.dashboardViewer };
}
