import { and, eq, gt, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { DbOrTx } from '../../drizzle/connection';
import { staffAccounts, staffSessions, type PendingSecondFactor } from '../../drizzle/schema';
import { ConflictError } from '../errors';
import { recordStaffAction } from '../privacy/audit-log';
import { hashToken, type DataProtector } from '../privacy/data-protector';
import { newPasswordDue, recordFailedSignIn, startSession, toAccount, type SessionPolicy, type StaffAccount } from './staff-accounts';

// RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. One step either side is
// accepted for a phone's clock that is a little off.
const ISSUER = 'Jongerenloket';
const PERIOD_SECONDS = 30;
const WINDOW = 1;

function totpOf(input: { secret: string; email: string }): TOTP {
  return new TOTP({ issuer: ISSUER, label: input.email, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(input.secret) });
}

/** The time step a code belongs to, or undefined when it is not a valid code now. */
function stepOf(totp: TOTP, code: string, now: Date): number | undefined {
  const clean = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(clean)) return undefined;
  const delta = totp.validate({ token: clean, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? undefined : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * The secret to set up in an authenticator app, as an `otpauth://` URI (shown as a QR code and as
 * text). Until a first code confirms it, it is not in use; asking again shows the same secret, so a
 * reloaded page does not invalidate a scan. An account that has a second factor gets a conflict.
 */
export async function beginTotpEnrolment(db: DbOrTx, protector: DataProtector, account: Pick<StaffAccount, 'id' | 'email'>): Promise<{ uri: string }> {
  const [row] = await db.select({ secretEnc: staffAccounts.totpSecretEnc, confirmedAt: staffAccounts.totpConfirmedAt }).from(staffAccounts).where(eq(staffAccounts.id, account.id));
  if (!row) throw new ConflictError('No such account');
  if (row.confirmedAt) throw new ConflictError('A second factor is set up already');
  let secret = row.secretEnc ? protector.decrypt(row.secretEnc) : undefined;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await db.update(staffAccounts).set({ totpSecretEnc: protector.encrypt(secret) }).where(and(eq(staffAccounts.id, account.id), isNull(staffAccounts.totpConfirmedAt)));
  }
  return { uri: totpOf({ secret, email: account.email }).toString() };
}

/**
 * Checks a code against the account's secret (the one being set up when `enrolling`) and uses it up:
 * the step is written only if it is later than the last one accepted, so a code works once even when
 * two requests race. On success an enrolment is confirmed and audited.
 */
export async function useTotpCode(
  db: DbOrTx,
  protector: DataProtector,
  input: { account: Pick<StaffAccount, 'id' | 'email'>; code: string; enrolling: boolean; now: Date },
): Promise<boolean> {
  const [row] = await db.select().from(staffAccounts).where(eq(staffAccounts.id, input.account.id));
  if (!row?.totpSecretEnc || Boolean(row.totpConfirmedAt) === input.enrolling) return false;
  const step = stepOf(totpOf({ secret: protector.decrypt(row.totpSecretEnc), email: row.email }), input.code, input.now);
  if (step === undefined) return false;
  // One transaction: a second factor is never set up without its audit entry.
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(staffAccounts)
      .set({ totpLastStep: step, ...(input.enrolling ? { totpConfirmedAt: input.now } : {}) })
      .where(and(eq(staffAccounts.id, row.id), or(isNull(staffAccounts.totpLastStep), lt(staffAccounts.totpLastStep, step))))
      .returning({ id: staffAccounts.id });
    if (used && input.enrolling) await recordStaffAction(tx, { viewer: { actor: `staff:${row.id}` }, action: 'staff.second_factor_enrolled', target: `account:${row.id}` });
    return Boolean(used);
  });
}

/** A session waiting for its second factor (still within its few minutes), with what it waits for. */
export async function findPendingSession(
  db: DbOrTx,
  input: { sessionId: string; now: Date },
): Promise<{ account: StaffAccount; pending: PendingSecondFactor; csrfToken: string } | undefined> {
  const [row] = await db
    .select({ account: staffAccounts, pending: staffSessions.pending, csrfToken: staffSessions.csrfToken })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.accountId))
    .where(and(eq(staffSessions.idHash, hashToken(input.sessionId)), gt(staffSessions.expiresAt, input.now), isNotNull(staffSessions.pending), eq(staffAccounts.active, true)));
  return row?.pending ? { account: toAccount(row.account), pending: row.pending, csrfToken: row.csrfToken } : undefined;
}

export type SecondFactorResult =
  | { ok: true; account: StaffAccount; sessionId: string; csrfToken: string; pending: PendingSecondFactor | null }
  | { ok: false; reason: 'expired' | 'invalid' | 'locked' };

/**
 * The second step of a sign-in: the code from the authenticator app (or, when the role requires a
 * second factor that is not set up yet, the first code of the enrolment). A wrong code counts as a
 * failed sign-in (the same lock as a wrong password). On success the pending session goes and a new
 * one starts, with a new id: the id seen before the second factor never opens the dashboard.
 */
export async function completeSecondFactor(
  db: DbOrTx,
  protector: DataProtector,
  input: { sessionId: string; code: string; now: Date; policy: SessionPolicy },
): Promise<SecondFactorResult> {
  const pending = await findPendingSession(db, input);
  if (!pending || pending.pending === 'new_password') return { ok: false, reason: 'expired' };
  const [state] = await db.select({ lockedUntil: staffAccounts.lockedUntil }).from(staffAccounts).where(eq(staffAccounts.id, pending.account.id));
  if (state?.lockedUntil && state.lockedUntil > input.now) return { ok: false, reason: 'locked' };
  const used = await useTotpCode(db, protector, { account: pending.account, code: input.code, enrolling: pending.pending === 'enrol', now: input.now });
  if (!used) return { ok: false, reason: await recordFailedSignIn(db, { accountId: pending.account.id, now: input.now }) };
  await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(input.sessionId)));
  const [after] = await db
    .update(staffAccounts)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(eq(staffAccounts.id, pending.account.id))
    .returning({ passwordChangeRequired: staffAccounts.passwordChangeRequired });
  const next = after ? newPasswordDue(after) : null;
  const session = await startSession(db, { accountId: pending.account.id, now: input.now, policy: input.policy, pending: next });
  return { ok: true, account: pending.account, pending: next, ...session };
}

/** Whether the account has a second factor in use (for the account page). */
export async function hasSecondFactor(db: DbOrTx, accountId: string): Promise<boolean> {
  const [row] = await db.select({ confirmedAt: staffAccounts.totpConfirmedAt }).from(staffAccounts).where(eq(staffAccounts.id, accountId));
  return Boolean(row?.confirmedAt);
}
