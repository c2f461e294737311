import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createTeam, listTeams, updateTeam } from '../cases/staff/team-repository';
import type { AppDeps } from './app';
import { describeRoute, errorDoc } from './api-docs';
import { authenticate, requireAdmin } from './auth';
import { definedOnly } from './case-routes';
import { idParams, newTeamBody, teamAnswer, teamChangesBody } from './coach-api-schemas';
import { parseInput } from './validate';

const tags = ['teams'];

/** Teams and their leads (who get escalations), for administrators. */
export const teamRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/teams',
    { schema: describeRoute({ summary: 'All teams', tags, answers: { 200: { description: 'The teams', schema: z.object({ teams: z.array(teamAnswer) }) } } }) },
    async (request) => {
      requireAdmin(await authenticate(request, deps));
      return { teams: await listTeams(db) };
    },
  );

  app.post(
    '/api/teams',
    {
      schema: describeRoute({ summary: 'Create a team', tags, body: newTeamBody, answers: { 201: { description: 'Created', schema: z.object({ team: teamAnswer }) } } }),
    },
    async (request, reply) => {
      requireAdmin(await authenticate(request, deps));
      const body = parseInput(newTeamBody, request.body);
      return reply.status(201).send({ team: await createTeam(db, definedOnly(body)) });
    },
  );

  app.patch(
    '/api/teams/:id',
    {
      schema: describeRoute({
        summary: 'Rename a team or set its lead (a coach of the team’s municipality)',
        tags,
        params: idParams,
        body: teamChangesBody,
        answers: { 200: { description: 'The team', schema: z.object({ team: teamAnswer }) }, 404: errorDoc('No such team') },
      }),
    },
    async (request) => {
      requireAdmin(await authenticate(request, deps));
      const { id } = parseInput(idParams, request.params, 'path');
      const changes = parseInput(teamChangesBody, request.body);
      return { team: await updateTeam(db, { teamId: id, changes: definedOnly(changes) }) };
    },
  );
};
