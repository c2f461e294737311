/**
 * How the zelfscan's answers become an outcome (brede intake, DESIGN.md).
 *
 * Every ordinary domain (school, werk, geld, wonen, dagbesteding, netwerk) gets the level of its
 * answer, 1 (acuut) to 5 (volledig zelfredzaam); see flows/zelfscan-domains.ts for each answer.
 *   - level 1 or 2: an obstacle (knelpunt)
 *   - level 3:      a point of attention
 *   - level 4 or 5: a strength (mogelijkheid) of the young person
 * Gezondheid and persoonlijk (health, addiction, justice) get no level: the young person only says
 * whether they want to talk about it with their coach. "Ja" makes it a topic to talk about.
 * Geld and wonen offer "Ik wil erover praten met mijn coach" instead of naming debts or eviction:
 * that answer is level 2 (an obstacle) and makes the domain a topic to talk about too, so the coach
 * reads "Wil met de coach praten over: geld, wonen" — the topics, never the facts.
 * "Nee" to "Heb je vannacht een veilige slaapplek?" puts wonen at level 1 (acute), whatever the
 * housing answer was.
 *
 * Life areas. Multiproblematiek means problems in several life areas, so the domains are grouped
 * the way a coach counts them:
 *   - meedoen (school, werk, dagbesteding) is ONE area. Stopped school, searched long for work and at
 *     home all day is the law's core group (Van school naar duurzaam werk): one problem, the reason
 *     this front door exists, handled by the route's coach;
 *   - geld, wonen and netwerk are an area each;
 *   - gezondheid and persoonlijk: "ja, ik wil erover praten" is a sign of a problem in that area
 *     (the chat never asks the details, DESIGN.md rule 5), so each counts as an area.
 * An area has a problem when one of its domains is at level 1 or 2, or, for the talk domains, "ja".
 *
 * Multiproblematiek: problems in 3 or more life areas, or an acute domain (level 1) together with a
 * problem in another area (2 or more areas). Then the Sociaal team takes the regie; the coach stays the young person's
 * contact for school or work. Example: wanting to talk about money, housing, health and personal
 * matters is four areas.
 *
 * Ondersteuningszwaarte (support intensity), the first rule that applies:
 *   - onbekend:    no ordinary domain answered and no topic to talk about (everything skipped): the
 *                  coach decides in the first conversation; nothing is guessed;
 *   - intensief:   a domain is at level 1 (acute), or multiproblematiek;
 *   - middelzwaar: a problem in 1 or 2 areas, or 3 or more domains at level 3;
 *   - licht:       everything else.
 *
 * "Zeg ik liever niet" (and a question not answered) never raises or lowers anything: the domain
 * is listed as skipped, so the coach knows to ask in person.
 */
import {
  SKIP_ANSWER_ID,
  SLEEP_QUESTION,
  ZELFSCAN_DOMAINS,
  type DomainId,
  type Level,
  type LevelDomainId,
} from './zelfscan-domains';

/** The answer id per domain, or 'liever_niet'; `slaapplek` only when the acute question was asked. */
export type ZelfscanAnswers = Partial<Record<DomainId | typeof SLEEP_QUESTION.id, string>>;

export type Intensity = 'licht' | 'middelzwaar' | 'intensief';
/** What the zelfscan concludes: an intensity, or 'onbekend' when everything was skipped (the coach decides). */
export type ZelfscanIntensity = Intensity | 'onbekend';
export const ZELFSCAN_INTENSITIES = ['licht', 'middelzwaar', 'intensief', 'onbekend'] as const satisfies readonly ZelfscanIntensity[];

export interface ZelfscanOutcome {
  levels: Partial<Record<LevelDomainId, Level>>;
  /** Level 1 or 2. */
  obstacles: DomainId[];
  /** Level 3. */
  attention: DomainId[];
  /** Level 4 or 5: the young person's possibilities. */
  strengths: DomainId[];
  /** Topics the young person wants to discuss with the coach rather than tell the chat. */
  talkAbout: DomainId[];
  /** "Zeg ik liever niet" or not answered. */
  skipped: DomainId[];
  intensity: ZelfscanIntensity;
  /** The Sociaal team takes the regie. */
  multiproblematiek: boolean;
}

/** An answer id that is not one of the domain's answers: a bug, or answers from another version. */
export class UnknownZelfscanAnswerError extends Error {
  constructor(domain: DomainId, answer: string) {
    super(`Unknown zelfscan answer "${answer}" for domain "${domain}".`);
    this.name = this.constructor.name;
  }
}

const ACUTE: Level = 1;
const OBSTACLE_MAX: Level = 2;
const ATTENTION: Level = 3;
/** "3 or more" in the rules above. */
const MANY = 3;

/** The life areas a coach counts for multiproblematiek; meedoen (school, werk, dagbesteding) is one. */
const AREA_OF: Record<DomainId, string> = {
  school: 'meedoen',
  werk: 'meedoen',
  dagbesteding: 'meedoen',
  geld: 'geld',
  wonen: 'wonen',
  netwerk: 'netwerk',
  gezondheid: 'gezondheid',
  persoonlijk: 'persoonlijk',
};

export function scoreZelfscan(answers: ZelfscanAnswers): ZelfscanOutcome {
  const outcome: ZelfscanOutcome = {
    levels: {},
    obstacles: [],
    attention: [],
    strengths: [],
    talkAbout: [],
    skipped: [],
    intensity: 'licht',
    multiproblematiek: false,
  };

  for (const domain of ZELFSCAN_DOMAINS) {
    const answer = answers[domain.id];
    if (answer === undefined || answer === SKIP_ANSWER_ID) {
      outcome.skipped.push(domain.id);
      continue;
    }
    if (domain.kind === 'talk') {
      if (!(domain.answers as readonly string[]).includes(answer)) throw new UnknownZelfscanAnswerError(domain.id, answer);
      if (answer === 'ja') outcome.talkAbout.push(domain.id);
      continue;
    }
    const given = domain.answers.find(({ id }) => id === answer);
    if (given === undefined) throw new UnknownZelfscanAnswerError(domain.id, answer);
    outcome.levels[domain.id] = given.level;
    if (given.talk) outcome.talkAbout.push(domain.id);
  }
  if (answers[SLEEP_QUESTION.id] === SLEEP_QUESTION.unsafe) outcome.levels[SLEEP_QUESTION.after] = ACUTE;
  outcome.skipped = outcome.skipped.filter((id) => outcome.levels[id as LevelDomainId] === undefined);
  for (const domain of ZELFSCAN_DOMAINS) {
    const level = domain.kind === 'level' ? outcome.levels[domain.id] : undefined;
    if (level === undefined) continue;
    if (level <= OBSTACLE_MAX) outcome.obstacles.push(domain.id);
    else if (level === ATTENTION) outcome.attention.push(domain.id);
    else outcome.strengths.push(domain.id);
  }

  const acute = Object.values(outcome.levels).includes(ACUTE);
  const problemAreas = new Set([...outcome.obstacles, ...outcome.talkAbout].map((domain) => AREA_OF[domain]));
  const answered = Object.keys(outcome.levels).length > 0 || outcome.talkAbout.length > 0;

  outcome.multiproblematiek = problemAreas.size >= MANY || (acute && problemAreas.size >= 2);
  if (!answered) outcome.intensity = 'onbekend';
  else if (acute || outcome.multiproblematiek) outcome.intensity = 'intensief';
  else if (problemAreas.size > 0 || outcome.attention.length >= MANY) outcome.intensity = 'middelzwaar';
  return outcome;
}
