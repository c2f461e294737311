import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listThread, markThreadRead, unreadThreads } from '../cases/case/case-messages';
import { assertCanManageCase } from '../cases/staff/case-access';
import { getCase } from '../cases/case/read-cases';
import { listHandovers } from '../cases/handover/handover-repository';
import { sendCoachMessage } from '../cases/case/send-coach-message';
import { recordRead } from '../cases/privacy/audit-log';
import { actorOf } from '../cases/staff/viewer';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { handoverListAnswer, idParams } from './coach-api-schemas';
import { badInput, errorDoc } from './openapi';

const tags = ['messages'];
const messageBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(1500, 'is longer than 1,500 characters') }).strict();

const threadMessage = z.object({
  id: z.int(),
  direction: z.enum(['from_youth', 'to_youth']),
  coachId: z.uuid().nullable().describe('the coach who wrote it; null: the young person, or the admin token'),
  text: z.string(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
const inboxAnswer = z.object({
  handovers: handoverListAnswer.shape.handovers,
  unread: z.array(z.object({ caseId: z.uuid(), unread: z.int(), lastAt: z.date() })),
});
const sentAnswer = z.object({
  message: threadMessage,
  delivery: z.enum(['chat', 'template_then_text']).describe('chat: sent as is; template_then_text: an invitation template, the text held until they reply'),
});

/**
 * The coach's inbox and the thread with the young person: `GET /api/inbox`,
 * `GET /api/cases/:id/messages`, `POST /api/cases/:id/messages`. Reading a thread is reading the
 * case's details: the same access rule and audit log apply (getCase).
 */
export const messageRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const { db } = deps.database;

  app.get(
    '/api/inbox',
    { schema: { summary: 'Your open handovers and unread messages of young people', operationId: 'getInbox', tags, response: { 200: inboxAnswer.describe('The inbox') } } },
    async (request) => {
      const { viewer } = request;
      const coachId = viewer.kind === 'coach' ? viewer.coachId : undefined;
      const [handovers, unread] = await Promise.all([listHandovers(db, { viewer, status: 'open', protector: deps.protector }), unreadThreads(db, coachId ? { coachId, protector: deps.protector } : { protector: deps.protector })]);
      await recordRead(db, { reader: viewer, action: 'inbox.read', caseIds: [...handovers, ...unread].map((item) => item.caseId) });
      return { handovers, unread };
    },
  );

  app.get(
    '/api/cases/:id/messages',
    {
      schema: {
        summary: 'The thread with the young person (marks their messages read; audited)',
        operationId: 'listCaseMessages',
        tags,
        params: idParams,
        response: {
          200: z.object({ messages: z.array(threadMessage) }).describe('The messages, oldest first'),
          ...badInput,
          403: errorDoc('Not a case you may read'),
          404: errorDoc('No such case'),
        },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      await getCase(db, { viewer, caseId: id, protector: deps.protector });
      const messages = await listThread(db, deps.protector, id);
      if (viewer.kind === 'coach') await markThreadRead(db, id);
      return { messages };
    },
  );

  app.post(
    '/api/cases/:id/messages',
    {
      schema: {
        summary: 'Write to the young person: as chat inside the 24-hour window, else an invitation template with the text held',
        operationId: 'sendCaseMessage',
        tags,
        params: idParams,
        body: messageBody,
        response: {
          201: sentAnswer.describe('Sent or held'),
          ...badInput,
          403: errorDoc('Not a case you may manage'),
          404: errorDoc('No such case'),
          409: errorDoc('The young person unsubscribed (STOP)'),
        },
      },
    },
    async (request, reply) => {
      const { viewer } = request;
      const { id } = request.params;
      await assertCanManageCase(db, { viewer, caseId: id });
      const coachId = viewer.kind === 'coach' ? viewer.coachId : null;
      const sent = await db.transaction((tx) =>
        sendCoachMessage(tx, { protector: deps.protector, i18n: deps.i18n }, { caseId: id, coachId, actor: actorOf(viewer), text: request.body.text }),
      );
      await deps.enqueueSends(sent.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return reply.code(201).send({ message: sent.message, delivery: sent.delivery });
    },
  );
};
