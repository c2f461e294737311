import type { i18n } from 'i18next';
import type { RetentionConfig } from '../../config';
import type { Database } from '../../drizzle/connection';
import type { DataProtector } from './data-protector';
import { clearClosedConversations } from './retention-after-close';
import { anonymiseClosedCases } from './retention-closed-cases';
import { daysBefore, monthsBefore } from './retention-cutoff';
import { deleteOldCoachEmails, deleteProcessedEvents, deleteSentCoachNotices } from './retention-events';
import { clearShortLived } from './retention-short-lived';
import { forgetConversationsWithoutCase } from './retention-no-case';

/** What one retention run did: counts only (DESIGN.md rule 5), for the log and the tests. */
export interface RetentionCounts {
  /** Conversations without a case forgotten (RETENTION_NO_CASE_DAYS). */
  conversationsWithoutCase: number;
  /** Messages deleted from conversations whose cases closed (RETENTION_AFTER_CLOSE_DAYS). */
  messagesAfterClose: number;
  /** Young people whose closed cases were anonymised (RETENTION_CLOSED_CASE_MONTHS). */
  anonymisedYoungPeople: number;
  /** Processed domain events deleted (RETENTION_EVENTS_DAYS). */
  processedEvents: number;
  /** E-mails to coaches deleted (RETENTION_EVENTS_DAYS after they were written). */
  coachEmails: number;
  /** Coaches' bundled notices deleted (RETENTION_EVENTS_DAYS after they were sent). */
  coachNotices: number;
  /** Web-chat address hashes cleared and spent inzage links deleted, a day after their use. */
  shortLived: { originKeys: number; inzageLinks: number };
}

/**
 * One retention run at `now` over every period (DESIGN.md rule 10). The order matters: the
 * anonymisation runs before the clearing of texts, which then finds nothing left of those people.
 */
export async function sweepRetention(db: Database['db'], input: { now: Date; settings: RetentionConfig; i18n: i18n; protector: DataProtector }): Promise<RetentionCounts> {
  const { now, settings } = input;
  const conversationsWithoutCase = await forgetConversationsWithoutCase(db, { now, cutoff: daysBefore(now, settings.noCaseDays), i18n: input.i18n, protector: input.protector });
  const anonymisedYoungPeople = await anonymiseClosedCases(db, { now, cutoff: monthsBefore(now, settings.closedCaseMonths), i18n: input.i18n, protector: input.protector });
  const messagesAfterClose = await clearClosedConversations(db, { cutoff: daysBefore(now, settings.afterCloseDays) });
  const processedEvents = await deleteProcessedEvents(db, { cutoff: daysBefore(now, settings.eventsDays) });
  const coachEmails = await deleteOldCoachEmails(db, { cutoff: daysBefore(now, settings.eventsDays) });
  const coachNotices = await deleteSentCoachNotices(db, { cutoff: daysBefore(now, settings.eventsDays) });
  const shortLived = await clearShortLived(db, { cutoff: daysBefore(now, 1) });
  return { conversationsWithoutCase, messagesAfterClose, anonymisedYoungPeople, processedEvents, coachEmails, coachNotices, shortLived };
}
