import type { FastifyPluginAsync } from 'fastify';
import { acknowledgeHandover, getHandover, listHandovers } from '../cases/handover/handover-repository';
import { recordRead } from '../cases/privacy/audit-log';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { caseRoutes } from './case-routes';
import { coachAdminRoutes } from './coach-admin-routes';
import { ownTokenRoutes } from './own-token-routes';
import { handoverAnswer, handoverDetailAnswer, handoverListAnswer, handoverQuery, idParams } from './coach-api-schemas';
import { badInput, errorDoc, registerApiDocs } from './openapi';
import { oversightRoutes } from './oversight-routes';
import { teamRoutes } from './team-routes';

const tags = ['handovers'];

/**
 * The coach API (DESIGN.md contract): handovers here; cases, casusoverleg and the audit log, coaches
 * and teams in their own plugins, registered below; the OpenAPI document at `/docs/json`.
 * Handlers call cases/ and answer; who may see what lives in cases/staff/case-access.ts.
 */
export const coachRoutes: FastifyPluginAsync<AppDeps> = async (root, deps) => {
  // Before the routes: the document collects the routes registered after it. Skipped when the app
  // already serves the docs at its root (then other plugins' routes are listed too).
  if (!root.hasDecorator('swagger')) await registerApiDocs(root);

  await root.register(async (scope) => {
    const app = apiScope(scope, deps);
    const db = deps.database.db;

    app.get(
      '/api/handovers',
      {
        schema: {
          summary: 'Your handovers (the admin token: all), urgent first, then the longest waiting',
          operationId: 'listHandovers',
          tags,
          querystring: handoverQuery,
          response: { 200: handoverListAnswer.describe('The handovers'), ...badInput },
        },
      },
      async (request) => {
        const { status } = request.query;
        const handovers = await listHandovers(db, { viewer: request.viewer, protector: deps.protector, ...(status ? { status } : {}) });
        await recordRead(db, { reader: request.viewer, action: 'handovers.list', caseIds: handovers.map((h) => h.caseId) });
        return { handovers };
      },
    );

    app.get(
      '/api/handovers/:id',
      {
        schema: {
          summary: 'One handover with its summary: the link in the notice (audited)',
          operationId: 'getHandover',
          tags,
          params: idParams,
          response: { 200: handoverDetailAnswer.describe('The handover'), ...badInput, 403: errorDoc('Not your handover'), 404: errorDoc('No such handover') },
        },
      },
      async (request) => ({ handover: await getHandover(db, { viewer: request.viewer, handoverId: request.params.id, protector: deps.protector }) }),
    );

    app.post(
      '/api/handovers/:id/acknowledge',
      {
        schema: {
          summary: 'Say you read the handover and will contact the young person (repeating it changes nothing)',
          operationId: 'acknowledgeHandover',
          tags,
          params: idParams,
          response: { 200: handoverAnswer.describe('The handover'), ...badInput, 403: errorDoc('Not your handover'), 404: errorDoc('No such handover') },
        },
      },
      async (request) => ({ handover: await acknowledgeHandover(db, { viewer: request.viewer, handoverId: request.params.id, protector: deps.protector }) }),
    );

    await scope.register(caseRoutes, deps);
    await scope.register(oversightRoutes, deps);
    await scope.register(ownTokenRoutes, deps);
    await scope.register(coachAdminRoutes, deps);
    await scope.register(teamRoutes, deps);
  });
};
