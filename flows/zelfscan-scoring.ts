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
 *
 * Ondersteuningszwaarte (support intensity), the first rule that applies:
 *   - intensief:   a domain is at level 1 (acute), or 3 or more domains are at level 1 or 2;
 *   - middelzwaar: 1 or 2 domains are at level 1 or 2, or 3 or more domains are at level 3,
 *                  or there is a topic to talk about (gezondheid or persoonlijk);
 *   - licht:       everything else.
 *
 * Multiproblematiek: 3 or more domains at level 1 or 2, or a domain at level 1 together with a
 * topic to talk about. Then the Sociaal team takes the regie; the coach stays the young person's
 * contact for school or work.
 *
 * "Zeg ik liever niet" (and a question not answered) never raises or lowers anything: the domain
 * is listed as skipped, so the coach knows to ask in person.
 */
import {
  SKIP_ANSWER_ID,
  ZELFSCAN_DOMAINS,
  type DomainId,
  type Level,
  type LevelDomainId,
  type TalkDomainId,
} from './zelfscan-domains';

/** The answer id per domain, or 'liever_niet'. */
export type ZelfscanAnswers = Partial<Record<DomainId, string>>;

export type Intensity = 'licht' | 'middelzwaar' | 'intensief';

export interface ZelfscanOutcome {
  levels: Partial<Record<LevelDomainId, Level>>;
  /** Level 1 or 2. */
  obstacles: DomainId[];
  /** Level 3. */
  attention: DomainId[];
  /** Level 4 or 5: the young person's possibilities. */
  strengths: DomainId[];
  /** Health or personal topics the young person wants to discuss with the coach. */
  talkAbout: TalkDomainId[];
  /** "Zeg ik liever niet" or not answered. */
  skipped: DomainId[];
  intensity: Intensity;
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
/** "3 or more domains" in the rules above. */
const MANY = 3;

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
    const level = domain.answers.find(({ id }) => id === answer)?.level;
    if (level === undefined) throw new UnknownZelfscanAnswerError(domain.id, answer);
    outcome.levels[domain.id] = level;
    if (level <= OBSTACLE_MAX) outcome.obstacles.push(domain.id);
    else if (level === ATTENTION) outcome.attention.push(domain.id);
    else outcome.strengths.push(domain.id);
  }

  const acute = Object.values(outcome.levels).includes(ACUTE);
  const topics = outcome.talkAbout.length > 0;
  const obstacles = outcome.obstacles.length;

  if (acute || obstacles >= MANY) outcome.intensity = 'intensief';
  else if (obstacles > 0 || outcome.attention.length >= MANY || topics) outcome.intensity = 'middelzwaar';
  outcome.multiproblematiek = obstacles >= MANY || (acute && topics);
  return outcome;
}
