import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { AccessDeniedError, NotFoundError } from '../../cases/errors';
import type { AppDeps } from '../app';
import { errorHandler } from '../error-handler';
import { loadPageAssets, servePageAssets } from '../page-assets';
import { accountRoutes } from './account-routes';
import { agendaRoutes } from './agenda-routes';
import { appointmentPageRoutes } from './appointment-page-routes';
import { auditRoutes } from './audit-routes';
import { coachPageRoutes } from './coach-page-routes';
import { entryPointPageRoutes } from './entry-point-page-routes';
import { feedbackRoutes } from './feedback-routes';
import { schoolImportRoutes } from './school-import-routes';
import { casePageRoutes } from './case-page-routes';
import { inzageDownloadRoutes } from './inzage-download-routes';
import { caseListRoutes } from './case-list-routes';
import { casusoverlegRoutes } from './casusoverleg-routes';
import { directoryPageRoutes } from './directory-routes';
import { requireCaseViewer, requireFormToken, requireStaffSession } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { dashboardReplies, type DashboardReplies } from './dashboard-replies';
import { dashboardCookies } from './dashboard-session';
import { inboxRoutes } from './inbox-routes';
import { indicatorRoutes } from './indicator-routes';
import { organisationSignInRoutes } from './organisation-sign-in-routes';
import { newPasswordRoutes } from './new-password-routes';
import { noticeLinkOpenRoutes, noticeLinkRoutes } from './notice-link-routes';
import { secondFactorAccountRoutes, secondFactorSignInRoutes } from './second-factor-routes';
import { sessionRoutes } from './session-routes';
import { signInRoutes } from './sign-in-routes';
import { staffAccountRoutes } from './staff-account-routes';

/**
 * The coaches' and municipality's dashboard, server-rendered: `/dashboard/...` pages and form posts
 * (post, redirect, get), plus `POST /api/staff-accounts`. Who may enter is decided here, once per
 * scope, so a new route cannot forget it: the sign-in page is public; everything else needs a
 * session; case work (inbox, cases, casusoverleg) and managing accounts also need a case-store viewer and, for a post,
 * the session's form token. Who may see which case stays in cases/staff/case-access.ts.
 */
export const dashboardRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  await app.register(staffAccountRoutes, deps);

  const assets = loadPageAssets({ script: new URL('./assets/dashboard.js', import.meta.url), style: new URL('./assets/dashboard.css', import.meta.url) });
  servePageAssets(app, assets, { script: '/dashboard/assets/dashboard.js', style: '/dashboard/assets/dashboard.css' });

  const cookies = dashboardCookies({ publicBaseUrl: deps.config.publicBaseUrl });
  const replies = dashboardReplies({ i18n: deps.i18n, cookies, assetVersion: assets.version });
  const options: DashboardOptions = { deps, replies, cookies };

  await app.register(async (pages) => {
    // Forms and queries are checked by their zod schemas (also when the app sets no zod compiler itself).
    pages.setValidatorCompiler(validatorCompiler);
    pages.setErrorHandler(pageErrors(replies));
    pages.decorateRequest('dashboardStaff', null);
    pages.decorateRequest('dashboardViewer', null);

    await pages.register(signInRoutes, options);
    await pages.register(secondFactorSignInRoutes, options);
    await pages.register(newPasswordRoutes, options);
    await pages.register(organisationSignInRoutes, options);
    await pages.register(noticeLinkRoutes, options);
    await pages.register(async (signedIn) => {
      signedIn.addHook('onRequest', requireStaffSession({ database: deps.database, replies, policy: deps.config.staffAccess }));
      await signedIn.register(sessionRoutes, options);
      await signedIn.register(secondFactorAccountRoutes, options);
      await signedIn.register(indicatorRoutes, options);
      await signedIn.register(async (caseWork) => {
        caseWork.addHook('onRequest', requireCaseViewer({ replies }));
        caseWork.addHook('preValidation', requireFormToken({ replies }));
        await caseWork.register(inboxRoutes, options);
        await caseWork.register(caseListRoutes, options);
        await caseWork.register(casePageRoutes, options);
        await caseWork.register(noticeLinkOpenRoutes, options);
        await caseWork.register(inzageDownloadRoutes, options);
        await caseWork.register(casusoverlegRoutes, options);
        await caseWork.register(directoryPageRoutes, options);
        await caseWork.register(accountRoutes, options);
        await caseWork.register(auditRoutes, options);
        await caseWork.register(agendaRoutes, options);
        await caseWork.register(appointmentPageRoutes, options);
        await caseWork.register(entryPointPageRoutes, options);
        await caseWork.register(schoolImportRoutes, options);
        await caseWork.register(coachPageRoutes, options);
        await caseWork.register(feedbackRoutes, options);
      });
    });
  });
};

/** A browser gets a page, never JSON: not found, not allowed, or a request it could not have made from a form. */
function pageErrors(replies: DashboardReplies) {
  return (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const staff = request.dashboardStaff ?? undefined;
    if (error instanceof NotFoundError) return replies.errorPage(request, reply, 404, staff);
    if (error instanceof AccessDeniedError) return replies.errorPage(request, reply, 403, staff);
    const status = 'statusCode' in error ? error.statusCode : undefined;
    if (typeof status === 'number' && status >= 400 && status < 500) return replies.errorPage(request, reply, status, staff);
    return errorHandler(error, request, reply);
  };
}
