/**
 * Measures how easy a text is to read, by the limits of docs/writing-guide.md: words per sentence,
 * sentences per message, questions per message. A sentence ends at `.`, `!`, `?` or a line break; a
 * `{{placeholder}}` or a web address counts as one word, an emoji as none. A list line (one fact on a
 * line that starts with an emoji or bullet, like "📞 0800-2000", or a command list "MENU – alle
 * keuzes") is held to the word limit but is not counted as a sentence of the message.
 */

/** The guide's limits: a string over a hard limit fails the readability test. */
export const readabilityLimits = {
  /** Hard limit on words in one sentence. */
  maxWordsPerSentence: 15,
  /** What we aim for and report on: the share of sentences over this many words. */
  targetWordsPerSentence: 12,
  maxSentencesPerMessage: 4,
  maxQuestionsPerMessage: 1,
} as const;

export interface TextMeasure {
  /** Words of each sentence, in order (list lines not included). */
  sentenceWords: number[];
  /** Words of each list line. */
  listLineWords: number[];
  questions: number;
  /** Whether the last sentence is the question (when there is one). */
  questionLast: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = /\b(bijv|bv|o\.a|enz|etc|e\.g|i\.e|ca|nr|tel|incl)\.$/i;

const isListLine = (line: string) => /^\s*([^\p{L}\p{N}\s]|\p{Lu}{2,}[\p{Lu} ]* [–-] )/u.test(line);

function plainLines(text: string): string[] {
  return text
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .replace(/\bhttps?:\/\/\S+/g, 'X')
    .replace(/\$t\([^)]*\)/g, 'X')
    .split(/\n+/);
}

function splitSentences(lines: string[]): string[] {
  const sentences: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const piece of line.split(/(?<=[.!?…])\s+/)) {
      current = current ? `${current} ${piece}` : piece;
      if (!abbreviations.test(current.trim())) {
        sentences.push(current);
        current = '';
      }
    }
    if (current) sentences.push(current);
  }
  return sentences.filter((sentence) => countWords(sentence) > 0);
}

function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const isQuestion = (sentence: string) => /[?؟]\s*[^\p{L}\p{N}]*$/u.test(sentence);

export function measureText(text: string): TextMeasure {
  const lines = plainLines(text);
  const listLines = lines.filter(isListLine).filter((line) => countWords(line) > 0);
  const sentences = splitSentences(lines.filter((line) => !isListLine(line)));
  const questions = [...sentences, ...listLines].filter(isQuestion).length;
  const last = sentences.at(-1);
  return {
    sentenceWords: sentences.map(countWords),
    listLineWords: listLines.map(countWords),
    questions,
    questionLast: questions === 0 || (last !== undefined && isQuestion(last)),
  };
}

/** What in a text breaks a hard limit, in words a writer can act on; empty when it reads well. */
export function readabilityProblems(text: string): string[] {
  const { sentenceWords, listLineWords, questions } = measureText(text);
  const problems: string[] = [];
  const longest = Math.max(0, ...sentenceWords, ...listLineWords);
  if (longest > readabilityLimits.maxWordsPerSentence) problems.push(`a sentence of ${longest} words (max ${readabilityLimits.maxWordsPerSentence})`);
  if (sentenceWords.length > readabilityLimits.maxSentencesPerMessage)
    problems.push(`${sentenceWords.length} sentences (max ${readabilityLimits.maxSentencesPerMessage})`);
  if (questions > readabilityLimits.maxQuestionsPerMessage) problems.push(`${questions} questions (max ${readabilityLimits.maxQuestionsPerMessage})`);
  return problems;
}

export interface ReadabilitySummary {
  strings: number;
  sentences: number;
  meanWordsPerSentence: number;
  /** Share (0–1) of sentences over the target length. */
  overTarget: number;
  /** Strings with more than one question. */
  multiQuestion: number;
  /** Strings that break a hard limit. */
  failing: number;
}

export function summarise(texts: readonly string[]): ReadabilitySummary {
  const measures = texts.map(measureText);
  const words = measures.flatMap((measure) => measure.sentenceWords);
  const total = words.reduce((sum, count) => sum + count, 0);
  return {
    strings: texts.length,
    sentences: words.length,
    meanWordsPerSentence: words.length ? Math.round((total / words.length) * 10) / 10 : 0,
    overTarget: words.length ? Math.round((words.filter((count) => count > readabilityLimits.targetWordsPerSentence).length / words.length) * 1000) / 1000 : 0,
    multiQuestion: measures.filter((measure) => measure.questions > 1).length,
    failing: texts.filter((text) => readabilityProblems(text).length > 0).length,
  };
}
