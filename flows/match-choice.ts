import type { Choice } from '../bot/bot-message';

/** A choice as offered, plus other words that mean the same ("oké", "yes", "👍" for "Ja"). */
export interface MatchableChoice extends Choice {
  aliases?: readonly string[];
}

export interface MatchChoiceInput<C extends MatchableChoice> {
  /** What the young person typed (for a button press: the button's title). */
  text: string;
  /** The button payload (a choice id), when the answer came from a button or list. */
  payload?: string;
  choices: readonly C[];
}

/**
 * Longer messages are a story, not an answer to a choice question; skipping them also keeps the
 * fuzzy comparison below cheap for a 2,000-character message.
 */
const MAX_ANSWER_LENGTH = 80;

/** "2", "2.", "nr 2", "nummer 2", "optie 2", "keycap 2️⃣" — the number of a listed option (DESIGN.md rule 6). */
const NUMBERED = /^(?:nr|no|nummer|number|num|optie|option|keuze|choice)?\s*(\d{1,3})$/;

/**
 * Finds the choice a young person meant: the button payload, the option's number, its title (or an
 * alias) ignoring case, accents, punctuation and emoji, a distinctive word of the title ("school"
 * for "Naar school"), a close spelling ("schol", "amstelvee") or a unique prefix of at least three
 * letters ("ams"). Returns undefined when nothing, or more than one choice, fits.
 */
export function matchChoice<C extends MatchableChoice>({ text, payload, choices }: MatchChoiceInput<C>): C | undefined {
  if (payload !== undefined) {
    const byPayload = choices.find((choice) => choice.id === payload);
    if (byPayload) return byPayload;
  }

  // Emoji aliases ("👍") vanish in normalisation, so they are compared as typed first.
  const bare = stripEmojiModifiers(text.trim());
  if (bare) {
    const byEmoji = unique(choices.filter((choice) => choice.aliases?.some((alias) => stripEmojiModifiers(alias) === bare)));
    if (byEmoji) return byEmoji;
  }

  const input = normalize(text);
  if (!input || input.length > MAX_ANSWER_LENGTH) return undefined;

  const numbered = NUMBERED.exec(input);
  if (numbered) return choices[Number(numbered[1]) - 1];

  const candidates = choices.map((choice) => ({ choice, phrases: phrasesOf(choice, choices) }));
  const squeezed = squeeze(input);
  // "niet ok" contains "ok" but means no: a longer message only counts when its negation is part of the option.
  const negations = input.split(' ').filter((word) => NEGATIONS.has(word));
  const stages: Array<(phrase: string) => boolean> = [
    (phrase) => squeeze(phrase) === squeezed,
    // One stage for both, so "mbo" (close to "vmbo", a prefix of two mbo options) stays ambiguous.
    (phrase) => closeEnough(squeezed, squeeze(phrase)) || (squeezed.length >= 3 && squeeze(phrase).startsWith(squeezed)),
    (phrase) => ` ${input} `.includes(` ${phrase} `) && negations.every((word) => phrase.split(' ').includes(word)),
  ];
  for (const matches of stages) {
    const found = candidates.filter(({ phrases }) => phrases.some(matches)).map(({ choice }) => choice);
    if (found.length > 0) return unique(found);
  }
  return undefined;
}

/** Lower case, no accents, digits 0-9, every run of non-letters/digits (punctuation, emoji) one space. */
export function normalize(text: string): string {
  return westernDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * {@link normalize} of our own words (a choice's title or alias in some language), kept per process:
 * every turn reads the same few hundred of them again, in each language we speak (4 % of the
 * worker's time in the benchmark went to that). Bounded, in case words ever came from elsewhere.
 */
export function normalizePhrase(phrase: string): string {
  let normalized = normalizedPhrases.get(phrase);
  if (normalized === undefined) {
    if (normalizedPhrases.size >= MAX_NORMALIZED_PHRASES) normalizedPhrases.clear();
    normalized = normalize(phrase);
    normalizedPhrases.set(phrase, normalized);
  }
  return normalized;
}

const normalizedPhrases = new Map<string, string>();
const MAX_NORMALIZED_PHRASES = 20_000;

/**
 * Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9: an Arabic keyboard types "١٩" for 19.
 * Every place that reads a number from a message goes through here (normalize, numbersIn).
 */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/** The whole numbers in a message, in any digits we read: "ik ben ١٩" → [19]. */
export function numbersIn(text: string): number[] {
  return (westernDigits(text).match(/\d+/g) ?? []).map(Number);
}

/** Small words that say nothing about which option was meant ("ik weet het niet" is not "Aan het werk"). */
const FILLER_WORDS = new Set(['het', 'een', 'aan', 'naar', 'nog', 'van', 'voor', 'met', 'the', 'and', 'for', 'yet', 'with', 'want']);

/** "niet", "not", "değil", "nie", "не", "لا" as normalize writes them: "nie ok" is no "ok" in any of our languages. */
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'nee', 'not', 'never', 'no', 'don', 'dont', 'degil', 'hayır', 'hayir', 'nie', 'не', 'ні', 'нет', 'لا', 'مش']);

/** Title, aliases, and the title's words of 3+ letters that no other choice's title shares. */
function phrasesOf(choice: MatchableChoice, all: readonly MatchableChoice[]): string[] {
  const phrases = [choice.title, ...(choice.aliases ?? [])].map(normalizePhrase).filter(Boolean);
  const others = new Set(all.filter((other) => other !== choice).flatMap((other) => normalizePhrase(other.title).split(' ')));
  const words = normalizePhrase(choice.title)
    .split(' ')
    .filter((word) => /\p{L}{3,}/u.test(word) && !others.has(word) && !FILLER_WORDS.has(word) && !NEGATIONS.has(word));
  return [...new Set([...phrases, ...words])];
}

/** "jaaa" → "ja", "school" → "schol": young people stretch words, so repeated letters count once. */
function squeeze(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

/** Typing errors allowed grow with the word: none for "ja", one for "schol", two for "amstelven". */
function closeEnough(input: string, phrase: string): boolean {
  const length = Math.max(input.length, phrase.length);
  const allowed = length <= 3 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3;
  return allowed > 0 && Math.abs(input.length - phrase.length) <= allowed && levenshtein(input, phrase) <= allowed;
}

/** Edits (insert, delete, replace one letter) between two words: how far a typing error is. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function stripEmojiModifiers(text: string): string {
  // Skin tones and the emoji variation selector make "👍🏽" and "👍" different strings.
  return text.replace(/[\u{1F3FB}-\u{1F3FF}]|\uFE0F/gu, '');
}

function unique<C>(found: readonly C[]): C | undefined {
  return found.length === 1 ? found[0] : undefined;
}
