import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditLog } from '../../cases/privacy/audit-log';
import { renderAuditPage } from './audit-page';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { auditQuery } from './dashboard-schemas';

/** `GET /dashboard/audit`: the audit log for an admin or team lead (their municipality), by case if asked. */
export const auditRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  app.get('/dashboard/audit', { schema: { hide: true, querystring: auditQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const { caseId } = request.query;
    // Who may read it, and how far, is listAuditLog's rule: anyone else gets the 403 page.
    const entries = await listAuditLog(deps.database.db, { viewer, ...(caseId ? { caseId } : {}) });
    return replies.page(reply, renderAuditPage(replies.context(request, reply, staff), { entries, caseId }));
  });
};
