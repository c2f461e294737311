import type { FastifyPluginAsync } from 'fastify';
import { changeCoach } from '../cases/handover/change-coach';
import { createCoach, issueCoachToken, listCoaches } from '../cases/staff/coach-repository';
import type { AppDeps } from './app';
import { describeRoute, errorDoc } from './api-docs';
import { authenticate, requireAdmin } from './auth';
import { definedOnly } from './case-routes';
import { coachAnswer, coachChangedAnswer, coachChangesBody, coachListAnswer, idParams, newCoachBody, tokenAnswer } from './coach-api-schemas';
import { parseInput } from './validate';

const tags = ['coaches'];

/** Managing coaches, for administrators (the admin token or a coach with `isAdmin`). */
export const coachAdminRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/coaches',
    { schema: describeRoute({ summary: 'All coaches with their open caseload (weighted by intensity)', tags, answers: { 200: { description: 'The coaches', schema: coachListAnswer } } }) },
    async (request) => {
      const viewer = await authenticate(request, deps);
      requireAdmin(viewer);
      return { coaches: await listCoaches(db, { viewer, protector: deps.protector }) };
    },
  );

  app.post(
    '/api/coaches',
    {
      schema: describeRoute({
        summary: 'Create a coach; the answer carries their bearer token, shown this once',
        tags,
        body: newCoachBody,
        answers: { 201: { description: 'Created', schema: tokenAnswer.extend({ coach: coachAnswer }) } },
      }),
    },
    async (request, reply) => {
      const viewer = await authenticate(request, deps);
      requireAdmin(viewer);
      const body = parseInput(newCoachBody, request.body);
      const { coach, token } = await createCoach(db, deps.protector, definedOnly(body));
      // The token is shown this once; only its hash is stored.
      return reply.status(201).send({ coach, token });
    },
  );

  app.patch(
    '/api/coaches/:id',
    {
      schema: describeRoute({
        summary:
          'Change a coach. Marking them absent (absentUntil in the future) or gone (active: false) gives each of their open cases a new vaste contactpersoon, at once',
        tags,
        params: idParams,
        body: coachChangesBody,
        answers: {
          200: { description: 'The coach, and the cases that moved', schema: coachChangedAnswer },
          404: errorDoc('No such coach'),
          409: errorDoc('Nobody is available to take over the cases; nothing was changed'),
        },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      requireAdmin(viewer);
      const { id } = parseInput(idParams, request.params, 'path');
      const changes = parseInput(coachChangesBody, request.body);
      const { coach, reassigned, eventIds } = await changeCoach(db, {
        viewer,
        protector: deps.protector,
        coachId: id,
        changes: definedOnly(changes),
        t: deps.i18n.getFixedT('nl', 'coach'),
      });
      // After commit: the worker tells the new coaches and the young people (the relay catches a miss).
      if (eventIds.length > 0) {
        await deps.enqueueEvents(eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      }
      return { coach, reassigned };
    },
  );

  app.post(
    '/api/coaches/:id/token',
    {
      schema: describeRoute({
        summary: 'Give a coach a new bearer token (shown this once; the old one stops working)',
        tags,
        params: idParams,
        answers: { 201: { description: 'The new token', schema: tokenAnswer }, 404: errorDoc('No such coach') },
      }),
    },
    async (request, reply) => {
      const viewer = await authenticate(request, deps);
      requireAdmin(viewer);
      const { id } = parseInput(idParams, request.params, 'path');
      return reply.status(201).send(await issueCoachToken(db, id));
    },
  );
};
