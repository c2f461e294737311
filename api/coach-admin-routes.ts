import type { FastifyPluginAsync } from 'fastify';
import { changeCoach } from '../cases/handover/change-coach';
import { moveCoach } from '../cases/handover/move-coach';
import { listCoaches } from '../cases/staff/coach-repository';
import { createCoachAs, issueCoachTokenAs } from '../cases/staff/manage-coaches';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { definedOnly } from './case-routes';
import { coachAnswer, coachChangedAnswer, coachChangesBody, coachListAnswer, coachMoveBody, expiringTokenAnswer, idParams, newCoachBody } from './coach-api-schemas';
import { badInput, errorDoc } from './openapi';

const tags = ['coaches'];
const adminOnly = { 403: errorDoc('Only an admin of the coach’s municipality (or a global admin) may do this') };

/**
 * Managing coaches, for administrators: a global admin (the admin token) every coach, an admin-coach
 * those of their own municipality. Who may is decided in cases/staff (municipality-scope.ts), once.
 */
export const coachAdminRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;

  app.get(
    '/api/coaches',
    {
      schema: {
        summary: 'The coaches you manage (an admin-coach: those of their municipality) with contact details and open caseload (weighted by intensity)',
        operationId: 'listCoaches',
        tags,
        response: { 200: coachListAnswer.describe('The coaches'), ...adminOnly },
      },
    },
    async (request) => ({ coaches: await listCoaches(db, { viewer: request.viewer, protector: deps.protector }) }),
  );

  app.post(
    '/api/coaches',
    {
      schema: {
        summary: 'Create a coach; the answer carries their bearer token, shown this once',
        operationId: 'createCoach',
        tags,
        body: newCoachBody,
        response: { 201: expiringTokenAnswer.extend({ coach: coachAnswer }).describe('Created'), ...badInput, ...adminOnly },
      },
    },
    async (request, reply) => {
      const { coach, token, tokenExpiresAt } = await createCoachAs(db, {
        viewer: request.viewer,
        protector: deps.protector,
        input: definedOnly(request.body),
        tokenDays: deps.config.staffAccess.tokenDays,
      });
      // The token is shown this once; only its hash is stored.
      return reply.status(201).send({ coach, token, expiresAt: tokenExpiresAt });
    },
  );

  app.patch(
    '/api/coaches/:id',
    {
      schema: {
        summary:
          'Change a coach. Marking them absent (absentUntil in the future) or gone (active: false) gives each of their open cases a new vaste contactpersoon, at once; gone also revokes their token and disables their dashboard accounts and sessions',
        operationId: 'updateCoach',
        tags,
        params: idParams,
        body: coachChangesBody,
        response: {
          200: coachChangedAnswer.describe('The coach, and the cases that moved'),
          ...badInput,
          ...adminOnly,
          404: errorDoc('No such coach'),
          409: errorDoc('Nobody is available to take over the cases; nothing was changed'),
        },
      },
    },
    async (request) => {
      const { coach, reassigned, eventIds } = await changeCoach(db, {
        viewer: request.viewer,
        protector: deps.protector,
        coachId: request.params.id,
        changes: definedOnly(request.body),
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
    '/api/coaches/:id/move',
    {
      schema: {
        summary:
          'Move a coach to another municipality (a global admin only): their open cases first get a new vaste contactpersoon in the young people’s municipality; team, admin powers and duty contact are not carried over; their dashboard sessions end (audited in both municipalities)',
        operationId: 'moveCoach',
        tags,
        params: idParams,
        body: coachMoveBody,
        response: {
          200: coachChangedAnswer.describe('The coach, and the cases that moved'),
          ...badInput,
          403: errorDoc('Only a global admin may move a coach between municipalities'),
          404: errorDoc('No such coach'),
          409: errorDoc('Nobody is available to take over the cases; nothing was changed'),
        },
      },
    },
    async (request) => {
      const { coach, reassigned, eventIds } = await moveCoach(db, {
        viewer: request.viewer,
        protector: deps.protector,
        coachId: request.params.id,
        ...definedOnly(request.body),
        t: deps.i18n.getFixedT('nl', 'coach'),
      });
      if (eventIds.length > 0) {
        await deps.enqueueEvents(eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      }
      return { coach, reassigned };
    },
  );

  app.post(
    '/api/coaches/:id/token',
    {
      schema: {
        summary: 'Give a coach a new bearer token (shown this once, valid TOKEN_DAYS; the old one stops working)',
        operationId: 'issueCoachToken',
        tags,
        params: idParams,
        response: { 201: expiringTokenAnswer.describe('The new token and when it expires'), ...badInput, ...adminOnly, 404: errorDoc('No such coach') },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueCoachTokenAs(db, { viewer: request.viewer, coachId: request.params.id, tokenDays: deps.config.staffAccess.tokenDays })),
  );
};
