import { DateTime } from 'luxon';
import { z } from 'zod';
import { AMSTERDAM_ZONE } from '../../cases/calendar/amsterdam-time';
import type { AvailabilityHours } from '../../cases/appointments/appointment-repository';
import { appointmentPlaces, type AppointmentPlace } from '../../drizzle/schema';
import { hoursField } from './agenda-page';
import { pageQuery } from './dashboard-schemas';
import type { NoticeCode } from './dashboard-replies';

// The agenda's and the booking's forms. A bad value goes back to its page with a notice that says
// what to fix; the rules of hours and absences themselves are in cases/appointments/availability-rules.ts.

export const agendaQuery = pageQuery.extend({ coach: z.uuid().optional().catch(undefined) });
export const coachParams = z.object({ coachId: z.uuid() });
export const absenceParams = z.object({ coachId: z.uuid(), absenceId: z.coerce.number().int().positive().max(2 ** 31 - 1) });

const clockOrEmpty = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/);
const place = z.enum(appointmentPlaces);
const MAX_BLOCKS = 6;

/** Per weekday up to a few blocks `d<weekday>-<block>-from|to` ("" for none), the places and the slot settings. */
export const hoursForm = z
  .object({
    slotMinutes: z.coerce.number().int().min(15).max(240),
    bufferMinutes: z.coerce.number().int().min(0).max(120),
    places: z.union([place, z.array(place).max(appointmentPlaces.length)]).optional(),
  })
  .catchall(z.string().max(256));

/** The weekly hours a filled-in form means, or the notice of what is missing. */
export function weeklyFromForm(form: z.infer<typeof hoursForm>): { weekly: AvailabilityHours[] } | { problem: NoticeCode } {
  const places: AppointmentPlace[] = form.places === undefined ? [] : Array.isArray(form.places) ? form.places : [form.places];
  const weekly: AvailabilityHours[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let block = 1; block <= MAX_BLOCKS; block++) {
      const start = String(form[hoursField(weekday, block, 'from')] ?? '');
      const end = String(form[hoursField(weekday, block, 'to')] ?? '');
      if (!clockOrEmpty.safeParse(start).success || !clockOrEmpty.safeParse(end).success) return { problem: 'invalid' };
      if (start === '' && end === '') continue;
      if (start === '' || end === '') return { problem: 'hoursIncomplete' };
      weekly.push({ weekday, start, end, places });
    }
  }
  if (weekly.length > 0 && places.length === 0) return { problem: 'placesMissing' };
  return { weekly };
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Whole days: from the first day's midnight to the midnight after the last day, in Amsterdam. */
export const absenceForm = z.object({ firstDay: day, lastDay: z.union([day, z.literal('')]).optional(), reason: z.enum(['verlof', 'training', 'anders']) });

/** The moments an absence form means, or undefined for a day that does not exist (31 February). */
export function absenceFromForm(form: z.infer<typeof absenceForm>): { startsAt: Date; endsAt: Date } | undefined {
  const first = DateTime.fromISO(form.firstDay, { zone: AMSTERDAM_ZONE });
  const last = form.lastDay ? DateTime.fromISO(form.lastDay, { zone: AMSTERDAM_ZONE }) : first;
  if (!first.isValid || !last.isValid) return undefined;
  return { startsAt: first.startOf('day').toJSDate(), endsAt: last.startOf('day').plus({ days: 1 }).toJSDate() };
}

/** A slot picked on the case page: its start and where. */
export const bookingForm = z.object({ startsAt: z.iso.datetime({ offset: true }), place });
export const bookingQuery = pageQuery.extend(bookingForm.shape);
