import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importSignalRecords, readSignalFile } from '../../cases/in-beeld/import-signal-records';
import { NoCoachForSignalsError, SignalsOutOfScopeError } from '../../cases/in-beeld/import-signals';
import { listSignalImports } from '../../cases/in-beeld/signal-imports';
import type { SignalSource } from '../../cases/in-beeld/signal-rows';
import { municipalityScope } from '../../cases/staff/municipality-scope';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { pageQuery, signalFileForm } from './dashboard-schemas';
import { renderSchoolImportPage, type ImportReport } from './school-import-page';

// The pasted file travels form-encoded: a 10 MB handover grows by its escaping.
const FORM_LIMIT = 32 * 1024 * 1024;

/**
 * `GET /dashboard/school-import` and `POST /dashboard/school-import`: a school's handover file pasted
 * (or read from a file by the page's script) and imported as `POST /api/signals/import` does, by the
 * same functions (cases/in-beeld/import-signal-records.ts): a coach for their own municipality, the
 * admin for any; all rows or none. The answer is the page with the row report.
 */
export const schoolImportRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  const show = async (request: FastifyRequest, reply: FastifyReply, input: { report?: ImportReport; csv?: string; source?: SignalSource; status?: number }) => {
    const { staff, viewer } = viewerFor(request);
    const imports = await listSignalImports(db, { scope: await municipalityScope(db, viewer) });
    const page = renderSchoolImportPage(replies.context(request, reply, staff), { imports, ...input });
    return replies.page(reply, page, input.status);
  };

  app.get('/dashboard/school-import', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => show(request, reply, {}));

  app.post('/dashboard/school-import', { bodyLimit: FORM_LIMIT, schema: { hide: true, body: signalFileForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/school-import', 'invalid');
    const { viewer } = viewerFor(request);
    const { csv, source } = request.body;
    const refused = (report: ImportReport) => show(request, reply, { report, csv, source, status: 422 });
    const parsed = readSignalFile(Buffer.from(csv, 'utf-8'));
    if ('errors' in parsed) return refused({ kind: 'rejected', errors: parsed.errors });
    if ('fileProblem' in parsed) return refused({ kind: 'file', problem: parsed.fileProblem });
    try {
      const outcome = await importSignalRecords(db, { protector: deps.protector, viewer, source, format: 'csv', records: parsed.records });
      if (!outcome.ok) return refused({ kind: 'rejected', errors: outcome.errors });
      deps.enqueueEvents(outcome.result.eventIds).catch((err: unknown) => request.log.warn({ err }, 'signal invitations not queued; the relay will'));
      const { created, updated, invited } = outcome.result;
      return show(request, reply, { report: { kind: 'imported', rows: outcome.rows, created, updated, invited }, source });
    } catch (error) {
      // Both refuse the whole file and store nothing: the report says which rows, or why.
      if (error instanceof SignalsOutOfScopeError) {
        return refused({ kind: 'rejected', errors: error.rows.map((row) => ({ row, field: 'gemeente', message: error.message, reason: 'otherMunicipality' })) });
      }
      if (error instanceof NoCoachForSignalsError) return refused({ kind: 'file', problem: 'noCoach' });
      throw error;
    }
  });
};
