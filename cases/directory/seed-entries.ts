import type { Municipality } from '../../drizzle/schema';
import { directorySeed, type DirectoryEntry } from '../../flows/directory/directory';
import type { NightShelters } from '../../flows/safety/emergency-message';

/**
 * What an empty directory is filled with: data/directory.json, and a night shelter per
 * municipality from the NIGHT_SHELTERS setting (kept only as seed: the directory is the one place
 * the bot reads it from, and an admin changes it in the dashboard).
 */
export function directorySeedEntries(nightShelters: NightShelters = {}): DirectoryEntry[] {
  const shelters = Object.entries(nightShelters).map(([municipality, shelter]): DirectoryEntry => ({
    municipality: municipality as Municipality,
    kind: 'nachtopvang',
    name: shelter.name,
    address: null,
    phone: shelter.phone,
    openingHours: null,
    webUrl: null,
  }));
  return [...directorySeed(), ...shelters];
}
