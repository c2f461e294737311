/**
 * The zelfscan's questions as data: the life domains of the brede intake (DESIGN.md) in the order
 * they are asked, and the level each answer stands for. Texts live in locales/<lang>/zelfscan.json
 * under `domains.<domain>.question` and `domains.<domain>.answers.<answer>` (+ `_aliases`).
 *
 * Levels follow the Zelfredzaamheid-Matrix (ZRM) scale, simplified for a self-assessment by a
 * young person: 1 acuut · 2 niet zelfredzaam · 3 beperkt zelfredzaam · 4 voldoende zelfredzaam ·
 * 5 volledig zelfredzaam. A chat answer is a first signal, not a ZRM assessment: the coach checks
 * it in the first conversation. Where an answer could be read as acute or not, it gets the milder
 * level unless the situation itself is acute (no safe place to sleep tonight).
 *
 * Minimal by design (AVG art. 5(1)(c), and these are mostly minors): the zelfscan asks only what the
 * routing and the coach's first contact need. No answer discloses a sensitive fact in one tap (debts,
 * eviction, no money for food, addiction, justice, health): where a domain could hold one, the
 * answers are "gaat goed / gaat niet zo goed / ik wil erover praten met mijn coach", and the coach
 * hears the rest in person. The one exception is the acute need: "Heb je vannacht een veilige
 * slaapplek?" stays a question, because a "nee" starts the urgent path.
 *
 * Changing an answer id breaks the scoring of answers already given in a zelfscan that is still
 * open; retire it (`retired: true`: scored, no longer offered) and add a new id instead.
 */

export const DOMAIN_IDS = ['school', 'werk', 'geld', 'wonen', 'dagbesteding', 'netwerk', 'gezondheid', 'persoonlijk'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/**
 * Health, addiction and justice are never asked in detail over WhatsApp (DESIGN.md rule 5): the
 * only question is whether the young person wants to talk about it with the coach.
 */
export const TALK_DOMAIN_IDS = ['gezondheid', 'persoonlijk'] as const;
export type TalkDomainId = (typeof TALK_DOMAIN_IDS)[number];
export type LevelDomainId = Exclude<DomainId, TalkDomainId>;

export type Level = 1 | 2 | 3 | 4 | 5;

/** "Zeg ik liever niet": offered on every domain question; it never counts for or against anyone. */
export const SKIP_ANSWER_ID = 'liever_niet';

export interface LevelAnswer {
  id: string;
  level: Level;
  /** "Ik wil erover praten met mijn coach": the domain becomes a topic for the coach, not a fact. */
  talk?: true;
  /** No longer offered (it told too much in one tap); still scored for a zelfscan open since before. */
  retired?: true;
}

/** The answers a young person is offered for a domain, in order. */
export function offeredAnswerIds(domain: ZelfscanDomain): string[] {
  return domain.kind === 'level' ? domain.answers.filter((answer) => !answer.retired).map(({ id }) => id) : [...domain.answers];
}

export type TalkAnswerId = 'ja' | 'nee';

export type ZelfscanDomain =
  | { kind: 'level'; id: LevelDomainId; answers: readonly LevelAnswer[] }
  | { kind: 'talk'; id: TalkDomainId; answers: readonly TalkAnswerId[] };

const TALK_ANSWERS: readonly TalkAnswerId[] = ['ja', 'nee'];

/** The domains in the order the zelfscan asks them; answers in the order they are shown ("Zeg ik liever niet" comes last). */
export const ZELFSCAN_DOMAINS: readonly ZelfscanDomain[] = [
  {
    kind: 'level',
    id: 'school',
    answers: [
      { id: 'gaat_goed', level: 5 },
      { id: 'soms_lastig', level: 3 },
      // Wants to quit, skips a lot.
      { id: 'gaat_niet_goed', level: 2 },
      // Finished with a diploma: school is no longer a task. Whether the diploma is a
      // startkwalificatie the intake already knows; it is not a problem of this domain.
      { id: 'diploma', level: 4 },
      // Left school without a diploma: the obstacle this law is about, but not acute by itself.
      { id: 'gestopt', level: 2 },
    ],
  },
  {
    kind: 'level',
    id: 'werk',
    answers: [
      { id: 'ja_goed', level: 5 },
      { id: 'ja_lastig', level: 3 },
      // A pupil without a (side) job is fine.
      { id: 'hoeft_niet', level: 4 },
      // Looking for work on their own: ZRM level 3 ("zoekend").
      { id: 'zoek_werk', level: 3 },
      // Looking for a long time without result: they need help.
      { id: 'lang_zoeken', level: 2 },
    ],
  },
  {
    kind: 'level',
    id: 'geld',
    answers: [
      { id: 'goed_rond', level: 5 },
      { id: 'soms_krap', level: 3 },
      { id: 'niet_goed', level: 2 },
      // Debts or no money for food are told to the coach, not tapped into WhatsApp.
      { id: 'praten', level: 2, talk: true },
      { id: 'niet_rond', level: 2, retired: true },
      { id: 'schulden', level: 2, retired: true },
      { id: 'geen_eten', level: 1, retired: true },
    ],
  },
  {
    kind: 'level',
    id: 'wonen',
    answers: [
      { id: 'fijn', level: 5 },
      { id: 'oke', level: 4 },
      { id: 'soms_lastig', level: 3 },
      { id: 'niet_goed', level: 2 },
      // Eviction or being sent away from home is told to the coach, not tapped into WhatsApp.
      { id: 'praten', level: 2, talk: true },
      { id: 'moet_weg', level: 2, retired: true },
      { id: 'geen_slaapplek', level: 1, retired: true },
    ],
  },
  {
    kind: 'level',
    id: 'dagbesteding',
    answers: [
      { id: 'genoeg', level: 5 },
      { id: 'soms_verveling', level: 4 },
      { id: 'vaak_niks', level: 3 },
      // No structure and no reason to go out: ZRM level 2 ("geen zinvolle dagbesteding").
      { id: 'hele_dag_thuis', level: 2 },
    ],
  },
  {
    kind: 'level',
    id: 'netwerk',
    answers: [
      { id: 'genoeg', level: 5 },
      { id: 'een_paar', level: 4 },
      { id: 'niet_echt', level: 3 },
      // Nobody to ask for help. ZRM calls severe isolation level 1, but one chat answer cannot
      // tell severe isolation from a bad week, so it is an obstacle for the coach to explore.
      { id: 'niemand', level: 2 },
    ],
  },
  { kind: 'talk', id: 'gezondheid', answers: TALK_ANSWERS },
  { kind: 'talk', id: 'persoonlijk', answers: TALK_ANSWERS },
];

/**
 * The acute need of the housing domain, asked right after it unless housing is fine: "Heb je vannacht
 * een veilige slaapplek?". A "nee" is ZRM level 1 for wonen and raises the same urgent handover as the
 * safety net's sleeping-rough category (flows/safety-answer.ts).
 */
export const SLEEP_QUESTION = {
  id: 'slaapplek',
  after: 'wonen',
  /** Housing answers after which the question is not needed. */
  skipAfter: ['fijn', 'oke'],
  answers: ['ja', 'nee'],
  /** The answer that starts the urgent path. */
  unsafe: 'nee',
} as const;

export function isTalkDomain(id: DomainId): id is TalkDomainId {
  return (TALK_DOMAIN_IDS as readonly string[]).includes(id);
}
