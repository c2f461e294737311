import type { AppointmentPlace } from '../../drizzle/schema';
import { appointmentWhen } from './appointment-time';
import { buttonLinkClass, submitButton } from './components';
import { html } from './html';
import { csrfField, layout, type PageContext } from './layout';
import { caseLabel } from './case-label';

/** Before booking for a young person: what will be booked, that they will be told, and a way back. */
export function renderBookingConfirmPage(
  ctx: PageContext,
  input: { caseId: string; name: string | null; coach: { firstName: string; lastName: string }; startsAt: Date; endsAt: Date; place: AppointmentPlace },
): string {
  const { t } = ctx;
  const back = `/dashboard/cases/${input.caseId}`;
  return layout(ctx, {
    title: t('agenda.confirm.title'),
    section: 'cases',
    body: html`<form method="post" action="${back}/appointments" class="stack card narrow">${csrfField(ctx)}
<p>${t('agenda.confirm.intro', { reference: caseLabel({ name: input.name, id: input.caseId }) })}</p>
<dl class="facts">
<div><dt>${t('agenda.confirm.when')}</dt><dd>${appointmentWhen(ctx, input)}</dd></div>
<div><dt>${t('agenda.confirm.with')}</dt><dd>${input.coach.firstName} ${input.coach.lastName}</dd></div>
<div><dt>${t('agenda.confirm.place')}</dt><dd>${t(`agenda.placesList.${input.place}`)}</dd></div>
</dl>
<p class="hint">${t('agenda.confirm.told')}</p>
<input type="hidden" name="startsAt" value="${input.startsAt.toISOString()}">
<input type="hidden" name="place" value="${input.place}">
<div class="row">${submitButton(t('agenda.confirm.submit'))}<a class="${buttonLinkClass('secondary')}" href="${back}">${t('agenda.confirm.back')}</a></div>
</form>`,
  });
}
