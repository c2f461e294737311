import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { and, eq, getTableColumns, gt, isNull, sql } from 'drizzle-orm';
import { defaultStaffAccess, type StaffAccessConfig } from '../../config';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, staffAccounts, staffSessions, type Municipality, type PendingSecondFactor, type StaffRole } from '../../drizzle/schema';
import { hashToken } from '../privacy/data-protector';
import { ConflictError, InvalidRequestError } from '../errors';
import type { Viewer } from './viewer';

/**
 * Wrong second-factor codes in a row before the second factor is locked, and for how long. Only
 * someone who knew the password gets that far; wrong passwords are limited per address
 * (api/rate-limits.ts), never by a lock on the account.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
/** A session that still waits for the second factor lasts this long. */
export const PENDING_SESSION_MINUTES = 10;

/** When sessions end and who needs a second factor (SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, TOTP_REQUIRED_ROLES). */
export type SessionPolicy = Pick<StaffAccessConfig, 'sessionIdleMinutes' | 'sessionMaxHours' | 'totpRequiredRoles'>;

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
  /** The person's subject at the organisation's OpenID provider, when the admin knows it (else bound at the first single sign-on by verified e-mail). */
  oidcSubject?: string;
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
    .values({ email: input.email.trim(), name: input.name, role: input.role, coachId: input.coachId ?? null, municipality, passwordHash, oidcSubject: input.oidcSubject ?? null })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ConflictError('An account with this e-mail or sign-on subject exists already');
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
  | { ok: true; account: StaffAccount; sessionId: string; csrfToken: string; pending: PendingSecondFactor | null }
  | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks e-mail and password. An unknown e-mail costs the same hash, so timing does not tell which
 * e-mails have an account. Wrong passwords never lock the account: guessing is slowed per address, and
 * per address and e-mail, by the sign-in route's rate limits (api/rate-limits.ts), so an attacker
 * elsewhere cannot lock a coach out. With a second factor set up, or one the role requires
 * (TOTP_REQUIRED_ROLES), the session is pending until the code is given (cases/staff/second-factor.ts);
 * five wrong codes lock the second factor for 15 minutes.
 */
export async function signIn(
  db: DbOrTx,
  input: { email: string; password: string; now?: Date; policy?: SessionPolicy },
): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const policy = input.policy ?? defaultStaffAccess;
  const [row] = await db.select(accountRow).from(staffAccounts).where(sql`lower(${staffAccounts.email}) = lower(${input.email.trim()})`);
  if (!row || !row.usable) {
    await verifyPassword(input.password, DUMMY_HASH);
    return { ok: false, reason: 'invalid' };
  }
  if (!(await verifyPassword(input.password, row.passwordHash))) return { ok: false, reason: 'invalid' };
  // Locked only by wrong second-factor codes, which take the right password first.
  if (row.lockedUntil && row.lockedUntil > now) return { ok: false, reason: 'locked' };
  const pending = secondFactorDue(row, policy) ?? newPasswordDue(row);
  // The failures are forgotten only when the whole sign-in succeeds: a second factor counts as well.
  if (!pending) await db.update(staffAccounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, row.id));
  const session = await startSession(db, { accountId: row.id, now, policy, pending });
  return { ok: true, account: toAccount(row), pending, ...session };
}

/**
 * What a sign-in that proved only the password still needs: the code of a second factor that is set
 * up, or setting one up where the role requires it (TOTP_REQUIRED_ROLES); null when nothing.
 */
export function secondFactorDue(account: { totpConfirmedAt: Date | null; role: StaffRole }, policy: SessionPolicy): PendingSecondFactor | null {
  if (account.totpConfirmedAt) return 'totp';
  return policy.totpRequiredRoles.includes(account.role) ? 'enrol' : null;
}

/**
 * After the password and any second factor: a password an administrator reset is a one-time key that
 * only opens the page to choose a new one (cases/staff/new-password.ts). It comes after the second
 * factor, so that whoever intercepted the one-time password alone cannot choose the new one.
 */
