import { MANY, type RuleSlot } from './compile-rule';

export interface RuleMatch {
  /** Index of the first and last word of the sentence the rule matched. */
  start: number;
  end: number;
  /** The sentence's words from start to end: what the coach reads. */
  words: string;
}

export interface MatchSettings {
  gap: number;
  isNegation: (word: string) => boolean;
  isNegationAfter: (word: string) => boolean;
  /** A word that is itself negated ("dovmuyor"); absent where a language has none. */
  isNegatedWord?: (word: string) => boolean;
  /** Whether the two words are "I said no" (the lexicons' `saidNo`): that "no" negates nothing. */
  isSaidNo?: (said: string, no: string) => boolean;
  isTrailing: (word: string) => boolean;
  /** A thought, a plan or an idea ("gedachten", "düşüncem", "думок"): what a young person says they do not have. */
  isThought?: (word: string) => boolean;
  /** A "no" before a thought ("geen", "żadnych", "ما عنديش") or after it ("yok", "немає"). */
  isThoughtDenial?: (word: string) => boolean;
  isThoughtDenialAfter?: (word: string) => boolean;
  /** When false, negations are not looked for (idioms are idioms whatever surrounds them). */
  checkNegation: boolean;
}

/**
 * How far before the matched words a negation still counts: "nooit aan zelfmoord", "not going to
 * hurt myself". A subject starts a new thought, so the look back stops there: in "ik kan niet meer
 * ik wil dood" the first "niet" does not negate "wil dood".
 */
const NEGATION_BEFORE = 3;
const SUBJECTS = new Set(['ik', 'i', 'je', 'jij', 'hij', 'zij', 'ze', 'wij', 'we', 'he', 'she', 'they', 'you']);
/**
 * "Because" starts a new clause too: in "i can't go home cause my stepdad hits me", "nie wroce bo
 * ojciec rzucil we mnie", "ما بقدر ارجع لانو ابوي ضربني" the "not" is of going home. Not Dutch "want":
 * it is the English "want" too ("i don't want to overdose").
 */
const BECAUSE = new Set(['omdat', 'because', 'cause', 'cuz', 'coz', 'bo', 'poniewaz', 'бо', 'тому', 'потому', 'cunku', 'لان', 'لانو', 'لانه', 'لاني', 'حيت', 'عشان', 'علشان', 'la2an', 'la2ano', 'li2an', '7it', '3ashan']);
/** How far after: "hij slaat me echt niet". */
const NEGATION_AFTER = 2;

/**
 * The first place in a sentence where a rule matches and is not negated. A negation is a word of
 * `negations` between the rule's words ("ik wil niet dood") or just before them ("not suicidal"),
 * or a word of `negationsAfter` just after them ("hij slaat me niet"); a negation the rule spells
 * out itself ("wil niet meer leven") is part of the rule, not a negation of it.
 */
export function findRuleMatch(slots: readonly RuleSlot[], sentence: readonly string[], settings: MatchSettings): RuleMatch | undefined {
  for (let first = 0; first < sentence.length; first++) {
    const found = matchFrom(slots, 0, sentence, first, [], settings);
    if (found) return found;
  }
  return undefined;
}

function matchFrom(
  slots: readonly RuleSlot[],
  slotIndex: number,
  sentence: readonly string[],
  from: number,
  used: readonly number[],
  settings: MatchSettings,
): RuleMatch | undefined {
  const slot = slots[slotIndex];
  if (!slot) return acceptMatch(sentence, used, settings);
  const previous = used.at(-1);

  if (slot.end) {
    const rest = sentence.slice((previous ?? -1) + 1);
    return rest.every(settings.isTrailing) ? matchFrom(slots, slotIndex + 1, sentence, from, used, settings) : undefined;
  }
  if (slot.optional) {
    const withIt = tryPositions(slots, slotIndex, sentence, from, used, settings);
    return withIt ?? matchFrom(slots, slotIndex + 1, sentence, from, used, settings);
  }
  return tryPositions(slots, slotIndex, sentence, from, used, settings);
}

function tryPositions(
  slots: readonly RuleSlot[],
  slotIndex: number,
  sentence: readonly string[],
  from: number,
  used: readonly number[],
  settings: MatchSettings,
): RuleMatch | undefined {
  const slot = slots[slotIndex]!;
  const previous = used.at(-1);
  // The first word is tried at `from` only (the caller walks the sentence); later ones within the gap.
  const last = previous === undefined ? from : slot.adjacent ? previous + 1 : previous + 1 + settings.gap;
  const start = previous === undefined ? from : previous + 1;
  for (let index = start; index <= last && index < sentence.length; index++) {
    if (!slotFits(slot, sentence[index]!)) continue;
    const found = matchFrom(slots, slotIndex + 1, sentence, index + 1, [...used, index], settings);
    if (found) return found;
  }
  return undefined;
}

