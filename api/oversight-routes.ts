import type { FastifyPluginAsync } from 'fastify';
import { listAuditLog } from '../cases/privacy/audit-log';
import { listCasusoverleg } from '../cases/case/casusoverleg';
import type { AppDeps } from './app';
import { describeRoute } from './api-docs';
import { authenticate, requireAdmin } from './auth';
import { definedOnly } from './case-routes';
import { auditAnswer, auditQuery, casusoverlegAnswer, casusoverlegQuery } from './coach-api-schemas';
import { parseInput } from './validate';

/** The casusoverleg overview (who is whose contact) and the audit log (who read what). */
export const oversightRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/casusoverleg',
    {
      schema: describeRoute({
        summary: 'Open cases of your municipality with route, step and coach only (the admin token: all, or ?municipality=)',
        tags: ['cases'],
        query: casusoverlegQuery,
        answers: { 200: { description: 'Who is whose contact', schema: casusoverlegAnswer } },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      const query = parseInput(casusoverlegQuery, request.query, 'query');
      return { cases: await listCasusoverleg(db, { viewer, ...definedOnly(query) }) };
    },
  );

  app.get(
    '/api/audit',
    {
      schema: describeRoute({
        summary: 'Who read which case’s details, newest first (an admin-coach: cases of their municipality)',
        tags: ['audit'],
        query: auditQuery,
        answers: { 200: { description: 'The entries', schema: auditAnswer } },
      }),
    },
    async (request) => {
      const viewer = await authenticate(request, deps);
      requireAdmin(viewer);
      const query = parseInput(auditQuery, request.query, 'query');
      return { entries: await listAuditLog(db, { viewer, ...definedOnly(query) }) };
    },
  );
};
