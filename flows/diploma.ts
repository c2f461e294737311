/**
 * The highest diploma a young person names, and whether it is a startkwalificatie: the one rule
 * (DESIGN.md rule 8), used by the intake, the school handovers (cases/in-beeld/) and the summary.
 *
 * Startkwalificatie (Leerplichtwet 1969 art. 4b; the law Van school naar duurzaam werk keeps it):
 * a havo or vwo diploma, or mbo level 2 or higher. A higher-education diploma (hbo, wo) needs a
 * havo, vwo or mbo 4 diploma to get in, so it counts too.
 *   - yes:      mbo 2+, havo/vwo, hbo, wo
 *   - no:       geen, vmbo, mbo 1 (entree), nog op school (not yet)
 *   - onbekend: buitenlands (a foreign diploma needs a valuation, e.g. by IDW or Nuffic) and
 *               "weet ik niet". The coach checks it in the first conversation; the summary says so.
 *
 * How routing treats "onbekend": as not (yet) proven, so `hasStartkwalificatie` is false. An
 * undecided young person of 18–26 then goes to the doorstroomcoach (school route), who can have a
 * foreign diploma valued; a young person who wants work still goes to the jongerencoach werk.
 */
export const DIPLOMAS = ['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo', 'hbo', 'wo', 'buitenlands', 'weet_niet', 'nog_op_school'] as const;
/** 'anders' was an option of earlier versions; stored intakes may still carry it. */
export type Diploma = (typeof DIPLOMAS)[number] | 'anders';

export type Startkwalificatie = 'ja' | 'nee' | 'onbekend';

const QUALIFYING: ReadonlySet<string> = new Set(['mbo2plus', 'havo_vwo', 'hbo', 'wo']);
const UNKNOWN: ReadonlySet<string> = new Set(['buitenlands', 'weet_niet', 'anders']);

/** Whether a diploma code is a startkwalificatie: 'ja', 'nee', or 'onbekend' for the coach to check. */
export function startkwalificatieOf(diploma: string): Startkwalificatie {
  if (QUALIFYING.has(diploma)) return 'ja';
  if (UNKNOWN.has(diploma)) return 'onbekend';
  return 'nee';
}

/** For routing: only a diploma known to be a startkwalificatie counts ("onbekend" is not proven). */
export function hasStartkwalificatie(diploma: string): boolean {
  return startkwalificatieOf(diploma) === 'ja';
}
