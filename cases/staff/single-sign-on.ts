import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { staffAccounts } from '../../drizzle/schema';
import { recordStaffAction } from '../privacy/audit-log';
import type { PendingSecondFactor } from '../../drizzle/schema';
import { secondFactorDue, startSession, toAccount, type SessionPolicy, type StaffAccount } from './staff-accounts';

/** What the organisation's OpenID provider says about the person (from the verified ID token). */
export interface OrganisationIdentity {
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
  /** How the person proved who they are (RFC 8176 values, e.g. `pwd`, `otp`, `mfa`), as the ID token says. */
  amr?: string[] | undefined;
  /** The authentication context class the provider reached, as the ID token says. */
  acr?: string | undefined;
}

/** Which `amr` or `acr` values count as a second factor at the provider (OIDC_SECOND_FACTOR_AMR / _ACR). */
export interface ProviderSecondFactor {
  amr: string[];
  acr: string[];
}

export type OrganisationSignInResult =
  | { ok: true; account: StaffAccount; sessionId: string; csrfToken: string; pending: PendingSecondFactor | null }
  | { ok: false; reason: 'unknown' };

/** Whether the ID token shows that the provider asked a second factor. */
export function providerAskedSecondFactor(identity: OrganisationIdentity, accepted: ProviderSecondFactor): boolean {
  if (identity.amr?.some((method) => accepted.amr.includes(method))) return true;
  return identity.acr !== undefined && accepted.acr.includes(identity.acr);
}

/**
 * A sign-in through the organisation's OpenID provider, mapped to an existing, active dashboard
 * account an admin made: by the subject bound to it, or else, once, by the provider's verified
 * e-mail address (the subject is then bound, audited, and the e-mail no longer matters). Role and
 * municipality are the account's. Someone the dashboard does not know gets nothing: no account is
 * ever made here. The provider's sign-in stands in for the second factor only when its ID token says
 * one was asked (`amr`/`acr`, {@link providerAskedSecondFactor}); otherwise it counts as a password
 * alone, and the session waits for the dashboard's own code exactly as after a password sign-in.
 */
export async function signInWithOrganisation(
  db: DbOrTx,
  input: { identity: OrganisationIdentity; now: Date; policy: SessionPolicy; secondFactor: ProviderSecondFactor },
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
      for (const account of linked) await recordStaffAction(tx, { viewer: { actor: `staff:${account.id}` }, action: 'staff.sso_linked', target: `account:${account.id}` });
      return linked;
    });
  }
  if (!row?.active) return { ok: false, reason: 'unknown' };
  const pending = providerAskedSecondFactor(identity, input.secondFactor) ? null : secondFactorDue(row, input.policy);
  const session = await startSession(db, { accountId: row.id, now: input.now, policy: input.policy, pending });
  return { ok: true, account: toAccount(row), pending, ...session };
}
