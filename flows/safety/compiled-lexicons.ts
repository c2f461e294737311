import { languages, type Language } from '../../locales/index';
import { compileRule, expandWords, type RuleSlot } from './compile-rule';
import type { Concept } from './concepts';
import { compileConcepts, conceptsOf, type ConceptTests } from './find-concept-match';
import { findRuleMatch, type MatchSettings } from './find-rule-match';
import type { SafetyLexicon, SafetyRule } from './lexicon';
import { lexicons } from './lexicons';
import { normaliseMessage } from './normalise-message';
import { squeeze, wordTest } from './word-matches';

/** One language's lexicon, compiled: what the detector and the learned reading read a message with. */
export interface CompiledRule {
  rule: SafetyRule;
  slots: RuleSlot[];
  unless?: (word: string) => boolean;
}

export interface CompiledLexicon {
  lang: Language;
  slang: ReadonlyMap<string, string[]>;
  idioms: RuleSlot[][];
  isPlay: (word: string) => boolean;
  isTopic: (word: string) => boolean;
  isPast: (word: string) => boolean;
  recovered: RuleSlot[][];
  rules: CompiledRule[];
  concepts: ConceptTests;
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
  };
}

function compileLexicon(lang: Language, lexicon: SafetyLexicon, { negations, play, topic, past }: Shared): CompiledLexicon {
  const { classes } = lexicon;
  const list = (words: string | undefined) => (words ? expandWords(words, classes) : []);
  return {
    lang,
    slang: new Map(Object.entries(lexicon.slang).map(([word, meaning]) => [squeeze(list(word)[0] ?? word), normaliseMessage(meaning).flat()])),
    idioms: lexicon.idioms.map((idiom) => compileRule(idiom, classes)),
    isPlay: wordTest(play),
    isTopic: wordTest(topic),
    isPast: wordTest(past),
    recovered: (lexicon.recovered ?? []).map((rule) => compileRule(rule, classes)),
    concepts: compileConcepts(lexicon),
    rules: lexicon.rules.map((rule) => ({
      rule,
      slots: compileRule(rule.match, classes),
      unless: rule.unless ? wordTest(list(rule.unless)) : undefined,
    })),
    settings: {
      gap: 3,
      isNegation: wordTest(negations),
      isNegationAfter: wordTest(list(lexicon.negationsAfter)),
      ...(lexicon.negatedWords ? { isNegatedWord: exactWordTest(list(lexicon.negatedWords)) } : {}),
      isTrailing: wordTest(list(lexicon.trailing)),
      checkNegation: true,
    },
  };
}

/** A message as one language's lexicon reads it, before any rule: its words, their concepts, its context. */
export interface MessageReading {
  /** Sentences of words, slang spelled out and idioms blanked (`_`). */
  sentences: string[][];
  words: string[];
  /** Per sentence, per word: the concepts the word stands for. */
  meanings: Set<Concept>[][];
  present: ReadonlySet<Concept>;
  /** A game or sport is named: hitting and killing may be play. */
  inPlay: boolean;
  /** A job, a study, a film or the news is named: a bare topic word is not about the young person. */
  onTopic: boolean;
  /** The message says it is better now. */
  better: boolean;
}

export function readMessage(lexicon: CompiledLexicon, rawSentences: readonly string[][]): MessageReading {
  const sentences = rawSentences.map((sentence) =>
    withoutIdioms(
      lexicon,
      sentence.flatMap((word) => lexicon.slang.get(squeeze(word)) ?? [word]),
    ),
  );
  const words = sentences.flat();
  const meanings = sentences.map((sentence) => conceptsOf(sentence, lexicon.concepts));
  return {
    sentences,
    words,
    meanings,
    present: new Set(meanings.flatMap((sentence) => sentence.flatMap((word) => [...word]))),
    inPlay: words.some(lexicon.isPlay),
    onTopic: words.some(lexicon.isTopic),
    better: lexicon.recovered.some((rule) => sentences.some((sentence) => findRuleMatch(rule, sentence, lexicon.settings))),
  };
}

/** Idioms ("doodgraag", "dood van het lachen", "5 kms") are blanked out, so no rule sees their words. */
function withoutIdioms(lexicon: CompiledLexicon, sentence: string[]): string[] {
  const words = [...sentence];
  const settings = { ...lexicon.settings, checkNegation: false };
  for (const idiom of lexicon.idioms) {
    for (let match = findRuleMatch(idiom, words, settings); match; match = findRuleMatch(idiom, words, settings)) {
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
