import { createEvent } from 'ics';

export interface IcsAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  title: string;
  description: string;
  location: string;
}

export class IcsBuildError extends Error {
  constructor(cause: unknown) {
    super('Could not build the calendar file', { cause });
    this.name = this.constructor.name;
  }
}

/**
 * The appointment as an iCalendar file (RFC 5545) for the young person's calendar app. Times go out
 * in UTC, so every calendar shows them right in its own zone. A cancelled or moved appointment is
 * served with STATUS:CANCELLED, so a calendar that imported it can drop it.
 */
export function appointmentIcs(appointment: IcsAppointment): string {
  const { error, value } = createEvent({
    uid: `${appointment.id}@jongerenloket`,
    productId: 'jongerenloket/front-door',
    method: 'PUBLISH',
    title: appointment.title,
    description: appointment.description,
    location: appointment.location,
    start: appointment.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: appointment.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: appointment.status === 'booked' ? 'CONFIRMED' : 'CANCELLED',
  });
  if (error || !value) throw new IcsBuildError(error);
  return value;
}
