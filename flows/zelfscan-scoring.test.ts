import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS, offeredAnswerIds, SKIP_ANSWER_ID, ZELFSCAN_DOMAINS, type DomainId } from './zelfscan-domains';
import { scoreZelfscan, UnknownZelfscanAnswerError, type ZelfscanAnswers } from './zelfscan-scoring';

/** Everything going well, and nothing to talk about. */
const ALL_FINE: ZelfscanAnswers = {
  school: 'gaat_goed',
  werk: 'ja_goed',
  geld: 'goed_rond',
  wonen: 'fijn',
  dagbesteding: 'genoeg',
  netwerk: 'genoeg',
  gezondheid: 'nee',
  persoonlijk: 'nee',
};

const fine = (changes: ZelfscanAnswers): ZelfscanAnswers => ({ ...ALL_FINE, ...changes });
const allSkipped = Object.fromEntries(DOMAIN_IDS.map((id) => [id, SKIP_ANSWER_ID])) as ZelfscanAnswers;

describe('scoreZelfscan: support intensity and multiproblematiek', () => {
  it.each([
    { case: 'all fine', answers: ALL_FINE, intensity: 'licht', multi: false },
    { case: 'only money trouble', answers: fine({ geld: 'niet_goed' }), intensity: 'middelzwaar', multi: false },
    { case: 'wants to talk about money with the coach', answers: fine({ geld: 'praten' }), intensity: 'middelzwaar', multi: false },
    { case: 'money not going well and quit school', answers: fine({ geld: 'niet_goed', school: 'gestopt' }), intensity: 'middelzwaar', multi: false },
    { case: 'no safe place to sleep tonight', answers: fine({ wonen: 'niet_goed', slaapplek: 'nee' }), intensity: 'intensief', multi: false },
    { case: 'housing not going well, but a safe place tonight', answers: fine({ wonen: 'niet_goed', slaapplek: 'ja' }), intensity: 'middelzwaar', multi: false },
    { case: 'housing skipped, but no safe place tonight', answers: fine({ wonen: SKIP_ANSWER_ID, slaapplek: 'nee' }), intensity: 'intensief', multi: false },
    {
      case: 'three problem domains in two life areas (school and work are one)',
      answers: fine({ school: 'gestopt', werk: 'lang_zoeken', geld: 'praten' }),
      intensity: 'middelzwaar',
      multi: false,
    },
    {
      case: 'three problem areas',
      answers: fine({ school: 'gestopt', geld: 'praten', netwerk: 'niemand' }),
      intensity: 'intensief',
      multi: true,
    },
    { case: 'no safe place tonight and wants to talk about health', answers: fine({ wonen: 'praten', slaapplek: 'nee', gezondheid: 'ja' }), intensity: 'intensief', multi: true },
    { case: 'no safe place tonight and would rather not say about health', answers: fine({ wonen: 'praten', slaapplek: 'nee', gezondheid: SKIP_ANSWER_ID }), intensity: 'intensief', multi: false },
    { case: 'wants to talk about health, nothing else', answers: fine({ gezondheid: 'ja' }), intensity: 'middelzwaar', multi: false },
    { case: 'wants to talk about home, police or drugs', answers: fine({ persoonlijk: 'ja' }), intensity: 'middelzwaar', multi: false },
    { case: 'both topics, no obstacles', answers: fine({ gezondheid: 'ja', persoonlijk: 'ja' }), intensity: 'middelzwaar', multi: false },
    { case: 'two problem domains and a topic: three life areas', answers: fine({ geld: 'praten', netwerk: 'niemand', persoonlijk: 'ja' }), intensity: 'intensief', multi: true },
    { case: 'three points of attention', answers: fine({ school: 'soms_lastig', geld: 'soms_krap', netwerk: 'niet_echt' }), intensity: 'middelzwaar', multi: false },
    { case: 'two points of attention', answers: fine({ school: 'soms_lastig', geld: 'soms_krap' }), intensity: 'licht', multi: false },
    { case: 'a pupil without a side job who gets by', answers: fine({ werk: 'hoeft_niet', wonen: 'oke', dagbesteding: 'soms_verveling' }), intensity: 'licht', multi: false },
    // The examples of issue 14, as a coach reads them.
    {
      case: "stopped school, searched long for work, at home all day: the law's core group, one problem",
      answers: fine({ school: 'gestopt', werk: 'lang_zoeken', dagbesteding: 'hele_dag_thuis' }),
      intensity: 'middelzwaar',
      multi: false,
    },
    {
      case: 'wants to talk about money, housing, health and personal matters',
      answers: fine({ geld: 'praten', wonen: 'praten', gezondheid: 'ja', persoonlijk: 'ja' }),
      intensity: 'intensief',
      multi: true,
    },
    { case: 'money and housing to talk about: two areas', answers: fine({ geld: 'praten', wonen: 'praten' }), intensity: 'middelzwaar', multi: false },
    { case: 'core group plus money plus housing: three areas', answers: fine({ school: 'gestopt', werk: 'lang_zoeken', geld: 'praten', wonen: 'niet_goed' }), intensity: 'intensief', multi: true },
    { case: 'no safe place tonight and nobody to ask: acute plus another area', answers: fine({ wonen: 'niet_goed', slaapplek: 'nee', netwerk: 'niemand' }), intensity: 'intensief', multi: true },
    // Answers no longer offered still score, for a zelfscan that was open when they were retired.
    { case: 'a retired answer (no money for food) from a zelfscan begun before', answers: fine({ geld: 'geen_eten' }), intensity: 'intensief', multi: false },
    { case: 'everything "zeg ik liever niet": the coach decides', answers: allSkipped, intensity: 'onbekend', multi: false },
    { case: 'nothing answered: the coach decides', answers: {}, intensity: 'onbekend', multi: false },
    { case: 'only "nee" to the talk questions, the rest skipped: the coach decides', answers: { ...allSkipped, gezondheid: 'nee', persoonlijk: 'nee' }, intensity: 'onbekend', multi: false },
    { case: 'all skipped but wants to talk about health: that is known', answers: { ...allSkipped, gezondheid: 'ja' }, intensity: 'middelzwaar', multi: false },
    { case: 'one answer, all fine, the rest skipped', answers: { ...allSkipped, wonen: 'fijn' }, intensity: 'licht', multi: false },
  ] as const)('$case → $intensity', ({ answers, intensity, multi }) => {
    const outcome = scoreZelfscan(answers);
    expect(outcome.intensity).toBe(intensity);
    expect(outcome.multiproblematiek).toBe(multi);
  });
});

