import { languages, type Language } from '../../locales/index';
import { compileRule, expandWords, MANY, type RuleSlot } from './compile-rule';
import type { Concept } from './concepts';
import { compileConcepts, conceptForms, conceptWords, prefixStems, type ConceptTests } from './find-concept-match';
import { findRuleMatch, type MatchSettings } from './find-rule-match';
import type { SafetyLexicon, SafetyRule } from './lexicon';
import { lexicons } from './lexicons';
import { normaliseMessage } from './normalise-message';
import { isPlayTimeOrPlace } from './play-words';
import { WordIndex } from './word-index';
import { squeeze, wordTest } from './word-matches';
import { latinKey, withLatinKeys } from './word-forms';

/** A rule with the slots a message's words must fill before it is worth walking (see {@link WordFacts}). */
export interface IndexedRule {
  slots: RuleSlot[];
  /** Ids of the slots that are neither optional nor the end. */
  needs: number[];
}

/** One language's lexicon, compiled: what the detector and the learned reading read a message with. */
export interface CompiledRule extends IndexedRule {
  rule: SafetyRule;
  unless?: (word: string) => boolean;
  /** The lexicon's settings with the rule's own gap. */
  settings: MatchSettings;
}

/**
 * What one word of a message is to one language's lexicon, worked out once per word: an everyday answer
 * fills no rule, and the rules that need a word it does not have are passed over without being asked.
 */
export interface WordFacts {
  /** Ids of the rule slots the word fits (as {@link slotFits} says). */
  slots: ReadonlySet<number>;
  /** The concepts the word stands for (as {@link conceptsOf} says). */
  concepts: ReadonlySet<Concept>;
  /** The words it stands for when it is slang. */
  slang?: readonly string[];
}

export interface CompiledLexicon {
  lang: Language;
  slang: ReadonlyMap<string, string[]>;
  idioms: IndexedRule[];
  isPlay: (word: string) => boolean;
  isTopic: (word: string) => boolean;
  isPast: (word: string) => boolean;
  recovered: IndexedRule[];
  homeNow: IndexedRule[];
  isAtSomeones: (word: string) => boolean;
  cameBack: IndexedRule[];
  longOver: IndexedRule[];
  ago: IndexedRule[];
  seeYouAgain: IndexedRule[];
  rules: CompiledRule[];
  /** Per slot id, the rules whose first needed slot it is, in the lexicon's order. */
  rulesByFirstNeed: ReadonlyMap<number, readonly number[]>;
  concepts: ConceptTests;
  factsOf: (word: string) => WordFacts;
  settings: MatchSettings;
}

let cache: Map<Language, CompiledLexicon> | undefined;

/** The lexicons are data that does not change while the process runs: compiled once. */
export function compiled(): Map<Language, CompiledLexicon> {
  if (cache) return cache;
  const everywhere = shared();
  cache = new Map(languages.map((lang) => [lang, compileLexicon(lang, lexicons[lang], everywhere)]));
  return cache;
}

/**
 * Negations and contexts count in any language: "ik ben niet suicidal" and "die serie over
 * loverboys" mix two, and the English rule must see the Dutch "niet" and "serie".
 */
interface Shared {
  negations: string[];
  play: string[];
  topic: string[];
  past: string[];
  thoughts: string[];
  thoughtDenials: string[];
  thoughtDenialsAfter: string[];
  /** Each language's "I said no" as its two slots. */
  saidNo: RuleSlot[][];
}

function shared(): Shared {
  const all = (pick: (lexicon: SafetyLexicon) => string | undefined) =>
    languages.flatMap((lang) => {
      const words = pick(lexicons[lang]);
      return words ? expandWords(words, lexicons[lang].classes) : [];
    });
  return {
    negations: all((lexicon) => lexicon.negations),
    play: [...new Set(all((lexicon) => lexicon.contexts.play))],
    topic: [...new Set(all((lexicon) => lexicon.contexts.topic))],
    past: [...new Set(all((lexicon) => lexicon.contexts.past))],
    thoughts: all((lexicon) => lexicon.thoughts),
    thoughtDenials: all((lexicon) => lexicon.thoughtDenials),
    thoughtDenialsAfter: all((lexicon) => lexicon.thoughtDenialsAfter),
    saidNo: languages.flatMap((lang) => {
      const { saidNo, classes } = lexicons[lang];
      return saidNo ? [compileRule(saidNo, classes)] : [];
    }),
  };
}

