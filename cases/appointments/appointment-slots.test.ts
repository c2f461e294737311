import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AMSTERDAM_ZONE } from '../calendar/amsterdam-time';
import { nextFreeSlots, type Busy, type CoachWeek } from './appointment-slots';

const local = (iso: string) => DateTime.fromISO(iso, { zone: AMSTERDAM_ZONE }).toJSDate();
const label = (date: Date) => DateTime.fromJSDate(date, { zone: AMSTERDAM_ZONE }).toFormat('ccc yyyy-MM-dd HH:mm');
const busy = (from: string, to: string): Busy => ({ startsAt: local(from), endsAt: local(to) });

const tuesdayMorning: CoachWeek = { slotMinutes: 45, bufferMinutes: 15, weekly: [{ weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60, places: ['werkplein'] }] };
const fridayNine: CoachWeek = { slotMinutes: 45, bufferMinutes: 15, weekly: [{ weekday: 5, startMinute: 9 * 60, endMinute: 10 * 60, places: ['school'] }] };
const mondayNine: CoachWeek = { slotMinutes: 60, bufferMinutes: 0, weekly: [{ weekday: 1, startMinute: 9 * 60, endMinute: 10 * 60, places: ['video'] }] };

interface Row {
  name: string;
  week: CoachWeek;
  now: string;
  absences?: Busy[];
  booked?: Busy[];
  count?: number;
  skip?: number;
  expected: string[];
}

const rows: Row[] = [
  {
    name: 'cuts a block into slots with the buffer between them',
    week: tuesdayMorning,
    now: '2026-12-07T09:00',
    count: 4,
    expected: ['Tue 2026-12-08 09:00', 'Tue 2026-12-08 10:00', 'Tue 2026-12-08 11:00', 'Tue 2026-12-15 09:00'],
  },
  { name: 'pages further with skip', week: tuesdayMorning, now: '2026-12-07T09:00', skip: 2, count: 2, expected: ['Tue 2026-12-08 11:00', 'Tue 2026-12-15 09:00'] },
  { name: 'gives the young person two hours of notice', week: tuesdayMorning, now: '2026-12-08T08:30', count: 1, expected: ['Tue 2026-12-08 11:00'] },
  {
    name: 'skips Christmas and New Year (both Fridays in 2026)',
    week: fridayNine,
    now: '2026-12-23T12:00',
    count: 1,
    expected: ['Fri 2027-01-08 09:00'],
  },
  { name: 'skips Koningsdag (Tuesday 27 April 2027)', week: tuesdayMorning, now: '2027-04-26T12:00', count: 1, expected: ['Tue 2027-05-04 09:00'] },
  {
    name: 'a booked appointment and its buffer block the slots around it',
    week: tuesdayMorning,
    now: '2026-12-07T09:00',
    booked: [busy('2026-12-08T09:50', '2026-12-08T10:35')],
    count: 2,
    expected: ['Tue 2026-12-08 11:00', 'Tue 2026-12-15 09:00'],
  },
  {
    name: 'a booked appointment on the grid takes only its own slot',
    week: tuesdayMorning,
    now: '2026-12-07T09:00',
    booked: [busy('2026-12-08T10:00', '2026-12-08T10:45')],
    count: 2,
    expected: ['Tue 2026-12-08 09:00', 'Tue 2026-12-08 11:00'],
  },
  {
    name: 'a day of leave has no slots',
    week: tuesdayMorning,
    now: '2026-12-07T09:00',
    absences: [busy('2026-12-08T00:00', '2026-12-09T00:00')],
    count: 1,
    expected: ['Tue 2026-12-15 09:00'],
  },
  {
    name: 'a training in the morning leaves the slots before it',
    week: tuesdayMorning,
    now: '2026-12-07T09:00',
    absences: [busy('2026-12-08T10:30', '2026-12-08T11:30')],
    count: 2,
    expected: ['Tue 2026-12-08 09:00', 'Tue 2026-12-15 09:00'],
  },
  {
    name: 'keeps 09:00 local on both sides of the change to summer time (29 March 2026)',
    week: { ...mondayNine, weekly: [...mondayNine.weekly, { weekday: 5, startMinute: 9 * 60, endMinute: 10 * 60, places: ['video'] }] },
    now: '2026-03-26T12:00',
    count: 2,
    expected: ['Fri 2026-03-27 09:00', 'Mon 2026-03-30 09:00'],
  },
  {
    name: 'keeps 09:00 local on both sides of the change to winter time (25 October 2026)',
    week: { ...mondayNine, weekly: [...mondayNine.weekly, { weekday: 5, startMinute: 9 * 60, endMinute: 10 * 60, places: ['video'] }] },
    now: '2026-10-22T12:00',
    count: 2,
    expected: ['Fri 2026-10-23 09:00', 'Mon 2026-10-26 09:00'],
  },
  {
    name: 'the hour skipped by summer time gives one slot, not two at the same instant',
    week: { slotMinutes: 60, bufferMinutes: 0, weekly: [{ weekday: 7, startMinute: 2 * 60, endMinute: 4 * 60, places: ['telefoon'] }] },
    now: '2026-03-27T12:00',
    count: 2,
    expected: ['Sun 2026-03-29 03:00', 'Sun 2026-04-05 02:00'],
  },
];

describe('nextFreeSlots', () => {
  it.each(rows)('$name', (row) => {
    const slots = nextFreeSlots({ week: row.week, absences: row.absences ?? [], booked: row.booked ?? [], now: local(row.now), count: row.count ?? 3, skip: row.skip ?? 0 });
    expect(slots.map((s) => label(s.startsAt))).toEqual(row.expected);
  });

  it('slots are real instants: 09:00 is 08:00 UTC in winter and 07:00 UTC in summer, and last the slot length', () => {
    const [friday, monday] = nextFreeSlots({ week: { ...mondayNine, weekly: [...mondayNine.weekly, { weekday: 5, startMinute: 540, endMinute: 600, places: ['video'] }] }, absences: [], booked: [], now: local('2026-03-26T12:00'), count: 2 });
    expect(friday?.startsAt.toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(monday?.startsAt.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(monday && monday.endsAt.getTime() - monday.startsAt.getTime()).toBe(60 * 60_000);
    expect(monday?.places).toEqual(['video']);
  });
});
