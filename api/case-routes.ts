import type { FastifyPluginAsync } from 'fastify';
import { getCase, listCases } from '../cases/case/read-cases';
import { closeCase } from '../cases/case/close-case';
import { reopenCase } from '../cases/case/reopen-case';
import { handOverAtEighteen } from '../cases/handover/hand-over-at-eighteen';
import { shareCase, unshareCase } from '../cases/case/share-case';
import { updateCase } from '../cases/case/update-case';
import { recordRead } from '../cases/privacy/audit-log';
import { eraseByLetter } from '../cases/privacy/erase-by-letter';
import type { Viewer } from '../cases/staff/viewer';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import {
  caseChangedAnswer,
  handedOverAnswer,
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
import { badInput, errorDoc, noContent } from './openapi';

const tags = ['cases'];
const notYours = { 403: errorDoc('Not a case you may manage'), 404: errorDoc('No such case') };

/**
 * Cases: list with filters, details (access-checked and audited), steps, closing, reopening, sharing.
 * Every change is a case event (cases/); these handlers call cases/ and answer.
 */
export const caseRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;
  const details = (viewer: Viewer, caseId: string) => getCase(db, { viewer, caseId, protector: deps.protector });

  app.get(
    '/api/cases',
    {
      schema: {
        summary: 'Cases the caller may read, newest first',
        operationId: 'listCases',
        tags,
        querystring: caseQuery,
        response: { 200: caseListAnswer.describe('The cases'), ...badInput },
      },
    },
    async (request) => {
      const found = await listCases(db, { viewer: request.viewer, protector: deps.protector, ...definedOnly(request.query) });
      await recordRead(db, { reader: request.viewer, action: 'cases.list', caseIds: found.map((c) => c.id) });
      return { cases: found };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        summary: 'One case’s details, history, handovers and shares (written to the audit log)',
        operationId: 'getCase',
        tags,
        params: idParams,
        response: { 200: caseDetailAnswer.describe('The case'), ...badInput, 403: errorDoc('Not a case you may read'), 404: errorDoc('No such case') },
      },
    },
    async (request) => ({ case: await details(request.viewer, request.params.id) }),
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: {
        summary: 'Change the step (any of the seven, in any order), combined steps, route or intensity of an open case',
        operationId: 'updateCase',
        tags,
        params: idParams,
        body: caseChangesBody,
        response: { 200: caseChangedAnswer.describe('The case after the change'), ...badInput, ...notYours, 409: errorDoc('The case is not open') },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      const { changed } = await updateCase(db, { viewer, caseId: id, changes: definedOnly(request.body) });
      return { case: await details(viewer, id), changed };
    },
  );

  app.post(
    '/api/cases/:id/close',
    {
      schema: {
        summary: 'Close a case with where the young person went',
        operationId: 'closeCase',
        tags,
        params: idParams,
        body: closeCaseBody,
        response: { 200: caseChangedAnswer.describe('The closed case'), ...badInput, ...notYours, 409: errorDoc('The case is closed already') },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      const { outcome, note } = request.body;
      const closed = await closeCase(db, { viewer, caseId: id, outcome, protector: deps.protector, i18n: deps.i18n, ...(note ? { note } : {}) });
      await deps.enqueueSends(closed.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return { case: await details(viewer, id) };
    },
  );

  app.post(
    '/api/cases/:id/reopen',
    {
      schema: {
        summary: 'Reopen a closed case: same coach if still available, else a new vaste contactpersoon',
        operationId: 'reopenCase',
        tags,
        params: idParams,
        response: {
          200: caseChangedAnswer.describe('The reopened case'),
          ...badInput,
          ...notYours,
          409: errorDoc('The case is open already, a referral, or the young person has a newer open case'),
        },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      const reopened = await reopenCase(db, { viewer, caseId: id, t: deps.i18n.getFixedT('nl', 'coach'), protector: deps.protector });
      // Domain events committed by the change (the outbox): queued now, or by the relay if this fails.
      if (reopened.eventIds.length > 0) {
        await deps.enqueueEvents(reopened.eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      }
      return { case: await details(viewer, id) };
    },
  );

  app.post(
    '/api/cases/:id/handover-at-18',
    {
      schema: {
        summary: 'At 18: hand a leerplicht case over warmly to the coach of the route the young person needs now (audited in the case history)',
        operationId: 'handOverAtEighteen',
        tags,
        params: idParams,
        response: {
          200: handedOverAnswer.describe('Where the case went: its new route, coach and handover'),
          ...badInput,
          ...notYours,
          409: errorDoc('The case is not open or not on the leerplicht route'),
        },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      const handed = await handOverAtEighteen(db, { viewer, caseId: id, t: deps.i18n.getFixedT('nl', 'coach'), protector: deps.protector });
      await deps.enqueueEvents(handed.eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      const { toCoach, handoverId } = handed.reassigned;
      return { caseId: id, route: handed.route, coach: { id: toCoach.id, firstName: toCoach.firstName, role: toCoach.role }, handoverId };
    },
  );

  app.post(
    '/api/cases/:id/erase',
    {
      schema: {
        summary:
          'Erase the young person of this case at their request by letter (an admin of their municipality; audited): their data is deleted, the case stays as an anonymous row with a tombstone',
        operationId: 'eraseYoungPerson',
        tags,
        params: idParams,
        response: {
          200: caseChangedAnswer.describe('The case, now anonymous'),
          ...badInput,
          403: errorDoc('Not an admin of the young person’s municipality'),
          404: errorDoc('No such case'),
          409: errorDoc('Erased already'),
        },
      },
    },
    async (request) => {
      const { viewer } = request;
      const { id } = request.params;
      await eraseByLetter(db, { viewer, caseId: id, i18n: deps.i18n, protector: deps.protector });
      return { case: await details(viewer, id) };
    },
  );

  app.post(
    '/api/cases/:id/shares',
    {
      schema: {
        summary: 'Share a case with a colleague of the same municipality (they may then read its details)',
        operationId: 'shareCase',
        tags,
        params: idParams,
        body: shareBody,
        response: { 201: shareAnswer.describe('Shared'), 200: shareAnswer.describe('Was shared already'), ...badInput, ...notYours },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { coachId } = request.body;
      const { created } = await shareCase(db, { viewer: request.viewer, caseId: id, coachId });
      return reply.status(created ? 201 : 200).send({ caseId: id, coachId, created });
    },
  );

  app.delete(
    '/api/cases/:id/shares/:coachId',
    {
      schema: {
        summary: 'End a share',
        operationId: 'unshareCase',
        tags,
        params: shareParams,
        response: { 204: noContent('No longer shared'), ...badInput, 403: errorDoc('Not a case you may manage'), 404: errorDoc('No such case, or not shared with this coach') },
      },
    },
    async (request, reply) => {
      const { id, coachId } = request.params;
      await unshareCase(db, { viewer: request.viewer, caseId: id, coachId });
      return reply.status(204).send();
    },
  );
};

/** Drops keys whose value is undefined (the repositories' options are exact optional properties). */
export function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
