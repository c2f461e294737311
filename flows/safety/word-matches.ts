import { EVERYDAY_WORDS } from './everyday-words';

/**
 * Whether a word of the message is a word of the lexicon: the same once repeated letters count once
 * ("dooooood" is "dood"), a word that starts with a lexicon prefix (`zelfmoord*`), or one typing
 * error away: a letter missing or added from six letters on ("zelmoord", "snijen"), a letter
 * changed only from eight ("zelfmoort") — in shorter words a changed letter is mostly another word
 * ("gepakt" and "geraakt", "making" and "taking"). Everyday words ({@link EVERYDAY_WORDS}) are
 * never typos, and a lexicon word ending in `!` is taken as written ("betast" is not "betaalt").
 */
export function wordMatches(word: string, lexiconWord: string): boolean {
  return wordTest([lexiconWord])(word);
}

/** A missing or extra letter is forgiven from this length on: shorter words are too easily another word. */
export const FUZZY_FROM = 6;
/** A changed letter is forgiven from this length on. */
const CHANGED_FROM = 8;

/**
 * {@link wordMatches} against a list of lexicon words, prepared once and remembering its answers:
 * a long message is read by hundreds of rules, and its words repeat.
 */
export function wordTest(lexiconWords: readonly string[]): (word: string) => boolean {
  const asWritten = lexiconWords.filter((word) => word.endsWith('!')).map((word) => squeeze(word.slice(0, -1)));
  const forgiving = lexiconWords.filter((word) => !word.endsWith('*') && !word.endsWith('!')).map(squeeze);
  const exact = new Set([...forgiving, ...asWritten]);
  const prefixes = lexiconWords.filter((word) => word.endsWith('*')).map((word) => squeeze(word.slice(0, -1)));
  const fuzzy = forgiving.filter((word) => word.length >= FUZZY_FROM);
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      const said = squeeze(word);
      answer =
        exact.has(said) ||
        prefixes.some((prefix) => startsWithNearly(said, prefix)) ||
        (said.length >= FUZZY_FROM && !EVERYDAY_WORDS.has(said) && fuzzy.some((target) => editDistanceAtMostOne(said, target)));
      if (known.size > 10_000) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

export function startsWithNearly(said: string, prefix: string): boolean {
  if (said.startsWith(prefix)) return true;
  if (prefix.length < FUZZY_FROM || EVERYDAY_WORDS.has(said)) return false;
  return [prefix.length - 1, prefix.length, prefix.length + 1].some((length) => said.length >= length && editDistanceAtMostOne(said.slice(0, length), prefix));
}

/** Young people stretch words: repeated letters count once on both sides. */
export function squeeze(word: string): string {
  return /(\p{L})\1/u.test(word) ? word.replace(/(\p{L})\1+/gu, '$1') : word;
}

/** One insertion or deletion at most, or one substitution in a long word, without a distance table. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.length >= CHANGED_FROM && a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
