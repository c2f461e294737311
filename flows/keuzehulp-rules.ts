/** The routes the keuzehulp can suggest. */
export const keuzehulpRoutes = ['school', 'werk', 'zorg'] as const;
export type KeuzehulpRoute = (typeof keuzehulpRoutes)[number];

/** The two ways to do an mbo course: learn and work (BBL) or school with an internship (BOL). */
export const learningStyles = ['bbl', 'bol'] as const;
export type LearningStyle = (typeof learningStyles)[number];

export const preferences = ['leren', 'doen', 'allebei', 'weet_niet'] as const;
export const incomeNeeds = ['ja', 'nee', 'een_beetje'] as const;
export const learningWays = ['bbl', 'bol', 'weet_niet'] as const;
export const restFirstAnswers = ['ja', 'nee', 'weet_niet'] as const;

/** What the young person answered in the keuzehulp (ids of the choices, not their titles). */
export interface KeuzehulpAnswers {
  /** "Wat past meer bij jou: leren in een klas, of doen met je handen?" */
  preference: (typeof preferences)[number];
  /** "Heb je nu snel geld nodig?" */
  incomeNow: (typeof incomeNeeds)[number];
  /** Only asked when `preference` is `leren` or `allebei`: "Leren en werken tegelijk (BBL) of naar school met stage (BOL)?" */
  learningWay?: (typeof learningWays)[number];
  /** "Wil je eerst tot rust komen, of hulp bij iets anders, voordat je met school of werk begint?" */
  restFirst: (typeof restFirstAnswers)[number];
}

/** Which rule fired; shown to the coach so the suggestion can be explained and challenged. */
export type KeuzehulpReason =
  | 'rust_eerst'
  | 'geen_sk_leren_en_verdienen'
  | 'geen_sk_school'
  | 'sk_wil_leren'
  | 'sk_werk';

export interface KeuzehulpSuggestion {
  route: KeuzehulpRoute;
  learningStyle?: LearningStyle;
  reason: KeuzehulpReason;
}

export interface SuggestRouteInput {
  answers: KeuzehulpAnswers;
  hasStartkwalificatie: boolean;
  /**
   * Passed for completeness; no rule needs it. Under 18 without a startkwalificatie the
   * kwalificatieplicht requires school (BBL counts), which the "no startkwalificatie → school" rules
   * already give; with one, work is allowed at any age. Who the contact person is, is decided by
   * `decideRoute` (routing.ts), not here.
   */
  age: number;
}

/** Whether the BBL/BOL question is worth asking: only for someone who likes learning at all. */
export function asksLearningWay(preference: KeuzehulpAnswers['preference']): boolean {
  return preference === 'leren' || preference === 'allebei';
}

/**
 * Suggests a route to a young person who does not know yet what they want. The first rule that
 * applies wins:
 *
 * 1. They want rest or help first → zorg. Care first when they say so: school or work started
 *    under stress tends to end in drop-out, and the Sociaal team can take regie.
 * 2. No startkwalificatie, and they need money now or prefer doing → school with BBL. The law
 *    ("Van school naar duurzaam werk") focuses on getting a startkwalificatie; BBL is a job with a
 *    wage plus one day of school, so they learn and earn and need not choose between the two.
 * 3. No startkwalificatie otherwise → school, BOL unless they chose BBL: the startkwalificatie
 *    comes first, and school with an internship is the usual way for whoever does not need a wage.
 * 4. With a startkwalificatie and a preference for learning → school, the way they chose (BOL when
 *    they did not know): school is done in the legal sense, but further study is their choice.
 * 5. With a startkwalificatie otherwise → werk: the next step towards duurzaam werk.
 */
export function suggestRoute({ answers, hasStartkwalificatie }: SuggestRouteInput): KeuzehulpSuggestion {
  const { preference, incomeNow, learningWay, restFirst } = answers;
  const chosenStyle = learningWay === 'bbl' || learningWay === 'bol' ? learningWay : undefined;

  if (restFirst === 'ja') return { route: 'zorg', reason: 'rust_eerst' };

  if (!hasStartkwalificatie) {
    if (incomeNow === 'ja' || preference === 'doen') {
      return { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' };
    }
    return { route: 'school', learningStyle: chosenStyle === 'bbl' ? 'bbl' : 'bol', reason: 'geen_sk_school' };
  }

  if (preference === 'leren') return { route: 'school', learningStyle: chosenStyle ?? 'bol', reason: 'sk_wil_leren' };
  return { route: 'werk', reason: 'sk_werk' };
}
