import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, municipalities, type Municipality } from '../../drizzle/schema';
import { isAvailable, pickCoach, type PickedCoach } from './pick-coach';

/**
 * Who may hold an urgent (safety) handover, the one choice for every path that gives one out (a new
 * signal, the municipality said later, a holder who is absent or left): the Sociaal team of the young
 * person's municipality; before that is known, or with nobody there, the region's duty contact
 * (coaches.duty_contact), else the least loaded Sociaal team member of the region. `exclude`:
 * coaches not to pick (the one it is taken from). Undefined when nobody is available.
 */
export async function pickUrgentHolder(
  tx: DbOrTx,
  options: { municipality: Municipality | undefined; exclude?: string[]; now?: Date },
): Promise<PickedCoach | undefined> {
  if (options.municipality) {
    const own = await pickCoach(tx, { ...options, municipality: options.municipality, role: 'sociaal_team' });
    if (own) return own;
  }
  const duty = await findDutyContact(tx, options);
  if (duty) return { coach: duty, openCases: 0, openLoad: 0, capacity: duty.capacity, overCapacity: false };
  return pickSociaalTeam(tx, options);
}

/**
 * The available duty contact of the region (coaches.duty_contact): who takes an urgent handover
 * while the young person's municipality is not known. The first one by name when there are more.
 */
export async function findDutyContact(tx: DbOrTx, options: { exclude?: string[]; now?: Date } = {}) {
  const rows = await tx
    .select()
    .from(coaches)
    .where(and(eq(coaches.dutyContact, true), eq(coaches.active, true)))
    .orderBy(coaches.lastName, coaches.firstName, coaches.id);
  return rows.find((coach) => isAvailable(coach, options.now) && !options.exclude?.includes(coach.id));
}

/**
 * The Sociaal team member for a request: of the municipality when it is known, else the one of the
 * region with the most room (by share of capacity).
 */
export async function pickSociaalTeam(
  tx: DbOrTx,
  options: { municipality?: Municipality | undefined; exclude?: string[]; now?: Date },
): Promise<PickedCoach | undefined> {
  const { municipality, ...rest } = options;
  if (municipality) return pickCoach(tx, { ...rest, municipality, role: 'sociaal_team' });
  const picks: PickedCoach[] = [];
  for (const candidate of municipalities) {
    const picked = await pickCoach(tx, { ...rest, municipality: candidate, role: 'sociaal_team' });
    if (picked) picks.push(picked);
  }
  return picks.sort((a, b) => Number(a.overCapacity) - Number(b.overCapacity) || a.openLoad / a.capacity - b.openLoad / b.capacity)[0];
}

/** The municipality as one of ours, or undefined ('other', not said yet). */
export function ownMunicipality(value: string | null | undefined): Municipality | undefined {
  return (municipalities as readonly string[]).includes(value ?? '') ? (value as Municipality) : undefined;
}
