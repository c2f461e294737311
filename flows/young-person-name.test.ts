import { describe, expect, it } from 'vitest';
import { parseName } from './young-person-name';

describe('the name a coach may use', () => {
  it.each([
    ['Samira', 'Samira'],
    ['  Jan-Willem ', 'Jan-Willem'],
    ["D'Angelo", "D'Angelo"],
    ['Anne  Sophie', 'Anne Sophie'],
    ['Ayşe', 'Ayşe'],
    ['Олена', 'Олена'],
    ['سمير', 'سمير'],
    ['A', 'A'],
    ['a'.repeat(40), 'a'.repeat(40)],
  ])('takes %j as %j', (typed, name) => {
    expect(parseName(typed)).toBe(name);
  });

  it('drops a lead phrase such as "ik heet"', () => {
    expect(parseName('ik heet Samira', ['mijn naam is', 'ik heet'])).toBe('Samira');
    expect(parseName('Call me Sam', ['call me'])).toBe('Sam');
  });

  it.each([
    ['', 'empty'],
    ['ik zoek een baan in de zorg', 'a sentence without a full stop'],
    ['   ', 'only spaces'],
    ['a'.repeat(41), 'longer than 40'],
    ['Ik heet Samira en ik zoek werk.', 'a sentence'],
    ['17', 'a number'],
    ['Samira2', 'a digit in it'],
    ['https://example.com', 'a link'],
    ['www.example.nl', 'a web address'],
    ['samira@example.nl', 'an e-mail address'],
    ['--', 'only hyphens'],
    ["Sam-'ira", 'two marks in a row'],
    ['😀', 'an emoji'],
  ])('refuses %j (%s)', (typed) => {
    expect(parseName(typed)).toBeUndefined();
  });
});
