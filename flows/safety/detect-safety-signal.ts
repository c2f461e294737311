import { languages, type Language } from '../../locales/index';
import { compileRule, expandWords, type RuleSlot } from './compile-rule';
import { findRuleMatch, type MatchSettings } from './find-rule-match';
import type { SafetyLexicon, SafetyRule } from './lexicon';
import { lexicons } from './lexicons';
import { normaliseMessage } from './normalise-message';
import { safetyCategories, type SafetyCategory, type SafetySignal } from './safety-types';
import { squeeze, wordTest } from './word-matches';

/** Games and sport make "hij slaat me", "kill me" harmless; they never make suicide harmless. */
const PLAYABLE: ReadonlySet<SafetyCategory> = new Set(['violence_home', 'threat']);

interface CompiledRule {
  rule: SafetyRule;
  slots: RuleSlot[];
  unless?: (word: string) => boolean;
}

interface CompiledLexicon {
  lang: Language;
  slang: ReadonlyMap<string, string[]>;
  idioms: RuleSlot[][];
  isPlay: (word: string) => boolean;
  isTopic: (word: string) => boolean;
  isPast: (word: string) => boolean;
  recovered: RuleSlot[][];
  rules: CompiledRule[];
  settings: MatchSettings;
}

/**
 * Reads a young person's message for danger, in every language we speak (a young person may switch
 * language in distress), the conversation's language first so its rule is the one reported.
 * Deterministic and explainable: the result names the rule and the words that fired it.
 */
export function detectSafetySignal(text: string, lang?: Language): SafetySignal {
  const sentences = normaliseMessage(text);
  if (sentences.length === 0) return { level: 'none' };
  const order = lang ? [lang, ...languages.filter((other) => other !== lang)] : languages;
  let unclear: SafetySignal | undefined;
  let danger: SafetySignal | undefined;
  for (const code of order) {
    const found = readWith(compiled().get(code)!, sentences);
    if (found.danger && (!danger || rank(found.danger) < rank(danger))) danger = found.danger;
    unclear ??= found.unclear;
  }
  return danger ?? unclear ?? { level: 'none' };
}

function rank(signal: SafetySignal): number {
  return signal.category ? safetyCategories.indexOf(signal.category) : safetyCategories.length;
}

function readWith(lexicon: CompiledLexicon, rawSentences: readonly string[][]): { danger?: SafetySignal; unclear?: SafetySignal } {
  const sentences = rawSentences.map((sentence) => withoutIdioms(lexicon, sentence.flatMap((word) => lexicon.slang.get(squeeze(word)) ?? [word])));
  const words = sentences.flat();
  const inPlay = words.some(lexicon.isPlay);
  const onTopic = words.some(lexicon.isTopic);
  const better = lexicon.recovered.some((rule) => sentences.some((sentence) => findRuleMatch(rule, sentence, lexicon.settings)));
  let danger: SafetySignal | undefined;
  let unclear: SafetySignal | undefined;
  for (const { rule, slots, unless } of lexicon.rules) {
    if (rule.level === 'unclear' ? unclear : danger && rank(danger) <= safetyCategories.indexOf(rule.category)) continue;
    if ((inPlay && PLAYABLE.has(rule.category)) || (onTopic && rule.topic) || (unless && words.some(unless))) continue;
    const settings = rule.gap === undefined ? lexicon.settings : { ...lexicon.settings, gap: rule.gap };
    for (const sentence of sentences) {
      const match = findRuleMatch(slots, sentence, settings);
      if (!match) continue;
      const over = better && sentence.some(lexicon.isPast);
      if (over && rule.level !== 'unclear') {
        // "Vroeger sneed ik mezelf, nu gaat het beter": asked about, not alarmed on; read on for the present.
        unclear ??= { level: 'unclear', category: rule.category, matched: { rule: `${lexicon.lang}: ${rule.match}`, words: match.words } };
        continue;
      }
      const signal: SafetySignal = {
        level: rule.level ?? 'danger',
        category: rule.category,
        matched: { rule: `${lexicon.lang}: ${rule.match}`, words: match.words },
      };
      if (rule.level === 'unclear') unclear = signal;
      else danger = signal;
      break;
    }
  }
  return { danger, unclear };
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

let cache: Map<Language, CompiledLexicon> | undefined;

/** The lexicons are data that does not change while the process runs: compiled once. */
function compiled(): Map<Language, CompiledLexicon> {
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
    rules: lexicon.rules.map((rule) => ({ rule, slots: compileRule(rule.match, classes), unless: rule.unless ? wordTest(list(rule.unless)) : undefined })),
    settings: {
      gap: 3,
      isNegation: wordTest(negations),
      isNegationAfter: wordTest(list(lexicon.negationsAfter)),
      isTrailing: wordTest(list(lexicon.trailing)),
      checkNegation: true,
    },
  };
}
