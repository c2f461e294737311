import { describe, expect, it } from 'vitest';
import { interactiveContentFor } from './interactive-content';

const yesNo = [
  { id: 'yes', title: 'Ja' },
  { id: 'no', title: 'Nee' },
];
const diplomas = ['Geen diploma', 'vmbo', 'mbo 1', 'mbo 2 of hoger', 'havo of vwo', 'Iets anders'].map((title, i) => ({ id: `d${i}`, title }));

describe('interactiveContentFor', () => {
  it('shows up to three short choices as quick-reply buttons whose ids are the bot choice ids, with a numbered text fallback', () => {
    const content = interactiveContentFor({ body: 'Is dat goed?', choices: yesNo, listButton: 'Kies een antwoord' });
    expect(content?.shape).toBe('twilio/quick-reply');
    expect(content?.types['twilio/quick-reply']).toEqual({
      body: 'Is dat goed?',
      actions: [
        { title: 'Ja', id: 'yes' },
        { title: 'Nee', id: 'no' },
      ],
    });
    expect(content?.types['twilio/text']).toEqual({ body: 'Is dat goed?\n\n1. Ja\n2. Nee' });
    expect(content?.friendlyName).toBe(`jl_${content?.name}`);
    expect(content?.name).toMatch(/^ix_[0-9a-f]{32}$/);
  });

  it('uses a list for more than three choices, or a title too long for a button', () => {
    const list = interactiveContentFor({ body: 'Welk diploma heb je?', choices: diplomas, listButton: 'Kies een antwoord' });
    expect(list?.shape).toBe('twilio/list-picker');
    expect(list?.types['twilio/list-picker']).toMatchObject({ button: 'Kies een antwoord', items: diplomas.map((d) => ({ item: d.title, id: d.id })) });

    const longTitle = [{ id: 'a', title: 'Ik zoek een opleiding' }, { id: 'b', title: 'Werk' }]; // 21 characters: too long for a button
    expect(interactiveContentFor({ body: 'Wat wil je?', choices: longTitle, listButton: 'Kies' })?.shape).toBe('twilio/list-picker');
  });

  it('gives up (numbered text) where WhatsApp cannot show it', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ id: `c${i}`, title: `Keuze ${i}` }));
    expect(interactiveContentFor({ body: 'Kies', choices: eleven, listButton: 'Kies' })).toBeUndefined();
    const tooLong = [...diplomas.slice(0, 4), { id: 'x', title: 'Een titel van meer dan 24 tekens' }];
    expect(interactiveContentFor({ body: 'Kies', choices: tooLong, listButton: 'Kies' })).toBeUndefined();
    expect(interactiveContentFor({ body: 'x'.repeat(1025), choices: yesNo, listButton: 'Kies' })).toBeUndefined();
    expect(interactiveContentFor({ body: 'Kies', choices: [], listButton: 'Kies' })).toBeUndefined();
    expect(interactiveContentFor({ body: 'Kies', choices: diplomas, listButton: 'Een knop met een veel te lange tekst' })).toBeUndefined();
    expect(interactiveContentFor({ body: 'Kies', choices: [yesNo[0]!, { id: 'yes', title: 'Nee' }], listButton: 'Kies' })).toBeUndefined();
  });

  it('names one resource per distinct question: the same question shares it, any change makes another', () => {
    const name = (input: Parameters<typeof interactiveContentFor>[0]) => interactiveContentFor(input)?.name;
    const base = { body: 'Welk diploma heb je?', choices: diplomas, listButton: 'Kies een antwoord' };
    expect(name({ ...base, choices: diplomas.map((d) => ({ ...d })) })).toBe(name(base));
    expect(name({ ...base, body: 'Welk diploma heb jij?' })).not.toBe(name(base));
    expect(name({ ...base, listButton: 'Choose an answer' })).not.toBe(name(base));
    expect(name({ ...base, choices: diplomas.map((d) => (d.id === 'd1' ? { ...d, id: 'vmbo' } : d)) })).not.toBe(name(base));
    expect(name({ ...base, choices: [...diplomas].reverse() })).not.toBe(name(base));
    // Buttons have no list label, so it does not split the resource of a quick-reply question.
    expect(name({ body: 'Is dat goed?', choices: yesNo, listButton: 'Kies een antwoord' })).toBe(
      name({ body: 'Is dat goed?', choices: yesNo, listButton: 'Choose an answer' }),
    );
  });
});
