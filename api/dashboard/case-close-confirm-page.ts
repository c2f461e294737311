import type { CaseOutcome } from '../../cases/case/case-repository';
import { html } from './html';
import { csrfField, layout, type PageContext } from './layout';
import { buttonClass } from './components';
import { caseLabel } from './case-label';

export interface CloseConfirmInput {
  caseId: string;
  /** The name the young person gave for their coach, if any. */
  name: string | null;
  outcome: CaseOutcome;
  note: string | undefined;
  /** What closing will do about nazorg: start it, let it go on, or none. */
  nazorg: 'starts' | 'running' | 'none';
  /** Months after which the nazorg check-ins go out (NAZORG_MONTHS). */
  nazorgMonths: readonly number[];
  /** Booked appointments still to come: closing cancels them, with a message to the young person. */
  appointmentsToCancel: number;
  openHandovers: number;
}

/**
 * The second step of closing a case: what will happen, in words, before anything changes. The
 * confirm button posts the same choice again with `confirm=yes`; going back changes nothing.
 */
export function renderCloseConfirmPage(ctx: PageContext, input: CloseConfirmInput): string {
  const { t } = ctx;
  const reference = caseLabel({ name: input.name, id: input.caseId });
  const months = new Intl.ListFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(input.nazorgMonths.map(String));
  const nazorgLine =
    input.nazorg === 'starts' ? t('case.confirmClose.nazorg', { months }) : input.nazorg === 'running' ? t('case.confirmClose.nazorgRunning') : t('case.confirmClose.noNazorg');
  const body = html`<section aria-labelledby="confirm-question" class="card stack">
<h2 id="confirm-question">${t('case.confirmClose.question')}</h2>
<ul class="plain">
<li>${t('case.confirmClose.outcome', { outcome: t(`outcomes.${input.outcome}`) })}</li>
<li data-nazorg="${input.nazorg}">${nazorgLine}</li>
${input.appointmentsToCancel > 0 ? html`<li>${t('case.confirmClose.appointments', { count: input.appointmentsToCancel })}</li>` : ''}
${input.openHandovers > 0 ? html`<li>${t('case.confirmClose.handovers')}</li>` : ''}
${input.note ? html`<li class="pre">${t('case.confirmClose.note', { note: input.note })}</li>` : ''}
</ul>
<form method="post" action="/dashboard/cases/${input.caseId}/close" class="row">${csrfField(ctx)}
<input type="hidden" name="outcome" value="${input.outcome}">
${input.note ? html`<input type="hidden" name="note" value="${input.note}">` : ''}
<input type="hidden" name="confirm" value="yes">
<button type="submit" class="${buttonClass()}">${t('case.confirmClose.submit')}</button>
<a href="/dashboard/cases/${input.caseId}">${t('case.confirmClose.back')}</a>
</form>
</section>`;
  return layout(ctx, { title: t('case.confirmClose.title', { reference }), section: 'cases', body });
}

