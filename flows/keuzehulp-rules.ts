import { WORK_WITH_LEARNING_AGE } from './age-bands';

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
  | 'geen_sk_werk_met_leren'
  | 'geen_sk_school'
  | 'eigen_keuze_leren'
  | 'sk_wil_leren'
  | 'sk_werk';

export interface KeuzehulpSuggestion {
  route: KeuzehulpRoute;
  learningStyle?: LearningStyle;
  /** On the work route for an older young person without a startkwalificatie: work in which they also learn. */
  withLearning?: boolean;
  reason: KeuzehulpReason;
}

export interface SuggestRouteInput {
  answers: KeuzehulpAnswers;
  hasStartkwalificatie: boolean;
  /**
   * From {@link WORK_WITH_LEARNING_AGE} without a startkwalificatie, money now weighs more than a
   * school desk (rule 3). Under 18 without a startkwalificatie the kwalificatieplicht requires school
   * (BBL counts), which the "no startkwalificatie → school" rules give. Who the contact person is,
   * is decided by `decideRoute` (routing.ts), not here.
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
 * 2. An explicit choice wins: whoever chose BBL or BOL in the learning-way question gets school
 *    that way (with a startkwalificatie only when they like learning, rule 5), whatever the other
 *    answers would suggest.
 * 3. From 23 ({@link WORK_WITH_LEARNING_AGE}), no startkwalificatie, and they need money now or
 *    prefer doing → werk with learning: a job through the Werkcentrum in which they also learn
 *    (a leerwerktraject or praktijkverklaring; BBL stays an option the coach offers). From 23 a
 *    young person no longer counts as a voortijdig schoolverlater for the RMC's school-first
 *    approach, many have rent and bills to pay, and a full school route rarely fits that.
 * 4. No startkwalificatie, and they need money now or prefer doing → school with BBL. The law
 *    ("Van school naar duurzaam werk") focuses on getting a startkwalificatie; BBL is a job with a
 *    wage plus one day of school, so they learn and earn and need not choose between the two.
 * 5. No startkwalificatie otherwise → school, BOL: the startkwalificatie comes first, and school
 *    with an internship is the usual way for whoever does not need a wage.
 * 6. With a startkwalificatie and a preference for learning → school, the way they chose (BOL when
 *    they did not know): school is done in the legal sense, but further study is their choice.
 * 7. With a startkwalificatie otherwise → werk: the next step towards duurzaam werk.
 *
 * The young person confirms the suggestion or picks another route (keuzehulp-dialog.ts): their pick
 * always wins.
 */
export function suggestRoute({ answers, hasStartkwalificatie, age }: SuggestRouteInput): KeuzehulpSuggestion {
  const { preference, incomeNow, learningWay, restFirst } = answers;
  const chosenStyle = learningWay === 'bbl' || learningWay === 'bol' ? learningWay : undefined;
  const needsWage = incomeNow === 'ja' || preference === 'doen';

  if (restFirst === 'ja') return { route: 'zorg', reason: 'rust_eerst' };

  if (!hasStartkwalificatie) {
    if (chosenStyle) return { route: 'school', learningStyle: chosenStyle, reason: 'eigen_keuze_leren' };
    if (needsWage && age >= WORK_WITH_LEARNING_AGE) return { route: 'werk', withLearning: true, reason: 'geen_sk_werk_met_leren' };
    if (needsWage) return { route: 'school', learningStyle: 'bbl', reason: 'geen_sk_leren_en_verdienen' };
    return { route: 'school', learningStyle: 'bol', reason: 'geen_sk_school' };
  }

  if (preference === 'leren') return { route: 'school', learningStyle: chosenStyle ?? 'bol', reason: chosenStyle ? 'eigen_keuze_leren' : 'sk_wil_leren' };
  return { route: 'werk', reason: 'sk_werk' };
}
