import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createEntryPoint, listEntryPoints, updateEntryPoint } from '../cases/in-beeld/entry-points';
import { municipalityScope } from '../cases/staff/municipality-scope';
import { entryPointKinds, municipalities } from '../drizzle/schema';
import type { AppDeps } from './app';
import { authenticate } from './auth';
import { parseInput } from './validate';

const label = z.string().trim().min(1).max(120);
const createBody = z.object({ label, municipality: z.enum(municipalities), kind: z.enum(entryPointKinds) });
const patchBody = z
  .object({ label: label.optional(), kind: z.enum(entryPointKinds).optional(), active: z.boolean().optional() })
  .strict();
const codeParams = z.object({ code: z.string().max(16) });

/**
 * Managing entry points (QR codes): `GET /api/entry-points` (with counts), `POST /api/entry-points`,
 * `PATCH /api/entry-points/:code`. The admin manages all; a coach those of their own municipality.
 */
export const entryPointRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const scopeOf = async (request: Parameters<typeof authenticate>[0]) => municipalityScope(db, await authenticate(request, deps));

  app.get('/api/entry-points', async (request) => {
    const scope = await scopeOf(request);
    const entryPoints = await listEntryPoints(db, { scope });
    return { entryPoints: entryPoints.map((e) => ({ ...e, ...links(deps.config.publicBaseUrl, e.code) })) };
  });

  app.post('/api/entry-points', async (request, reply) => {
    const scope = await scopeOf(request);
    const body = parseInput(createBody, request.body);
    const entryPoint = await createEntryPoint(db, { scope, ...body });
    return reply.code(201).send({ entryPoint: { ...entryPoint, ...links(deps.config.publicBaseUrl, entryPoint.code) } });
  });

  app.patch('/api/entry-points/:code', async (request) => {
    const scope = await scopeOf(request);
    const { code } = parseInput(codeParams, request.params, 'path');
    const changes = parseInput(patchBody, request.body);
    const entryPoint = await updateEntryPoint(db, { scope, code, changes: stripUndefined(changes) });
    return { entryPoint: { ...entryPoint, ...links(deps.config.publicBaseUrl, entryPoint.code) } };
  });
};

/** Where to fetch the printables, so a coach can hand them to a school. */
function links(baseUrl: string, code: string) {
  return { qrSvg: `${baseUrl}/qr/${code}.svg`, qrPng: `${baseUrl}/qr/${code}.png`, poster: `${baseUrl}/qr/${code}/poster.pdf` };
}

function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
