import type { Availability, AppointmentRow } from '../../cases/appointments/appointment-repository';
import type { Slot } from '../../cases/appointments/appointment-slots';
import type { FilterCoach } from '../../cases/staff/filter-coaches';
import { appointmentPlaces, type AppointmentPlace } from '../../drizzle/schema';
import { appointmentWhen } from './appointment-time';
import { html } from './html';
import { csrfField, formatDate, layout, type PageContext } from './layout';
import { buttonClass } from './components';

export interface AgendaPageInput {
  coach: { id: string; firstName: string; lastName: string };
  /** The signed-in coach's own agenda (else an administrator's view of a coach in their scope). */
  own: boolean;
  availability: Availability;
  appointments: AppointmentRow[];
  /** Undefined: the coach set no hours. */
  freeSlots: Slot[] | undefined;
  /** For an administrator: the coaches whose agenda they may open. */
  coaches: FilterCoach[];
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const SLOT_MINUTES = [30, 45, 60, 90];
const BUFFER_MINUTES = [0, 10, 15, 30];
const ABSENCE_REASONS = ['verlof', 'training', 'anders'] as const;
/** Places a coach without hours starts with: the office and the two ways that need no room. */
const DEFAULT_PLACES: AppointmentPlace[] = ['werkplein', 'video', 'telefoon'];

/** The form field of one block's start or end: `d1-1-from` is Monday's first block's start. */
export const hoursField = (weekday: number, block: number, edge: 'from' | 'to') => `d${weekday}-${block}-${edge}`;

/** A coach's agenda: coming appointments, free times, weekly hours (editable) and absences. */
export function renderAgendaPage(ctx: PageContext, input: AgendaPageInput): string {
  const { t, lang } = ctx;
  const { coach, availability } = input;
  const base = `/dashboard/agenda/${coach.id}`;
  const title = input.own ? t('agenda.title') : t('agenda.titleOf', { name: `${coach.firstName} ${coach.lastName}` });

  const picker = input.coaches.length
    ? html`<form method="get" action="/dashboard/agenda" class="row card">
<div class="field"><label for="coach">${t('agenda.chooseCoach')}</label><select id="coach" name="coach">${input.coaches.map(
        (c) => html`<option value="${c.id}"${c.id === coach.id ? html` selected` : ''}>${c.firstName} ${c.lastName}</option>`,
      )}</select></div>
<button type="submit" class="${buttonClass('secondary')}">${t('agenda.show')}</button></form>`
    : '';

  const upcoming = html`<section aria-labelledby="a-upcoming"><h2 id="a-upcoming">${t('agenda.upcoming')}</h2>
${input.appointments.length
    ? html`<ul class="agenda-list">${input.appointments.map(
        (a) => html`<li class="card"><p class="agenda-when">${appointmentWhen(ctx, a)}</p>
<p>${t(`agenda.placesList.${a.place}`)} · ${t(`agenda.statuses.${a.status}`)}</p>
<p><a href="/dashboard/cases/${a.caseId}">${t('agenda.caseRef', { reference: a.caseId.slice(0, 8) })}</a></p></li>`,
      )}</ul>`
    : html`<p>${t('agenda.noUpcoming')}</p>`}
</section>`;

  const free = html`<section aria-labelledby="a-free"><h2 id="a-free">${t('agenda.freeTimes')}</h2>
${input.freeSlots === undefined
    ? html`<p class="notice notice-error">${t('agenda.noHours')}</p>`
    : input.freeSlots.length
      ? html`<p class="hint">${t('agenda.freeTimesHelp')}</p><ul class="plain free-times">${input.freeSlots.map((s) => html`<li>${appointmentWhen(ctx, s)}</li>`)}</ul>`
      : html`<p>${t('agenda.noFreeTimes')}</p>`}
</section>`;

  const placesNow = new Set<AppointmentPlace>(availability.weekly.length ? availability.weekly.flatMap((h) => h.places) : DEFAULT_PLACES);
  const days = WEEKDAYS.map((weekday) => {
    const day = t(`agenda.weekdays.${weekday}`);
    const blocks = availability.weekly.filter((h) => h.weekday === weekday);
    const count = Math.max(2, blocks.length);
    return html`<fieldset class="hours-day"><legend>${day}</legend>${Array.from({ length: count }, (_, i) => {
      const block = t(i === 0 ? 'agenda.block1' : 'agenda.block2');
      const from = hoursField(weekday, i + 1, 'from');
      const to = hoursField(weekday, i + 1, 'to');
      return html`<div class="hours-block"><span class="hours-label" aria-hidden="true">${i < 2 ? block : ''}</span>
<div class="field"><label for="${from}"><span class="visually-hidden">${t('agenda.fromOf', { day, block })}</span><span aria-hidden="true">${t('agenda.from')}</span></label><input type="time" id="${from}" name="${from}" value="${blocks[i]?.start ?? ''}"></div>
<div class="field"><label for="${to}"><span class="visually-hidden">${t('agenda.toOf', { day, block })}</span><span aria-hidden="true">${t('agenda.to')}</span></label><input type="time" id="${to}" name="${to}" value="${blocks[i]?.end ?? ''}"></div></div>`;
    })}</fieldset>`;
  });
  const hours = html`<section aria-labelledby="a-hours"><h2 id="a-hours">${t('agenda.hours')}</h2>
<form method="post" action="${base}/hours" class="stack card">${csrfField(ctx)}
<p class="hint">${t('agenda.hoursHelp')}</p>
<div class="hours-grid">${days}</div>
<fieldset class="places"><legend>${t('agenda.places')}</legend>${appointmentPlaces.map(
    (p) => html`<div class="field checkbox"><input type="checkbox" id="place-${p}" name="places" value="${p}"${placesNow.has(p) ? html` checked` : ''}><label for="place-${p}">${t(`agenda.placesList.${p}`)}</label></div>`,
  )}</fieldset>
<div class="filter-grid">
<div class="field"><label for="slotMinutes">${t('agenda.slotMinutes')}</label><select id="slotMinutes" name="slotMinutes">${minuteOptions(ctx, SLOT_MINUTES, availability.slotMinutes)}</select></div>
<div class="field"><label for="bufferMinutes">${t('agenda.bufferMinutes')}</label><select id="bufferMinutes" name="bufferMinutes">${minuteOptions(ctx, BUFFER_MINUTES, availability.bufferMinutes)}</select></div>
</div>
<button type="submit" class="${buttonClass()}">${t('agenda.saveHours')}</button></form>
</section>`;

  const rangeOf = (a: Availability['absences'][number]) =>
    // An absence ends at midnight after its last day: the last day shown is the one before.
    t('agenda.absenceRange', { from: formatDate(a.startsAt, lang), to: formatDate(new Date(a.endsAt.getTime() - 1), lang) });
  const absences = html`<section aria-labelledby="a-absences"><h2 id="a-absences">${t('agenda.absences')}</h2>
<p class="hint">${t('agenda.absencesHelp')}</p>
${availability.absences.length
    ? html`<ul class="agenda-list">${availability.absences.map(
        (a) => html`<li class="card row"><span>${rangeOf(a)} · ${t(`agenda.reasons.${a.reason}`)}</span>
<form method="post" action="${base}/absences/${a.id}/remove">${csrfField(ctx)}<button type="submit" class="${buttonClass('secondary')}" aria-label="${t('agenda.removeAbsence', { range: rangeOf(a) })}">${t('agenda.remove')}</button></form></li>`,
      )}</ul>`
    : html`<p>${t('agenda.noAbsences')}</p>`}
<form method="post" action="${base}/absences" class="stack card">${csrfField(ctx)}
<h3>${t('agenda.addAbsence')}</h3>
<div class="filter-grid">
<div class="field"><label for="firstDay">${t('agenda.firstDay')}</label><input type="date" id="firstDay" name="firstDay" required></div>
<div class="field"><label for="lastDay">${t('agenda.lastDay')}</label><input type="date" id="lastDay" name="lastDay" aria-describedby="lastDay-hint"><p class="hint" id="lastDay-hint">${t('agenda.lastDayHelp')}</p></div>
<div class="field"><label for="reason">${t('agenda.reason')}</label><select id="reason" name="reason">${ABSENCE_REASONS.map((r) => html`<option value="${r}">${t(`agenda.reasons.${r}`)}</option>`)}</select></div>
</div>
<button type="submit" class="${buttonClass()}">${t('agenda.add')}</button></form>
</section>`;

  return layout(ctx, { title, section: 'agenda', body: html`${picker}${upcoming}${free}${hours}${absences}` });
}

/** The page of an administrator who has no agenda of their own: only the choice of a coach. */
export function renderAgendaPicker(ctx: PageContext, coaches: FilterCoach[]): string {
  const { t } = ctx;
  return layout(ctx, {
    title: t('agenda.chooseCoach'),
    section: 'agenda',
    body: html`<p>${t('agenda.chooseCoachHelp')}</p><form method="get" action="/dashboard/agenda" class="row card">
<div class="field"><label for="coach">${t('agenda.coach')}</label><select id="coach" name="coach">${coaches.map((c) => html`<option value="${c.id}">${c.firstName} ${c.lastName}</option>`)}</select></div>
<button type="submit" class="${buttonClass()}">${t('agenda.show')}</button></form>`,
  });
}

function minuteOptions(ctx: PageContext, choices: number[], current: number) {
  const all = choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
  return all.map((m) => html`<option value="${m}"${m === current ? html` selected` : ''}>${ctx.t('agenda.minutes', { count: m })}</option>`);
}
