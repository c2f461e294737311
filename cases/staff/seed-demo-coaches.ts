import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches } from '../../drizzle/schema';
import { createCoach, type NewCoach } from './coach-repository';
import type { DataProtector } from '../privacy/data-protector';

/**
 * Fictional coaches so a fresh install can be tried end to end: for each municipality one coach per
 * role. Numbers are in the +31 6 1234 56xx block and mail goes to example.nl (reserved for examples),
 * so nothing ever reaches a real person.
 */
const demoCoaches: NewCoach[] = [
  { firstName: 'Sanne', lastName: 'de Vries', role: 'doorstroomcoach', municipality: 'amstelveen', whatsapp: '+31612345601', email: 'sanne.devries@example.nl' },
  { firstName: 'Mohamed', lastName: 'El Amrani', role: 'jongerencoach_werk', municipality: 'amstelveen', whatsapp: '+31612345602', email: 'mohamed.elamrani@example.nl' },
  { firstName: 'Petra', lastName: 'Jansen', role: 'leerplichtambtenaar', municipality: 'amstelveen', whatsapp: '+31612345603', email: 'petra.jansen@example.nl' },
  { firstName: 'Daan', lastName: 'Bakker', role: 'sociaal_team', municipality: 'amstelveen', whatsapp: '+31612345604', email: 'daan.bakker@example.nl' },
  { firstName: 'Lotte', lastName: 'Visser', role: 'doorstroomcoach', municipality: 'aalsmeer', whatsapp: '+31612345605', email: 'lotte.visser@example.nl' },
  { firstName: 'Kevin', lastName: 'Mulder', role: 'jongerencoach_werk', municipality: 'aalsmeer', whatsapp: '+31612345606', email: 'kevin.mulder@example.nl' },
  { firstName: 'Ingrid', lastName: 'de Boer', role: 'leerplichtambtenaar', municipality: 'aalsmeer', whatsapp: '+31612345607', email: 'ingrid.deboer@example.nl' },
  { firstName: 'Yusuf', lastName: 'Demir', role: 'sociaal_team', municipality: 'aalsmeer', whatsapp: '+31612345608', email: 'yusuf.demir@example.nl' },
];

/** How the demo coaches are known again at a later start: by their example.nl e-mail. */
export const DEMO_COACH_EMAILS: readonly string[] = demoCoaches.flatMap((c) => (c.email ? [c.email] : []));

/** The demo's duty contact: the Sociaal team member of Amstelveen. */
export const DEMO_DUTY_CONTACT = { firstName: 'Daan', lastName: 'Bakker' } as const;

/**
 * Creates the demo coaches when there are no coaches yet; returns how many were created (0 on every
 * later start). Their tokens are not kept: an admin works with them through the admin token.
 */
export async function seedDemoCoaches(db: DbOrTx, protector: DataProtector): Promise<number> {
  return db.transaction(async (tx) => {
    // api and worker may start at the same moment: the lock makes the check-then-insert happen once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jongerenloket:seed-demo-coaches'))`);
    const [existing] = await tx.select({ n: count() }).from(coaches);
    if ((existing?.n ?? 0) > 0) return 0;
    for (const coach of demoCoaches) await createCoach(tx, protector, coach);
    // The region's duty contact for urgent signals before the municipality is known: data, so an
    // admin can hand the duty to someone else.
    await tx.update(coaches).set({ dutyContact: true }).where(and(eq(coaches.firstName, DEMO_DUTY_CONTACT.firstName), eq(coaches.lastName, DEMO_DUTY_CONTACT.lastName)));
    return demoCoaches.length;
  });
}
