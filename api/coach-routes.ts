import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listCases, getCase } from '../cases/case-repository';
import { createCoach, listCoaches, normalizeWhatsappNumber } from '../cases/coach-repository';
import { acknowledgeHandover, listHandovers } from '../cases/handover-repository';
import { coachRoles, municipalities } from '../drizzle/schema';
import type { AppDeps } from './app';
import { authenticate, requireAdmin } from './auth';
import { parseInput } from './validate';

const idParams = z.object({ id: z.uuid('must be a UUID') });
const handoverQuery = z.object({ status: z.enum(['open', 'acknowledged']).optional() });
const caseQuery = z.object({ status: z.enum(['open', 'referred', 'closed']).optional() });

const name = z.string().trim().min(1, 'is required').max(100, 'is at most 100 characters');
const newCoachBody = z
  .object({
    firstName: name,
    lastName: name,
    role: z.enum(coachRoles),
    municipality: z.enum(municipalities),
    whatsapp: z
      .string()
      .max(40)
      .refine((v) => normalizeWhatsappNumber(v) !== undefined, 'is not a valid phone number')
      .optional(),
    email: z.email('is not a valid e-mail address').max(254).optional(),
    capacity: z.int('must be a whole number').min(1).max(500).optional(),
  })
  // A misspelt field (say `whatsApp`) would otherwise be dropped without a word.
  .strict();

/**
 * The coach API (DESIGN.md contract): handovers, cases and, for the admin, coaches.
 * Handlers parse, authorise, call cases/ and answer; scoping to a coach's own data lives in the repositories.
 */
export const coachRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get('/api/handovers', async (request) => {
    const viewer = await authenticate(request, deps);
    const { status } = parseInput(handoverQuery, request.query, 'query');
    return { handovers: await listHandovers(db, { viewer, ...(status ? { status } : {}) }) };
  });

  app.post('/api/handovers/:id/acknowledge', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'path');
    return { handover: await acknowledgeHandover(db, { viewer, handoverId: id }) };
  });

  app.get('/api/cases', async (request) => {
    const viewer = await authenticate(request, deps);
    const { status } = parseInput(caseQuery, request.query, 'query');
    return { cases: await listCases(db, { viewer, ...(status ? { status } : {}) }) };
  });

  app.get('/api/cases/:id', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'path');
    return { case: await getCase(db, { viewer, caseId: id }) };
  });

  app.get('/api/coaches', async (request) => {
    const viewer = await authenticate(request, deps);
    requireAdmin(viewer);
    return { coaches: await listCoaches(db, { viewer, protector: deps.protector }) };
  });

  app.post('/api/coaches', async (request, reply) => {
    const viewer = await authenticate(request, deps);
    requireAdmin(viewer);
    const body = parseInput(newCoachBody, request.body);
    const { coach, token } = await createCoach(db, deps.protector, body);
    // The token is shown this once; only its hash is stored.
    return reply.status(201).send({ coach, token });
  });
};
