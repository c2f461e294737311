import { and, asc, eq, isNull, lte, not, or, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, type CoachRole, type Municipality } from '../../drizzle/schema';
import { lockAssignments } from './assignment-lock';
import { caseWeight, openCaseloads, type Intensity } from './caseload';

export interface PickedCoach {
  coach: { id: string; firstName: string; lastName: string; role: CoachRole; municipality: Municipality };
  /** Open cases before this assignment. */
  openCases: number;
  /** Weighted open caseload before this assignment (licht 1, middelzwaar 2, intensief 3). */
  openLoad: number;
  capacity: number;
  /** Every candidate was full; the least loaded was picked anyway so nobody is left without a contact. */
  overCapacity: boolean;
}

/**
 * Picks the available coach of this municipality and role with the lowest weighted open caseload
 * that still has room for this case (ties by name). Available: active and not absent at `now`.
 *
 * Must run inside the transaction that then gives the case to the coach: it takes the municipality's
 * assignment lock, the candidate rows are locked `FOR UPDATE` (in id order) and the caseload is
 * counted after the locks are held, so two assignments at once see each other's case and never push
 * a coach over capacity. Returns undefined when nobody in this role is available.
 */
export async function pickCoach(
  tx: DbOrTx,
  options: {
    municipality: Municipality;
    role: CoachRole;
    /** Ondersteuningszwaarte of the case to place (null or absent: licht). */
    intensity?: Intensity | null;
    /** Coaches not to pick (the one the case is taken from). */
    exclude?: string[];
    now?: Date;
  },
): Promise<PickedCoach | undefined> {
  const candidates = await lockCandidates(tx, options);
  const picked = chooseCoach(candidates, caseWeight(options.intensity));
  if (!picked) return undefined;
  const { openCases, openLoad, capacity, ...coach } = picked.coach;
  return { coach, openCases, openLoad, capacity, overCapacity: picked.overCapacity };
}

/** A coach who may take a case, with their weighted open caseload. */
export interface CandidateCoach {
  id: string;
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
  capacity: number;
  openCases: number;
  openLoad: number;
}

/**
 * The available coaches of a municipality and role with their open caseloads, for an assignment in
 * this transaction: it takes the municipality's assignment lock, locks the candidate rows `FOR
 * UPDATE` (in id order) and counts the caseload after the locks are held.
 */
export async function lockCandidates(
  tx: DbOrTx,
  options: { municipality: Municipality; role: CoachRole; exclude?: string[]; now?: Date },
): Promise<CandidateCoach[]> {
  const now = options.now ?? new Date();
  await lockAssignments(tx, options.municipality);
  const candidates = await tx
    .select({
      id: coaches.id,
      firstName: coaches.firstName,
      lastName: coaches.lastName,
      role: coaches.role,
      municipality: coaches.municipality,
      capacity: coaches.capacity,
    })
    .from(coaches)
    .where(
      and(
        eq(coaches.municipality, options.municipality),
        eq(coaches.role, options.role),
        eq(coaches.active, true),
        or(isNull(coaches.absentUntil), lte(coaches.absentUntil, now)),
        options.exclude?.length ? not(inArray(coaches.id, options.exclude)) : undefined,
      ),
    )
    .orderBy(asc(coaches.id))
    .for('update');
  if (candidates.length === 0) return [];
  // A separate statement: under READ COMMITTED it takes a fresh snapshot after the lock wait, so it
  // counts cases committed by the transaction that held the lock before us.
  const loads = await openCaseloads(tx, candidates.map((c) => c.id));
  return candidates.map((c) => ({ ...c, openCases: loads.get(c.id)?.openCases ?? 0, openLoad: loads.get(c.id)?.openLoad ?? 0 }));
}

/**
 * The coach ranking, written once: the lowest weighted open caseload that still has room for a case
 * of `weight`, ties by first name, last name, id; when everyone is full, the least loaded anyway
 * (`overCapacity`), so nobody is left without a contact. Undefined when there is no candidate.
 */
export function chooseCoach<C extends Pick<CandidateCoach, 'id' | 'firstName' | 'lastName' | 'capacity' | 'openLoad'>>(
  candidates: C[],
  weight: number,
): { coach: C; overCapacity: boolean } | undefined {
  const ranked = [...candidates].sort(
    (a, b) =>
      a.openLoad - b.openLoad ||
      a.firstName.localeCompare(b.firstName, 'nl') ||
      a.lastName.localeCompare(b.lastName, 'nl') ||
      a.id.localeCompare(b.id),
  );
  const withRoom = ranked.find((c) => c.openLoad + weight <= c.capacity);
  const chosen = withRoom ?? ranked[0];
  return chosen && { coach: chosen, overCapacity: withRoom === undefined };
}

export interface LockedCoach {
  id: string;
  firstName: string;
  role: CoachRole;
  municipality: Municipality;
  active: boolean;
  absentUntil: Date | null;
}

/**
 * Locks one coach row (a returning young person who keeps their coach, a reopened case) and says
 * whether the coach is still there. Callers hold the assignment lock of the coach's municipality.
 */
export async function lockCoach(tx: DbOrTx, coachId: string): Promise<LockedCoach | undefined> {
  const [row] = await tx
    .select({
      id: coaches.id,
      firstName: coaches.firstName,
      role: coaches.role,
      municipality: coaches.municipality,
      active: coaches.active,
      absentUntil: coaches.absentUntil,
    })
    .from(coaches)
    .where(eq(coaches.id, coachId))
    .for('update');
  return row;
}

/** Active and not absent at `now`: may take (or keep) cases. */
export function isAvailable(coach: { active: boolean; absentUntil: Date | null }, now = new Date()): boolean {
  return coach.active && (coach.absentUntil === null || coach.absentUntil <= now);
}
