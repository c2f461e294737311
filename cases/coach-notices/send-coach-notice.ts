import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { queueTemplate } from '../../messages/queue-template';
import { insertCoachEmail } from '../handover/handover-notification-repository';
import type { DataProtector } from '../privacy/data-protector';
import { casesStillWith, findNoticeCoach, lockDueNotice, markNoticeSent } from './coach-notice-repository';
import { coachNoticeCases, coachNoticeReferences, coachNoticeSummary } from './coach-notice-text';
import { coachEmailBody } from '../handover/coach-email-body';

export interface SendCoachNoticeDeps {
  i18n: i18n;
  protector: DataProtector;
  publicBaseUrl: string;
}

/** What the notice queued: WhatsApp messages and e-mails to add jobs for after commit. */
export interface SentCoachNotice {
  outboundIds: number[];
  emailIds: number[];
}

/**
 * Sends a coach's bundled notice once it is due: the `coach_update` WhatsApp template (queued even
 * without a number: the send job marks it skipped, so the gap shows) and an e-mail where the coach
 * has an address, as a handover's notice goes (cases/handover/notify-handover.ts). Runs in one
 * transaction that locks the row and stamps it sent: a job run twice, or by two workers at once,
 * finds it sent and sends nothing (DESIGN.md rule 4). Undefined when it is not (or no longer) due.
 *
 * A coach who left is not told; a case that moved to another coach meanwhile drops out (the new
 * coach reads it in the dashboard).
 */
export async function sendCoachNotice(deps: SendCoachNoticeDeps, tx: DbOrTx, input: { noticeId: number; now: Date }): Promise<SentCoachNotice | undefined> {
  const notice = await lockDueNotice(tx, input);
  if (!notice) return undefined;
  await markNoticeSent(tx, { noticeId: notice.id, at: input.now });
  const sent: SentCoachNotice = { outboundIds: [], emailIds: [] };
  const coach = await findNoticeCoach(tx, notice.coachId);
  if (!coach?.active) return sent;
  const still = await casesStillWith(tx, { coachId: coach.id, caseIds: coachNoticeCases(notice.items) });
  const items = notice.items.filter((item) => still.has(item.caseId));
  if (items.length === 0) return sent;

  // The template is registered in Dutch (messages/content-templates.ts); the e-mail is Dutch like a handover's.
  const t = deps.i18n.getFixedT('nl', 'email');
  const caseIds = coachNoticeCases(items);
  const summary = coachNoticeSummary({ t, items, locale: 'nl-NL' });
  const cases = coachNoticeReferences({ t, caseIds });
  // One case: its page (through the notice link, which survives signing in); several: the inbox.
  const link = caseIds.length === 1 ? `${deps.publicBaseUrl}/dashboard/notices/cases/${caseIds[0]}` : `${deps.publicBaseUrl}/dashboard/inbox`;

  const outboundId = await queueTemplate(tx, deps.protector, {
    to: { coachId: coach.id },
    name: 'coach_update',
    variables: { '1': coach.firstName, '2': summary, '3': cases, '4': link },
    tag: `notice-${notice.id}`,
  });
  if (outboundId !== undefined) sent.outboundIds.push(outboundId);
  if (coach.email) {
    const values = { name: coach.firstName, summary, cases, link };
    sent.emailIds.push(
      await insertCoachEmail(tx, deps.protector, {
        coachId: coach.id,
        toAddress: coach.email,
        subject: t('updates.subject', values),
        body: coachEmailBody(t, 'updates', values),
      }),
    );
  }
  return sent;
}
