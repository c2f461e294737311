import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listThread, markThreadRead, unreadThreads } from '../cases/case/case-messages';
import { assertCanManageCase } from '../cases/staff/case-access';
import { getCase } from '../cases/case/case-repository';
import { listHandovers } from '../cases/handover/handover-repository';
import { sendCoachMessage } from '../cases/case/send-coach-message';
import type { AppDeps } from './app';
import { describeRoute, errorDoc, useSchemasForDocsOnly } from './api-docs';
import { authenticate } from './auth';
import { parseInput } from './validate';

const caseParams = z.object({ id: z.uuid() });
const messageBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(1500, 'is longer than 1,500 characters') }).strict();

/**
 * The coach's inbox and the thread with the young person (issue 4): `GET /api/inbox`,
 * `GET /api/cases/:id/messages`, `POST /api/cases/:id/messages`. Reading a thread is reading the
 * case's details: the same access rule and audit log apply (getCase).
 */
export const messageRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  useSchemasForDocsOnly(app);

  app.get('/api/inbox', { schema: describeRoute({ summary: 'Your open handovers and unread messages of young people', tags: ['messages'], answers: { 200: { description: 'The inbox' } } }) }, async (request) => {
    const viewer = await authenticate(request, deps);
    const coachId = viewer.kind === 'coach' ? viewer.coachId : undefined;
    const [handovers, threads] = await Promise.all([
      listHandovers(db, { viewer, status: 'open' }),
      unreadThreads(db, coachId ? { coachId } : {}),
    ]);
    return { handovers, unread: threads };
  });

  app.get(
    '/api/cases/:id/messages',
    { schema: describeRoute({ summary: 'The thread with the young person (marks their messages read; audited)', tags: ['messages'], params: caseParams, answers: { 200: { description: 'The messages, oldest first' }, 404: errorDoc('No such case') } }) },
    async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(caseParams, request.params, 'params');
    await getCase(db, { viewer, caseId: id });
    const messages = await listThread(db, deps.protector, id);
    if (viewer.kind === 'coach') await markThreadRead(db, id);
    return { messages };
    },
  );

  app.post(
    '/api/cases/:id/messages',
    {
      schema: describeRoute({
        summary: 'Write to the young person: as chat inside the 24-hour window, else an invitation template with the text held',
        tags: ['messages'],
        params: caseParams,
        body: messageBody,
        answers: { 201: { description: 'Sent or held' }, 404: errorDoc('No such case'), 409: errorDoc('The young person unsubscribed (STOP)') },
      }),
    },
    async (request, reply) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(caseParams, request.params, 'params');
    const { text } = parseInput(messageBody, request.body);
    await assertCanManageCase(db, { viewer, caseId: id });
    const coachId = viewer.kind === 'coach' ? viewer.coachId : null;
    const sent = await db.transaction((tx) =>
      sendCoachMessage(tx, { protector: deps.protector, i18n: deps.i18n }, { caseId: id, coachId, actor: coachId ?? 'admin', text }),
    );
    await deps.enqueueSends(sent.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
    return reply.code(201).send({ message: sent.message, delivery: sent.delivery });
    },
  );
};
