import { detectAll } from 'tinyld';
import { languages, type Language } from '../locales/index';

/**
 * Below this, a message says too little to tell a language ("hoi", "ok", "i am 19"): tinyld gives
 * short words to Irish, Romanian or Finnish.
 */
const MIN_WORDS = 2;
const MIN_LETTERS = 8;
/** tinyld's score for our best language, and how far ahead of the next of ours it must be. */
const MIN_SCORE = 0.1;
const MIN_LEAD = 2;

/**
 * The language a first message is clearly written in, or undefined when it is short, mixed or
 * not one of ours. The script settles Arabic and Cyrillic at once (tinyld calls short Ukrainian
 * Russian or Bulgarian, and Ukrainian is the Cyrillic language we speak); Latin text goes to
 * tinyld (MIT, pure JS, trained on short sentences), and only counts when tinyld's best guess
 * over all languages is also one of ours, far enough ahead of the rest of ours.
 */
export function detectLanguage(text: string): Language | undefined {
  const letters = [...text.matchAll(/\p{L}/gu)].map(([letter]) => letter);
  if (letters.length === 0) return undefined;
  const share = (script: RegExp) => letters.filter((letter) => script.test(letter)).length / letters.length;
  if (share(/\p{Script=Arabic}/u) > 0.5) return 'ar';
  if (share(/\p{Script=Cyrillic}/u) > 0.5) return 'uk';

  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < MIN_WORDS || letters.length < MIN_LETTERS) return undefined;
  // A name ("Łukasz", "Şeyma", "Amstelveen") says nothing about the language it is written in.
  const sentence = words.filter((word, index) => index === 0 || !/^\p{Lu}\p{Ll}/u.test(word)).join(' ');
  const overall = detectAll(sentence)[0]?.lang;
  const [best, next] = detectAll(sentence, { only: [...languages] });
  if (!best || best.lang !== overall || best.accuracy < MIN_SCORE) return undefined;
  if (next && best.accuracy < MIN_LEAD * next.accuracy) return undefined;
  return languages.find((language) => language === best.lang);
}
