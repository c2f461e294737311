import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, type Municipality } from '../../drizzle/schema';
import { AccessDeniedError, NotFoundError } from '../errors';
import { isAdministrator, type Viewer } from './viewer';

/** What a caller may manage: everything (the admin token) or their own municipality (a coach). */
export type MunicipalityScope = { all: true } | { municipality: Municipality };

/**
 * The admin token manages every municipality; a coach (admin-coach or not) only their own. Read from
 * the coach row, so a coach who moved municipality is scoped by where they work now.
 */
export async function municipalityScope(db: DbOrTx, viewer: Viewer): Promise<MunicipalityScope> {
  if (viewer.kind === 'admin') return { all: true };
  const [coach] = await db.select({ municipality: coaches.municipality, active: coaches.active }).from(coaches).where(eq(coaches.id, viewer.coachId));
  if (!coach?.active) throw new AccessDeniedError();
  return { municipality: coach.municipality };
}

/** Whether the scope covers a municipality. */
export function inScope(scope: MunicipalityScope, municipality: Municipality): boolean {
  return 'all' in scope || scope.municipality === municipality;
}

/**
 * The one rule of an administrator's power over staff (coaches, their tokens and contact details,
 * teams, calendars, dashboard accounts): a global admin (the admin token, or a dashboard account
 * with role admin) manages every municipality; an admin-coach (or team lead) only the municipality
 * they work in now, read from their coach row; anyone else nothing. Returns that scope, or
 * AccessDeniedError.
 */
export async function manageScope(db: DbOrTx, viewer: Viewer): Promise<MunicipalityScope> {
  if (viewer.kind === 'admin') return { all: true };
  if (!viewer.isAdmin) throw new AccessDeniedError('Only an admin may do this');
  return municipalityScope(db, viewer);
}

/** The viewer may manage staff of this municipality ({@link manageScope}), or AccessDeniedError. */
export async function requireManages(db: DbOrTx, viewer: Viewer, municipality: Municipality | null): Promise<MunicipalityScope> {
  const scope = await manageScope(db, viewer);
  // An account or entry without a municipality (both, or not yet known) belongs to no one municipality: global only.
  if (municipality === null ? !('all' in scope) : !inScope(scope, municipality)) {
    throw new AccessDeniedError('Only staff of your own municipality');
  }
  return scope;
}

/**
 * The viewer may manage this coach (their token, contact details, calendar, accounts): by the coach's
 * municipality now. Returns it; NotFoundError when there is no such coach.
 */
export async function requireManagesCoach(db: DbOrTx, viewer: Viewer, coachId: string): Promise<Municipality> {
  // Before looking the coach up: someone who manages nobody learns nothing about which ids exist.
  await manageScope(db, viewer);
  const [coach] = await db.select({ municipality: coaches.municipality }).from(coaches).where(eq(coaches.id, coachId));
  if (!coach) throw new NotFoundError('Coach not found');
  await requireManages(db, viewer, coach.municipality);
  return coach.municipality;
}

/**
 * Who sees indicator counts of 1 to 4 as they are: only who may read every case behind them anyway
 * (a global admin; an admin-coach or team lead, whose indicators are their own municipality's). A
 * coach and an analyst see "< 5" (cases/indicators/small-counts.ts): they have no need to know which
 * few young people a small count is.
 */
export function seesExactCounts(viewer: Viewer | undefined): boolean {
  return viewer !== undefined && isAdministrator(viewer);
}

/**
 * Powers that cross municipalities or create power above them: making a global admin or an analyst,
 * an account for both municipalities, moving a coach. Only a global admin.
 */
export function requireGlobalAdmin(viewer: Viewer): void {
  if (viewer.kind !== 'admin') throw new AccessDeniedError('Only a global admin may do this');
}
