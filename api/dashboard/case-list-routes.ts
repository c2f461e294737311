import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listCases, type CaseFilters } from '../../cases/case/read-cases';
import { recordRead } from '../../cases/privacy/audit-log';
import { listFilterCoaches } from '../../cases/staff/filter-coaches';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { caseListQuery } from './dashboard-schemas';
import { renderCasesPage } from './cases-page';

/** `GET /dashboard/cases`: the cases the person may see, filtered by the query. */
export const caseListRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  app.get('/dashboard/cases', { schema: { hide: true, querystring: caseListQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const { lang: _lang, notice: _notice, waiting, buitenBeeld, ...asked } = request.query;
    const filters: CaseFilters = Object.fromEntries(
      Object.entries({ ...asked, waiting: waiting ? true : undefined, buitenBeeld: buitenBeeld ? true : undefined }).filter(([, v]) => v !== undefined),
    );
    const [cases, coaches] = await Promise.all([listCases(db, { viewer, protector: deps.protector, ...filters }), listFilterCoaches(db, viewer)]);
    await recordRead(db, { reader: viewer, action: 'cases.list', caseIds: cases.map((c) => c.id) });
    return replies.page(reply, renderCasesPage(replies.context(request, reply, staff), { cases, filters, coaches }));
  });
};
