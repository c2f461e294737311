import { describe, expect, it } from 'vitest';
import { responseDueAt } from './response-due-at';

/** An Amsterdam wall-clock time with its offset, e.g. at('2026-01-09T15:00', '+01:00'). */
const at = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}:00${offset}`);
const rules = { responseDays: 2, urgentResponseHours: 4 };

describe('responseDueAt, urgent (Europe/Amsterdam, office 09:00–17:00)', () => {
  it.each([
    // [what, from, expected]
    ['Friday 10:00: four hours later', at('2026-01-09T10:00', '+01:00'), at('2026-01-09T14:00', '+01:00')],
    ['Friday 16:00: capped at closing time the same day', at('2026-01-09T16:00', '+01:00'), at('2026-01-09T17:00', '+01:00')],
    ['Friday 17:00 sharp: closed, Monday 09:00', at('2026-01-09T17:00', '+01:00'), at('2026-01-12T09:00', '+01:00')],
    ['Friday 18:00: the next working day at opening, Monday 09:00', at('2026-01-09T18:00', '+01:00'), at('2026-01-12T09:00', '+01:00')],
    ['Saturday: Monday 09:00', at('2026-01-10T11:00', '+01:00'), at('2026-01-12T09:00', '+01:00')],
    ['Tuesday 08:00: at opening the same day', at('2026-01-13T08:00', '+01:00'), at('2026-01-13T09:00', '+01:00')],
    ['Tuesday 23:30: Wednesday 09:00', at('2026-01-13T23:30', '+01:00'), at('2026-01-14T09:00', '+01:00')],
    ['Eerste Kerstdag (Friday 25 December 2026): Monday 28th 09:00', at('2026-12-25T10:00', '+01:00'), at('2026-12-28T09:00', '+01:00')],
    ['Christmas Eve after closing: past both Kerstdagen and the weekend', at('2026-12-24T20:00', '+01:00'), at('2026-12-28T09:00', '+01:00')],
    ['Saturday before summer time starts: Monday 09:00 summer time', at('2026-03-28T12:00', '+01:00'), at('2026-03-30T09:00', '+02:00')],
    ['Friday evening before winter time starts: Monday 09:00 winter time', at('2026-10-23T18:00', '+02:00'), at('2026-10-26T09:00', '+01:00')],
  ])('%s', (_what, from, expected) => {
    expect(responseDueAt({ from, urgent: true, rules }).toISOString()).toBe(expected.toISOString());
  });

  it('takes the setting: two hours', () => {
    const due = responseDueAt({ from: at('2026-01-09T10:00', '+01:00'), urgent: true, rules: { ...rules, urgentResponseHours: 2 } });
    expect(due.toISOString()).toBe(at('2026-01-09T12:00', '+01:00').toISOString());
  });

  it('an ordinary handover is due HANDOVER_RESPONSE_DAYS working days later', () => {
    const due = responseDueAt({ from: at('2026-01-09T15:00', '+01:00'), urgent: false, rules });
    expect(due.toISOString()).toBe(at('2026-01-13T15:00', '+01:00').toISOString());
  });
});
