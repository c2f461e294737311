import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { feedbackOverview } from '../../cases/in-beeld/feedback-overview';
import { seesExactCounts } from '../../cases/staff/municipality-scope';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { pageQuery } from './dashboard-schemas';
import { renderFeedbackPage } from './feedback-page';

/**
 * `GET /dashboard/feedback`: the young people's ratings of their municipality; the tips (their own
 * words) for an administrator, whose read is audited in cases/in-beeld/feedback-overview.ts.
 */
export const feedbackRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  app.get('/dashboard/feedback', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const overview = await feedbackOverview(deps.database.db, { viewer, protector: deps.protector });
    return replies.page(reply, renderFeedbackPage(replies.context(request, reply, staff), { overview, exactCounts: seesExactCounts(viewer) }));
  });
};
