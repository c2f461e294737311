import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, coachSchedules, type AppointmentPlace } from '../../drizzle/schema';
import { DEMO_COACH_EMAILS } from '../staff/seed-demo-coaches';
import { setAvailability, type AvailabilityHours } from './appointment-repository';

/** Office hours with a lunch break, Monday to Friday, Amsterdam wall time. */
const DEMO_PLACES: AppointmentPlace[] = ['werkplein', 'video', 'telefoon'];
const DEMO_WEEK: AvailabilityHours[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: '09:00', end: '12:00', places: DEMO_PLACES },
  { weekday, start: '13:00', end: '16:30', places: DEMO_PLACES },
]);

/**
 * Gives each demo coach (known by their example.nl e-mail) weekly hours when they have none, so
 * "afspraak maken" in the chat offers real times on a fresh install. Runs at every start: hours a
 * coach set (or cleared on purpose after the first start) are never overwritten, because only a
 * coach without any schedule row gets the demo week. Returns how many coaches got hours.
 */
export async function seedDemoAvailability(db: DbOrTx): Promise<number> {
  return db.transaction(async (tx) => {
    // api and worker may start at the same moment: the lock makes the check-then-insert happen once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jongerenloket:seed-demo-availability'))`);
    const withoutHours = await tx
      .select({ id: coaches.id })
      .from(coaches)
      .leftJoin(coachSchedules, eq(coachSchedules.coachId, coaches.id))
      .where(and(inArray(coaches.email, [...DEMO_COACH_EMAILS]), isNull(coachSchedules.coachId)));
    for (const coach of withoutHours) await setAvailability(tx, { coachId: coach.id, slotMinutes: 45, bufferMinutes: 15, weekly: DEMO_WEEK });
    return withoutHours.length;
  });
}
