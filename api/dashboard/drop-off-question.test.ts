import { describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
import { dropOffQuestion } from './drop-off-question';

const t = createI18n().getFixedT('en', 'dashboard');

describe('where young people stop, in words', () => {
  it.each([
    ['geen vraag', 'Before the first question'],
    ['number', 'Age (a number)'],
    ['choice: aalsmeer|amstelveen|other', 'Municipality'],
    ['choice: buitenlands|geen|havo_vwo|hbo|mbo1|mbo2plus|nog_op_school|vmbo|weet_niet|wo', 'Highest diploma'],
    ['choice: school|weet_niet|werk', 'What they want most'],
    ['choice: no|yes', 'A yes/no question (such as consent)'],
    ['choice: rather_not', 'Name for the coach'],
    ['choice: 1|2|3|4|5', 'Another choice question (such as the zelfscan)'],
  ])('%s → %s', (key, words) => {
    expect(dropOffQuestion(t, key)).toBe(words);
  });
});
