import type { TurnContext } from 'botbuilder';

/** A free slot as the chat offers it; ISO strings, because the dialog keeps it in its (JSON) state. */
export interface OfferedSlot {
  startsAt: string;
  endsAt: string;
  places: string[];
}

export interface BookedAppointment {
  id: string;
  startsAt: string;
  endsAt: string;
  place: string;
  /** The `.ics` link for the young person's calendar. */
  icsUrl: string;
}

export type BookingResult = { ok: true; appointment: BookedAppointment } | { ok: false; reason: 'taken' };

/**
 * What the appointment dialog may ask of the case store during a turn. The turn runner builds it on
 * the turn's transaction (worker/process-turn.ts), so a booking commits together with the bot's state
 * and its confirmation message (DESIGN.md rule 4).
 */
export interface AppointmentService {
  /** Whether the young person has an open case with a coach who set weekly hours. */
  canBook(): Promise<boolean>;
  /** The next booked appointment that has not ended, if any. */
  current(): Promise<BookedAppointment | undefined>;
  /** The coach's next free slots, `skip` slots on. */
  freeSlots(input: { skip: number; count: number }): Promise<OfferedSlot[]>;
  /** Books a slot (moving `replacesId` to it, for a reschedule); `taken` when someone was first. */
  book(input: { slot: OfferedSlot; place: string; replacesId?: string }): Promise<BookingResult>;
  /** Cancels a booked appointment of this young person. */
  cancel(id: string): Promise<void>;
}

const APPOINTMENT_SERVICE = Symbol.for('jongerenloket.appointmentService');

export function setAppointmentService(context: TurnContext, service: AppointmentService | undefined): void {
  context.turnState.set(APPOINTMENT_SERVICE, service);
}

/** Undefined outside the worker (dialog tests without a database) or without an open case. */
export function appointmentService(context: TurnContext): AppointmentService | undefined {
  return context.turnState.get(APPOINTMENT_SERVICE) as AppointmentService | undefined;
}