function compileLexicon(lang: Language, lexicon: SafetyLexicon, { negations, play, topic, past, saidNo, ...thought }: Shared): CompiledLexicon {
  const { classes } = lexicon;
  const list = (words: string | undefined) => (words ? expandWords(words, classes) : []);
  const index = new WordIndex();
  const slotIds = new SlotIds(index);
  // A topic word in Latin letters is the international one ("suicidepreventie"), read by the Latin lexicons.
  const stems = prefixStems(lexicon);
  // Only a danger rule reads a word without its prefixes: the rules that let a message go (idioms,
  // "better now", "long ago") read words as written, so a prefix never silences danger ("لعنده بالبيت"
  // is "at his place, in the house", not "he has a house").
  const indexed = (match: string, topic?: boolean, stemmed = false): IndexedRule => {
    const slots = withStems(compileRule(match, classes, lexicon.transliterated && !topic), stemmed ? stems : undefined);
    return { slots, needs: slots.filter((slot) => !slot.end && !slot.optional).map((slot) => slotIds.of(slot, stemmed && stems !== undefined)) };
  };
  const settings: MatchSettings = {
    gap: 3,
    isNegation: negationTest(negations, lexicon),
    isNegationAfter: wordTest(list(lexicon.negationsAfter)),
    ...(lexicon.negatedWords ? { isNegatedWord: exactWordTest(list(lexicon.negatedWords)) } : {}),
    isTrailing: wordTest(list(lexicon.trailing)),
    isSaidNo: (said, no) => saidNo.some(([saying, answer]) => saying!.fits(said) && answer!.fits(no)),
    isThought: wordTest(thought.thoughts),
    isThoughtDenial: wordTest(thought.thoughtDenials),
    isThoughtDenialAfter: wordTest(thought.thoughtDenialsAfter),
    checkNegation: true,
  };
  const rules = lexicon.rules.map((rule) => ({
    ...indexed(rule.match, rule.topic, true),
    rule,
    unless: rule.unless ? wordTest(list(rule.unless)) : undefined,
    settings: rule.gap === undefined ? settings : { ...settings, gap: rule.gap },
  }));
  const slang = new Map(Object.entries(lexicon.slang).map(([word, meaning]) => [squeeze(list(word)[0] ?? word), normaliseMessage(meaning).flat()]));
  const rulesByFirstNeed = new Map<number, number[]>();
  rules.forEach(({ needs }, at) => {
    const first = needs[0] ?? ALWAYS;
    rulesByFirstNeed.set(first, [...(rulesByFirstNeed.get(first) ?? []), at]);
  });
  return {
    lang,
    slang,
    idioms: lexicon.idioms.map((match) => indexed(match)),
    isPlay: wordTest(play),
    isTopic: wordTest(topic),
    isPast: wordTest(past),
    recovered: (lexicon.recovered ?? []).map((match) => indexed(match)),
    homeNow: (lexicon.homeNow ?? []).map((match) => indexed(match)),
    isAtSomeones: wordTest(list(lexicon.atSomeones)),
    cameBack: (lexicon.cameBack ?? []).map((match) => indexed(match)),
    longOver: (lexicon.longOver ?? []).map((match) => indexed(match)),
    ago: (lexicon.ago ?? []).map((match) => indexed(match)),
    seeYouAgain: (lexicon.seeYouAgain ?? []).map((match) => indexed(match)),
    concepts: compileConcepts(lexicon),
    rules,
    rulesByFirstNeed,
    factsOf: factsReader(lexicon, index, slotIds, slang, stems),
    settings,
  };
}

