import { and, asc, count, eq, inArray } from 'drizzle-orm';
// The full metadata: the default (min) one takes any digit string of a plausible length as valid.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { DbOrTx } from '../drizzle/connection';
import { cases, coaches, type CoachRole, type Municipality } from '../drizzle/schema';
import { hashToken, newToken, type DataProtector } from './data-protector';

/** Who is asking: the bootstrap admin, or one coach. The api's auth produces it; repositories scope by it. */
export type Viewer = { kind: 'admin' } | { kind: 'coach'; coachId: string };

export interface NewCoach {
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
  /** Any Dutch or international notation; stored as E.164. */
  whatsapp?: string;
  email?: string;
  /** How many open cases this coach can carry (default 30). */
  capacity?: number;
}

export interface CoachView {
  id: string;
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
  email: string | null;
  /** E.164, decrypted; only present for an admin. */
  whatsapp?: string | null;
  capacity: number;
  active: boolean;
  createdAt: Date;
}

export interface CoachListItem extends CoachView {
  openCases: number;
}

export class InvalidPhoneNumberError extends Error {
  constructor() {
    super('Not a valid phone number');
    this.name = this.constructor.name;
  }
}

/**
 * A phone number in E.164 (`+31612345678`), or undefined when it is not a valid number.
 * Numbers without a country code are read as Dutch, as coaches here write them (`06 1234 5678`).
 */
export function normalizeWhatsappNumber(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value, 'NL');
  return parsed?.isValid() ? parsed.number : undefined;
}

/** Creates a coach with a new bearer token; the token is returned once and only its hash is stored. */
export async function createCoach(
  db: DbOrTx,
  protector: DataProtector,
  input: NewCoach,
): Promise<{ coach: CoachView; token: string }> {
  let whatsappEnc: string | null = null;
  if (input.whatsapp !== undefined) {
    const e164 = normalizeWhatsappNumber(input.whatsapp);
    if (!e164) throw new InvalidPhoneNumberError();
    whatsappEnc = protector.encrypt(e164);
  }
  const token = newToken();
  const [row] = await db
    .insert(coaches)
    .values({
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      municipality: input.municipality,
      whatsappEnc,
      email: input.email ?? null,
      tokenHash: hashToken(token),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    })
    .returning();
  if (!row) throw new Error('Insert returned no coach');
  return { coach: toView(row, protector), token };
}

/** All coaches with their open caseload; WhatsApp numbers are decrypted for an admin only. */
export async function listCoaches(
  db: DbOrTx,
  options: { viewer: Viewer; protector: DataProtector },
): Promise<CoachListItem[]> {
  const rows = await db.select().from(coaches).orderBy(asc(coaches.municipality), asc(coaches.role), asc(coaches.lastName), asc(coaches.firstName));
  const loads = await openCaseloads(db, rows.map((r) => r.id));
  const revealFor = options.viewer.kind === 'admin' ? options.protector : undefined;
  return rows.map((row) => ({ ...toView(row, revealFor), openCases: loads.get(row.id) ?? 0 }));
}

/** The active coach holding this token hash, if any (a deactivated coach's token stops working). */
export async function findCoachByTokenHash(db: DbOrTx, tokenHash: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: coaches.id })
    .from(coaches)
    .where(and(eq(coaches.tokenHash, tokenHash), eq(coaches.active, true)))
    .limit(1);
  return row;
}

export interface PickedCoach {
  coach: { id: string; firstName: string; lastName: string; role: CoachRole; municipality: Municipality };
  /** Open cases before this assignment. */
  openCases: number;
  capacity: number;
  /** Every candidate was full; the least loaded was picked anyway so nobody is left without a contact. */
  overCapacity: boolean;
}

/**
 * Picks the active coach of this municipality and role with the lowest open caseload below capacity
 * (ties by name). Must run inside the transaction that then inserts the case: the candidate rows are
 * locked `FOR UPDATE` (in id order, so two pickers never deadlock) and the caseload is counted after
 * the lock is held, so two intakes at once see each other's case and never push a coach over capacity.
 * Returns undefined when the municipality has no active coach in this role.
 */
export async function pickCoach(
  tx: DbOrTx,
  options: { municipality: Municipality; role: CoachRole },
): Promise<PickedCoach | undefined> {
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
    .where(and(eq(coaches.municipality, options.municipality), eq(coaches.role, options.role), eq(coaches.active, true)))
    .orderBy(asc(coaches.id))
    .for('update');
  if (candidates.length === 0) return undefined;

  // A separate statement: under READ COMMITTED it takes a fresh snapshot after the lock wait, so it
  // counts cases committed by the transaction that held the lock before us.
  const loads = await openCaseloads(tx, candidates.map((c) => c.id));
  const ranked = candidates
    .map((c) => ({ ...c, openCases: loads.get(c.id) ?? 0 }))
    .sort(
      (a, b) =>
        a.openCases - b.openCases ||
        a.firstName.localeCompare(b.firstName, 'nl') ||
        a.lastName.localeCompare(b.lastName, 'nl') ||
        a.id.localeCompare(b.id),
    );
  const withRoom = ranked.find((c) => c.openCases < c.capacity);
  const chosen = withRoom ?? ranked[0];
  if (!chosen) return undefined;
  const { openCases, capacity, ...coach } = chosen;
  return { coach, openCases, capacity, overCapacity: withRoom === undefined };
}

/** Locks one coach row (for a returning young person who keeps their coach) and says whether it is still active. */
export async function lockCoach(
  tx: DbOrTx,
  coachId: string,
): Promise<{ id: string; firstName: string; role: CoachRole; municipality: Municipality; active: boolean } | undefined> {
  const [row] = await tx
    .select({ id: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality, active: coaches.active })
    .from(coaches)
    .where(eq(coaches.id, coachId))
    .for('update');
  return row;
}

async function openCaseloads(db: DbOrTx, coachIds: string[]): Promise<Map<string, number>> {
  if (coachIds.length === 0) return new Map();
  const rows = await db
    .select({ coachId: cases.coachId, open: count() })
    .from(cases)
    .where(and(inArray(cases.coachId, coachIds), eq(cases.status, 'open')))
    .groupBy(cases.coachId);
  return new Map(rows.flatMap((r) => (r.coachId ? [[r.coachId, r.open] as const] : [])));
}

function toView(row: typeof coaches.$inferSelect, protector: DataProtector | undefined): CoachView {
  const view: CoachView = {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    municipality: row.municipality,
    email: row.email,
    capacity: row.capacity,
    active: row.active,
    createdAt: row.createdAt,
  };
  if (protector) view.whatsapp = row.whatsappEnc ? protector.decrypt(row.whatsappEnc) : null;
  return view;
}
