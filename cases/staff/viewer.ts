import type { Municipality } from '../../drizzle/schema';

/**
 * Who is asking: the bootstrap admin (ADMIN_TOKEN), or one coach. The api's auth produces it;
 * repositories scope by it.
 *
 * A coach with `isAdmin` manages coaches and teams as the admin token does, and sees every case of
 * their own municipality (details included, each read audited); the admin token sees every case.
 */
export type Viewer =
  /** A global admin: the admin token, or (with `accountId`) a dashboard account with role admin. */
  | { kind: 'admin'; accountId?: string }
  | { kind: 'coach'; coachId: string; municipality: Municipality; isAdmin: boolean; accountId?: string };

/** The admin token or an admin-coach. */
export function isAdministrator(viewer: Viewer): boolean {
  return viewer.kind === 'admin' || viewer.isAdmin;
}

/**
 * The `actor` written to case events and the audit log: the coach's id, 'admin' for the admin token,
 * `staff:<account id>` for a dashboard admin (so the log names the person, not just the role).
 */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === 'coach') return viewer.coachId;
  return viewer.accountId ? `staff:${viewer.accountId}` : 'admin';
}
