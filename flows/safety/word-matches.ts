/**
 * Whether a word of the message is a word of the lexicon: the same once repeated letters count once
 * ("dooooood" is "dood"), a word that starts with a lexicon prefix (`zelfmoord*`), or, for words of
 * six letters or more, one typing error away ("zelmoord", "zelfmoort").
 */
export function wordMatches(word: string, lexiconWord: string): boolean {
  const isPrefix = lexiconWord.endsWith('*');
  const target = squeeze(isPrefix ? lexiconWord.slice(0, -1) : lexiconWord);
  const said = squeeze(word);
  if (isPrefix) {
    if (said.startsWith(target)) return true;
    if (target.length < 6) return false;
    return [target.length - 1, target.length, target.length + 1].some((length) => said.length >= length && editDistanceAtMostOne(said.slice(0, length), target));
  }
  if (said === target) return true;
  return said.length >= 6 && target.length >= 6 && editDistanceAtMostOne(said, target);
}

/** Young people stretch words: repeated letters count once on both sides. */
export function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** One insertion, deletion or substitution at most, without building a full distance table. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
