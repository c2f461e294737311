import type { StaffAccount } from '../../cases/staff/staff-accounts';
import type { PendingSecondFactor } from '../../drizzle/schema';

/** Where a person lands after signing in: an analyst on the indicators, everyone else in the inbox. */
export function startPageOf(account: Pick<StaffAccount, 'role'>): string {
  return account.role === 'analyst' ? '/dashboard/indicators' : '/dashboard/inbox';
}

/** The page a sign-in that still waits for a step opens: the code of the second factor, or choosing a new password. */
export function pendingStepPage(pending: PendingSecondFactor): string {
  return pending === 'new_password' ? '/dashboard/sign-in/new-password' : '/dashboard/sign-in/code';
}
