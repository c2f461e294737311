import type { FastifyPluginAsync } from 'fastify';
import { acknowledgeHandover, getHandover, listHandovers } from '../cases/handover/handover-repository';
import type { AppDeps } from './app';
import { describeRoute, errorDoc, registerApiDocs, useSchemasForDocsOnly } from './api-docs';
import { authenticate } from './auth';
import { caseRoutes } from './case-routes';
import { coachAdminRoutes } from './coach-admin-routes';
import { handoverAnswer, handoverListAnswer, handoverQuery, idParams } from './coach-api-schemas';
import { oversightRoutes } from './oversight-routes';
import { teamRoutes } from './team-routes';
import { parseInput } from './validate';

/**
 * The coach API (DESIGN.md contract): handovers here; cases, casusoverleg and the audit log, coaches
 * and teams in their own plugins, registered below; the OpenAPI document at `/docs/json`.
 * Handlers parse, authorise, call cases/ and answer; who may see what lives in cases/staff/case-access.ts.
 */
export const coachRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;
  // Before the routes: the document collects the routes registered after it. Skipped when the app
  // already serves the docs at its root (then other plugins' routes are listed too).
  if (!app.hasDecorator('swagger')) await registerApiDocs(app);
  useSchemasForDocsOnly(app);

  app.get(
    '/api/handovers',
    {
      schema: describeRoute({
        summary: 'Your handovers (the admin token: all), urgent first, then the longest waiting',
        tags: ['handovers'],
        query: handoverQuery,
        answers: { 200: { description: 'The handovers', schema: handoverListAnswer } },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { status } = parseInput(handoverQuery, request.query, 'query');
      return { handovers: await listHandovers(db, { viewer, ...(status ? { status } : {}) }) };
    },
  );

  app.get(
    '/api/handovers/:id',
    {
      schema: describeRoute({
        summary: 'One handover with its summary: the link in the notice (audited)',
        tags: ['handovers'],
        params: idParams,
        answers: { 200: { description: 'The handover', schema: handoverAnswer }, 404: errorDoc('No such handover') },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      return { handover: await getHandover(db, { viewer, handoverId: id }) };
    },
  );

  app.post(
    '/api/handovers/:id/acknowledge',
    {
      schema: describeRoute({
        summary: 'Say you read the handover and will contact the young person (repeating it changes nothing)',
        tags: ['handovers'],
        params: idParams,
        answers: { 200: { description: 'The handover', schema: handoverAnswer }, 404: errorDoc('No such handover') },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      return { handover: await acknowledgeHandover(db, { viewer, handoverId: id }) };
    },
  );

  await app.register(caseRoutes, deps);
  await app.register(oversightRoutes, deps);
  await app.register(coachAdminRoutes, deps);
  await app.register(teamRoutes, deps);
};
