import { EVERYDAY_WORDS } from './everyday-words';
import { editDistanceAtMostOne, FUZZY_FROM, squeeze, startsWithNearly } from './word-matches';

/** Words remembered per index before it starts over: a worker reads messages for weeks. */
const REMEMBERED = 20_000;

/**
 * All word lists of one language's lexicon (rule slots, concepts) in one index, with the answers of
 * {@link wordTest} for each list: a word of a message is looked up once, not once per list. A message
 * is read by some 550 rules in six languages, and an everyday answer ("ja", "Aalsmeer") is in none of
 * their lists: asking each list costs more than the rest of the reading.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  /** Per lexicon word as the message must say it (repeated letters once): the lists it is in. */
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  /** Words whose typos are forgiven (see {@link wordTest}), by length: a typo changes it by one at most. */
  private readonly fuzzy = new Map<number, Map<string, number[]>>();
  private readonly known = new Map<string, ReadonlySet<number>>();

  /** The id of a list of lexicon words, written as {@link wordTest} takes them; the same list has the same id. */
  add(lexiconWords: readonly string[]): number {
    const key = JSON.stringify(lexiconWords);
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(key, id);
    for (const word of lexiconWords) {
      if (word.endsWith('*')) note(this.prefixes, squeeze(word.slice(0, -1)), id);
      else if (word.endsWith('!')) note(this.exact, squeeze(word.slice(0, -1)), id);
      else {
        const said = squeeze(word);
        note(this.exact, said, id);
        if (said.length >= FUZZY_FROM) note(this.fuzzyOfLength(said.length), said, id);
      }
    }
    this.known.clear();
    return id;
  }

  /** The ids of the lists a word of a message is in: those for which {@link wordTest} says yes. */
  lists(word: string): ReadonlySet<number> {
    let found = this.known.get(word);
    if (found === undefined) {
      found = this.look(word);
      if (this.known.size > REMEMBERED) this.known.clear();
      this.known.set(word, found);
    }
    return found;
  }

  private look(word: string): ReadonlySet<number> {
    const said = squeeze(word);
    const ids = new Set(this.exact.get(said));
    for (const [prefix, lists] of this.prefixes) if (startsWithNearly(said, prefix)) addAll(ids, lists);
    if (said.length >= FUZZY_FROM && !EVERYDAY_WORDS.has(said)) {
      for (const length of [said.length - 1, said.length, said.length + 1]) {
        const near = this.fuzzy.get(length);
        if (near) for (const [target, lists] of near) if (editDistanceAtMostOne(said, target)) addAll(ids, lists);
      }
    }
    return ids;
  }

  private fuzzyOfLength(length: number): Map<string, number[]> {
    let words = this.fuzzy.get(length);
    if (!words) this.fuzzy.set(length, (words = new Map()));
    return words;
  }
}

function note(index: Map<string, number[]>, word: string, id: number): void {
  const lists = index.get(word);
  if (!lists) index.set(word, [id]);
  else if (!lists.includes(id)) lists.push(id);
}

function addAll(ids: Set<number>, lists: readonly number[]): void {
  for (const id of lists) ids.add(id);
}
