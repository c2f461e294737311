import { describe, expect, it } from 'vitest';
import { loadResources } from './index';
import { measureText, readabilityLimits, readabilityProblems, summarise } from './readability';

/** Namespaces only staff read; every other namespace is read by a young person. */
const staffNamespaces = new Set(['coach', 'dashboard', 'email']);
/** Keys whose value is a `|`-separated list of words a young person may type, not a sentence. */
const isList = (key: string) => /(^|\.|_)(aliases|words|phrases)$/.test(key) || key.includes('.name_aliases.');

/** Every youth-facing string of a language, by `namespace:key`. */
function youthStrings(lang: string): Map<string, string> {
  const strings = new Map<string, string>();
  const walk = (tree: unknown, key: string) => {
    if (typeof tree === 'string') {
      if (!isList(key)) strings.set(key, tree);
    } else if (typeof tree === 'object' && tree !== null) {
      for (const [child, value] of Object.entries(tree)) walk(value, key.endsWith(':') ? `${key}${child}` : `${key}.${child}`);
    }
  };
  for (const [namespace, tree] of Object.entries(loadResources()[lang] ?? {})) {
    if (!staffNamespaces.has(namespace)) walk(tree, `${namespace}:`);
  }
  return strings;
}

describe('measuring a text', () => {
  it('counts words per sentence, with a placeholder as one word and an emoji as none', () => {
    expect(measureText('Hoi! 👋 Je coach is {{coach}}. Bel 0800-0113 of chat op 113.nl.').sentenceWords).toEqual([1, 4, 6]);
  });
  it('ends a sentence at a line break, not at the dot of an abbreviation', () => {
    expect(measureText('Bijv. een baan.\nLees meer: https://example.org/privacy?x=1').sentenceWords).toEqual([3, 3]);
  });
  it('holds a list line to the word limit without counting it as a sentence', () => {
    const measure = measureText('Bel als het nodig is.\n📞 113: 0800-0113\n• Veilig Thuis: 0800-2000\nMENU – alle keuzes');
    expect(measure.sentenceWords).toEqual([5]);
    expect(measure.listLineWords).toEqual([2, 3, 3]);
    expect(readabilityProblems(`📞 ${'woord '.repeat(16)}`)).toEqual(['a sentence of 16 words (max 15)']);
  });
  it('counts questions, Arabic ones too', () => {
    expect(measureText('Wil je stoppen? Of wil je verder?').questions).toBe(2);
    expect(measureText('هل أنت بخير؟').questions).toBe(1);
  });
  it('flags a long sentence, too many sentences and a double question', () => {
    expect(readabilityProblems('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien.')).toHaveLength(1);
    expect(readabilityProblems('Een. Twee. Drie. Vier. Vijf.')).toEqual(['5 sentences (max 4)']);
    expect(readabilityProblems('Wil je rust? Of hulp?')).toEqual(['2 questions (max 1)']);
    expect(readabilityProblems('Hoe oud ben je?')).toEqual([]);
  });
});

describe.each(['nl', 'en'])('every youth-facing %s string reads at B1', (lang) => {
  const strings = youthStrings(lang);

  it('has strings to measure', () => {
    expect(strings.size).toBeGreaterThan(200);
  });

  it(`stays within ${readabilityLimits.maxWordsPerSentence} words a sentence, ${readabilityLimits.maxSentencesPerMessage} sentences and ${readabilityLimits.maxQuestionsPerMessage} question a message`, () => {
    const summary = summarise([...strings.values()]);
    console.info(
      `[readability ${lang}] ${summary.strings} strings, ${summary.sentences} sentences, ` +
        `${summary.meanWordsPerSentence} words per sentence, ${(summary.overTarget * 100).toFixed(1)}% over ${readabilityLimits.targetWordsPerSentence} words, ` +
        `${summary.multiQuestion} with more than one question, ${summary.failing} over a limit`,
    );
    const failing = [...strings].map(([key, text]) => [key, readabilityProblems(text).join('; ')]).filter(([, problems]) => problems);
    expect(Object.fromEntries(failing)).toEqual({});
  });
});
