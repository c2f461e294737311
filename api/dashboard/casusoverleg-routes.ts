import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listCasusoverleg } from '../../cases/case/casusoverleg';
import { recordRead } from '../../cases/privacy/audit-log';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { pageQuery } from './dashboard-schemas';
import { renderCasusoverlegPage } from './casusoverleg-page';

/** `GET /dashboard/casusoverleg`: cases to discuss in the team, by name and reference, without the young person's details. */
export const casusoverlegRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  app.get('/dashboard/casusoverleg', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const items = await listCasusoverleg(deps.database.db, { viewer, protector: deps.protector });
    await recordRead(deps.database.db, { reader: viewer, action: 'casusoverleg.list', caseIds: items.map((item) => item.caseId) });
    return replies.page(reply, renderCasusoverlegPage(replies.context(request, reply, staff), { items }));
  });
};
