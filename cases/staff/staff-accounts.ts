import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { and, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, staffAccounts, staffSessions, type Municipality, type StaffRole } from '../../drizzle/schema';
import { hashToken } from '../privacy/data-protector';
import { ConflictError, InvalidRequestError } from '../errors';
import type { Viewer } from './viewer';

/** A session ends after a working day; the coach signs in again the next morning. */
export const SESSION_HOURS = 10;

// scrypt is memory-hard: N=2^15, r=8 takes 32 MiB per hash (OWASP's minimum for scrypt is N=2^17 with
// r=8 p=1 *or* equivalent; 2^15 keeps a sign-in under 100 ms on these two-core machines).
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  coachId: string | null;
  /** The linked coach's municipality, else the account's own; null: both. */
  municipality: Municipality | null;
}

export interface NewStaffAccount {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  coachId?: string;
  municipality?: Municipality;
}

/** Creates an account. A coach or team lead must be linked to an active coach; an e-mail is used once. */
export async function createStaffAccount(db: DbOrTx, input: NewStaffAccount): Promise<StaffAccount> {
  if (input.password.length < 12) throw new InvalidRequestError('password: must be at least 12 characters');
  if ((input.role === 'coach' || input.role === 'team_lead') && !input.coachId) {
    throw new InvalidRequestError('coachId: a coach or team lead needs their coach');
  }
  let municipality = input.municipality ?? null;
  if (input.coachId) {
    const [coach] = await db.select({ municipality: coaches.municipality }).from(coaches).where(eq(coaches.id, input.coachId));
    if (!coach) throw new InvalidRequestError('coachId: no such coach');
    municipality = coach.municipality;
  }
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(staffAccounts)
    .values({ email: input.email.trim(), name: input.name, role: input.role, coachId: input.coachId ?? null, municipality, passwordHash })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ConflictError('An account with this e-mail exists already');
  return toAccount(row);
}

/**
 * An account can be used (to sign in, or through a live session) only while it is active and, when
 * linked to a coach, that coach is active: a leaver is out at once, whatever their account says.
 */
const accountUsable = sql<boolean>`(${staffAccounts.active} and (${staffAccounts.coachId} is null or exists (select 1 from ${coaches} c_u where c_u.id = ${staffAccounts.coachId} and c_u.active)))`;

/** The account's municipality as it is now: its coach's (a mover's account moves with them), else its own. */
const accountMunicipality = sql<Municipality | null>`coalesce((select c_m.municipality from ${coaches} c_m where c_m.id = ${staffAccounts.coachId}), ${staffAccounts.municipality})`;

/** An account row as read for sign-in and sessions: with whether it can be used and where it works now. */
const accountRow = { ...getTableColumns(staffAccounts), usable: accountUsable, currentMunicipality: accountMunicipality };

export type SignInResult =
  | { ok: true; account: StaffAccount; sessionId: string; csrfToken: string }
  | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks e-mail and password. An unknown e-mail costs the same hash, so timing does not tell which
 * e-mails have an account. There is no lock on the account: guessing is slowed per address, and per
 * address and e-mail, by the rate limits of the sign-in route (api/rate-limits.ts), so an attacker
 * elsewhere cannot lock a coach out. (`reason: 'locked'` is the route's answer when a limit is hit.)
 */
export async function signIn(db: DbOrTx, input: { email: string; password: string; now?: Date }): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const [row] = await db.select(accountRow).from(staffAccounts).where(sql`lower(${staffAccounts.email}) = lower(${input.email.trim()})`);
  if (!row || !row.usable) {
    await verifyPassword(input.password, DUMMY_HASH);
    return { ok: false, reason: 'invalid' };
  }
  if (!(await verifyPassword(input.password, row.passwordHash))) return { ok: false, reason: 'invalid' };
  // Sessions that have run out, anyone's, go at every sign-in: a table of dead sessions serves nobody.
  await db.delete(staffSessions).where(sql`${staffSessions.expiresAt} <= ${now.toISOString()}::timestamptz`);
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.insert(staffSessions).values({
    idHash: hashToken(sessionId),
    accountId: row.id,
    csrfToken,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return { ok: true, account: toAccount(row), sessionId, csrfToken };
}

/** The account and CSRF token of a live session, from the id in the cookie. */
export async function findSession(
  db: DbOrTx,
  input: { sessionId: string; now?: Date },
): Promise<{ account: StaffAccount; csrfToken: string } | undefined> {
  const [row] = await db
    .select({ account: accountRow, csrfToken: staffSessions.csrfToken })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.accountId))
    .where(and(eq(staffSessions.idHash, hashToken(input.sessionId)), gt(staffSessions.expiresAt, input.now ?? new Date()), accountUsable));
  return row ? { account: toAccount(row.account), csrfToken: row.csrfToken } : undefined;
}

/** Sign-out: the session row goes, so the cookie is worthless even if it was copied. */
export async function endSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(sessionId)));
}

/**
 * Who the account is to the case store. A coach sees their own cases; a team lead sees every case of
 * their municipality (an admin-coach in cases/staff/case-access.ts); an admin everything. An analyst is
 * nobody there: indicators only, so undefined.
 */
export function viewerOf(account: StaffAccount): Viewer | undefined {
  if (account.role === 'admin') return { kind: 'admin', accountId: account.id };
  if (account.role === 'analyst' || !account.coachId || !account.municipality) return undefined;
  return { kind: 'coach', coachId: account.coachId, municipality: account.municipality, isAdmin: account.role === 'team_lead', accountId: account.id };
}

function toAccount(row: typeof staffAccounts.$inferSelect & { currentMunicipality?: Municipality | null }): StaffAccount {
  const municipality = row.currentMunicipality === undefined ? row.municipality : row.currentMunicipality;
  return { id: row.id, email: row.email, name: row.name, role: row.role, coachId: row.coachId, municipality };
}

// A hash of a random password nobody knows: verifying against it costs what a real check costs.
const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LENGTH).toString('base64url')}`;

/**
 * Demo sign-ins for a fresh embedded install: one coach account per demo coach (by their example.nl
 * e-mail), an analyst and an admin, all with the given password. Skips e-mails that have an account.
 */
export async function seedDemoStaffAccounts(db: DbOrTx, password: string): Promise<string[]> {
  const demoCoaches = await db.select({ id: coaches.id, email: coaches.email, firstName: coaches.firstName, lastName: coaches.lastName }).from(coaches);
  const wanted: NewStaffAccount[] = [
    ...demoCoaches.flatMap((c) => (c.email ? [{ email: c.email, name: `${c.firstName} ${c.lastName}`, role: 'coach' as const, coachId: c.id, password }] : [])),
    { email: 'analist@example.nl', name: 'Demo analist', role: 'analyst', password },
    { email: 'beheer@example.nl', name: 'Demo beheerder', role: 'admin', password },
  ];
  const created: string[] = [];
  for (const account of wanted) {
    try {
      created.push((await createStaffAccount(db, account)).email);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return created;
}
