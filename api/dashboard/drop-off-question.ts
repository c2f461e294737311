import type { TFunction } from 'i18next';

/**
 * Which question a drop-off key names, by the choice ids it offered (cases/indicators/indicators.ts
 * keeps only those plain: the question's text is encrypted). The first rule whose id is offered wins.
 */
const BY_CHOICE: readonly [id: string, question: string][] = [
  ['amstelveen', 'municipality'],
  ['mbo2plus', 'diploma'],
  ['weet_niet', 'wants'],
  ['opstapbaan', 'ladder'],
  ['maakt_niet_uit', 'contactTimes'],
  ['rather_not', 'name'],
  ['yes', 'yesNo'],
];

/**
 * A drop-off key ("choice: aalsmeer|amstelveen|other", "number", "geen vraag") in words for the
 * page: the question it was. The CSV keeps the key itself, which is stable across languages.
 */
export function dropOffQuestion(t: TFunction, key: string): string {
  const [expects = '', offered = ''] = key.split(': ', 2);
  if (expects !== 'choice') return t(`dropOffQuestions.${expects === 'number' || expects === 'text' ? expects : 'none'}`);
  const ids = offered.split('|');
  const question = BY_CHOICE.find(([id]) => ids.includes(id))?.[1] ?? 'otherChoice';
  return t(`dropOffQuestions.${question}`);
}
