import type { FastifyBaseLogger, FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { importSignalRecords, MAX_SIGNAL_ROWS, readSignalFile } from '../cases/in-beeld/import-signal-records';
import { signalSources, type RowError, type SignalRecord, type SignalSource } from '../cases/in-beeld/signal-rows';
import type { Viewer } from '../cases/staff/viewer';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { BadRequestError } from './errors';
import { badInput, errorAnswer, errorDoc } from './openapi';

// A 10,000-row handover is about 2 MB; room for a school board's whole year.
const UPLOAD_LIMIT = 10 * 1024 * 1024;
const tags = ['signals'];
const otherMunicipality = { 403: errorDoc('A row is about a young person of another municipality; nothing was imported') };

const importQuery = z.object({ source: z.enum(signalSources).default('school') });
const csvBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), 'Send the file as the body with Content-Type: text/csv')
  .meta({ type: 'string', description: 'The handover file: a header row, then one row per young person (`;` or `,` separated, UTF-8)' });
const jsonBody = z.object({
  source: z.enum(signalSources),
  // Field values as in the CSV; numbers and booleans are read as their text (true → "true").
  signals: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).min(1).max(MAX_SIGNAL_ROWS),
});

const importedAnswer = z.object({
  importId: z.uuid(),
  created: z.int().describe('new cases at step signaal'),
  updated: z.int().describe('young people who already had an open case: the signal was added to it'),
  invited: z.int().describe('rows with WhatsApp consent: each gets an invitation'),
  rows: z.int(),
});
const rejectedAnswer = errorAnswer
  .extend({
    rejected: z.array(z.object({ row: z.int(), field: z.string().nullable().describe('the column; null: the whole row or file'), message: z.string() })),
  })
  .describe('Rows were rejected; nothing was imported');

/**
 * Signals (DESIGN.md "in beeld"): `POST /api/signals/import` takes a school's handover file as a raw
 * `text/csv` body; `POST /api/signals` takes JSON `{source, signals: [...]}` with the same fields (one
 * item for a coach's hand-registered signal). All or nothing: one bad row stores nothing, and the 422
 * answer lists every rejected row with its field and why.
 */
export const signalRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const { db } = deps.database;
  // Scoped to this plugin: only these routes accept CSV.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => done(null, body));

  const store = async (
    log: FastifyBaseLogger,
    reply: FastifyReply,
    input: { viewer: Viewer; source: SignalSource; format: 'csv' | 'json'; records: SignalRecord[] },
  ) => {
    const outcome = await importSignalRecords(db, { protector: deps.protector, ...input });
    if (!outcome.ok) return rejected(reply, outcome.errors);
    deps.enqueueEvents(outcome.result.eventIds).catch((err: unknown) => log.warn({ err }, 'signal invitations not queued; the relay will'));
    const { eventIds: _ids, ...answer } = outcome.result;
    return reply.code(201).send({ ...answer, rows: outcome.rows });
  };

  app.post(
    '/api/signals/import',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        summary: 'Import a school’s handover file (CSV): a case at step signaal per young person, all rows or none',
        operationId: 'importSignalFile',
        tags,
        querystring: importQuery,
        consumes: ['text/csv', 'application/csv'],
        body: csvBody,
        response: { 201: importedAnswer.describe('Imported'), ...badInput, ...otherMunicipality, 422: rejectedAnswer },
      },
    },
    async (request, reply) => {
      const parsed = readSignalFile(request.body);
      if ('errors' in parsed) return rejected(reply, parsed.errors);
      if ('fileProblem' in parsed) throw new BadRequestError(parsed.fileProblem === 'noRows' ? 'The file has a header but no rows' : `At most ${MAX_SIGNAL_ROWS} rows per file`);
      return store(request.log, reply, { viewer: request.viewer, source: request.query.source, format: 'csv', records: parsed.records });
    },
  );

  app.post(
    '/api/signals',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        summary: 'Register signals as JSON (one item for a coach’s own signal): the same fields as the CSV, all or none',
        operationId: 'registerSignals',
        tags,
        body: jsonBody,
        response: { 201: importedAnswer.describe('Registered'), ...badInput, ...otherMunicipality, 422: rejectedAnswer },
      },
    },
    async (request, reply) => {
      const records = request.body.signals.map((fields, i) => ({ row: i + 1, fields }));
      return store(request.log, reply, { viewer: request.viewer, source: request.body.source, format: 'json', records });
    },
  );
};

function rejected(reply: FastifyReply, errors: RowError[]): FastifyReply {
  const rows = new Set(errors.map((e) => e.row)).size;
  return reply.code(422).send({ error: `${rows} row(s) rejected; nothing was imported`, rejected: errors });
}
