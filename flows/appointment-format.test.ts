import { describe, expect, it } from 'vitest';
import { appointmentDate, appointmentTime, slotTitle } from './appointment-format';

describe('appointment dates in the young person language', () => {
  it.each([
    ['nl', '2026-12-08T09:00:00Z', 'di 8 dec 10:00', 'dinsdag 8 december'],
    ['en', '2026-12-08T09:00:00Z', 'Tue, Dec 8 10:00', 'Tuesday, December 8'],
    // Summer time: 08:00 UTC is 10:00 in Amsterdam.
    ['nl', '2026-06-09T08:00:00Z', 'di 9 jun 10:00', 'dinsdag 9 juni'],
  ])('%s %s', (locale, iso, title, date) => {
    expect(slotTitle(iso, locale)).toBe(title);
    expect(appointmentDate(iso, locale)).toBe(date);
    expect(appointmentTime(iso, locale)).toBe('10:00');
  });

  it('leaves the year out, also for a slot after New Year: the chat offers slots only weeks ahead', () => {
    expect(appointmentDate('2027-01-05T09:00:00Z', 'nl')).toBe('dinsdag 5 januari');
    expect(slotTitle('2027-01-05T09:00:00Z', 'en')).toBe('Tue, Jan 5 10:00');
  });

  it('keeps list titles within WhatsApp’s 24 characters in every language we speak', () => {
    for (const locale of ['nl', 'en', 'tr', 'pl', 'uk', 'ar']) {
      expect(slotTitle('2026-09-30T16:45:00Z', locale).length).toBeLessThanOrEqual(24);
    }
  });
});
