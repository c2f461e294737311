import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { directoryKinds, municipalities, type DirectoryKind, type Municipality } from '../../drizzle/schema';
import type { NightShelters } from '../safety/emergency-message';

/** One desk or service: where a young person goes, how to reach it, when it is open. */
export const directoryEntrySchema = z.object({
  municipality: z.enum(municipalities),
  kind: z.enum(directoryKinds),
  /** How the young person knows it: "Werkplein Amstelveen". */
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().min(1).max(200).nullable(),
  /** As a young person dials it: "14 020", "020-1234567", "+31 20 123 4567". */
  phone: z.string().trim().regex(/^\+?\d[\d -]{1,18}\d$/, 'must be a phone number like 14 020 or 020-1234567').nullable(),
  /** As the desk writes it: "ma t/m vr 9.00–17.00". */
  openingHours: z.string().trim().min(1).max(200).nullable(),
  webUrl: z.url({ protocol: /^https?$/ }).max(300).nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

/**
 * The directory as the bot reads it in a turn: an immutable snapshot (cases/directory/ keeps it
 * fresh from the table). One place for every contact the bot names (DESIGN.md rule 12).
 */
export class Directory {
  private readonly byPlace: Map<string, DirectoryEntry>;

  constructor(readonly entries: readonly DirectoryEntry[]) {
    this.byPlace = new Map(entries.map((entry) => [`${entry.municipality}/${entry.kind}`, entry]));
  }

  find(municipality: Municipality, kind: DirectoryKind): DirectoryEntry | undefined {
    return this.byPlace.get(`${municipality}/${kind}`);
  }

  /** The entries of one kind, one per municipality that has it, in the region's order. */
  ofKind(kind: DirectoryKind): DirectoryEntry[] {
    return municipalities.map((m) => this.find(m, kind)).filter((entry): entry is DirectoryEntry => entry !== undefined);
  }

  /** The night shelters the emergency message names (flows/safety/emergency-message.ts). */
  nightShelters(): NightShelters {
    const shelters: NightShelters = {};
    for (const entry of this.ofKind('nachtopvang')) if (entry.phone) shelters[entry.municipality] = { name: entry.name, phone: entry.phone };
    return shelters;
  }
}

const seedFile = z.object({ source: z.string(), entries: z.array(directoryEntrySchema) });

let seed: readonly DirectoryEntry[] | undefined;

/** The entries of data/directory.json: what an empty table is filled with, and the default before it is read. */
export function directorySeed(): readonly DirectoryEntry[] {
  seed ??= seedFile.parse(JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'directory.json'), 'utf8'))).entries;
  return seed;
}

/** Where the bot reads the directory: the table's cache in the worker, the seed in tests. */
export interface DirectorySource {
  current(): Directory;
}

let seedDirectory: Directory | undefined;

export const seedDirectorySource: DirectorySource = {
  current: () => (seedDirectory ??= new Directory(directorySeed())),
};
