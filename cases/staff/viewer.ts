import type { Municipality } from '../../drizzle/schema';

/**
 * Who is asking: the bootstrap admin (ADMIN_TOKEN), or one coach. The api's auth produces it;
 * repositories scope by it.
 *
 * A coach with `isAdmin` manages coaches and teams as the admin token does, and sees every case of
 * their own municipality (details included, each read audited); the admin token sees every case.
 */
export type Viewer =
  | { kind: 'admin' }
  | { kind: 'coach'; coachId: string; municipality: Municipality; isAdmin: boolean };

/** The admin token or an admin-coach. */
export function isAdministrator(viewer: Viewer): boolean {
  return viewer.kind === 'admin' || viewer.isAdmin;
}

/** The `actor` written to case events and the audit log: 'admin' or the coach's id. */
export function actorOf(viewer: Viewer): string {
  return viewer.kind === 'admin' ? 'admin' : viewer.coachId;
}
