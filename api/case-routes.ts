import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { getCase, listCases } from '../cases/case/case-repository';
import { closeCase } from '../cases/case/close-case';
import { reopenCase } from '../cases/case/reopen-case';
import { shareCase, unshareCase } from '../cases/case/share-case';
import { updateCase } from '../cases/case/update-case';
import type { Viewer } from '../cases/staff/viewer';
import type { AppDeps } from './app';
import { describeRoute, errorDoc } from './api-docs';
import { authenticate } from './auth';
import {
  caseChangedAnswer,
  caseChangesBody,
  caseDetailAnswer,
  caseListAnswer,
  caseQuery,
  closeCaseBody,
  idParams,
  shareAnswer,
  shareBody,
  shareParams,
} from './coach-api-schemas';
import { parseInput } from './validate';

const tags = ['cases'];

/**
 * Cases: list with filters, details (access-checked and audited), steps, closing, reopening, sharing.
 * Every change is a case event (cases/); these handlers parse, authorise and answer.
 */
export const caseRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;
  const details = (viewer: Viewer, caseId: string) => getCase(db, { viewer, caseId, protector: deps.protector });
  /** Domain events committed by a change (the outbox): queued now, or by the relay if this fails. */
  const enqueue = async (request: FastifyRequest, eventIds: number[]) => {
    if (eventIds.length === 0) return;
    await deps.enqueueEvents(eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
  };

  app.get(
    '/api/cases',
    { schema: describeRoute({ summary: 'Cases the caller may read, newest first', tags, query: caseQuery, answers: { 200: { description: 'The cases', schema: caseListAnswer } } }) },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const filters = parseInput(caseQuery, request.query, 'query');
      return { cases: await listCases(db, { viewer, ...definedOnly(filters) }) };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      schema: describeRoute({
        summary: 'One case’s details, history, handovers and shares (written to the audit log)',
        tags,
        params: idParams,
        answers: { 200: { description: 'The case', schema: caseDetailAnswer }, 404: errorDoc('No such case') },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      return { case: await details(viewer, id) };
    },
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: describeRoute({
        summary: 'Change the step (any of the seven, in any order), combined steps, route or intensity of an open case',
        tags,
        params: idParams,
        body: caseChangesBody,
        answers: { 200: { description: 'The case after the change', schema: caseChangedAnswer }, 404: errorDoc('No such case'), 409: errorDoc('The case is not open') },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      const changes = parseInput(caseChangesBody, request.body);
      const { changed } = await updateCase(db, { viewer, caseId: id, changes: definedOnly(changes) });
      return { case: await details(viewer, id), changed };
    },
  );

  app.post(
    '/api/cases/:id/close',
    {
      schema: describeRoute({
        summary: 'Close a case with where the young person went',
        tags,
        params: idParams,
        body: closeCaseBody,
        answers: { 200: { description: 'The closed case', schema: caseChangedAnswer }, 404: errorDoc('No such case'), 409: errorDoc('The case is closed already') },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      const { outcome, note } = parseInput(closeCaseBody, request.body);
      await closeCase(db, { viewer, caseId: id, outcome, protector: deps.protector, ...(note ? { note } : {}) });
      return { case: await details(viewer, id) };
    },
  );

  app.post(
    '/api/cases/:id/reopen',
    {
      schema: describeRoute({
        summary: 'Reopen a closed case: same coach if still available, else a new vaste contactpersoon',
        tags,
        params: idParams,
        answers: {
          200: { description: 'The reopened case', schema: caseChangedAnswer },
          404: errorDoc('No such case'),
          409: errorDoc('The case is open already, a referral, or the young person has a newer open case'),
        },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      const reopened = await reopenCase(db, { viewer, caseId: id, t: deps.i18n.getFixedT('nl', 'coach') });
      await enqueue(request, reopened.eventIds);
      return { case: await details(viewer, id) };
    },
  );

  app.post(
    '/api/cases/:id/shares',
    {
      schema: describeRoute({
        summary: 'Share a case with a colleague of the same municipality (they may then read its details)',
        tags,
        params: idParams,
        body: shareBody,
        answers: { 201: { description: 'Shared', schema: shareAnswer }, 200: { description: 'Was shared already', schema: shareAnswer }, 404: errorDoc('No such case') },
      }),
    },
    async (request, reply) => {
      const viewer = await authenticate(request, deps);
      const { id } = parseInput(idParams, request.params, 'path');
      const { coachId } = parseInput(shareBody, request.body);
      const { created } = await shareCase(db, { viewer, caseId: id, coachId });
      return reply.status(created ? 201 : 200).send({ caseId: id, coachId, created });
    },
  );

  app.delete(
    '/api/cases/:id/shares/:coachId',
    {
      schema: describeRoute({
        summary: 'End a share',
        tags,
        params: shareParams,
        answers: { 204: { description: 'No longer shared' }, 404: errorDoc('No such case, or not shared with this coach') },
      }),
    },
    async (request, reply) => {
      const viewer = await authenticate(request, deps);
      const { id, coachId } = parseInput(shareParams, request.params, 'path');
      await unshareCase(db, { viewer, caseId: id, coachId });
      return reply.status(204).send();
    },
  );
};

/** Drops keys whose value is undefined (the repositories' options are exact optional properties). */
export function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
