import { z } from 'zod';

/** Keeping young people in view (re-approach, nazorg). */
export interface FollowUpConfig {
  /** Days of silence (mid-flow or after an invitation) before each friendly reminder (REAPPROACH_AFTER_DAYS). */
  reapproachAfterDays: number;
  /** Days of silence after a match before one re-approach message (REAPPROACH_MATCH_AFTER_DAYS). */
  reapproachMatchAfterDays: number;
  /** Months after entering nazorg at which a check-in goes out (NAZORG_MONTHS, e.g. 1,3,6,12). */
  nazorgMonths: number[];
  /** How often (seconds) the re-approach and nazorg sweeps run (FOLLOW_UP_CHECK_SECONDS); 0 starts no scheduler. */
  checkSeconds: number;
}

export const defaultFollowUpConfig: FollowUpConfig = {
  reapproachAfterDays: 3,
  reapproachMatchAfterDays: 28,
  nazorgMonths: [1, 3, 6, 12],
  checkSeconds: 900,
};

const followUpSchema = z.object({
  REAPPROACH_AFTER_DAYS: z.coerce.number().min(0.01).max(90).default(defaultFollowUpConfig.reapproachAfterDays),
  REAPPROACH_MATCH_AFTER_DAYS: z.coerce.number().min(0.01).max(365).default(defaultFollowUpConfig.reapproachMatchAfterDays),
  NAZORG_MONTHS: z
    .string()
    .regex(/^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$/, 'must be months separated by commas, like 1,3,6,12')
    .default(defaultFollowUpConfig.nazorgMonths.join(',')),
  FOLLOW_UP_CHECK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(defaultFollowUpConfig.checkSeconds),
});

export const followUpSettings = followUpSchema.shape;

export function readFollowUpConfig(s: z.infer<typeof followUpSchema>): FollowUpConfig {
  return {
    reapproachAfterDays: s.REAPPROACH_AFTER_DAYS,
    reapproachMatchAfterDays: s.REAPPROACH_MATCH_AFTER_DAYS,
    nazorgMonths: [...new Set(s.NAZORG_MONTHS.split(',').map((m) => Number(m.trim())))].filter((m) => m > 0).sort((a, b) => a - b),
    checkSeconds: s.FOLLOW_UP_CHECK_SECONDS,
  };
}
