import { z } from 'zod';

/**
 * Personal data has an end (DESIGN.md rule 10). Each period is counted from the last thing that
 * happened; the README says why each default is what it is, and which the municipality sets.
 */
export interface RetentionConfig {
  /**
   * Days a conversation that never became a case is kept after its last message: an abandoned
   * intake, a referral (27 or older, another municipality), someone under 15 (RETENTION_NO_CASE_DAYS,
   * default 30). The referral stays counted, anonymously, in `referral_counts`.
   */
  noCaseDays: number;
  /**
   * Days after a case was closed that the chat's message texts and bot state are kept
   * (RETENTION_AFTER_CLOSE_DAYS, default 90): long enough for a young person who comes back soon to
   * be welcomed back by their coach; the case itself stays, for the coach's file, until anonymised.
   */
  afterCloseDays: number;
  /**
   * Months after closing that a case is anonymised: the young person is forgotten, the case stays as
   * an anonymous count (RETENTION_CLOSED_CASE_MONTHS, default 24). The municipality sets it from its
   * selectielijst; its archivist confirms the category (README).
   */
  closedCaseMonths: number;
  /** Days a processed domain event, and an e-mail notice to a coach, is kept, for tracing a problem (RETENTION_EVENTS_DAYS, default 14). */
  eventsDays: number;
  /** How often (seconds) the retention sweep runs (RETENTION_CHECK_SECONDS, default 3600); 0 starts no scheduler. */
  checkSeconds: number;
  /**
   * Seconds an erasure on request waits after the last message to the young person (ERASURE_GRACE_SECONDS,
   * default 5), so the web chat page has fetched "we are erasing" before the conversation is gone.
   */
  erasureGraceSeconds: number;
}

export const defaultRetentionConfig: RetentionConfig = {
  noCaseDays: 30,
  afterCloseDays: 90,
  closedCaseMonths: 24,
  eventsDays: 14,
  checkSeconds: 3600,
  erasureGraceSeconds: 5,
};

const retentionSchema = z.object({
  RETENTION_NO_CASE_DAYS: z.coerce.number().min(1).max(366).default(defaultRetentionConfig.noCaseDays),
  RETENTION_AFTER_CLOSE_DAYS: z.coerce.number().min(1).max(3660).default(defaultRetentionConfig.afterCloseDays),
  RETENTION_CLOSED_CASE_MONTHS: z.coerce.number().int().min(1).max(240).default(defaultRetentionConfig.closedCaseMonths),
  RETENTION_EVENTS_DAYS: z.coerce.number().min(1).max(366).default(defaultRetentionConfig.eventsDays),
  RETENTION_CHECK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(defaultRetentionConfig.checkSeconds),
  ERASURE_GRACE_SECONDS: z.coerce.number().min(0).max(50).default(defaultRetentionConfig.erasureGraceSeconds),
});

export const retentionSettings = retentionSchema.shape;

export function readRetentionConfig(s: z.infer<typeof retentionSchema>): RetentionConfig {
  return {
    noCaseDays: s.RETENTION_NO_CASE_DAYS,
    afterCloseDays: s.RETENTION_AFTER_CLOSE_DAYS,
    closedCaseMonths: s.RETENTION_CLOSED_CASE_MONTHS,
    eventsDays: s.RETENTION_EVENTS_DAYS,
    checkSeconds: s.RETENTION_CHECK_SECONDS,
    erasureGraceSeconds: s.ERASURE_GRACE_SECONDS,
  };
}
