import { languages, loadResources, type Language } from '../../locales/index';

/** Namespaces only staff read: a young person never gets their texts. */
const STAFF_NAMESPACES = ['coach', 'dashboard', 'email'];
/**
 * Shorter pieces ("Ja", "Oké", "Amstelveen") are shared by languages or are names; twelve characters
 * make a piece of a sentence that belongs to one language.
 */
const MIN_FRAGMENT = 12;

/** A fixed piece of a text of another language, and where it comes from. */
export interface ForeignFragment {
  language: Language;
  fragment: string;
}

/**
 * What the bot may say in `language`: every string of its youth namespaces, at any depth (plural forms
 * included), except the word lists it reads answers with (`a|b|c`: aliases, command words), which
 * hold Dutch and English words on purpose and are never shown.
 */
function youthStrings(language: Language): string[] {
  const namespaces = loadResources()[language] ?? {};
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && !value.includes('|')) strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const [namespace, value] of Object.entries(namespaces)) if (!STAFF_NAMESPACES.includes(namespace)) walk(value);
  return strings;
}

/** The pieces a text is built of: split on placeholders, lines and sentence ends. */
function fixedPieces(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\n|(?<=[.!?…:;])\s+/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= MIN_FRAGMENT);
}

const fold = (text: string) => text.toLocaleLowerCase('und').replace(/\s+/g, ' ');

/**
 * The fixed pieces of the other languages' youth texts that a message in `language` should never
 * hold: of at least twelve characters, and not found anywhere in `language`'s own texts (a brand,
 * an address or a phone number several languages share).
 */
export function foreignFragments(language: Language): ForeignFragment[] {
  const own = fold(youthStrings(language).join('\n'));
  const seen = new Set<string>();
  const fragments: ForeignFragment[] = [];
  for (const other of languages) {
    if (other === language) continue;
    for (const piece of youthStrings(other).flatMap(fixedPieces)) {
      const folded = fold(piece);
      if (seen.has(folded) || own.includes(folded)) continue;
      seen.add(folded);
      fragments.push({ language: other, fragment: folded });
    }
  }
  return fragments;
}

/** The first foreign fragment `text` holds, if any. */
export function foreignFragmentIn(text: string, fragments: readonly ForeignFragment[]): ForeignFragment | undefined {
  const folded = fold(text);
  return fragments.find((f) => folded.includes(f.fragment));
}
