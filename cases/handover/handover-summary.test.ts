import { describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
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

  it('shows an unknown diploma code as given instead of a translation key', () => {
    const summary = buildHandoverSummary({
      intake: { age: 20, municipality: 'amstelveen', diploma: 'praktijkonderwijs', hasStartkwalificatie: false, wants: 'werk', locale: 'nl' },
      t: nl,
    });
    expect(summary).toContain('Hoogste diploma: praktijkonderwijs.');
    expect(summary).not.toMatch(/diploma\.|summary\./);
  });

  it('has every coach sentence in Dutch and English', () => {
    const keys = (obj: object, prefix = ''): string[] =>
      Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const nlKeys = keys(i18n.getResourceBundle('nl', 'coach') as object).sort();
    const enKeys = keys(i18n.getResourceBundle('en', 'coach') as object).sort();
    expect(enKeys).toEqual(nlKeys);
  });
});
