/**
 * A message as sentences of plain words, the same for every language: lower case, no accents,
 * apostrophe forms spelled out ("m'n" → "mijn", "don't" → "do not"), digits inside words read as
 * letters ("z3lfm00rd"), Arabic letter variants made one and Arabic digits read as ours ("٢٠ حبة" is
 * "20"). Sentences end at punctuation, Arabic "،" and "؟" too, and at "but" words, so a negation in one
 * sentence does not reach into the next.
 */
export function normaliseMessage(text: string): string[][] {
  const spelled = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\bm'n\b/g, 'mijn')
    .replace(/\bz'n\b/g, 'zijn')
    .replace(/\bd'r\b/g, 'haar')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'t\b/g, ' het')
    .replace(/(^|\s)'k\b/g, '$1ik')
    .replace(/'m\b/g, ' am')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'d\b/g, ' would')
    // What is left is part of a word: "naaktfoto's", Ukrainian "б'є".
    .replace(/(\p{L})'(?=\p{L})/gu, '$1')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.codePointAt(0)! & 0xf))
    .replace(/[.!?;:,\n()"،؟؛]+/g, ' . ');
  const words = spelled
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ـ/g, '')
    .replace(/(?<=\p{L})@|@(?=\p{L})/gu, 'a')
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean)
    .map(readDigitsAsLetters);

  const sentences: string[][] = [[]];
  for (const word of words) {
    if (word === '.' || SENTENCE_BREAKS.has(word)) sentences.push([]);
    else sentences.at(-1)?.push(word);
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/** "but" in the languages we speak: what follows is a new thought ("mbo 2 maar eigenlijk wil ik dood"). */
const SENTENCE_BREAKS = new Set(['maar', 'but', 'ama', 'fakat', 'ale', 'але', 'но', 'لكن', 'بس']);

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Leetspeak-lite: only in a word that mixes letters and digits, so "5 kms" keeps its number. */
function readDigitsAsLetters(word: string): string {
  if (!/\p{L}/u.test(word) || !/\d/.test(word)) return word;
  return word.replace(/\d/g, (digit) => LEET[digit] ?? digit);
}
