import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { findCoachByTokenHash } from '../cases/staff/coach-repository';
import { isAdministrator, type Viewer } from '../cases/staff/viewer';
import { hashToken, sameSecret } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { ForbiddenError, UnauthorizedError } from './errors';

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

/** Only an administrator (the admin token, or a coach with `isAdmin`) may go on: managing coaches and teams. */
export function requireAdmin(viewer: Viewer): void {
  if (!isAdministrator(viewer)) throw new ForbiddenError('Only an admin may do this');
}
