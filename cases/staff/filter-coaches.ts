import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, type CoachRole, type Municipality } from '../../drizzle/schema';
import type { Viewer } from './viewer';

export interface FilterCoach {
  id: string;
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
}

/** Coaches a viewer may filter the case list by: those of their municipality (the admin token: all), by name. */
export async function listFilterCoaches(db: DbOrTx, viewer: Viewer): Promise<FilterCoach[]> {
  return db
    .select({ id: coaches.id, firstName: coaches.firstName, lastName: coaches.lastName, role: coaches.role, municipality: coaches.municipality })
    .from(coaches)
    .where(viewer.kind === 'coach' ? eq(coaches.municipality, viewer.municipality) : undefined)
    .orderBy(asc(coaches.lastName), asc(coaches.firstName));
}
