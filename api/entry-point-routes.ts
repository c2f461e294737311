import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createEntryPoint, listEntryPoints, updateEntryPoint } from '../cases/in-beeld/entry-points';
import { municipalityScope } from '../cases/staff/municipality-scope';
import { entryPointKinds, municipalities } from '../drizzle/schema';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { badInput, errorDoc } from './openapi';

const tags = ['entry points'];
const label = z.string().trim().min(1).max(120);
const createBody = z.object({ label, municipality: z.enum(municipalities), kind: z.enum(entryPointKinds) });
const patchBody = z
  .object({ label: label.optional(), kind: z.enum(entryPointKinds).optional(), active: z.boolean().optional() })
  .strict();
const codeParams = z.object({ code: z.string().max(16) });

const entryPointAnswer = z.object({
  code: z.string().describe('six characters, printed under the QR code'),
  label: z.string(),
  municipality: z.enum(municipalities),
  kind: z.enum(entryPointKinds),
  active: z.boolean().describe('false: no QR code or poster is served any more'),
  createdAt: z.date(),
  qrSvg: z.url(),
  qrPng: z.url(),
  poster: z.url(),
});
const counted = entryPointAnswer.extend({
  conversations: z.int().describe('conversations that started here'),
  entries: z.int().describe('every time someone came in through it, re-entries included'),
  cases: z.int().describe('cases of young people whose conversation started here'),
});
const otherMunicipality = { 403: errorDoc('Not an entry point of your municipality') };

/**
 * Managing entry points (QR codes): `GET /api/entry-points` (with counts), `POST /api/entry-points`,
 * `PATCH /api/entry-points/:code`. The admin manages all; a coach those of their own municipality.
 */
export const entryPointRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const { db } = deps.database;

  app.get(
    '/api/entry-points',
    {
      schema: {
        summary: 'Entry points (QR codes) you manage, with how many conversations, entries and cases each brought in',
        operationId: 'listEntryPoints',
        tags,
        response: { 200: z.object({ entryPoints: z.array(counted) }).describe('The entry points') },
      },
    },
    async (request) => {
      const entryPoints = await listEntryPoints(db, { scope: await municipalityScope(db, request.viewer) });
      return { entryPoints: entryPoints.map((e) => ({ ...e, ...links(deps.config.publicBaseUrl, e.code) })) };
    },
  );

  app.post(
    '/api/entry-points',
    {
      schema: {
        summary: 'Create an entry point: a code for a QR code and poster at a school, club or youth centre',
        operationId: 'createEntryPoint',
        tags,
        body: createBody,
        response: { 201: z.object({ entryPoint: entryPointAnswer }).describe('Created'), ...badInput, ...otherMunicipality },
      },
    },
    async (request, reply) => {
      const entryPoint = await createEntryPoint(db, { scope: await municipalityScope(db, request.viewer), ...request.body });
      return reply.code(201).send({ entryPoint: { ...entryPoint, ...links(deps.config.publicBaseUrl, entryPoint.code) } });
    },
  );

  app.patch(
    '/api/entry-points/:code',
    {
      schema: {
        summary: 'Rename an entry point, change its kind, or switch it off (its QR code and poster are then no longer served)',
        operationId: 'updateEntryPoint',
        tags,
        params: codeParams,
        body: patchBody,
        response: { 200: z.object({ entryPoint: entryPointAnswer }).describe('The entry point'), ...badInput, ...otherMunicipality, 404: errorDoc('No such entry point') },
      },
    },
    async (request) => {
      const scope = await municipalityScope(db, request.viewer);
      const entryPoint = await updateEntryPoint(db, { scope, code: request.params.code, changes: stripUndefined(request.body) });
      return { entryPoint: { ...entryPoint, ...links(deps.config.publicBaseUrl, entryPoint.code) } };
    },
  );
};

/** Where to fetch the printables, so a coach can hand them to a school. */
function links(baseUrl: string, code: string) {
  return { qrSvg: `${baseUrl}/qr/${code}.svg`, qrPng: `${baseUrl}/qr/${code}.png`, poster: `${baseUrl}/qr/${code}/poster.pdf` };
}

function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
