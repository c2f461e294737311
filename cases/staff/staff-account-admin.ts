import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../drizzle/connection';
import { coaches, staffAccounts, staffRoles, staffSessions, type Municipality, type StaffRole } from '../../drizzle/schema';
import { recordAdminAction, type AdminAction } from '../privacy/audit-log';
import { InvalidRequestError, NotFoundError } from '../errors';
import { manageScope, requireGlobalAdmin, requireManages } from './municipality-scope';
import { createStaffAccount, hashPassword, type NewStaffAccount, type StaffAccount } from './staff-accounts';
import type { Viewer } from './viewer';

/**
 * Joiners, movers and leavers of the dashboard: who may create, disable, re-role and reset which
 * account. The rule is one: an account belongs to the municipality of its coach as the coach is now
 * (else its own; none: both); a global admin manages every account; an admin-coach or team lead those
 * of their municipality with role coach or team lead; admins and analysts only a global admin makes or
 * touches. Every action is audited in its own transaction.
 */

export interface StaffAccountView extends StaffAccount {
  active: boolean;
  /** Live dashboard sessions of the account. */
  sessions: number;
  /** The linked coach has left: the account cannot be used until the coach is active again. */
  coachActive: boolean | null;
}

/** Roles above a municipality: only a global admin gives them. */
const GLOBAL_ROLES: readonly StaffRole[] = ['admin', 'analyst'];

/** The roles the viewer may give: a global admin all, an admin-coach or team lead coach and team lead. */
export function grantableRoles(viewer: Viewer): readonly StaffRole[] {
  return viewer.kind === 'admin' ? staffRoles : staffRoles.filter((role) => !GLOBAL_ROLES.includes(role));
}

/** The viewer may manage an account with this role in this municipality, or AccessDeniedError. */
async function requireManagesAccount(db: DbOrTx, viewer: Viewer, account: { role: StaffRole; municipality: Municipality | null }): Promise<void> {
  if (GLOBAL_ROLES.includes(account.role)) requireGlobalAdmin(viewer);
  await requireManages(db, viewer, account.municipality);
}

const accountColumns = {
  id: staffAccounts.id,
  email: staffAccounts.email,
  name: staffAccounts.name,
  role: staffAccounts.role,
  coachId: staffAccounts.coachId,
  active: staffAccounts.active,
  // Where the account's coach works now (a mover's account moves with them); else the account's own.
  municipality: sql<Municipality | null>`coalesce(${coaches.municipality}, ${staffAccounts.municipality})`,
  coachActive: coaches.active,
  sessions: sql<number>`(select count(*)::int from ${staffSessions} where ${staffSessions.accountId} = ${staffAccounts.id} and ${staffSessions.expiresAt} > now())`,
};

/** The accounts the viewer manages, by name. */
export async function listStaffAccounts(db: DbOrTx, viewer: Viewer): Promise<StaffAccountView[]> {
  const scope = await manageScope(db, viewer);
  const rows = await db
    .select(accountColumns)
    .from(staffAccounts)
    .leftJoin(coaches, eq(coaches.id, staffAccounts.coachId))
    .where(
      'all' in scope
        ? undefined
        : and(inArray(staffAccounts.role, ['coach', 'team_lead']), sql`coalesce(${coaches.municipality}, ${staffAccounts.municipality}) = ${scope.municipality}`),
    )
    .orderBy(asc(staffAccounts.name), asc(staffAccounts.email));
  return rows;
}

/** One account the viewer manages; NotFoundError for an unknown id, AccessDeniedError for one of someone else. */
export async function getStaffAccount(db: DbOrTx, options: { viewer: Viewer; accountId: string }): Promise<StaffAccountView> {
  await manageScope(db, options.viewer);
  const [row] = await db.select(accountColumns).from(staffAccounts).leftJoin(coaches, eq(coaches.id, staffAccounts.coachId)).where(eq(staffAccounts.id, options.accountId));
  if (!row) throw new NotFoundError('Account not found');
  await requireManagesAccount(db, options.viewer, row);
  return row;
}

/** Creates a dashboard account within the viewer's power (admins, analysts and accounts for both municipalities: a global admin). */
export async function createStaffAccountAs(db: Db, options: { viewer: Viewer; input: NewStaffAccount }): Promise<StaffAccount> {
  const { viewer, input } = options;
  return db.transaction(async (tx) => {
    let municipality = input.municipality ?? null;
    if (input.coachId) {
      const [coach] = await tx.select({ municipality: coaches.municipality }).from(coaches).where(eq(coaches.id, input.coachId));
      // Unknown to a global admin is a bad field; to anyone else, not theirs to name.
      if (!coach) {
        await requireManages(tx, viewer, null);
        throw new InvalidRequestError('coachId: no such coach');
      }
      municipality = coach.municipality;
    }
    await requireManagesAccount(tx, viewer, { role: input.role, municipality });
    const account = await createStaffAccount(tx, input);
    await recordAdminAction(tx, { viewer, action: 'account.created', target: `account:${account.id}`, municipality });
    return account;
  });
}

