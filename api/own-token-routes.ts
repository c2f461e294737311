import type { FastifyPluginAsync } from 'fastify';
import { issueCoachToken } from '../cases/staff/coach-repository';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { ForbiddenError } from './errors';
import { expiringTokenAnswer } from './coach-api-schemas';
import { errorDoc } from './openapi';

/**
 * `POST /api/coaches/me/token`: a coach rotates their own bearer token before it expires (TOKEN_DAYS).
 * The new token works at once and the one that called stops working; audited as `coach.token_rotated`.
 * ADMIN_TOKEN is a bootstrap setting, changed where it is set, so it cannot rotate itself here.
 */
export const ownTokenRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  app.post(
    '/api/coaches/me/token',
    {
      schema: {
        summary: 'Rotate your own bearer token: the answer carries the new one (shown this once); the old one stops working',
        operationId: 'rotateOwnToken',
        tags: ['coaches'],
        response: { 201: expiringTokenAnswer.describe('The new token and when it expires'), 403: errorDoc('The admin token is a setting (ADMIN_TOKEN), not rotated here') },
      },
    },
    async (request, reply) => {
      const { viewer } = request;
      if (viewer.kind !== 'coach') throw new ForbiddenError('The admin token is a setting (ADMIN_TOKEN); change it there');
      const answer = await issueCoachToken(deps.database.db, { coachId: viewer.coachId, viewer, tokenDays: deps.config.staffAccess.tokenDays });
      return reply.status(201).send(answer);
    },
  );
};
