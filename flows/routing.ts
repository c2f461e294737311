import type { CoachRole, Municipality } from '../drizzle/schema';

/** Where the young person lives: one of the two municipalities of this front door, or somewhere else. */
export type RoutingMunicipality = Municipality | 'other';

/** What the young person said they want in the keuzehulp. */
export type Wants = 'school' | 'werk' | 'weet_niet';

export const referrals = ['werkcentrum', 'sociaal_loket', 'eigen_gemeente'] as const;
export type Referral = (typeof referrals)[number];

/** The route the young person confirmed in the keuzehulp (flows/keuzehulp-dialog.ts). */
export type ChosenRoute = 'school' | 'werk' | 'zorg';

export interface RoutingInput {
  age: number;
  municipality: RoutingMunicipality;
  hasStartkwalificatie: boolean;
  wants: Wants;
  /** Only after "weet ik nog niet": what the keuzehulp settled on with the young person. */
  chosenRoute?: ChosenRoute | undefined;
}

export type CoachRoute = 'school' | 'werk' | 'leerplicht' | 'zorg';

export type RouteDecision =
  | { kind: 'coach'; role: CoachRole; route: CoachRoute }
  | { kind: 'referral'; referral: Referral };

/**
 * Decides who helps this young person next. The rules are the product owner's, in this order
 * (the first that applies wins). Nobody is sent away empty-handed ("No Wrong Door", DESIGN.md):
 * whoever falls outside the front door gets a referral, never a refusal.
 */
export function decideRoute(input: RoutingInput): RouteDecision {
  const { age, municipality, hasStartkwalificatie, wants, chosenRoute } = input;

  // Another municipality: Amstelveen and Aalsmeer coaches cannot take them on, but every Dutch
  // municipality has a jongerenloket / RMC (Regionale Meld- en Coördinatiefunctie) with the same
  // duty under "Van school naar duurzaam werk", so we send them there, whatever their age.
  if (municipality === 'other') return { kind: 'referral', referral: 'eigen_gemeente' };

  // 27 or older: the law's target group ends at 27. Work questions go to the Werkcentrum
  // (work and income for all ages); everything else to the Sociaal loket (general social questions).
  if (age >= 27) {
    return { kind: 'referral', referral: wants === 'werk' ? 'werkcentrum' : 'sociaal_loket' };
  }

  // Under 18: leerplicht / kwalificatieplicht applies, so the leerplichtambtenaar is the vaste
  // contactpersoon whatever they want (policy names ages 15–17; a child under 15 is leerplichtig
  // too, so the same officer is the right contact).
  if (age < 18) return { kind: 'coach', role: 'leerplichtambtenaar', route: 'leerplicht' };

  // 18–26 who want school: the doorstroomcoach of the Doorstroompunt guides them back to education.
  if (wants === 'school') return { kind: 'coach', role: 'doorstroomcoach', route: 'school' };

  // 18–26 who want work: the jongerencoach werk of the Werkcentrum (ladder opstapbaan → wensbaan).
  if (wants === 'werk') return { kind: 'coach', role: 'jongerencoach_werk', route: 'werk' };

  // Undecided, but the keuzehulp settled it with them. "Care or rest first" goes to the Sociaal team,
  // which then also holds the regie; school and work as above.
  if (wants === 'weet_niet' && chosenRoute === 'zorg') return { kind: 'coach', role: 'sociaal_team', route: 'zorg' };
  if (wants === 'weet_niet' && chosenRoute === 'school') return { kind: 'coach', role: 'doorstroomcoach', route: 'school' };
  if (wants === 'weet_niet' && chosenRoute === 'werk') return { kind: 'coach', role: 'jongerencoach_werk', route: 'werk' };

  // Undecided and no keuzehulp answer: without a startkwalificatie the law's focus is getting one, so the school route;
  // with one, school is done and work is the next step.
  return hasStartkwalificatie
    ? { kind: 'coach', role: 'jongerencoach_werk', route: 'werk' }
    : { kind: 'coach', role: 'doorstroomcoach', route: 'school' };
}
