import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createTeam, listTeams, updateTeam } from '../cases/staff/team-repository';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { definedOnly } from './case-routes';
import { idParams, newTeamBody, teamAnswer, teamChangesBody } from './coach-api-schemas';
import { badInput, errorDoc } from './openapi';

const tags = ['teams'];
const adminOnly = { 403: errorDoc('Only an admin of the team’s municipality (or a global admin) may do this') };

/** Teams and their leads (who get escalations), for administrators: an admin-coach those of their municipality. */
export const teamRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;

  app.get(
    '/api/teams',
    { schema: { summary: 'The teams you manage (an admin-coach: those of their municipality)', operationId: 'listTeams', tags, response: { 200: z.object({ teams: z.array(teamAnswer) }).describe('The teams'), ...adminOnly } } },
    async (request) => ({ teams: await listTeams(db, request.viewer) }),
  );

  app.post(
    '/api/teams',
    {
      schema: {
        summary: 'Create a team',
        operationId: 'createTeam',
        tags,
        body: newTeamBody,
        response: { 201: z.object({ team: teamAnswer }).describe('Created'), ...badInput, ...adminOnly },
      },
    },
    async (request, reply) => reply.status(201).send({ team: await createTeam(db, { viewer: request.viewer, input: definedOnly(request.body) }) }),
  );

  app.patch(
    '/api/teams/:id',
    {
      schema: {
        summary: 'Rename a team or set its lead (a coach of the team’s municipality)',
        operationId: 'updateTeam',
        tags,
        params: idParams,
        body: teamChangesBody,
        response: { 200: z.object({ team: teamAnswer }).describe('The team'), ...badInput, ...adminOnly, 404: errorDoc('No such team') },
      },
    },
    async (request) => ({ team: await updateTeam(db, { viewer: request.viewer, teamId: request.params.id, changes: definedOnly(request.body) }) }),
  );
};