describe('scoreZelfscan: what the coach sees', () => {
  it('lists levels, obstacles, attention points and strengths in domain order', () => {
    const outcome = scoreZelfscan({
      school: 'gestopt',
      werk: 'zoek_werk',
      geld: 'niet_goed',
      wonen: 'oke',
      dagbesteding: 'vaak_niks',
      netwerk: 'genoeg',
      gezondheid: 'ja',
      persoonlijk: 'nee',
    });
    expect(outcome).toEqual({
      levels: { school: 2, werk: 3, geld: 2, wonen: 4, dagbesteding: 3, netwerk: 5 },
      obstacles: ['school', 'geld'],
      attention: ['werk', 'dagbesteding'],
      strengths: ['wonen', 'netwerk'],
      talkAbout: ['gezondheid'],
      skipped: [],
      // School (meedoen), money and health: three life areas.
      intensity: 'intensief',
      multiproblematiek: true,
    });
  });

  it('"zeg ik liever niet" everywhere: everything skipped, no levels, no topics, intensity for the coach to decide', () => {
    expect(scoreZelfscan(allSkipped)).toEqual({
      levels: {},
      obstacles: [],
      attention: [],
      strengths: [],
      talkAbout: [],
      skipped: [...DOMAIN_IDS],
      intensity: 'onbekend',
      multiproblematiek: false,
    });
  });

  it('"nee" to talking is an answer, not skipped and not a topic', () => {
    const outcome = scoreZelfscan(ALL_FINE);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.talkAbout).toEqual([]);
    expect(outcome.strengths).toEqual(['school', 'werk', 'geld', 'wonen', 'dagbesteding', 'netwerk']);
  });

  it('"praten met mijn coach" makes money and housing topics for the coach and obstacles for the routing', () => {
    const outcome = scoreZelfscan(fine({ geld: 'praten', wonen: 'praten' }));
    expect(outcome.talkAbout).toEqual(['geld', 'wonen']);
    expect(outcome.obstacles).toEqual(['geld', 'wonen']);
    expect(outcome.levels).toMatchObject({ geld: 2, wonen: 2 });
  });

  it('"nee" to a safe place tonight makes housing acute, even after "zeg ik liever niet"', () => {
    const outcome = scoreZelfscan(fine({ wonen: SKIP_ANSWER_ID, slaapplek: 'nee' }));
    expect(outcome.levels.wonen).toBe(1);
    expect(outcome.obstacles).toEqual(['wonen']);
    expect(outcome.skipped).toEqual([]);
  });

  it('gezondheid and persoonlijk never get a level', () => {
    const outcome = scoreZelfscan(fine({ gezondheid: 'ja', persoonlijk: 'ja' }));
    expect(Object.keys(outcome.levels)).not.toContain('gezondheid');
    expect(Object.keys(outcome.levels)).not.toContain('persoonlijk');
    expect(outcome.talkAbout).toEqual(['gezondheid', 'persoonlijk']);
  });

  it.each(DOMAIN_IDS)('"zeg ik liever niet" on %s neither raises nor lowers the outcome', (domain: DomainId) => {
    // Two problem areas elsewhere: middelzwaar, one short of intensief and of multiproblematiek.
    const base: ZelfscanAnswers = { school: 'gestopt', geld: 'niet_goed' };
    const withoutDomain = { ...base };
    delete withoutDomain[domain];
    const omitted = scoreZelfscan(withoutDomain);
    const declined = scoreZelfscan({ ...withoutDomain, [domain]: SKIP_ANSWER_ID });
    expect(declined).toEqual(omitted);
    expect(declined.skipped).toContain(domain);
    expect(declined.strengths).not.toContain(domain);
    expect(declined.obstacles).not.toContain(domain);
  });

  it('refuses an answer id the domain does not have, instead of guessing', () => {
    expect(() => scoreZelfscan({ geld: 'rijk' })).toThrow(UnknownZelfscanAnswerError);
    expect(() => scoreZelfscan({ gezondheid: 'misschien' })).toThrow(UnknownZelfscanAnswerError);
    // An answer id of another domain is not an answer here either.
    expect(() => scoreZelfscan({ wonen: 'goed_rond' })).toThrow(/wonen/);
  });
});

