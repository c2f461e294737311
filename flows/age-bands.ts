/**
 * The ages that decide what the front door does: one place (DESIGN.md rule 8) for the intake's
 * privacy notice, routing and the reminders before 18 and 27. The lawful basis per band is in
 * docs/privacy.md.
 */

/** Below this there is no intake: a kind message with where to go instead, and nothing is kept. */
export const MIN_INTAKE_AGE = 15;
/** UAVG art. 5 (AVG art. 8): below 16, consent to processing needs a parent or carer. */
export const OWN_CONSENT_AGE = 16;
/** Leerplicht / kwalificatieplicht ends: the leerplichtambtenaar hands over to the route's coach. */
export const ADULT_AGE = 18;
/**
 * From this age the keuzehulp suggests work with learning, not a school route, to someone without a
 * startkwalificatie who needs money now (flows/keuzehulp-rules.ts): the RMC's school-first approach
 * for voortijdig schoolverlaters is for those under 23.
 */
export const WORK_WITH_LEARNING_AGE = 23;
/** The law Van school naar duurzaam werk helps young people up to 27. */
export const TARGET_GROUP_END_AGE = 27;

/**
 * - `te_jong`: under 15: no intake.
 * - `onder_16`: 15: the leerplichtambtenaar's group, and a parent or carer may be involved.
 * - `leerplicht`: 16 and 17: their own say, and the leerplichtambtenaar's group.
 * - `volwassen`: 18 and older.
 */
export type AgeBand = 'te_jong' | 'onder_16' | 'leerplicht' | 'volwassen';

export function ageBand(age: number): AgeBand {
  if (age < MIN_INTAKE_AGE) return 'te_jong';
  if (age < OWN_CONSENT_AGE) return 'onder_16';
  if (age < ADULT_AGE) return 'leerplicht';
  return 'volwassen';
}