/** Runs an action on an account the viewer manages, audited in the same transaction. */
async function onAccount<T>(
  db: Db,
  options: { viewer: Viewer; accountId: string; action: AdminAction },
  run: (tx: DbOrTx, account: StaffAccountView) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const account = await getStaffAccount(tx, options);
    const result = await run(tx, account);
    await recordAdminAction(tx, { viewer: options.viewer, action: options.action, target: `account:${account.id}`, municipality: account.municipality });
    return result;
  });
}

/** Disables or enables an account. Disabling ends its sessions at once. */
export async function setStaffAccountActive(db: Db, options: { viewer: Viewer; accountId: string; active: boolean }): Promise<void> {
  await onAccount(db, { ...options, action: options.active ? 'account.reactivated' : 'account.deactivated' }, async (tx, account) => {
    await tx.update(staffAccounts).set({ active: options.active, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, account.id));
    if (!options.active) await endSessionsOf(tx, [account.id]);
  });
}

/** Changes an account's role within the viewer's power; its sessions end, so the new role counts from the next sign-in. */
export async function changeStaffAccountRole(db: Db, options: { viewer: Viewer; accountId: string; role: StaffRole }): Promise<void> {
  await onAccount(db, { ...options, action: 'account.role_changed' }, async (tx, account) => {
    await requireManagesAccount(tx, options.viewer, { role: options.role, municipality: account.municipality });
    if ((options.role === 'coach' || options.role === 'team_lead') && !account.coachId) {
      throw new InvalidRequestError('role: a coach or team lead needs their coach');
    }
    await tx.update(staffAccounts).set({ role: options.role }).where(eq(staffAccounts.id, account.id));
    await endSessionsOf(tx, [account.id]);
  });
}

/**
 * Gives an account a new random password, returned this once for the administrator to pass on; the
 * old password stops working, the lock is lifted and every session of the account ends. The new one is
 * a one-time key: it only leads to choosing a password of the person's own (cases/staff/new-password.ts),
 * so the administrator never knows the password that opens the dashboard.
 */
export async function resetStaffPassword(db: Db, options: { viewer: Viewer; accountId: string }): Promise<{ password: string }> {
  // 15 random bytes: 20 characters of base64url, far above the 12 a password needs.
  const password = randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(password);
  await onAccount(db, { ...options, action: 'account.password_reset' }, async (tx, account) => {
    await tx.update(staffAccounts).set({ passwordHash, passwordChangeRequired: true, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, account.id));
    await endSessionsOf(tx, [account.id]);
  });
  return { password };
}

/**
 * Takes away an account's second factor (a lost or replaced phone): the secret goes, the lock is lifted
 * and every session ends. At the next sign-in the person sets up a new one, where the role requires it
 * (TOTP_REQUIRED_ROLES) or on their account page. Who may do this is who manages the account.
 */
export async function resetSecondFactor(db: Db, options: { viewer: Viewer; accountId: string }): Promise<void> {
  await onAccount(db, { ...options, action: 'account.second_factor_reset' }, async (tx, account) => {
    await tx
      .update(staffAccounts)
      .set({ totpSecretEnc: null, totpConfirmedAt: null, totpLastStep: null, failedAttempts: 0, lockedUntil: null })
      .where(eq(staffAccounts.id, account.id));
    await endSessionsOf(tx, [account.id]);
  });
}

/** Signs an account out everywhere (a lost laptop): every session of it ends. Returns how many. */
export async function endStaffSessions(db: Db, options: { viewer: Viewer; accountId: string }): Promise<{ ended: number }> {
  return onAccount(db, { ...options, action: 'account.sessions_ended' }, async (tx, account) => ({ ended: await endSessionsOf(tx, [account.id]) }));
}

/**
 * A coach left: in the caller's transaction their bearer token is revoked, their dashboard accounts
 * are disabled and every session of those accounts ends. Reactivating the coach later does not
 * bring these back: an administrator enables the account and issues a token on purpose.
 */
export async function endAccessOfCoach(tx: DbOrTx, coachId: string): Promise<void> {
  await tx.update(coaches).set({ tokenHash: null }).where(eq(coaches.id, coachId));
  const accounts = await tx.update(staffAccounts).set({ active: false }).where(eq(staffAccounts.coachId, coachId)).returning({ id: staffAccounts.id });
  await endSessionsOf(
    tx,
    accounts.map((a) => a.id),
  );
}

/** Every dashboard session of the coach's accounts ends (their scope changed): the next sign-in counts. */
export async function endSessionsOfCoach(tx: DbOrTx, coachId: string): Promise<number> {
  const accounts = await tx.select({ id: staffAccounts.id }).from(staffAccounts).where(eq(staffAccounts.coachId, coachId));
  return endSessionsOf(
    tx,
    accounts.map((a) => a.id),
  );
}

async function endSessionsOf(tx: DbOrTx, accountIds: string[]): Promise<number> {
  if (accountIds.length === 0) return 0;
  const ended = await tx.delete(staffSessions).where(inArray(staffSessions.accountId, accountIds)).returning({ id: staffSessions.idHash });
  return ended.length;
}
