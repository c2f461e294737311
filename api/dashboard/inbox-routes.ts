import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unreadThreads } from '../../cases/case/case-messages';
import { acknowledgeHandover } from '../../cases/handover/handover-repository';
import { listInboxHandovers } from '../../cases/handover/inbox-handovers';
import { recordRead } from '../../cases/privacy/audit-log';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { idParams, pageQuery } from './dashboard-schemas';
import { renderInboxPage } from './inbox-page';

/** `GET /dashboard/inbox` (open handovers and unread threads) and picking up a handover. */
export const inboxRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  app.get('/dashboard/inbox', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    // A coach's own unread threads; a team lead and the admin see everyone's.
    const coachId = viewer.kind === 'coach' && !viewer.isAdmin ? viewer.coachId : undefined;
    const [handovers, unread] = await Promise.all([listInboxHandovers(db, viewer, deps.protector), unreadThreads(db, coachId ? { coachId, protector: deps.protector } : { protector: deps.protector })]);
    await recordRead(db, { reader: viewer, action: 'inbox.read', caseIds: [...handovers, ...unread].map((item) => item.caseId) });
    return replies.page(reply, renderInboxPage(replies.context(request, reply, staff), { handovers, unread, now: new Date() }));
  });

  app.post(
    '/dashboard/handovers/:id/acknowledge',
    { schema: { hide: true, params: idParams }, attachValidation: true },
    async (request, reply) => {
      const { staff, viewer } = viewerFor(request);
      // A malformed id names no handover: the same answer as an unknown one.
      if (request.validationError) return replies.errorPage(request, reply, 404, staff);
      return replies.afterPost(reply, '/dashboard/inbox', async () => {
        const handover = await acknowledgeHandover(db, { viewer, handoverId: request.params.id, protector: deps.protector });
        // Picked up: straight on to the case, to contact the young person.
        return { notice: 'acknowledged', to: `/dashboard/cases/${handover.caseId}` };
      });
    },
  );
};
