import type { StaffAccount } from '../../cases/staff/staff-accounts';

/** Where a person lands after signing in: an analyst on the indicators, everyone else in the inbox. */
export function startPageOf(account: Pick<StaffAccount, 'role'>): string {
  return account.role === 'analyst' ? '/dashboard/indicators' : '/dashboard/inbox';
}
