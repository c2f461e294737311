import type { Db } from '../../drizzle/connection';
import type { DirectoryEntry } from '../../flows/directory/directory';
import { AccessDeniedError } from '../errors';
import { actorOf, isAdministrator, type Viewer } from '../staff/viewer';
import { saveDirectoryEntry } from './directory-repository';

/**
 * An administrator changes where young people are sent (DESIGN.md rule 11: power is scoped where it
 * is exercised): the admin token everywhere, an admin-coach in their own municipality only. Audited;
 * every process's cache follows at commit.
 */
export async function changeDirectoryEntry(db: Db, input: { viewer: Viewer; entry: DirectoryEntry }): Promise<void> {
  const { viewer, entry } = input;
  if (!isAdministrator(viewer)) throw new AccessDeniedError('Only an admin may change the directory');
  if (viewer.kind === 'coach' && viewer.municipality !== entry.municipality) throw new AccessDeniedError('Only the directory of your own municipality');
  await db.transaction((tx) => saveDirectoryEntry(tx, { entry, actor: actorOf(viewer) }));
}
