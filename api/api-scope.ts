import type { FastifyInstance } from 'fastify';
import { requireBearer, type AuthDeps } from './auth';
import { useZod } from './openapi';

/**
 * The scope of `/api` routes: a bearer token is required (an `onRequest` hook puts the viewer on the
 * request) and input and answers go through the routes' zod schemas. Each `/api` plugin calls it
 * first, so it is safe on its own too; nested, it authenticates once.
 */
export function apiScope(app: FastifyInstance, deps: AuthDeps) {
  requireBearer(app, deps);
  return useZod(app);
}
