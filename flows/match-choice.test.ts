import { describe, expect, it } from 'vitest';
import { matchChoice, numbersIn, type MatchableChoice } from './match-choice';

const yesNo: MatchableChoice[] = [
  { id: 'ja', title: 'Ja', aliases: ['oké', 'ok', 'yes', '👍'] },
  { id: 'nee', title: 'Nee', aliases: ['no', '👎'] },
];
const wants: MatchableChoice[] = [
  { id: 'school', title: 'Naar school' },
  { id: 'werk', title: 'Aan het werk' },
  { id: 'weet_niet', title: 'Weet ik nog niet', aliases: ['weet niet', 'weet ik niet', 'weet het niet', 'geen idee'] },
];
const municipality: MatchableChoice[] = [
  { id: 'amstelveen', title: 'Amstelveen' },
  { id: 'aalsmeer', title: 'Aalsmeer' },
  { id: 'other', title: 'Ergens anders' },
];
const diploma: MatchableChoice[] = [
  { id: 'geen', title: 'Geen diploma' },
  { id: 'vmbo', title: 'vmbo' },
  { id: 'mbo1', title: 'mbo 1 (entree)' },
  { id: 'mbo2plus', title: 'mbo 2 of hoger' },
  { id: 'havo_vwo', title: 'havo of vwo' },
  { id: 'anders', title: 'Iets anders' },
];

const id = (text: string, choices: MatchableChoice[], payload?: string) => matchChoice({ text, payload, choices })?.id;

describe('matchChoice', () => {
  it.each([
    ['ja', 'ja'],
    ['Ja!', 'ja'],
    ['JA', 'ja'],
    ['jaa', 'ja'],
    ['jaaaaa', 'ja'],
    ['  ja  ', 'ja'],
    ['ja hoor', 'ja'],
    ['oke', 'ja'],
    ['Oké!', 'ja'],
    ['👍', 'ja'],
    ['👍🏽', 'ja'],
    ['nee', 'nee'],
    ['Neee.', 'nee'],
    ['1', 'ja'],
    ['2', 'nee'],
    ['2.', 'nee'],
    [' 2 ', 'nee'],
    ['nr 2', 'nee'],
    ['Nr. 2', 'nee'],
    ['2️⃣', 'nee'],
  ])('yes/no: %j → %s', (text, expected) => {
    expect(id(text, yesNo)).toBe(expected);
  });

  it.each([
    ['school', 'school'],
    ['schol', 'school'],
    ['naar school 🎓', 'school'],
    ['Naar Schoool', 'school'],
    ['werk', 'werk'],
    ['werrk', 'werk'],
    ['ik wil aan het werk', 'werk'],
    ['weet ik niet', 'weet_niet'],
    ['ik weet het niet', 'weet_niet'],
    ['weet ik nog niet', 'weet_niet'],
    ['geen idee 🤷', 'weet_niet'],
    ['3', 'weet_niet'],
  ])('wants: %j → %s', (text, expected) => {
    expect(id(text, wants)).toBe(expected);
  });

  it.each([
    ['amstelveen', 'amstelveen'],
    ['Amstelveen!!', 'amstelveen'],
    ['amstelven', 'amstelveen'],
    ['ams', 'amstelveen'],
    ['aalsmer', 'aalsmeer'],
    ['Aalsmeer', 'aalsmeer'],
    ['ik woon in aalsmeer', 'aalsmeer'],
    ['ergens anders', 'other'],
    ['anders', 'other'],
  ])('municipality: %j → %s', (text, expected) => {
    expect(id(text, municipality)).toBe(expected);
  });

  it.each([
    ['havo', 'havo_vwo'],
    ['vwo', 'havo_vwo'],
    ['vmbo', 'vmbo'],
    ['mbo 2', 'mbo2plus'],
    ['mbo 1', 'mbo1'],
    ['entree', 'mbo1'],
    ['geen', 'geen'],
    ['4', 'mbo2plus'],
  ])('diploma: %j → %s', (text, expected) => {
    expect(id(text, diploma)).toBe(expected);
  });

  it.each([
    ['', yesNo],
    ['   ', yesNo],
    ['😅🙈', yesNo],
    ['asdfgh', yesNo],
    ['misschien', yesNo],
    ['3', yesNo],
    ['0', yesNo],
    ['amsterdam', municipality],
    ['mbo', diploma],
    ['a', municipality],
    ['x'.repeat(2000), yesNo],
    ['ja '.repeat(700), yesNo],
  ])('no match: %j', (text, choices) => {
    expect(id(text, choices)).toBeUndefined();
  });

  it('prefers the button payload over the text', () => {
    expect(id('Ja', yesNo, 'nee')).toBe('nee');
  });

  it('falls back to the text when the payload is not one of the choices (an old button)', () => {
    expect(id('Nee', yesNo, 'amstelveen')).toBe('nee');
  });

  it('answers a 2,000-character message quickly', () => {
    const started = performance.now();
    expect(id('school '.repeat(300), wants)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('matchChoice with a negation in a longer answer', () => {
  it.each([
    ['niet ok', yesNo, undefined],
    ['ja nee', yesNo, 'nee'],
    ['ik wil niet naar school', wants, undefined],
    ['ik weet het niet', wants, 'weet_niet'],
    ['dat is niet goed', yesNo, undefined],
  ])('%j → %s', (text, choices, expected) => {
    expect(id(text, choices)).toBe(expected);
  });
});

describe('numbers in any digits', () => {
  it('reads Arabic-Indic and Persian digits as 0-9', () => {
    expect(numbersIn('١٩')).toEqual([19]);
    expect(numbersIn('عمري ۲۲ سنة')).toEqual([22]);
    expect(numbersIn('ik ben 17, bijna ١٨')).toEqual([17, 18]);
  });

  it('picks the option by its number typed on an Arabic keyboard', () => {
    expect(matchChoice({ text: '٢', choices: municipality })?.id).toBe('aalsmeer');
    expect(matchChoice({ text: '۳.', choices: municipality })?.id).toBe('other');
  });
});

describe('negation in every language', () => {
  it.each(['nie ok', 'не ok', 'ok değil', 'لا ok'])('does not take "%s" as "ok"', (text) => {
    expect(matchChoice({ text, choices: yesNo })?.id).not.toBe('ja');
  });
});
