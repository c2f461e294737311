import { levenshtein, normalize } from '../match-choice';
import { placeByName, placeNames, type DutchPlace } from './dutch-municipalities';

/**
 * What a typed place means: a place we know (exactly, or with one typing error in a longer name),
 * a close guess to check with the young person ("Bedoel je Haarlem?"), or nothing.
 */
export type PlaceMatch = { kind: 'found'; place: DutchPlace } | { kind: 'suggestion'; place: DutchPlace } | { kind: 'none' };

/** Longer messages are a story, not a place; the search below stays cheap. */
const MAX_LENGTH = 80;
const MAX_WORDS_IN_NAME = 5;

/** Words around a place name ("ik woon in", "gemeente") that never are the place. */
const FILLER = new Set([
  'ik', 'woon', 'wonen', 'in', 'de', 'het', 'te', 'bij', 'gemeente', 'uit', 'kom', 'van', 'stad', 'dorp', 'wijk', 'buurt', 'nu', 'al',
  'i', 'live', 'the', 'municipality', 'city', 'town', 'from', 'near', 'im', 'am',
  // Words that are close to a place name but are an answer of their own ("weet" ~ Weert).
  'weet', 'niet', 'veel', 'geen', 'idee', 'nee', 'ja', 'oke', 'okay', 'know', 'dont',
]);

/**
 * Finds the Dutch place in what the young person typed: "Haarlem", "ik woon in Kudelstaart",
 * "A'dam", "den haag". Exact names first (the longest run of words that is a name wins, so "Nes
 * aan de Amstel" is not "Amstel…"); then a close spelling: one typing error in a name of five
 * letters or more counts as that place; two, or one in a short name, is only a guess to check.
 * The names are data (data/municipalities.csv, data/places.csv), never a list in code.
 */
export function findPlace(text: string): PlaceMatch {
  const input = normalize(text);
  if (!input || input.length > MAX_LENGTH) return { kind: 'none' };
  const words = input.split(' ');

  for (let size = Math.min(MAX_WORDS_IN_NAME, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const place = placeByName(words.slice(start, start + size).join(' '));
      if (place) return { kind: 'found', place };
    }
  }

  const meaningful = words.filter((word) => !FILLER.has(word));
  const candidates = new Set<string>([meaningful.join(' ')]);
  for (let size = 1; size <= Math.min(3, meaningful.length); size++) {
    for (let start = 0; start + size <= meaningful.length; start++) candidates.add(meaningful.slice(start, start + size).join(' '));
  }
  let best: { place: DutchPlace; distance: number; length: number; typed: number } | undefined;
  let tied = false;
  for (const candidate of candidates) {
    if (candidate.replace(/ /g, '').length < 4) continue;
    for (const [name, place] of placeNames()) {
      const allowed = name.length >= 8 ? 2 : 1;
      if (Math.abs(name.length - candidate.length) > allowed) continue;
      const distance = levenshtein(candidate, name);
      if (distance > allowed) continue;
      if (!best || distance < best.distance) {
        best = { place, distance, length: name.length, typed: candidate.length };
        tied = false;
      } else if (distance === best.distance && place.municipality !== best.place.municipality) {
        tied = true;
      }
    }
  }
  if (!best) return { kind: 'none' };
  if (best.distance === 1 && best.length >= 5 && best.typed >= 5 && !tied) return { kind: 'found', place: best.place };
  return { kind: 'suggestion', place: best.place };
}
