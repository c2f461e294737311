import type { AppointmentRow } from '../../cases/appointments/appointment-repository';
import type { Slot } from '../../cases/appointments/appointment-slots';
import { findCoachFreeSlots } from '../../cases/appointments/coach-free-slots';
import type { CaseDetail } from '../../cases/case/read-cases';
import type { DbOrTx } from '../../drizzle/connection';
import { appointmentPlaces } from '../../drizzle/schema';
import { appointmentWhen } from './appointment-time';
import { buttonClass, choiceField, controlClass, formField, submitButton } from './components';
import { html } from './html';
import { csrfField, type PageContext } from './layout';

/** How many of the coach's free times the case page offers; the chat offers as many per page. */
const OFFERED = 8;

/** Booking on the case page: the case's coach and their free times (undefined: the coach set no hours). */
export interface CaseBooking {
  coach: { id: string; firstName: string; lastName: string };
  slots: Slot[] | undefined;
}

/** What the booking form needs, when this reader may book for this case (an open case with a coach); else undefined. */
export async function loadCaseBooking(db: DbOrTx, input: { detail: CaseDetail; canManage: boolean; now: Date }): Promise<CaseBooking | undefined> {
  const { detail } = input;
  if (!input.canManage || detail.status !== 'open' || detail.erased || !detail.coach) return undefined;
  return { coach: detail.coach, slots: await findCoachFreeSlots(db, { coachId: detail.coach.id, now: input.now, count: OFFERED }) };
}

/**
 * The case page's appointments: each in words (when, where, what became of it), "did not come" on a
 * booked one that has started, and booking for the young person at one of the coach's free times
 * (a choice, then a confirmation page).
 */
export function caseAppointmentsSection(
  ctx: PageContext,
  input: { caseId: string; appointments: AppointmentRow[]; booking: CaseBooking | undefined; canManage: boolean; now: Date },
) {
  const { t } = ctx;
  const list = input.appointments.length
    ? html`<ul class="agenda-list">${input.appointments.map((a) => {
        const when = appointmentWhen(ctx, a);
        const canMarkNoShow = input.canManage && a.status === 'booked' && a.startsAt <= input.now;
        return html`<li class="card"><p class="agenda-when">${when}</p><p>${t(`agenda.placesList.${a.place}`)} · ${t(`agenda.statuses.${a.status}`)}</p>
${canMarkNoShow ? html`<form method="post" action="/dashboard/appointments/${a.id}/no-show">${csrfField(ctx)}<button type="submit" class="${buttonClass('secondary')}" aria-label="${t('agenda.section.noShowOf', { when })}">${t('agenda.section.noShow')}</button></form>` : ''}</li>`;
      })}</ul>`
    : html`<p>${t('agenda.section.none')}</p>`;
  return html`<section aria-labelledby="s-appointments"><h2 id="s-appointments">${t('agenda.section.title')}</h2>
${list}
${input.booking ? bookingForm(ctx, input.caseId, input.booking) : ''}
</section>`;
}

function bookingForm(ctx: PageContext, caseId: string, booking: CaseBooking) {
  const { t } = ctx;
  const coach = booking.coach.firstName;
  const agendaLink = html`<a href="/dashboard/agenda?coach=${booking.coach.id}">${t('agenda.section.agendaLink')}</a>`;
  if (!booking.slots) return html`<div class="card"><h3>${t('agenda.section.book')}</h3><p>${t('agenda.section.noHours', { coach })}</p><p>${agendaLink}</p></div>`;
  if (!booking.slots.length) return html`<div class="card"><h3>${t('agenda.section.book')}</h3><p>${t('agenda.section.noSlots', { coach })}</p><p>${agendaLink}</p></div>`;
  const offered = new Set(booking.slots.flatMap((s) => s.places));
  return html`<form method="get" action="/dashboard/cases/${caseId}/appointments/new" class="stack card">
<h3 id="book-title">${t('agenda.section.book')}</h3>
<p class="hint">${t('agenda.section.bookHelp', { coach })}</p>
<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset slot-list"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t('agenda.section.time')}</legend>${booking.slots.map((s, i) => {
    const id = `slot-${i}`;
    return choiceField({ label: appointmentWhen(ctx, s), id, control: html`<input class="${controlClass.radio}" type="radio" id="${id}" name="startsAt" value="${s.startsAt.toISOString()}" required${i === 0 ? html` checked` : ''}>` });
  })}</fieldset>
${formField({
  label: t('agenda.section.place'),
  id: 'book-place',
  control: html`<select class="${controlClass.select}" id="book-place" name="place">${appointmentPlaces
    .filter((p) => offered.has(p))
    .map((p) => html`<option value="${p}">${t(`agenda.placesList.${p}`)}</option>`)}</select>`,
})}
${submitButton(t('agenda.section.choose'))}</form>`;
}
