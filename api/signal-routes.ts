import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { importSignals } from '../cases/in-beeld/import-signals';
import { municipalityScope } from '../cases/staff/municipality-scope';
import { checkSignals, parseSignalCsv, signalSources, type RowError, type SignalRecord, type SignalSource } from '../cases/in-beeld/signal-rows';
import { actorOf, type Viewer } from '../cases/staff/viewer';
import { municipalities } from '../drizzle/schema';
import type { AppDeps } from './app';
import { authenticate } from './auth';
import { BadRequestError } from './errors';
import { parseInput } from './validate';

// A 10,000-row handover is about 2 MB; room for a school board's whole year.
const UPLOAD_LIMIT = 10 * 1024 * 1024;
const MAX_ROWS = 20_000;

const importQuery = z.object({ source: z.enum(signalSources).default('school') });
const jsonBody = z.object({
  source: z.enum(signalSources),
  // Field values as in the CSV; numbers and booleans are read as their text (true → "true").
  signals: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).min(1).max(MAX_ROWS),
});

/**
 * Signals (DESIGN.md "in beeld"): `POST /api/signals/import` takes a school's handover file as a raw
 * `text/csv` body; `POST /api/signals` takes JSON `{source, signals: [...]}` with the same fields (one
 * item for a coach's hand-registered signal). All or nothing: one bad row stores nothing, and the 422
 * answer lists every rejected row with its field and why.
 */
export const signalRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  // Scoped to this plugin: only these routes accept CSV.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => done(null, body));

  const store = async (
    request: Parameters<typeof authenticate>[0],
    reply: FastifyReply,
    input: { viewer: Viewer; source: SignalSource; format: 'csv' | 'json'; records: SignalRecord[] },
  ) => {
    const { viewer } = input;
    const scope = await municipalityScope(db, viewer);
    const allowed = 'all' in scope ? municipalities : [scope.municipality];
    const checked = checkSignals({ records: input.records, source: input.source, allowed });
    if (!checked.ok) return rejected(reply, checked.errors);
    const result = await importSignals(db, { protector: deps.protector, actor: actorOf(viewer), source: input.source, format: input.format, signals: checked.signals });
    deps.enqueueEvents(result.eventIds).catch((err: unknown) => request.log.warn({ err }, 'signal invitations not queued; the relay will'));
    const { eventIds: _ids, ...answer } = result;
    return reply.code(201).send({ ...answer, rows: checked.signals.length });
  };

  app.post('/api/signals/import', { bodyLimit: UPLOAD_LIMIT }, async (request, reply) => {
    const viewer = await authenticate(request, deps);
    const { source } = parseInput(importQuery, request.query, 'query');
    if (!Buffer.isBuffer(request.body)) throw new BadRequestError('Send the file as the body with Content-Type: text/csv');
    const parsed = parseSignalCsv(request.body);
    if ('errors' in parsed) return rejected(reply, parsed.errors);
    if (parsed.records.length === 0) throw new BadRequestError('The file has a header but no rows');
    if (parsed.records.length > MAX_ROWS) throw new BadRequestError(`At most ${MAX_ROWS} rows per file`);
    return store(request, reply, { viewer, source, format: 'csv', records: parsed.records });
  });

  app.post('/api/signals', { bodyLimit: UPLOAD_LIMIT }, async (request, reply) => {
    const viewer = await authenticate(request, deps);
    const body = parseInput(jsonBody, request.body);
    const records = body.signals.map((fields, i) => ({ row: i + 1, fields }));
    return store(request, reply, { viewer, source: body.source, format: 'json', records });
  });
};

function rejected(reply: FastifyReply, errors: RowError[]): FastifyReply {
  const rows = new Set(errors.map((e) => e.row)).size;
  return reply.code(422).send({ error: `${rows} row(s) rejected; nothing was imported`, rejected: errors });
}
