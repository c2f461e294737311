import { describe, expect, it } from 'vitest';
import { DIPLOMAS, hasStartkwalificatie, startkwalificatieOf, type Startkwalificatie } from './diploma';
import { decideRoute } from './routing';

describe('startkwalificatie by diploma (the rule a coach signs)', () => {
  it.each([
    ['geen', 'nee'],
    ['vmbo', 'nee'],
    ['mbo1', 'nee'],
    ['mbo2plus', 'ja'],
    ['havo_vwo', 'ja'],
    ['hbo', 'ja'],
    ['wo', 'ja'],
    ['buitenlands', 'onbekend'],
    ['weet_niet', 'onbekend'],
    ['nog_op_school', 'nee'],
    ['anders', 'onbekend'],
  ] as [string, Startkwalificatie][])('%s → %s', (diploma, expected) => {
    expect(startkwalificatieOf(diploma)).toBe(expected);
    expect(hasStartkwalificatie(diploma)).toBe(expected === 'ja');
  });

  it('has a row above for every diploma the intake offers', () => {
    expect(DIPLOMAS).toHaveLength(10);
  });

  it.each([
    // Unknown counts as not proven: an undecided 22-year-old goes to the doorstroomcoach, who can have the diploma valued.
    ['buitenlands', 'weet_niet', 'doorstroomcoach'],
    ['weet_niet', 'weet_niet', 'doorstroomcoach'],
    ['hbo', 'weet_niet', 'jongerencoach_werk'],
    // A stated wish still decides: work is work, whatever the diploma.
    ['buitenlands', 'werk', 'jongerencoach_werk'],
  ] as const)('a 22-year-old with %s who wants %s goes to the %s', (diploma, wants, role) => {
    const decision = decideRoute({ age: 22, municipality: 'amstelveen', hasStartkwalificatie: hasStartkwalificatie(diploma), wants });
    expect(decision).toMatchObject({ kind: 'coach', role });
  });
});
