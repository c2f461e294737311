import { describe, expect, it } from 'vitest';
import { dutchMunicipalities } from './dutch-municipalities';
import { findPlace } from './find-place';

const municipalityOf = (text: string) => {
  const match = findPlace(text);
  return match.kind === 'found' ? match.place.municipality.name : `${match.kind}${match.kind === 'suggestion' ? `: ${match.place.municipality.name}` : ''}`;
};

describe('findPlace', () => {
  it('knows all 342 municipalities of 2026, each with its 14-number and website', () => {
    expect(dutchMunicipalities()).toHaveLength(342);
    for (const m of dutchMunicipalities()) {
      expect(m.phone).toMatch(/^14 0\d{1,3}$/);
      expect(m.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.nl$/);
    }
  });

  it.each(dutchMunicipalities().map((m) => [m.name]))('%s resolves by its own name', (name) => {
    expect(municipalityOf(name)).toBe(name);
  });

  it.each([
    ['Haarlem', 'Haarlem'],
    ['amsterdam', 'Amsterdam'],
    ["A'veen", 'Amstelveen'],
    ['Kudelstaart', 'Aalsmeer'],
    ['Westwijk', 'Amstelveen'],
    ['Adam', 'Amsterdam'],
    ["A'dam", 'Amsterdam'],
    ['Mokum', 'Amsterdam'],
    ['Zuidoost', 'Amsterdam'],
    ['Den Haag', "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
    ['den bosch', "'s-Hertogenbosch"],
    ['ik woon in Hoofddorp', 'Haarlemmermeer'],
    ['Nes aan de Amstel', 'Amstelveen'],
    ['gemeente Uithoorn', 'Uithoorn'],
    // The region typed in the script of the young person's language, with or without hamza, й or a second а.
    ['أمستلفين', 'Amstelveen'],
    ['امستلفين', 'Amstelveen'],
    ['أنا أسكن في أمستلفين', 'Amstelveen'],
    ['آلسمير', 'Aalsmeer'],
    ['Амстелвен', 'Amstelveen'],
    ['Амстелвейн', 'Amstelveen'],
    ['Аалсмер', 'Aalsmeer'],
    ['Алсмер', 'Aalsmeer'],
    // One typing error in a name of five letters or more.
    ['Haarlm', 'Haarlem'],
    ['Amstrdam', 'Amsterdam'],
    ['Amstelven', 'Amstelveen'],
    ['Aalsmer', 'Aalsmeer'],
    ['Utreht', 'Utrecht'],
    ['Zwole', 'Zwolle'],
  ])('%s → %s', (typed, expected) => {
    expect(municipalityOf(typed)).toBe(expected);
  });

  it('a further guess is only a suggestion to check; nothing like a place is none', () => {
    expect(municipalityOf('Rottredam')).toBe('suggestion: Rotterdam');
    expect(municipalityOf('xyz')).toBe('none');
    expect(municipalityOf('weet ik veel')).toBe('none');
    expect(municipalityOf('bla bla')).toBe('none');
    expect(municipalityOf('x'.repeat(200))).toBe('none');
  });
});
