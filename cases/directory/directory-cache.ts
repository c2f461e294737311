import type { Logger } from 'pino';
import type { Database } from '../../drizzle/connection';
import { Directory, directorySeed, type DirectorySource } from '../../flows/directory/directory';
import { DIRECTORY_CHANGED, listDirectoryEntries } from './directory-repository';

/** The directory as the bot reads it in a turn, from memory, and how it is kept fresh. */
export interface DirectoryCache extends DirectorySource {
  /** Reads the table again now (after an admin's change in this process; tests). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The directory held per process: the bot answers in a turn without a query per message. Read
 * once at start, and again whenever an entry changes: an admin's save notifies `directory_changed`
 * (PostgreSQL LISTEN/NOTIFY), so every api and worker process follows within a moment.
 */
export async function startDirectoryCache(options: { database: Database; logger: Pick<Logger, 'warn'> }): Promise<DirectoryCache> {
  const { database, logger } = options;
  let snapshot = new Directory(directorySeed());
  let reading: Promise<void> | undefined;
  const refresh = async () => {
    const rows = await listDirectoryEntries(database.db);
    // An empty table (before the seed ran) keeps the seed: the bot never names nothing.
    snapshot = new Directory(rows.length > 0 ? rows : directorySeed());
  };
  const refreshQuietly = () => {
    reading = refresh().catch((err: unknown) => logger.warn({ err }, 'directory not re-read; the bot names the last known contacts'));
  };
  await refresh();
  const listening = await database.sql.listen(DIRECTORY_CHANGED, refreshQuietly);
  return {
    current: () => snapshot,
    refresh,
    close: async () => {
      await listening.unlisten().catch(() => undefined);
      await reading;
    },
  };
}
