import type { StaffAccount } from '../../cases/staff/staff-accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PendingSecondFactor } from '../../drizzle/schema';
import { NEXT_COOKIE, type DashboardCookies } from './dashboard-session';

/** Where a person lands after signing in: an analyst on the indicators, everyone else in the inbox. */
export function startPageOf(account: Pick<StaffAccount, 'role'>): string {
  return account.role === 'analyst' ? '/dashboard/indicators' : '/dashboard/inbox';
}

/** The page a sign-in that still waits for a step opens: the code of the second factor, or choosing a new password. */
export function pendingStepPage(pending: PendingSecondFactor): string {
  return pending === 'new_password' ? '/dashboard/sign-in/new-password' : '/dashboard/sign-in/code';
}

/** What a remembered way may be: a notice link's way to a handover or a case, nothing else (no open redirect). */
const REMEMBERED = /^\/dashboard\/(handovers|notices\/cases)\/[0-9a-f-]{36}\/open$/;

/**
 * Where a completed sign-in goes: where a notice link was going when it had to sign in first (the
 * cookie is then cleared), else the person's start page.
 */
export function landingAfterSignIn(request: FastifyRequest, reply: FastifyReply, cookies: DashboardCookies, account: Pick<StaffAccount, 'role'>): string {
  const remembered = request.cookies[NEXT_COOKIE];
  if (remembered === undefined) return startPageOf(account);
  cookies.clear(reply, NEXT_COOKIE, 'lax');
  return REMEMBERED.test(remembered) ? remembered : startPageOf(account);
}
