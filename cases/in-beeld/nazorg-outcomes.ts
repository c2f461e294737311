import type { CaseOutcome, CaseStep } from '../case/case-repository';

/**
 * Where a young person went that earns nazorg: school or work. The policy keeps young people in view
 * with light follow-up after they moved on (DESIGN.md, "In beeld houden"); one who moved away, went to
 * care or could not be reached is not followed up by this team.
 */
const NAZORG_OUTCOMES: readonly CaseOutcome[] = ['onderwijs', 'duurzaam_werk', 'werk'];

/**
 * What closing a case does about nazorg: it starts (the case moves to step nazorg and the sweep of
 * cases/in-beeld/nazorg.ts plans its check-ins), it goes on (the case is in nazorg already), or none.
 * Read by closeCase and by the page that asks the coach to confirm, so both say the same.
 */
export function nazorgOnClosing(input: { outcome: CaseOutcome; step: CaseStep }): 'starts' | 'running' | 'none' {
  if (input.step === 'nazorg') return 'running';
  return NAZORG_OUTCOMES.includes(input.outcome) ? 'starts' : 'none';
}
