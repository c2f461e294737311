import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { staffAccounts } from '../../drizzle/schema';
import { recordStaffAction } from '../privacy/audit-log';
import { startSession, toAccount, type SessionPolicy, type StaffAccount } from './staff-accounts';

/** What the organisation's OpenID provider says about the person (from the verified ID token). */
export interface OrganisationIdentity {
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
}

export type OrganisationSignInResult = { ok: true; account: StaffAccount; sessionId: string; csrfToken: string } | { ok: false; reason: 'unknown' };

/**
 * A sign-in through the organisation's OpenID provider, mapped to an existing, active dashboard
 * account an admin made: by the subject bound to it, or else, once, by the provider's verified
 * e-mail address (the subject is then bound, audited, and the e-mail no longer matters). Role and
 * municipality are the account's. Someone the dashboard does not know gets nothing: no account is
 * ever made here. The provider's own sign-in stands in for the second factor.
 */
export async function signInWithOrganisation(
  db: DbOrTx,
  input: { identity: OrganisationIdentity; now: Date; policy: SessionPolicy },
): Promise<OrganisationSignInResult> {
  const { identity } = input;
  let [row] = await db.select().from(staffAccounts).where(eq(staffAccounts.oidcSubject, identity.subject));
  if (!row && identity.email && identity.emailVerified === true) {
    const email = identity.email.trim();
    // One transaction: an account is never bound to a sign-in without its audit entry.
    [row] = await db.transaction(async (tx) => {
      const linked = await tx
        .update(staffAccounts)
        .set({ oidcSubject: identity.subject })
        .where(and(sql`lower(${staffAccounts.email}) = lower(${email})`, isNull(staffAccounts.oidcSubject), eq(staffAccounts.active, true)))
        .returning();
      for (const account of linked) await recordStaffAction(tx, { viewer: { actor: `account:${account.id}` }, action: 'staff.sso_linked', target: `account:${account.id}` });
      return linked;
    });
  }
  if (!row?.active) return { ok: false, reason: 'unknown' };
  const session = await startSession(db, { accountId: row.id, now: input.now, policy: input.policy });
  return { ok: true, account: toAccount(row), ...session };
}
