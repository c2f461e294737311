import { asc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { auditLog, directoryEntries, type DirectoryKind, type Municipality } from '../../drizzle/schema';
import { actorNameSql } from '../staff/actor-name';
import type { DirectoryEntry } from '../../flows/directory/directory';

/** Told to every process's cache (cases/directory/directory-cache.ts) when an entry changes; sent at commit. */
export const DIRECTORY_CHANGED = 'directory_changed';

const columns = {
  municipality: directoryEntries.municipality,
  kind: directoryEntries.kind,
  name: directoryEntries.name,
  address: directoryEntries.address,
  phone: directoryEntries.phone,
  openingHours: directoryEntries.openingHours,
  webUrl: directoryEntries.webUrl,
};

export interface StoredDirectoryEntry extends DirectoryEntry {
  updatedAt: Date;
  updatedBy: string;
  /** The name of the person behind `updatedBy`; null for the seed or the admin token. */
  updatedByName: string | null;
}

export async function listDirectoryEntries(db: DbOrTx): Promise<StoredDirectoryEntry[]> {
  return db
    .select({ ...columns, updatedAt: directoryEntries.updatedAt, updatedBy: directoryEntries.updatedBy, updatedByName: actorNameSql(directoryEntries.updatedBy) })
    .from(directoryEntries)
    .orderBy(asc(directoryEntries.municipality), asc(directoryEntries.kind));
}

/**
 * Fills an empty directory with the seed (data/directory.json, and night shelters from the
 * NIGHT_SHELTERS setting). Once an admin keeps the table, the seed never overwrites it: a seed
 * entry is only added where the table has none of that municipality and kind.
 */
export async function seedDirectory(db: DbOrTx, entries: readonly DirectoryEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const inserted = await db
    .insert(directoryEntries)
    .values(entries.map((entry) => ({ ...entry, updatedBy: 'seed' })))
    .onConflictDoNothing({ target: [directoryEntries.municipality, directoryEntries.kind] })
    .returning({ id: directoryEntries.id });
  if (inserted.length > 0) await db.execute(sql`select pg_notify(${DIRECTORY_CHANGED}, '')`);
  return inserted.length;
}

/**
 * An admin sets one entry (creates it, or changes it): written with an audit row, and every
 * process's cache is told at commit. Run it in a transaction.
 */
export async function saveDirectoryEntry(tx: DbOrTx, options: { entry: DirectoryEntry; actor: string; now?: Date }): Promise<void> {
  const { entry, actor } = options;
  const at = options.now ?? new Date();
  await tx
    .insert(directoryEntries)
    .values({ ...entry, updatedBy: actor, updatedAt: at })
    .onConflictDoUpdate({
      target: [directoryEntries.municipality, directoryEntries.kind],
      set: { name: entry.name, address: entry.address, phone: entry.phone, openingHours: entry.openingHours, webUrl: entry.webUrl, updatedBy: actor, updatedAt: at },
    });
  await tx.insert(auditLog).values({ actor, action: `directory.saved:${entry.municipality}/${entry.kind}`, at });
  await tx.execute(sql`select pg_notify(${DIRECTORY_CHANGED}, '')`);
}

export function directoryKey(place: { municipality: Municipality; kind: DirectoryKind }): string {
  return `${place.municipality}/${place.kind}`;
}