/**
 * The negations of every language, and in a `transliterated` lexicon its own negations written in Latin
 * ("ne", "nikoly"): not those of every language, where the Turkish "ne" is "what".
 */
function negationTest(negations: readonly string[], lexicon: SafetyLexicon): (word: string) => boolean {
  const shared = wordTest(negations);
  if (!lexicon.transliterated) return shared;
  const own = wordTest(withLatinKeys(expandWords(lexicon.negations, lexicon.classes), true).filter((word) => word.startsWith('=')));
  return (word) => {
    if (shared(word)) return true;
    const key = latinKey(word);
    return key !== undefined && own(key);
  };
}

/**
 * In a lexicon whose words take prefixes written onto them (Arabic "وضربني": "and he hit me"), a rule's
 * word also fits without them, as a concept's word does ({@link conceptForms}).
 */
function withStems(slots: RuleSlot[], stems: ((word: string) => string[]) | undefined): RuleSlot[] {
  if (!stems) return slots;
  return slots.map((slot) => ({ ...slot, fits: (word: string) => slot.fits(word) || stems(word).some(slot.fits) }));
}

/** Where rules that need no word stand in {@link CompiledLexicon.rulesByFirstNeed}: every message may match them. */
const ALWAYS = -1;

/** Marks a stemmed slot's word list apart from the same words read as written; no message has this word. */
const STEMMED = '\u0001stemmed';

/**
 * Slot ids: the id of the slot's word list in the index, times four, plus whether it also takes any
 * number (2) or a number of at least {@link MANY} (1). Slots with the same words share an id.
 */
class SlotIds {
  readonly numbers = new Set<number>();
  readonly many = new Set<number>();
  /** Word lists of slots whose words also fit without their prefixes (see withStems): an id of their own. */
  readonly stemmed = new Set<number>();
  constructor(private readonly index: WordIndex) {}

  of(slot: RuleSlot, stemmed = false): number {
    const list = this.index.add(stemmed ? [...slot.words, STEMMED] : slot.words);
    if (stemmed) this.stemmed.add(list);
    const id = list * 4 + (slot.number ? 2 : 0) + (slot.many ? 1 : 0);
    if (slot.number) this.numbers.add(id);
    if (slot.many) this.many.add(id);
    return id;
  }
}

/** {@link WordFacts} per word, remembered: the same answers as {@link slotFits} and {@link conceptsOf}, asked once. */
function factsReader(
  lexicon: SafetyLexicon,
  index: WordIndex,
  slotIds: SlotIds,
  slang: ReadonlyMap<string, string[]>,
  stems: ((word: string) => string[]) | undefined,
): (word: string) => WordFacts {
  const concepts = conceptWords(lexicon).map(([concept, words]): [Concept, number] => [concept, index.add(words)]);
  const formsOf = conceptForms(lexicon);
  const known = new Map<string, WordFacts>();
  return (word) => {
    let facts = known.get(word);
    if (facts === undefined) {
      const key = lexicon.transliterated ? latinKey(word) : undefined;
      const lists = key === undefined ? index.lists(word) : new Set([...index.lists(word), ...index.lists(key)]);
      const slots = new Set<number>();
      for (const id of lists) for (let kind = 0; kind < 4; kind++) slots.add(id * 4 + kind);
      const number = /^\d+$/.test(word);
      if (number) for (const id of slotIds.numbers) slots.add(id);
      if (number && Number(word) >= MANY) for (const id of slotIds.many) slots.add(id);
      const forms = formsOf(word).map((form) => index.lists(form));
      // A rule's word fits without its prefixes too (see withStems): the stems' lists are the word's.
      if (stems) for (const stem of stems(word)) for (const id of index.lists(stem)) if (slotIds.stemmed.has(id)) for (let kind = 0; kind < 4; kind++) slots.add(id * 4 + kind);
      const meaning = new Set<Concept>();
      for (const [concept, id] of concepts) if (lists.has(id) || forms.some((form) => form.has(id))) meaning.add(concept);
      if (number && Number(word) >= 8) meaning.add('many');
      facts = { slots, concepts: meaning, slang: slang.get(squeeze(word)) };
      if (known.size > 20_000) known.clear();
      known.set(word, facts);
    }
    return facts;
  };
}

