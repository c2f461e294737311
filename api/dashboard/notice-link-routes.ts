import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handoverCaseId } from '../../cases/handover/handover-repository';
import type { DashboardOptions } from './dashboard-options';
import { NEXT_COOKIE, NEXT_COOKIE_SECONDS } from './dashboard-session';
import { pageQuery } from './dashboard-schemas';
import { html } from './html';
import { layout } from './layout';
import { buttonLinkClass } from './components';

const params = z.object({ id: z.uuid() });
const openPath = (id: string) => `/dashboard/handovers/${id}/open`;
const caseOpenPath = (id: string) => `/dashboard/notices/cases/${id}/open`;

/**
 * The link in every notice to a coach (WhatsApp template, e-mail, reminder, escalation):
 * `/dashboard/handovers/:id`. It is tapped in another app, so the browser arrives from another site
 * and brings no (SameSite=Strict) session cookie: this public page only says where it goes and moves
 * on by itself, a navigation of our own that does carry the cookie. It also remembers the way, so a
 * coach who must sign in first lands on the case after signing in (start-page.ts).
 */
export const noticeLinkRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { replies, cookies }) => {
  app.get('/dashboard/handovers/:id', { schema: { hide: true, params, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.errorPage(request, reply, 404);
    const to = openPath(request.params.id);
    // Lax: it must come back with the organisation's sign-in, a redirect from another site. It holds a path only.
    cookies.set(reply, { name: NEXT_COOKIE, value: to, maxAgeSeconds: NEXT_COOKIE_SECONDS, sameSite: 'lax' });
    const ctx = replies.context(request, reply);
    const body = html`<p><a class="${buttonLinkClass()}" href="${to}">${ctx.t('noticeLink.open')}</a></p>`;
    return replies.page(reply, layout(ctx, { title: ctx.t('noticeLink.title'), body, refreshTo: to }));
  });

  // The same way to a case, for a coach's notice that their young person wrote or changed an
  // appointment (cases/coach-notices/): the case page itself decides whether this person may see it.
  app.get('/dashboard/notices/cases/:id', { schema: { hide: true, params, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.errorPage(request, reply, 404);
    const to = caseOpenPath(request.params.id);
    cookies.set(reply, { name: NEXT_COOKIE, value: to, maxAgeSeconds: NEXT_COOKIE_SECONDS, sameSite: 'lax' });
    const ctx = replies.context(request, reply);
    const body = html`<p><a class="${buttonLinkClass()}" href="${to}">${ctx.t('noticeLink.open')}</a></p>`;
    return replies.page(reply, layout(ctx, { title: ctx.t('noticeLink.caseTitle'), body, refreshTo: to }));
  });
};

/** Signed in: from the handover (or a case notice) to the case page, which decides whether this person may see it. */
export const noticeLinkOpenRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies, cookies }) => {
  app.get('/dashboard/handovers/:id/open', { schema: { hide: true, params, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    cookies.clear(reply, NEXT_COOKIE, 'lax');
    if (request.validationError) return replies.errorPage(request, reply, 404);
    const caseId = await handoverCaseId(deps.database.db, request.params.id);
    if (!caseId) return replies.errorPage(request, reply, 404);
    return replies.redirect(reply, `/dashboard/cases/${caseId}`);
  });

  app.get('/dashboard/notices/cases/:id/open', { schema: { hide: true, params, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    cookies.clear(reply, NEXT_COOKIE, 'lax');
    if (request.validationError) return replies.errorPage(request, reply, 404);
    return replies.redirect(reply, `/dashboard/cases/${request.params.id}`);
  });
};
