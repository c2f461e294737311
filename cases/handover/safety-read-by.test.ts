import { describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
import { responseDueAt } from './response-due-at';
import { safetyReadBy } from './safety-read-by';

const i18n = createI18n();
const rules = { responseDays: 2, urgentResponseHours: 4 };
const said = (now: string, locale = 'nl') => {
  const from = new Date(now);
  return safetyReadBy({ t: i18n.getFixedT([locale, 'nl'], 'handover'), dueAt: responseDueAt({ from, urgent: true, rules }), locale, now: from });
};

describe('safetyReadBy: when a person reads a safety signal, as the young person hears it', () => {
  it.each([
    ['Tuesday 11:00', '2026-01-13T11:00:00+01:00', 'Vandaag vóór 15:00 leest een medewerker je bericht.'],
    ['Tuesday 07:30', '2026-01-13T07:30:00+01:00', 'Vandaag om 09:00 leest een medewerker je bericht.'],
    ['Tuesday 20:00', '2026-01-13T20:00:00+01:00', 'Morgen om 09:00 leest een medewerker je bericht.'],
    ['Friday 18:00', '2026-01-09T18:00:00+01:00', 'Op maandag 12 januari om 09:00 leest een medewerker je bericht.'],
  ])('%s', (_what, now, expected) => {
    expect(said(now)).toBe(expected);
  });

  it('in English', () => {
    expect(said('2026-01-13T20:00:00+01:00', 'en')).toBe('A staff member will read your message tomorrow at 09:00.');
  });
});