/** A message as one language's lexicon reads it, before any rule: its words, their concepts, its context. */
export interface MessageReading {
  /** Sentences of words, slang spelled out and idioms blanked (`_`). */
  sentences: string[][];
  words: string[];
  /** Per sentence, per word: the concepts the word stands for. */
  meanings: ReadonlySet<Concept>[][];
  present: ReadonlySet<Concept>;
  /** A game or sport is named: hitting and killing may be play. */
  inPlay: boolean;
  /** A job, a study, a film or the news is named: a bare topic word is not about the young person. */
  onTopic: boolean;
  /** A first-aid course or a medical training is named (concept `firstAid`). */
  inLesson: boolean;
  /** The message says it is better now. */
  better: boolean;
  /** The message says it has been over for a long time. */
  longOver: boolean;
  /** The message tells a time long enough ago; with "better now" in any language, its danger is over. */
  ago: boolean;
  /**
   * Where the message says it is at home again now or has a place of its own (`SafetyLexicon.homeNow`),
   * or came back with a time long enough ago (`SafetyLexicon.cameBack`): the word, counted over the
   * whole message, where the last such saying starts. A running away or a night outside told before
   * it is over; one told after it is not ("woon nu bij mijn moeder, maar ze heeft me eruit gezet").
   */
  homeAgainAt: number | undefined;
  /** The message tells a coming back with a time long enough ago (`SafetyLexicon.cameBack`): "toen ik 12 was … kwam weer terug". */
  cameBackLongAgo: boolean;
  /** The message looks forward to seeing someone again: "tot volgende week", "see you tuesday". */
  seeYouAgain: boolean;
  /** Ids of the slots some word of the message fits, before idioms were blanked (so a few more than after). */
  filled: ReadonlySet<number>;
}

export function readMessage(lexicon: CompiledLexicon, rawSentences: readonly string[][]): MessageReading {
  const spelled = rawSentences.map((sentence) => sentence.flatMap((word) => lexicon.factsOf(word).slang ?? [word]));
  // Most words fill no slot: the set is copied only when one does.
  const blank = lexicon.factsOf('_').slots;
  let filled = blank;
  for (const sentence of spelled) {
    for (const word of sentence) {
      const { slots } = lexicon.factsOf(word);
      if (slots.size === 0) continue;
      const more = filled === blank ? new Set(blank) : (filled as Set<number>);
      for (const id of slots) more.add(id);
      filled = more;
    }
  }
  const sentences = spelled.map((sentence) => withoutIdioms(lexicon, sentence, filled));
  const words = sentences.flat();
  const meanings = sentences.map((sentence) => sentence.map((word) => lexicon.factsOf(word).concepts));
  const present = new Set(meanings.flatMap((sentence) => sentence.flatMap((word) => [...word])));
  // "Relapsed after 8 months clean": a long time over, and then not over.
  const overSince = !present.has('relapse') && !present.has('again');
  const longOver = overSince && says(lexicon, lexicon.longOver, sentences, filled);
  const agoTold = says(lexicon, lexicon.ago, sentences, filled);
  const ago = overSince && agoTold;
  const homeNow = lastSaid(lexicon, lexicon.homeNow, sentences, filled);
  // "Toen weer terug", "wróciłem na obiad": the coming back is no relapse ("weer" is "again" only there).
  const cameBack = agoTold ? lastSaid(lexicon, lexicon.cameBack, sentences, filled) : undefined;
  return {
    sentences,
    words,
    meanings,
    present,
    inPlay: words.some((word, at) => lexicon.isPlay(word) && !isPlayTimeOrPlace(words, at)),
    onTopic: words.some(lexicon.isTopic),
    inLesson: present.has('firstAid'),
    better: longOver || says(lexicon, lexicon.recovered, sentences, filled),
    longOver,
    ago,
    homeAgainAt: homeNow === undefined || cameBack === undefined ? (homeNow ?? cameBack) : Math.max(homeNow, cameBack),
    cameBackLongAgo: cameBack !== undefined,
    seeYouAgain: says(lexicon, lexicon.seeYouAgain, sentences, filled),
    filled,
  };
}