/**
 * How near the matched words a thought stands ("zelfmoord gedachten", "kendime zarar vermek gibi bir
 * düşüncem yok"), and how near the thought its "no". A subject after the words starts another thought.
 */
const THOUGHT_BEFORE = 2;
const THOUGHT_AFTER = 4;
const DENIAL_BEFORE = 2;
const DENIAL_AFTER = 2;

/**
 * "Geen zelfmoordgedachten hoor", "intihar düşüncem falan yok", "суїцидальних думок немає", "nie mam
 * żadnych myśli samobójczych": the young person says they do not have the thought the matched words
 * name. The "no" belongs to the thought, so it may stand further off than a negation of the words.
 */
export function deniesThought(sentence: readonly string[], start: number, end: number, settings: MatchSettings): boolean {
  const { isThought, isThoughtDenial, isThoughtDenialAfter } = settings;
  if (!isThought || !isThoughtDenial || !isThoughtDenialAfter) return false;
  for (let at = Math.max(0, start - THOUGHT_BEFORE); at <= end + THOUGHT_AFTER && at < sentence.length; at++) {
    if (at > end && SUBJECTS.has(sentence[at]!)) break;
    if ((at >= start && at <= end) || !isThought(sentence[at]!)) continue;
    // Turkish says it in the verb: "hiç düşünmedim".
    if (isThoughtDenialAfter(sentence[at]!)) return true;
    const before = sentence.slice(Math.max(0, Math.min(at, start) - DENIAL_BEFORE), Math.min(at, start));
    const after = sentence.slice(Math.max(at, end) + 1, Math.max(at, end) + 1 + DENIAL_AFTER + (at > end ? 1 : 0));
    if (before.some(isThoughtDenial) || after.some(isThoughtDenialAfter)) return true;
  }
  return false;
}

/** Whether a word fills a slot of a rule: one of its words, or a number where the slot takes one. */
export function slotFits(slot: RuleSlot, word: string): boolean {
  if ((slot.number || slot.many) && /^\d+$/.test(word) && (slot.number || Number(word) >= MANY)) return true;
  return slot.fits(word);
}

/** Whether the "no" at `at` answers a word of saying just before it ("قلت لا", "powiedziałam nie"). */
function isAnswer(sentence: readonly string[], at: number, settings: MatchSettings): boolean {
  const said = sentence[at - 1];
  return said !== undefined && settings.isSaidNo !== undefined && settings.isSaidNo(said, sentence[at]!);
}

/**
 * The matched words (`used`, indexes in order) as a match, unless a negation stands between them,
 * just before them or just after them. Phrase rules and concept combinations share this one reading
 * of "not".
 */
export function acceptMatch(sentence: readonly string[], used: readonly number[], settings: MatchSettings): RuleMatch | undefined {
  const start = used[0];
  const end = used.at(-1);
  if (start === undefined || end === undefined) return undefined;
  if (settings.checkNegation) {
    const between = sentence.slice(start, end + 1).filter((_, offset) => !used.includes(start + offset));
    const before = sentence.slice(Math.max(0, start - NEGATION_BEFORE), start);
    for (let index = before.length - 1; index >= 0; index--) {
      // Not "not because": "niet omdat mijn vader me slaat" still says no to it.
      const because = BECAUSE.has(before[index]!) && !(index > 0 && settings.isNegation(before[index - 1]!));
      if (SUBJECTS.has(before[index]!) || because) {
        before.splice(0, index + 1);
        break;
      }
    }
    const after = sentence.slice(end + 1, end + 1 + NEGATION_AFTER);
    const negates = (word: string, at: number) => settings.isNegation(word) && !isAnswer(sentence, at, settings);
    if (between.some(settings.isNegation) || before.some((word, offset) => negates(word, start - before.length + offset))) return undefined;
    if (settings.isNegatedWord && used.some((index) => settings.isNegatedWord!(sentence[index]!))) return undefined;
    // After a rule that says "not" itself, a further "niet" is emphasis: "ik wil niet meer leven, echt niet".
    const saysNot = used.some((index) => settings.isNegation(sentence[index]!));
    if (!saysNot && after.some(settings.isNegationAfter)) return undefined;
    if (deniesThought(sentence, start, end, settings)) return undefined;
  }
  return { start, end, words: sentence.slice(start, end + 1).join(' ') };
}
