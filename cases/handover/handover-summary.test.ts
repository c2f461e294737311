import { describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
import type { IntakeAnswers } from '../case/record-intake-outcome';
import { buildHandoverSummary } from './handover-summary';

const i18n = createI18n();
const nl = i18n.getFixedT('nl', 'coach');
const en = i18n.getFixedT('en', 'coach');

describe('buildHandoverSummary', () => {
  it('tells a Dutch-speaking coach who the young person is and what they want, in one line', () => {
    const summary = buildHandoverSummary({
      intake: { age: 19, municipality: 'amstelveen', diploma: 'mbo1', hasStartkwalificatie: false, wants: 'school', locale: 'nl' },
      t: nl,
    });
    expect(summary).toBe(
      'Jongere van 19 jaar uit Amstelveen. Hoogste diploma: mbo niveau 1 (entree). Heeft geen startkwalificatie. ' +
        'Wil: naar school of een opleiding. Route: school (doorstroomcoach). Chat in het Nederlands.',
    );
    expect(summary).not.toContain('\n');
  });

  it('says yes to startkwalificatie and names the language the young person chats in', () => {
    const summary = buildHandoverSummary({
      intake: { age: 23, municipality: 'aalsmeer', diploma: 'havo_vwo', hasStartkwalificatie: true, wants: 'weet_niet', locale: 'en' },
      t: nl,
    });
    expect(summary).toBe(
      'Jongere van 23 jaar uit Aalsmeer. Hoogste diploma: havo of vwo. Heeft een startkwalificatie. ' +
        'Wil: weet het nog niet. Route: werk (jongerencoach werk). Chat in het Engels.',
    );
  });

  it('renders in English too', () => {
    const summary = buildHandoverSummary({
      intake: { age: 16, municipality: 'aalsmeer', diploma: 'geen', hasStartkwalificatie: false, wants: 'werk', locale: 'nl' },
      t: en,
    });
    expect(summary).toBe(
      'Young person, 16 years old, from Aalsmeer. Highest diploma: no diploma. Has no startkwalificatie. ' +
        'Wants: to find work. Route: compulsory education (leerplichtambtenaar). Chats in Dutch.',
    );
  });

  it('names money and housing as topics to talk about, not as facts, and names each topic once', () => {
    const summary = buildHandoverSummary({
      intake: {
        age: 19, municipality: 'amstelveen', diploma: 'mbo1', hasStartkwalificatie: false, wants: 'school', locale: 'nl',
        zelfscan: { levels: { school: 3, geld: 2, wonen: 2 }, obstacles: ['geld', 'wonen'], attention: ['school'], strengths: [], talkAbout: ['geld', 'wonen'], skipped: [], intensity: 'middelzwaar', multiproblematiek: false },
      },
      t: nl,
    });
    expect(summary).toContain('Wil met de coach praten over: geld en inkomen, wonen.');
    expect(summary.match(/geld en inkomen/g)).toHaveLength(1);
    expect(summary).toContain('school of opleiding');
    expect(summary).not.toMatch(/schuld|uitzetting|eten/i);
  });

  it('shows an unknown diploma code as given instead of a translation key', () => {
    const summary = buildHandoverSummary({
      intake: { age: 20, municipality: 'amstelveen', diploma: 'praktijkonderwijs', hasStartkwalificatie: false, wants: 'werk', locale: 'nl' },
      t: nl,
    });
    expect(summary).toContain('Hoogste diploma: praktijkonderwijs.');
    expect(summary).not.toMatch(/diploma\.|summary\./);
  });

  it('says honestly when the startkwalificatie is unknown (a diploma from abroad) and what the coach checks', () => {
    const summary = buildHandoverSummary({
      intake: { age: 22, municipality: 'amstelveen', diploma: 'buitenlands', hasStartkwalificatie: false, wants: 'werk', locale: 'nl' },
      t: nl,
    });
    expect(summary).toContain('Hoogste diploma: diploma uit het buitenland. Startkwalificatie onbekend: check het diploma');
    expect(summary).not.toContain('Heeft geen startkwalificatie');
  });

  it('with everything skipped in the zelfscan, says the intensity is unknown and the coach decides it', () => {
    const skipped = ['school', 'werk', 'geld', 'wonen', 'dagbesteding', 'netwerk', 'gezondheid', 'persoonlijk'] as const;
    const summary = buildHandoverSummary({
      intake: {
        age: 20,
        municipality: 'amstelveen',
        diploma: 'vmbo',
        hasStartkwalificatie: false,
        wants: 'school',
        locale: 'nl',
        zelfscan: { levels: {}, obstacles: [], attention: [], strengths: [], talkAbout: [], skipped: [...skipped], intensity: 'onbekend', multiproblematiek: false },
      },
      t: nl,
    });
    expect(summary).toContain('Ondersteuningszwaarte: onbekend: alles overgeslagen, jij bepaalt de zwaarte na het eerste gesprek.');
    expect(summary).not.toContain('licht');
  });

  it('tells the coach of an under-16 whether they may contact a parent or carer', () => {
    const intake = { age: 15, municipality: 'aalsmeer', diploma: 'nog_op_school', hasStartkwalificatie: false, wants: 'school', locale: 'nl' } as const;
    expect(buildHandoverSummary({ intake: { ...intake, mayContactParent: true }, t: nl })).toContain('Jonger dan 16: je mag contact opnemen met een ouder of verzorger.');
    expect(buildHandoverSummary({ intake: { ...intake, mayContactParent: false }, t: nl })).toContain('Jonger dan 16: wil niet dat je een ouder of verzorger belt.');
    expect(buildHandoverSummary({ intake, t: nl })).not.toContain('ouder');
  });

  it('with multiproblematiek, gives the Sociaal team member who holds the regie their own line, not the coach’s', () => {
    const intake: IntakeAnswers = {
      age: 21, municipality: 'amstelveen', diploma: 'mbo1', hasStartkwalificatie: false, wants: 'werk', locale: 'nl',
      zelfscan: { levels: { geld: 1, wonen: 1 }, obstacles: ['geld', 'wonen'], attention: [], strengths: [], talkAbout: [], skipped: [], intensity: 'intensief', multiproblematiek: true },
    };
    const contact = buildHandoverSummary({ intake, t: nl });
    const regie = buildHandoverSummary({ intake, t: nl, receiver: 'regie' });
    const both = buildHandoverSummary({ intake, t: nl, receiver: 'contact_and_regie' });
    expect(contact).toContain('jij blijft het aanspreekpunt voor school of werk');
    expect(regie).toContain('Multiproblematiek: jij hebt de regie namens het Sociaal team. De vaste contactpersoon blijft het aanspreekpunt voor school of werk.');
    expect(both).toContain('jij hebt de regie namens het Sociaal team en bent ook de vaste contactpersoon');
    for (const text of [regie, both]) expect(text).not.toContain('jij blijft het aanspreekpunt');
  });

  it('has every coach sentence in Dutch and English', () => {
    const keys = (obj: object, prefix = ''): string[] =>
      Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const nlKeys = keys(i18n.getResourceBundle('nl', 'coach') as object).sort();
    const enKeys = keys(i18n.getResourceBundle('en', 'coach') as object).sort();
    expect(enKeys).toEqual(nlKeys);
  });
});
