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

/** Ukrainian and Russian letters as young people write them in Latin ones (after accents were taken off: "й" is "и", "ї" is "і"). */
const CYRILLIC_IN_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * One spelling for the ways Ukrainian and Russian are written in Latin letters, the English, the
 * Ukrainian passport and the Polish habits alike: "zh"/"ż"/"rz" (ж), "kh"/"h"/"g"/"x" (х, г), "ch"/"cz"
 * (ч), "sh"/"sz" (ш), "shch"/"sch"/"szcz" (щ), "ts"/"c" (ц), "w" (в), and the glides "y"/"j"/"i" before a
 * vowel left out, so "ya"/"ja"/"ia" (я), "ye"/"je"/"ie" (є), "yu"/"ju" (ю) and "yi"/"ji" (ї) are their
 * vowel, and "y"/"i"/"j" (и, і, й, ы) are one. So "zachynyaye", "zachyniaie" and "зачиняє" meet, and
 * "pripekayu" is "припікаю" read the Russian way. Starts with "=", so it never meets a word as written.
 */
export function transliterationKey(word: string): string | undefined {
  let latin: string;
  if (/^[a-z]+$/.test(word)) latin = word;
  else if (/^[а-яєіґ]+$/.test(word)) latin = [...word].map((letter) => CYRILLIC_IN_LATIN[letter] ?? letter).join('');
  else return undefined;
  const key = latin
    .replace(/s?zcz|shch|sch/g, 'S')
    .replace(/[sc]z|sh/g, (pair) => (pair === 'cz' ? 'C' : 'S'))
    .replace(/ch/g, 'C')
    .replace(/[zr]z|zh/g, 'Z')
    .replace(/kh|[gx]/g, 'h')
    .replace(/t[sz]/g, 'c')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/i+(?=[aeiou])/g, '')
    .replace(/(.)\1+/g, '$1');
  return `=${key}`;
}

/** A message's Latin word as {@link transliterationKey} spells it; none for a word in another script. */
export function latinKey(word: string): string | undefined {
  return /^[a-z]+$/.test(word) ? transliterationKey(word) : undefined;
}

/** A lexicon's Cyrillic word as {@link transliterationKey} spells it, a prefix (`*`) still a prefix; none for other words. */
export function cyrillicKey(lexiconWord: string): string | undefined {
  const prefix = lexiconWord.endsWith('*');
  const body = lexiconWord.replace(/[*!]$/, '');
  if (!/^[а-яєіґ]+$/.test(body)) return undefined;
  return `${transliterationKey(body)}${prefix ? '*' : ''}`;
}

/**
 * A concept's word is read by its key from this many letters on: a concept stands alone, and a short
 * key is a word of another language ("геть" is the Dutch "het", "мать" the Arabizi "mat"). A rule's
 * words stand in a row, so there "z" (з) and "ne" (не) are read too. Short words a concept needs in
 * Latin letters ("mne") are written out in its list.
 */
export const KEYED_CONCEPT_FROM = 4;

/** Lexicon words with, for a lexicon read in Latin letters too, their {@link cyrillicKey}s (of `from` letters or more). */
export function withLatinKeys(words: readonly string[], transliterated: boolean | undefined, from = 0): string[] {
  if (!transliterated) return [...words];
  const keys = words.map(cyrillicKey).filter((key) => key !== undefined && key.replace(/\*$/, '').length > from);
  return [...words, ...(keys as string[])];
}
