import { eq } from 'drizzle-orm';
import type { Db } from '../../drizzle/connection';
import { staffAccounts, staffSessions } from '../../drizzle/schema';
import { recordStaffAction } from '../privacy/audit-log';
import { hashToken } from '../privacy/data-protector';
import { findPendingSession } from './second-factor';
import { hashPassword, startSession, verifyPassword, type SessionPolicy, type StaffAccount } from './staff-accounts';

/** As long as an account's first password must be (`POST /api/staff-accounts`). */
export const MIN_PASSWORD_LENGTH = 12;

export type NewPasswordResult =
  | { ok: true; account: StaffAccount; sessionId: string; csrfToken: string }
  | { ok: false; reason: 'expired' | 'too_short' | 'mismatch' | 'same' };

/**
 * The last step of a sign-in after an administrator reset the password: the person chooses a password
 * only they know, typed twice, not the one-time password again. Then the waiting session goes and a new
 * one starts (a new id), the requirement is lifted, and the change is audited with the person as actor.
 */
export async function chooseNewPassword(
  db: Db,
  input: { sessionId: string; password: string; repeat: string; now: Date; policy: SessionPolicy },
): Promise<NewPasswordResult> {
  const pending = await findPendingSession(db, input);
  if (pending?.pending !== 'new_password') return { ok: false, reason: 'expired' };
  if (input.password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too_short' };
  if (input.password !== input.repeat) return { ok: false, reason: 'mismatch' };
  const [row] = await db.select({ passwordHash: staffAccounts.passwordHash }).from(staffAccounts).where(eq(staffAccounts.id, pending.account.id));
  if (!row) return { ok: false, reason: 'expired' };
  if (await verifyPassword(input.password, row.passwordHash)) return { ok: false, reason: 'same' };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.update(staffAccounts).set({ passwordHash, passwordChangeRequired: false }).where(eq(staffAccounts.id, pending.account.id));
    await tx.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(input.sessionId)));
    // The person themself, written as every signed-in person's actions are (cases/staff/viewer.ts).
    await recordStaffAction(tx, { viewer: { actor: `staff:${pending.account.id}` }, action: 'staff.password_changed', target: `account:${pending.account.id}` });
    const session = await startSession(tx, { accountId: pending.account.id, now: input.now, policy: input.policy });
    return { ok: true as const, account: pending.account, ...session };
  });
}
