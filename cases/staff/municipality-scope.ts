import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, type Municipality } from '../../drizzle/schema';
import { AccessDeniedError } from '../errors';
import type { Viewer } from './viewer';

/** What a caller may manage: everything (the admin token) or their own municipality (a coach). */
export type MunicipalityScope = { all: true } | { municipality: Municipality };

/**
 * The admin token manages every municipality; a coach (admin-coach or not) only their own. Read from
 * the coach row, so a coach who moved municipality is scoped by where they work now.
 */
export async function municipalityScope(db: DbOrTx, viewer: Viewer): Promise<MunicipalityScope> {
  if (viewer.kind === 'admin') return { all: true };
  const [coach] = await db.select({ municipality: coaches.municipality }).from(coaches).where(eq(coaches.id, viewer.coachId));
  if (!coach) throw new AccessDeniedError();
  return { municipality: coach.municipality };
}

/** Whether the scope covers a municipality. */
export function inScope(scope: MunicipalityScope, municipality: Municipality): boolean {
  return 'all' in scope || scope.municipality === municipality;
}
