import { and, asc, eq, gt } from 'drizzle-orm';
// The full metadata: the default (min) one takes any digit string of a plausible length as valid.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { defaultStaffAccess } from '../../config';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, type CoachRole, type Municipality } from '../../drizzle/schema';
import { openCaseloads } from '../handover/caseload';
import { recordStaffAction } from '../privacy/audit-log';
import { hashToken, newToken, type DataProtector } from '../privacy/data-protector';
import { NotFoundError } from '../errors';
import { assertTeamOfMunicipality } from './team-repository';
import { inScope, manageScope } from './municipality-scope';
import type { Viewer } from './viewer';

// Kept here too: callers imported them from this file before they had files of their own.
export type { Viewer } from './viewer';
export { lockCoach, pickCoach, type PickedCoach } from '../handover/pick-coach';

export interface NewCoach {
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
  /** Any Dutch or international notation; stored as E.164. */
  whatsapp?: string;
  email?: string;
  /** Caseload points this coach can carry (default 30; a case weighs 1, 2 or 3 by intensity). */
  capacity?: number;
  teamId?: string;
  isAdmin?: boolean;
}

export interface CoachView {
  id: string;
  firstName: string;
  lastName: string;
  role: CoachRole;
  municipality: Municipality;
  /** Null unless the reader manages this coach. */
  email: string | null;
  /** E.164, decrypted; only present for a reader who manages this coach. */
  whatsapp?: string | null;
  capacity: number;
  active: boolean;
  absentUntil: Date | null;
  teamId: string | null;
  isAdmin: boolean;
  createdAt: Date;
}

export interface CoachListItem extends CoachView {
  openCases: number;
  /** Open cases weighted by intensity, to compare with `capacity`. */
  openLoad: number;
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

/** How long a new bearer token lasts (TOKEN_DAYS); `now` is the moment it is issued. */
export interface TokenLifetime {
  tokenDays: number;
  now?: Date;
}

/**
 * A new bearer token, its hash (all that is stored) and when it stops working: the one rule for every
 * token a coach gets (created, issued by an admin, rotated by themselves).
 */
function newBearerToken(lifetime: TokenLifetime): { token: string; tokenHash: string; tokenExpiresAt: Date } {
  const token = newToken();
  const now = lifetime.now ?? new Date();
  return { token, tokenHash: hashToken(token), tokenExpiresAt: new Date(now.getTime() + lifetime.tokenDays * 86_400_000) };
}

/** Creates a coach with a new bearer token; the token is returned once and only its hash is stored. */
export async function createCoach(
  db: DbOrTx,
  protector: DataProtector,
  input: NewCoach,
  lifetime: TokenLifetime = { tokenDays: defaultStaffAccess.tokenDays },
): Promise<{ coach: CoachView; token: string; tokenExpiresAt: Date }> {
  if (input.teamId !== undefined) await assertTeamOfMunicipality(db, { teamId: input.teamId, municipality: input.municipality });
  const { token, tokenHash, tokenExpiresAt } = newBearerToken(lifetime);
  const [row] = await db
    .insert(coaches)
    .values({
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      municipality: input.municipality,
      whatsappEnc: input.whatsapp === undefined ? null : encryptNumber(protector, input.whatsapp),
      email: input.email ?? null,
      tokenHash,
      tokenExpiresAt,
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
      ...(input.isAdmin !== undefined ? { isAdmin: input.isAdmin } : {}),
    })
    .returning();
  if (!row) throw new Error('Insert returned no coach');
  return { coach: toCoachView(row, protector), token, tokenExpiresAt };
}

/**
 * The coaches a viewer manages (cases/staff/municipality-scope.ts: a global admin all, an admin-coach
 * those of their municipality) with their open caseload and contact details.
 */
export async function listCoaches(
  db: DbOrTx,
  options: { viewer: Viewer; protector: DataProtector },
): Promise<CoachListItem[]> {
  const scope = await manageScope(db, options.viewer);
  const rows = await db
    .select()
    .from(coaches)
    .where('all' in scope ? undefined : eq(coaches.municipality, scope.municipality))
    .orderBy(asc(coaches.municipality), asc(coaches.role), asc(coaches.lastName), asc(coaches.firstName));
  const loads = await openCaseloads(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    ...toCoachView(row, inScope(scope, row.municipality) ? options.protector : undefined),
    openCases: loads.get(row.id)?.openCases ?? 0,
    openLoad: loads.get(row.id)?.openLoad ?? 0,
  }));
}