/** Whether a sentence of the message matches one of these rules. */
function says(lexicon: CompiledLexicon, rules: readonly IndexedRule[], sentences: readonly string[][], filled: ReadonlySet<number>): boolean {
  return rules.some((rule) => mayFill(rule, filled) && sentences.some((sentence) => findRuleMatch(rule.slots, sentence, lexicon.settings)));
}

/** Where, counted in words over the whole message, the last match of one of these rules starts (not at someone's: `atSomeones`). */
function lastSaid(lexicon: CompiledLexicon, rules: readonly IndexedRule[], sentences: readonly string[][], filled: ReadonlySet<number>): number | undefined {
  let last: number | undefined;
  for (const rule of rules) {
    if (!mayFill(rule, filled)) continue;
    for (let index = 0, offset = 0; index < sentences.length; offset += sentences[index]!.length, index++) {
      const sentence = sentences[index]!;
      const match = findRuleMatch(rule.slots, sentence, lexicon.settings);
      if (!match) continue;
      const next = sentence[match.end + 1];
      if (next !== undefined && lexicon.factsOf(sentence[match.end]!).concepts.has('home') && lexicon.isAtSomeones(next)) continue;
      if (last === undefined || offset + match.start > last) last = offset + match.start;
    }
  }
  return last;
}

/**
 * Whether the message's words fill every slot a rule needs: a rule that needs a word the message does
 * not have cannot match, and is passed over without walking each sentence.
 */
export function mayFill(rule: IndexedRule, filled: ReadonlySet<number>): boolean {
  return rule.needs.every((id) => filled.has(id));
}

/** The rules that {@link mayFill} the message, in the lexicon's order, found through their first needed slot. */
export function candidateRules(lexicon: CompiledLexicon, filled: ReadonlySet<number>): number[] {
  const found = [...(lexicon.rulesByFirstNeed.get(ALWAYS) ?? [])];
  for (const id of filled) {
    const rules = lexicon.rulesByFirstNeed.get(id);
    if (rules) for (const at of rules) if (mayFill(lexicon.rules[at]!, filled)) found.push(at);
  }
  return found.sort((a, b) => a - b);
}

/** Idioms ("doodgraag", "dood van het lachen", "5 kms") are blanked out, so no rule sees their words. */
function withoutIdioms(lexicon: CompiledLexicon, sentence: string[], filled: ReadonlySet<number>): string[] {
  const words = [...sentence];
  const settings = { ...lexicon.settings, checkNegation: false };
  for (const idiom of lexicon.idioms) {
    if (!mayFill(idiom, filled)) continue;
    for (let match = findRuleMatch(idiom.slots, words, settings); match; match = findRuleMatch(idiom.slots, words, settings)) {
      for (let index = match.start; index <= match.end; index++) words[index] = '_';
    }
  }
  return words;
}

/**
 * Whether a word is one of these, as written (`word*`: starts with it), without the typo forgiveness of
 * {@link wordTest}: a negated form is one letter away from the form it negates ("dovmuyor", "dovuyor").
 */
function exactWordTest(words: readonly string[]): (word: string) => boolean {
  const exact = new Set(words.filter((word) => !word.endsWith('*')).map(squeeze));
  const prefixes = words.filter((word) => word.endsWith('*')).map((word) => squeeze(word.slice(0, -1)));
  return (word) => {
    const said = squeeze(word);
    return exact.has(said) || prefixes.some((prefix) => said.startsWith(prefix));
  };
}
