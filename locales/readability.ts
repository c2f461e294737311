/**
 * Measures how easy a text is to read, by the limits of docs/writing-guide.md: words per sentence,
 * sentences per message, questions per message. A sentence ends at `.`, `!`, `?` or a line break; a
 * `{{placeholder}}` or a web address counts as one word, an emoji as none.
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
  /** Words of each sentence, in order. */
  sentenceWords: number[];
  questions: number;
  /** Whether the last sentence is the question (when there is one). */
  questionLast: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = /\b(bijv|bv|o\.a|enz|etc|e\.g|i\.e|ca|nr|tel|incl)\.$/i;

function splitSentences(text: string): string[] {
  const plain = text
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .replace(/\bhttps?:\/\/\S+/g, 'X')
    .replace(/\$t\([^)]*\)/g, 'X');
  const sentences: string[] = [];
  for (const line of plain.split(/\n+/)) {
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
  const sentences = splitSentences(text);
  const questions = sentences.filter(isQuestion).length;
  const last = sentences.at(-1);
  return { sentenceWords: sentences.map(countWords), questions, questionLast: questions === 0 || (last !== undefined && isQuestion(last)) };
}

/** What in a text breaks a hard limit, in words a writer can act on; empty when it reads well. */
export function readabilityProblems(text: string): string[] {
  const { sentenceWords, questions } = measureText(text);
  const problems: string[] = [];
  const longest = Math.max(0, ...sentenceWords);
  if (longest > readabilityLimits.maxWordsPerSentence) problems.push(`a sentence of ${longest} words (max ${readabilityLimits.maxWordsPerSentence})`);
  if (sentenceWords.length > readabilityLimits.maxSentencesPerMessage) problems.push(`${sentenceWords.length} sentences (max ${readabilityLimits.maxSentencesPerMessage})`);
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
