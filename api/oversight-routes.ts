import type { FastifyPluginAsync } from 'fastify';
import { listAuditLog, recordRead } from '../cases/privacy/audit-log';
import { listCasusoverleg } from '../cases/case/casusoverleg';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { requireAdmin } from './auth';
import { definedOnly } from './case-routes';
import { auditAnswer, auditQuery, casusoverlegAnswer, casusoverlegQuery } from './coach-api-schemas';
import { badInput, errorDoc } from './openapi';

/** The casusoverleg overview (who is whose contact) and the audit log (who read what). */
export const oversightRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;

  app.get(
    '/api/casusoverleg',
    {
      schema: {
        summary: 'Open cases of your municipality with route, step and coach only (the admin token: all, or ?municipality=)',
        operationId: 'listCasusoverleg',
        tags: ['cases'],
        querystring: casusoverlegQuery,
        response: { 200: casusoverlegAnswer.describe('Who is whose contact'), ...badInput },
      },
    },
    async (request) => {
      const found = await listCasusoverleg(db, { viewer: request.viewer, protector: deps.protector, ...definedOnly(request.query) });
      await recordRead(db, { reader: request.viewer, action: 'casusoverleg.list', caseIds: found.map((c) => c.caseId) });
      return { cases: found };
    },
  );

  app.get(
    '/api/audit',
    {
      schema: {
        summary: 'Who read which case’s details, newest first (an admin-coach: cases of their municipality)',
        operationId: 'listAuditLog',
        tags: ['audit'],
        querystring: auditQuery,
        response: { 200: auditAnswer.describe('The entries'), ...badInput, 403: errorDoc('Only an admin may do this') },
      },
    },
    async (request) => {
      requireAdmin(request.viewer);
      return { entries: await listAuditLog(db, { viewer: request.viewer, ...definedOnly(request.query) }) };
    },
  );
};