export function newPasswordDue(account: { passwordChangeRequired: boolean }): PendingSecondFactor | null {
  return account.passwordChangeRequired ? 'new_password' : null;
}

/**
 * A wrong second-factor code: counted in SQL, so two wrong guesses at once both count. A
 * lock that has run out starts the count anew. Returns whether the account is now locked.
 */
export async function recordFailedSignIn(db: DbOrTx, input: { accountId: string; now: Date }): Promise<'invalid' | 'locked'> {
  const { now } = input;
  // (Dates as ISO text with a cast: postgres.js serialises a raw parameter by its SQL type.)
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const lockEnd = sql`${new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString()}::timestamptz`;
  const expired = sql`(${staffAccounts.lockedUntil} is not null and ${staffAccounts.lockedUntil} <= ${nowSql})`;
  const [after] = await db
    .update(staffAccounts)
    .set({
      failedAttempts: sql`case when ${expired} then 1 else ${staffAccounts.failedAttempts} + 1 end`,
      lockedUntil: sql`case when not ${expired} and ${staffAccounts.failedAttempts} + 1 >= ${MAX_FAILED_SIGN_INS} then ${lockEnd} else null end`,
    })
    .where(eq(staffAccounts.id, input.accountId))
    .returning({ lockedUntil: staffAccounts.lockedUntil });
  return after?.lockedUntil && after.lockedUntil > now ? 'locked' : 'invalid';
}

/**
 * A new session for an account that proved who it is (password, second factor, or the organisation's
 * single sign-on): a random id (only its hash is stored) and a CSRF token. It ends SESSION_MAX_HOURS
 * after now, or earlier after SESSION_IDLE_MINUTES without a request; a pending one after
 * {@link PENDING_SESSION_MINUTES}.
 */
export async function startSession(
  db: DbOrTx,
  input: { accountId: string; now: Date; policy: SessionPolicy; pending?: PendingSecondFactor | null },
): Promise<{ sessionId: string; csrfToken: string }> {
  const { now } = input;
  // Sessions that have run out, anyone's, go at every sign-in: a table of dead sessions serves nobody.
  const idleSince = new Date(now.getTime() - input.policy.sessionIdleMinutes * 60_000);
  await db.delete(staffSessions).where(sql`${staffSessions.expiresAt} <= ${now.toISOString()}::timestamptz or ${staffSessions.lastSeenAt} <= ${idleSince.toISOString()}::timestamptz`);
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const lifetimeMs = input.pending ? PENDING_SESSION_MINUTES * 60_000 : input.policy.sessionMaxHours * 3_600_000;
  await db.insert(staffSessions).values({
    idHash: hashToken(sessionId),
    accountId: input.accountId,
    csrfToken,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
    pending: input.pending ?? null,
  });
  return { sessionId, csrfToken };
}

/**
 * The account and CSRF token of a live session, from the id in the cookie. A session lives until its
 * maximum age and while it is used: each request moves its last-seen time, and one left alone for
 * SESSION_IDLE_MINUTES has ended. A session still waiting for its second factor opens nothing.
 */
export async function findSession(
  db: DbOrTx,
  input: { sessionId: string; now?: Date; policy?: SessionPolicy },
): Promise<{ account: StaffAccount; csrfToken: string } | undefined> {
  const now = input.now ?? new Date();
  const idleSince = new Date(now.getTime() - (input.policy ?? defaultStaffAccess).sessionIdleMinutes * 60_000);
  const idHash = hashToken(input.sessionId);
  const [row] = await db
    .select({ account: accountRow, csrfToken: staffSessions.csrfToken })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.accountId))
    .where(
      and(
        eq(staffSessions.idHash, idHash),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, idleSince),
        isNull(staffSessions.pending),
        accountUsable,
      ),
    );
  if (!row) return undefined;
  await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.idHash, idHash));
  return { account: toAccount(row.account), csrfToken: row.csrfToken };
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

export function toAccount(row: typeof staffAccounts.$inferSelect & { currentMunicipality?: Municipality | null }): StaffAccount {
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
