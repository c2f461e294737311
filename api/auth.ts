import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { findCoachByTokenHash } from '../cases/staff/coach-repository';
import { isAdministrator, type Viewer } from '../cases/staff/viewer';
import { hashToken, sameSecret } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { ForbiddenError, UnauthorizedError } from './errors';
import { errorDoc } from './openapi';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Who is calling the coach API; set by the bearer hook of the `/api` routes ({@link requireBearer})
     * before anything else runs. Routes outside that scope have no viewer.
     */
    viewer: Viewer;
  }
}

export interface AuthDeps {
  config: Pick<Config, 'adminToken'>;
  database: Pick<Database, 'db'>;
}

// Far longer than any token we issue (32 characters) or accept as ADMIN_TOKEN; refuses junk before hashing.
const MAX_TOKEN_LENGTH = 512;

/**
 * Who is calling the coach API, from `Authorization: Bearer <token>`: the admin (ADMIN_TOKEN) or an
 * active coach (by the hash of their token), with their municipality and whether they are an admin.
 * Anything else is a 401 that says nothing about why.
 */
export async function authenticate(request: FastifyRequest, deps: AuthDeps): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  const token = match?.[1];
  if (!token || token.length > MAX_TOKEN_LENGTH) throw new UnauthorizedError();
  const tokenHash = hashToken(token);
  // Compared as hashes: equal lengths, so the constant-time compare does not reveal the admin token's length.
  const adminToken = deps.config.adminToken;
  if (adminToken && sameSecret(tokenHash, hashToken(adminToken))) return { kind: 'admin' };
  const coach = await findCoachByTokenHash(deps.database.db, tokenHash);
  if (!coach) throw new UnauthorizedError();
  return { kind: 'coach', coachId: coach.id, municipality: coach.municipality, isAdmin: coach.isAdmin };
}

/**
 * Makes every route of this plugin scope (the `/api` routes) require a bearer token: an `onRequest`
 * hook authenticates before the body is read and puts the viewer on the request, so a route added
 * here cannot forget it. The document says so for each route. A scope nested in another one does not
 * authenticate twice.
 */
export function requireBearer(app: FastifyInstance, deps: AuthDeps): void {
  if (!app.hasRequestDecorator('viewer')) app.decorateRequest('viewer', null as never);
  app.addHook('onRequest', async (request) => {
    if (request.viewer) return;
    request.viewer = await authenticate(request, deps);
  });
  app.addHook('onRoute', (route) => {
    const schema = (route.schema ??= {}) as { security?: unknown; response?: Record<string, unknown> };
    schema.security = [{ bearer: [] }];
    schema.response = { ...schema.response, 401: errorDoc('No valid bearer token') };
  });
}

/** Only an administrator (the admin token, or a coach with `isAdmin`) may go on: managing coaches and teams. */
export function requireAdmin(viewer: Viewer): void {
  if (!isAdministrator(viewer)) throw new ForbiddenError('Only an admin may do this');
}