/**
 * The active coach holding this token hash, if the token has not expired (a deactivated coach's
 * token stops working, and so does any token TOKEN_DAYS after it was issued).
 */
export async function findCoachByTokenHash(
  db: DbOrTx,
  tokenHash: string,
  now: Date = new Date(),
): Promise<{ id: string; municipality: Municipality; isAdmin: boolean } | undefined> {
  const [row] = await db
    .select({ id: coaches.id, municipality: coaches.municipality, isAdmin: coaches.isAdmin })
    .from(coaches)
    .where(and(eq(coaches.tokenHash, tokenHash), eq(coaches.active, true), gt(coaches.tokenExpiresAt, now)))
    .limit(1);
  return row;
}

/**
 * Gives a coach a new bearer token (the old one stops working at once); returned once, only its hash
 * is stored. Who may is checked by the caller: an administrator (cases/staff/manage-coaches.ts, which
 * audits the issue) or the coach rotating their own (audited here).
 */
export async function issueCoachToken(
  db: DbOrTx,
  input: TokenLifetime & { coachId: string; viewer: Viewer },
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash, tokenExpiresAt } = newBearerToken(input);
  const own = input.viewer.kind === 'coach' && input.viewer.coachId === input.coachId;
  // One transaction: a token is never issued without its audit entry.
  return db.transaction(async (tx) => {
    const [row] = await tx.update(coaches).set({ tokenHash, tokenExpiresAt }).where(eq(coaches.id, input.coachId)).returning({ id: coaches.id });
    if (!row) throw new NotFoundError('Coach not found');
    if (own) await recordStaffAction(tx, { viewer: input.viewer, action: 'coach.token_rotated', target: `coach:${input.coachId}` });
    return { token, expiresAt: tokenExpiresAt };
  });
}

export interface CoachChanges {
  capacity?: number;
  /** Null: back (or never away). */
  absentUntil?: Date | null;
  active?: boolean;
  teamId?: string | null;
  isAdmin?: boolean;
  /** Null removes the number. */
  whatsapp?: string | null;
  email?: string | null;
}

/**
 * Changes a coach's settings and returns the row as it is now. Reassigning their cases when they
 * become absent or leave is `changeCoach`'s job (cases/handover/change-coach.ts), which calls this.
 */
export async function updateCoach(
  db: DbOrTx,
  options: { protector: DataProtector; coachId: string; changes: CoachChanges },
): Promise<typeof coaches.$inferSelect> {
  const { changes, protector } = options;
  const [current] = await db.select({ municipality: coaches.municipality }).from(coaches).where(eq(coaches.id, options.coachId));
  if (!current) throw new NotFoundError('Coach not found');
  if (changes.teamId) await assertTeamOfMunicipality(db, { teamId: changes.teamId, municipality: current.municipality });
  const set: Partial<typeof coaches.$inferInsert> = {};
  if (changes.capacity !== undefined) set.capacity = changes.capacity;
  if (changes.absentUntil !== undefined) set.absentUntil = changes.absentUntil;
  if (changes.active !== undefined) set.active = changes.active;
  if (changes.teamId !== undefined) set.teamId = changes.teamId;
  if (changes.isAdmin !== undefined) set.isAdmin = changes.isAdmin;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.whatsapp !== undefined) set.whatsappEnc = changes.whatsapp === null ? null : encryptNumber(protector, changes.whatsapp);
  const [row] =
    Object.keys(set).length === 0
      ? await db.select().from(coaches).where(eq(coaches.id, options.coachId))
      : await db.update(coaches).set(set).where(eq(coaches.id, options.coachId)).returning();
  if (!row) throw new NotFoundError('Coach not found');
  return row;
}

function encryptNumber(protector: DataProtector, value: string): string {
  const e164 = normalizeWhatsappNumber(value);
  if (!e164) throw new InvalidPhoneNumberError();
  return protector.encrypt(e164);
}

/**
 * What the api shows of a coach: never the token hash; the contact details (e-mail, WhatsApp number)
 * only when a protector is given, i.e. to a reader who manages the coach.
 */
export function toCoachView(row: typeof coaches.$inferSelect, protector: DataProtector | undefined): CoachView {
  const view: CoachView = {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    municipality: row.municipality,
    email: protector ? row.email : null,
    capacity: row.capacity,
    active: row.active,
    absentUntil: row.absentUntil,
    teamId: row.teamId,
    isAdmin: row.isAdmin,
    createdAt: row.createdAt,
  };
  if (protector) view.whatsapp = row.whatsappEnc ? protector.decrypt(row.whatsappEnc) : null;
  return view;
}
