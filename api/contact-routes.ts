import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { contactKinds, logContact } from '../cases/case/log-contact';
import { assertCanManageCase } from '../cases/staff/case-access';
import { actorOf } from '../cases/staff/viewer';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { idParams } from './coach-api-schemas';
import { badInput, errorDoc } from './openapi';

const tags = ['messages'];
const contactBody = z
  .object({
    kind: z.enum(contactKinds).describe('call: the coach phoned the young person'),
    note: z.string().trim().max(1000, 'is longer than 1,000 characters').optional().describe('what was agreed (stored encrypted)'),
  })
  .strict();

/**
 * `POST /api/cases/:id/contacts`: the coach logs contact made outside the chat (a phone call). It is
 * in the case's history and counts as first contact, like writing to the young person: the
 * handover's reminder and escalation stop. The same access rule as writing (case-access.ts).
 */
export const contactRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const { db } = deps.database;

  app.post(
    '/api/cases/:id/contacts',
    {
      schema: {
        summary: 'Log contact with the young person outside the chat (a call); counts as first contact',
        operationId: 'logCaseContact',
        tags,
        params: idParams,
        body: contactBody,
        response: {
          201: z.object({ contact: z.object({ kind: z.enum(contactKinds), at: z.date() }) }).describe('Logged'),
          ...badInput,
          403: errorDoc('Not a case you may manage'),
          404: errorDoc('No such case'),
          409: errorDoc('The case is not open'),
        },
      },
    },
    async (request, reply) => {
      const { viewer } = request;
      const { id } = request.params;
      await assertCanManageCase(db, { viewer, caseId: id });
      const { kind, note } = request.body;
      const logged = await db.transaction((tx) => logContact(tx, deps, { caseId: id, kind, note: note || undefined, actor: actorOf(viewer), now: new Date() }));
      return reply.code(201).send({ contact: { kind, at: logged.at } });
    },
  );
};