describe('zelfscan domains (the data the scoring reads)', () => {
  it('asks the eight domains in the agreed order', () => {
    expect(ZELFSCAN_DOMAINS.map(({ id }) => id)).toEqual([...DOMAIN_IDS]);
    expect(DOMAIN_IDS).toEqual(['school', 'werk', 'geld', 'wonen', 'dagbesteding', 'netwerk', 'gezondheid', 'persoonlijk']);
  });

  it('offers every ordinary domain 3–5 answers with unique ids, from a strength to an obstacle', () => {
    for (const domain of ZELFSCAN_DOMAINS) {
      const ids = offeredAnswerIds(domain);
      expect(new Set(ids).size, domain.id).toBe(ids.length);
      for (const id of ids) expect(id, domain.id).toMatch(/^[a-z0-9_]+$/);
      expect(ids, domain.id).not.toContain(SKIP_ANSWER_ID);
      if (domain.kind === 'talk') {
        expect(ids, domain.id).toEqual(['ja', 'nee']);
        continue;
      }
      expect(ids.length, domain.id).toBeGreaterThanOrEqual(3);
      expect(ids.length, domain.id).toBeLessThanOrEqual(5);
      const levels = domain.answers.filter(({ id }) => ids.includes(id)).map(({ level }) => level);
      expect(Math.max(...levels), domain.id).toBeGreaterThanOrEqual(4);
      expect(Math.min(...levels), domain.id).toBeLessThanOrEqual(2);
    }
  });

  it('offers no answer that tells a sensitive fact in one tap: money and housing offer a talk with the coach instead', () => {
    const offered = ZELFSCAN_DOMAINS.flatMap((domain) => offeredAnswerIds(domain));
    for (const told of ['schulden', 'geen_eten', 'niet_rond', 'moet_weg', 'geen_slaapplek']) expect(offered).not.toContain(told);
    for (const id of ['geld', 'wonen'] as const) {
      const domain = ZELFSCAN_DOMAINS.find((candidate) => candidate.id === id);
      expect(domain?.kind === 'level' && domain.answers.find((answer) => answer.id === 'praten')?.talk, id).toBe(true);
    }
  });

  it('only talks about health and personal matters (DESIGN.md rule 5)', () => {
    expect(ZELFSCAN_DOMAINS.filter(({ kind }) => kind === 'talk').map(({ id }) => id)).toEqual(['gezondheid', 'persoonlijk']);
  });
});
