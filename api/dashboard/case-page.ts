import type { AppointmentRow } from '../../cases/appointments/appointment-repository';
import type { CaseChannel } from '../../cases/case/case-channel';
import type { ThreadEntry } from '../../cases/case/case-messages';
import type { CaseDetail } from '../../cases/case/read-cases';
import type { RegieHolder } from '../../cases/case/regie-holder';
import type { SafetySignalView } from '../../cases/handover/safety-signals';
import { caseForms } from './case-forms';
import { caseHistory, caseTimeline } from './case-history';
import { caseSummary } from './case-summary';
import { caseThread } from './case-thread';
import { html } from './html';
import { formatDateTime, layout, type PageContext } from './layout';
import { caseLabel } from './case-label';
import { caseAppointmentsSection, type CaseBooking } from './case-appointments-section';

export interface CasePageInput {
  detail: CaseDetail;
  messages: ThreadEntry[];
  appointments: AppointmentRow[];
  channel: CaseChannel | undefined;
  canManage: boolean;
  /** An administrator of the young person's municipality: may record an erasure request made by letter. */
  canErase: boolean;
  /** An admin of the case's municipality: offers everything held as a PDF, for a written request (AVG art. 15). */
  canGiveInzage?: boolean;
  /** The coach reading the page: their open handover on this case is the next action. */
  viewerCoachId?: string | null;
  /** With multiproblematiek: the Sociaal team member who holds the regie. */
  regie?: RegieHolder | undefined;
  /** The safety signals of the case's urgent handovers this reader may see, by handover id. */
  signals: ReadonlyMap<string, SafetySignalView[]>;
  now: Date;
  /** Booking for the young person at the coach's free times, where this reader may. */
  booking?: CaseBooking | undefined;
}

/**
 * One case, phone first, in the order a coach works: who the young person is and the next action,
 * the messages with the write form, appointments, the steps, the whole history, and last the actions
 * a coach takes now and then (each folded). Each section is one block below.
 */
export function renderCasePage(ctx: PageContext, input: CasePageInput): string {
  const { t, lang } = ctx;
  const c = input.detail;
  const reference = caseLabel(c);

  // A forgotten young person: the coach sees that, and when, never the data (DESIGN.md rule 10).
  const tombstone = c.erased ? html`<p class="utrecht-alert utrecht-alert--info notice" role="status">${t(`case.erased.${c.erased.reason}`, { date: formatDateTime(c.erased.at, lang) })}</p>` : '';

  const summary = caseSummary(ctx, {
    detail: c,
    messages: input.messages,
    canManage: input.canManage,
    viewerCoachId: input.viewerCoachId ?? null,
    regie: input.regie,
    canGiveInzage: input.canGiveInzage ?? false,
    signals: input.signals,
  });

  const messages = caseThread(ctx, { detail: c, messages: input.messages, channel: input.channel, canManage: input.canManage, now: input.now });

  const appointments = caseAppointmentsSection(ctx, { caseId: c.id, appointments: input.appointments, booking: input.booking, canManage: input.canManage, now: input.now });

  const timeline = caseTimeline(ctx, c);
  const history = caseHistory(ctx, c);
  const forms = caseForms(ctx, { detail: c, canManage: input.canManage, canErase: input.canErase });

  return layout(ctx, { title: t('case.title', { reference }), section: 'cases', body: html`${tombstone}${summary}${messages}${appointments}${timeline}${history}${forms}` });
}
