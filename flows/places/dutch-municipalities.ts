import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { normalize } from '../match-choice';

/**
 * Every Dutch municipality and the places and names that belong to it, from the kept data files in
 * `data/` (sources, date and how to refresh them: data/README.md). Read once per process: the
 * files change with a release, not while it runs.
 */
export interface DutchMunicipality {
  /** Stable id: the name in lower case without accents or punctuation ("s gravenhage"). */
  slug: string;
  /** The official name (CBS): "'s-Gravenhage", "Bergen (NH.)". */
  name: string;
  /** Every municipality answers on 14 + its area code: "14 023". */
  phone: string;
  website: string;
  province: string;
}

export interface DutchPlace {
  /** As people write it: "Kudelstaart", "Den Haag", "A'dam". */
  name: string;
  municipality: DutchMunicipality;
  kind: 'gemeente' | 'woonplaats' | 'bijnaam';
}

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

const municipalityRow = z.object({
  gemeente: z.string().min(1),
  telefoon: z.string().regex(/^14 0\d{1,3}$/),
  website: z.url(),
  provincie: z.string().min(1),
});
const placeRow = z.object({ plaats: z.string().min(1), gemeente: z.string().min(1), soort: z.enum(['woonplaats', 'bijnaam']) });

export class PlacesDataError extends Error {
  constructor(file: string, row: number, problem: string) {
    super(`data/${file} row ${row}: ${problem}`);
    this.name = this.constructor.name;
  }
}

interface PlacesData {
  municipalities: DutchMunicipality[];
  bySlug: Map<string, DutchMunicipality>;
  /** Normalised name of a municipality or place → the place. A municipality's own name wins. */
  byName: Map<string, DutchPlace>;
}

let loaded: PlacesData | undefined;

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(dataDir, file), 'utf8'), { columns: true, delimiter: ';', trim: true, skip_empty_lines: true }) as Record<string, string>[];
}

function load(): PlacesData {
  const municipalities = readCsv('municipalities.csv').map((raw, i) => {
    const row = municipalityRow.safeParse(raw);
    if (!row.success) throw new PlacesDataError('municipalities.csv', i + 2, row.error.issues.map((x) => x.path.join('.')).join(', '));
    const { gemeente, telefoon, website, provincie } = row.data;
    return { slug: normalize(gemeente), name: gemeente, phone: telefoon, website, province: provincie };
  });
  const bySlug = new Map(municipalities.map((m) => [m.slug, m]));
  const byName = new Map<string, DutchPlace>();
  for (const municipality of municipalities) {
    byName.set(municipality.slug, { name: municipality.name, municipality, kind: 'gemeente' });
    // "Bergen (NH.)" is also just "Bergen NH"; "Nuenen, Gerwen en Nederwetten" just "Nuenen" (data/places.csv).
    const plain = normalize(municipality.name.replace(/\(.*\)/, ''));
    if (!byName.has(plain)) byName.set(plain, { name: municipality.name, municipality, kind: 'gemeente' });
  }
  readCsv('places.csv').forEach((raw, i) => {
    const row = placeRow.safeParse(raw);
    if (!row.success) throw new PlacesDataError('places.csv', i + 2, row.error.issues.map((x) => x.path.join('.')).join(', '));
    const municipality = bySlug.get(normalize(row.data.gemeente));
    if (!municipality) throw new PlacesDataError('places.csv', i + 2, `unknown municipality ${row.data.gemeente}`);
    const key = normalize(row.data.plaats);
    if (!byName.has(key)) byName.set(key, { name: row.data.plaats, municipality, kind: row.data.soort });
  });
  return { municipalities, bySlug, byName };
}

function data(): PlacesData {
  loaded ??= load();
  return loaded;
}

/** All municipalities, alphabetically. */
export function dutchMunicipalities(): readonly DutchMunicipality[] {
  return data().municipalities;
}

export function municipalityBySlug(slug: string): DutchMunicipality | undefined {
  return data().bySlug.get(slug);
}

/** The place or municipality with exactly this (normalised) name. */
export function placeByName(normalized: string): DutchPlace | undefined {
  return data().byName.get(normalized);
}

/** Every known name, for the close-spelling search. */
export function placeNames(): Iterable<[string, DutchPlace]> {
  return data().byName.entries();
}
