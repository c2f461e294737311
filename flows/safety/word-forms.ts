/**
 * Other forms under which a word of a message may be one of a lexicon's concept words: Arabic words
 * without the prefixes written onto them, and Arabizi (Arabic in Latin letters) by its consonants.
 */

/** A word left without its prefix must still have this many letters: "ومات" is "مات", "وين" stays "وين". */
const STEM_FROM = 3;

/** The word without one or two attached prefixes ("وبيضربني" → "بيضربني", "يضربني"), longest prefix first. */
export function withoutAttached(prefixes: readonly string[]): (word: string) => string[] {
  const sorted = [...prefixes].sort((a, b) => b.length - a.length);
  const strip = (word: string): string[] =>
    sorted.filter((prefix) => word.startsWith(prefix) && word.length - prefix.length >= STEM_FROM).map((prefix) => word.slice(prefix.length));
  return (word) => {
    const once = strip(word);
    return [...once, ...once.flatMap(strip)];
  };
}

/** Consonant outlines shorter than this say too little: "mt" is "mout" and "mate" alike. */
const OUTLINE_FROM = 4;

/**
 * Arabizi by its consonants, the vowels (and the "3" of ع, read as "e") left out, the sounds written
 * several ways made one: "kh"/"5" (read as "s"), "ch"/"sh", "gh"/"g", "7"/"h" (read as "t"), "9"/"q"/"2"/"k".
 * So "kaydrbni" and "kaydarbni", "y9telni" and "yi2tolni" meet. Only Latin words with an outline of four
 * consonants or more: shorter ones are spelled out in the concept lists. Words are already normalised
 * (flows/safety/normalise-message.ts reads "3", "5" and "7" inside a word as "e", "s" and "t"). The
 * outline starts with "~", so it never meets a word as written.
 */
export function consonantOutline(word: string): string | undefined {
  if (!/^[a-z0-9]+$/.test(word)) return undefined;
  const outline = word
    .replace(/kh/g, 's')
    .replace(/[cs]h/g, 'c')
    .replace(/gh/g, 'g')
    .replace(/[td]h/g, (pair) => pair[0]!)
    .replace(/h/g, 't')
    .replace(/[9q2]/g, 'k')
    .replace(/(?!^)y/g, '')
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
  return outline.length >= OUTLINE_FROM ? `~${outline}` : undefined;
}
