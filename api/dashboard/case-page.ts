import type { AppointmentRow } from '../../cases/appointments/appointment-repository';
import type { ThreadMessage } from '../../cases/case/case-messages';
import { caseOutcomes, caseSteps, type CaseDetail } from '../../cases/case/case-repository';
import { reachYoungPerson } from '../../messages/reach-young-person';
import { whatsAppWindow } from '../../messages/whatsapp-window';
import type { SafetySignalView } from '../../cases/handover/safety-signals';
import { scrollRegion } from './components';
import { caseLabel } from './case-label';
import { html, type SafeHtml } from './html';
import { csrfField, formatDateTime, layout, sectionsFor, type PageContext } from './layout';
import type { ZelfscanOutcome } from '../../flows/zelfscan-scoring';
import { caseAppointmentsSection, type CaseBooking } from './case-appointments-section';

export interface CasePageInput {
  detail: CaseDetail;
  messages: ThreadMessage[];
  appointments: AppointmentRow[];
  channel: { channel: 'whatsapp' | 'web'; lastInboundAt: Date | null; optedOut: boolean } | undefined;
  canManage: boolean;
  /** An administrator of the young person's municipality: may record an erasure request made by letter. */
  canErase: boolean;
  /** An admin of the case's municipality: offers everything held as a PDF, for a written request (AVG art. 15). */
  canGiveInzage?: boolean;
  /** The safety signals of the case's urgent handovers this reader may see, by handover id. */
  signals: ReadonlyMap<string, SafetySignalView[]>;
  now: Date;
  /** Booking for the young person at the coach's free times, where this reader may. */
  booking?: CaseBooking | undefined;
}

/** One case: summary, steps as a timeline, messages with the write form, appointments, history and actions. */
export function renderCasePage(ctx: PageContext, input: CasePageInput): string {
  const { t, lang } = ctx;
  const c = input.detail;
  const reference = caseLabel(c);
  const yesNo = (v: boolean | null) => (v === null ? t('case.unknown') : v ? t('case.yes') : t('case.no'));

  // A forgotten young person: the coach sees that, and when, never the data (DESIGN.md rule 10).
  const tombstone = c.erased ? html`<p class="utrecht-alert utrecht-alert--info notice" role="status">${t(`case.erased.${c.erased.reason}`, { date: formatDateTime(c.erased.at, lang) })}</p>` : '';
  const summary = html`<section aria-labelledby="s-summary"><h2 id="s-summary">${t('case.summary')}</h2>
<dl class="facts">
<div><dt>${t('cases.status')}</dt><dd>${t(`statuses.${c.status}`)}${c.outcome ? ` (${t(`outcomes.${c.outcome}`)})` : ''}</dd></div>
<div><dt>${t('cases.route')}</dt><dd>${t(`routesList.${c.route}`)}</dd></div>
<div><dt>${t('cases.step')}</dt><dd>${t(`steps.${c.step}`)}</dd></div>
<div><dt>${t('cases.intensity')}</dt><dd>${t(`intensities.${c.intensity ?? 'onbekend'}`)}</dd></div>
<div><dt>${t('case.coach')}</dt><dd>${c.coach ? `${c.coach.firstName} ${c.coach.lastName} (${t(`coachRoles.${c.coach.role}`)})` : t('case.none')}</dd></div>
<div><dt>${t('case.regie')}</dt><dd>${c.regie === 'sociaal_team' ? t('case.regieSociaal') : t('case.regieCoach')}</dd></div>
<div><dt>${t('case.age')}</dt><dd>${c.youth.age ?? t('case.unknown')}</dd></div>
<div><dt>${t('case.municipality')}</dt><dd>${c.youth.municipality ?? t('case.unknown')}</dd></div>
<div><dt>${t('case.diploma')}</dt><dd>${c.youth.diploma ?? t('case.unknown')}</dd></div>
<div><dt>${t('case.startkwalificatie')}</dt><dd>${yesNo(c.youth.hasStartkwalificatie)}</dd></div>
<div><dt>${t('case.wants')}</dt><dd>${c.wants}</dd></div>
${c.referral ? html`<div><dt>${t('case.referral')}</dt><dd>${c.referral}</dd></div>` : ''}
${c.trustedPerson
    ? html`<div><dt>${t('case.trustedPerson')}</dt><dd>${c.trustedPerson.name} (${t(`case.relations.${c.trustedPerson.relation}`)}), ${c.trustedPerson.reach}. ${c.trustedPerson.mayContact ? t('case.mayContact') : t('case.mayNotContact')}</dd></div>`
    : ''}
</dl>
${zelfscanFacts(ctx, c.assessment)}
${input.canGiveInzage ? html`<p><a href="/dashboard/cases/${c.id}/inzage.pdf" download>${t('case.inzage')}</a></p>` : ''}
${c.handovers.map((h) => html`<h3>${t('case.handoverSummary')}: ${t(`reasons.${h.reason}`)}${h.category ? html` (${t(`safetyCategory.${h.category}`)})` : ''}, ${formatDateTime(h.createdAt, lang)}</h3><p class="pre">${h.summary}</p>${signalList(ctx, input.signals.get(h.id))}`)}
</section>`;

  const stepEvents = c.events.filter((e) => e.type === 'step.changed' || e.type === 'case.opened' || e.type === 'case.closed' || e.type === 'case.reopened');
  const timeline = html`<section aria-labelledby="s-steps"><h2 id="s-steps">${t('case.timeline')}</h2>
<ol class="steps">${caseSteps.map((s) => {
    const current = s === c.step;
    const combined = c.combinedSteps.includes(s);
    return html`<li class="${current ? 'step step-current' : combined ? 'step step-combined' : 'step'}"${current ? html` aria-current="step"` : ''}>${t(`steps.${s}`)}${current ? html` <span class="utrecht-status-badge utrecht-status-badge--safe tag tag-ok">${t('case.current')}</span>` : ''}</li>`;
  })}</ol>
<ol class="timeline">${stepEvents.map((e) => html`<li><time datetime="${e.at.toISOString()}">${formatDateTime(e.at, lang)}</time> — ${describeEvent(ctx, e)}</li>`)}</ol>
</section>`;

  const windowText = (() => {
    const ch = input.channel;
    if (!ch) return '';
    // What the coach's message will do, by the rule that sends it (messages/reach-young-person.ts).
    if (reachYoungPerson({ ...ch, now: input.now }) === 'nothing') return t('case.optedOut');
    if (ch.channel === 'web') return t('case.webChat');
    const window = whatsAppWindow({ lastInboundAt: ch.lastInboundAt, now: input.now });
    return window.open ? t('case.windowOpen', { until: formatDateTime(window.closesAt, lang) }) : t('case.windowClosed');
  })();
  const messages = html`<section aria-labelledby="s-messages"><h2 id="s-messages">${t('case.messages')}</h2>
${input.messages.length
    ? html`<ol class="thread">${input.messages.map(
        (m) => html`<li class="msg msg-${m.direction}"><p class="msg-meta">${m.direction === 'from_youth' ? t('case.fromYouth') : t('case.toYouth')}, <time datetime="${m.createdAt.toISOString()}">${formatDateTime(m.createdAt, lang)}</time></p><p class="msg-text pre">${m.text}</p></li>`,
      )}</ol>`
    : html`<p>${t('case.noMessages')}</p>`}
${input.canManage && c.status !== 'referred' && !c.erased
    ? html`<form method="post" action="/dashboard/cases/${c.id}/messages" class="stack">
${csrfField(ctx)}
<h3 id="write-title">${t('case.write')}</h3>
<p class="hint" id="window-hint">${windowText}</p>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="message">${t('case.message')}</label><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="message" name="text" rows="4" maxlength="1500" required aria-describedby="window-hint"></textarea></div>
<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('case.send')}</button></form>`
    : ''}
${input.canManage && c.status === 'open' && !c.erased
    ? html`<form method="post" action="/dashboard/cases/${c.id}/contacts" class="stack">
${csrfField(ctx)}<input type="hidden" name="kind" value="call">
<h3>${t('firstContact.title')}</h3>
<p class="hint" id="call-hint">${t('firstContact.help')}</p>
<div class="field"><label for="call-note">${t('firstContact.note')}</label><textarea id="call-note" name="note" rows="2" maxlength="1000" aria-describedby="call-hint"></textarea></div>
<button type="submit" class="button button-secondary">${t('firstContact.submit')}</button></form>`
    : ''}
</section>`;

  const appointments = caseAppointmentsSection(ctx, { caseId: c.id, appointments: input.appointments, booking: input.booking, canManage: input.canManage, now: input.now });

  const history = html`<section aria-labelledby="s-history"><h2 id="s-history">${t('case.history')}</h2>
<div ${scrollRegion(t('case.history'))}><table class="utrecht-table utrecht-table--html-table"><caption class="visually-hidden">${t('case.history')}</caption>
<thead><tr><th scope="col">${t('case.at')}</th><th scope="col">${t('case.event')}</th><th scope="col">${t('case.by')}</th></tr></thead>
<tbody>${[...c.events].reverse().map((e) => html`<tr><td>${formatDateTime(e.at, lang)}</td><td>${describeEvent(ctx, e)}</td><td>${actorName(e.actor, c)}</td></tr>`)}</tbody></table></div>
${ctx.account && sectionsFor(ctx.account).includes('audit') ? html`<p><a href="/dashboard/audit?caseId=${c.id}">${t('case.whoRead')}</a></p>` : ''}
</section>`;

  const actions = c.erased
    ? ''
    : !input.canManage
    ? html`<p class="hint">${t('case.readOnly')}</p>`
    : c.status === 'open'
      ? html`<section aria-labelledby="s-actions" class="actions-grid"><h2 id="s-actions" class="visually-hidden">${t('case.change')}</h2>
<form method="post" action="/dashboard/cases/${c.id}/step" class="stack card">${csrfField(ctx)}
<h3>${t('case.change')}</h3>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="step">${t('case.newStep')}</label><select class="utrecht-select utrecht-select--html-select" id="step" name="step">${caseSteps.map((s) => html`<option value="${s}"${s === c.step ? html` selected` : ''}>${t(`steps.${s}`)}</option>`)}</select></div>
<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('case.save')}</button></form>
<form method="post" action="/dashboard/cases/${c.id}/close" class="stack card">${csrfField(ctx)}
<h3>${t('case.close')}</h3>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="outcome">${t('case.outcome')}</label><select class="utrecht-select utrecht-select--html-select" id="outcome" name="outcome">${caseOutcomes.map((o) => html`<option value="${o}">${t(`outcomes.${o}`)}</option>`)}</select></div>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="note">${t('case.note')}</label><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="note" name="note" rows="2" maxlength="2000"></textarea></div>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('case.closeSubmit')}</button></form>
${c.route === 'leerplicht' ? html`<form method="post" action="/dashboard/cases/${c.id}/handover-at-18" class="stack card">${csrfField(ctx)}
<h3>${t('case.handoverAt18')}</h3><p>${t('case.handoverAt18Help')}</p>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('case.handoverAt18Submit')}</button></form>` : ''}
</section>`
      : c.status === 'closed'
        ? html`<form method="post" action="/dashboard/cases/${c.id}/reopen" class="stack card">${csrfField(ctx)}<h2>${t('case.reopen')}</h2><button type="submit" class="utrecht-button utrecht-button--primary-action">${t('case.reopenSubmit')}</button></form>`
        : '';

  const erase = input.canErase
    ? html`<form method="post" action="/dashboard/cases/${c.id}/erase" class="stack card">${csrfField(ctx)}
<h2>${t('case.erase')}</h2><p>${t('case.eraseHelp')}</p>
<div class="utrecht-form-field field"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="erase-confirm" name="confirm" value="yes" required> <label class="utrecht-form-label" for="erase-confirm">${t('case.eraseConfirm')}</label></div>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('case.eraseSubmit')}</button></form>`
    : '';

  return layout(ctx, { title: t('case.title', { reference }), section: 'cases', body: html`${tombstone}${actions}${summary}${timeline}${messages}${appointments}${history}${erase}` });
}

function describeEvent(ctx: PageContext, e: CaseDetail['events'][number]): string {
  const { t } = ctx;
  const data = (e.data ?? {}) as Record<string, unknown>;
  if (e.type === 'step.changed') {
    const from = (data.from as { step?: string } | undefined)?.step;
    const to = (data.to as { step?: string } | undefined)?.step;
    return `${t('cases.step')}: ${from ? t(`steps.${from}`) : '?'} → ${to ? t(`steps.${to}`) : '?'}`;
  }
  if (e.type === 'nazorg.answered' && typeof data.answer === 'string') {
    return t('case.nazorgAnswered', { answer: t(`case.nazorgAnswers.${data.answer}`) });
  }
  if (e.type === 'nazorg.checkin_sent') return t('case.nazorgCheckinSent', { count: Number(data.month) || 0 });
  if (e.type === 'case.nearing_27' && typeof data.earliest27At === 'string') {
    return t('case.nearing27', { date: formatDateTime(new Date(data.earliest27At), ctx.lang) });
  }
  if (e.type === 'contact.logged') return `${t('firstContact.history')}${typeof data.note === 'string' ? ` — ${data.note}` : ''}`;
  if (e.type === 'handover.settled' && data.reason === 'first_contact') return t('firstContact.settled');
  if (e.type === 'trusted_person.named') return t(data.mayContact === true ? 'case.trustedNamedMayContact' : 'case.trustedNamed');
  if (e.type === 'case.closed' && typeof data.outcome === 'string') {
    return `${e.type}: ${t(`outcomes.${data.outcome}`)}${typeof data.note === 'string' ? ` — ${data.note}` : ''}`;
  }
  return e.type;
}

function actorName(actor: string, c: CaseDetail): string {
  if (actor === 'system' || actor === 'admin') return actor;
  if (actor.startsWith('staff:')) return 'admin';
  if (c.coach && c.coach.id === actor) return `${c.coach.firstName} ${c.coach.lastName}`;
  const share = c.shares.find((s) => s.coachId === actor);
  return share ? `${share.firstName} ${share.lastName}` : actor.slice(0, 8);
}

/** Each safety signal: when, what kind, the young person's own words, and which helplines the chat gave. */
function signalList(ctx: PageContext, signals: SafetySignalView[] | undefined): SafeHtml | '' {
  if (!signals?.length) return '';
  const { t, lang } = ctx;
  return html`<h4>${t('case.signals')}</h4><ol class="timeline">${signals.map(
    (s) =>
      html`<li><time datetime="${s.at.toISOString()}">${formatDateTime(s.at, lang)}</time> — ${s.category ? t(`safetyCategory.${s.category}`) : ''}: ${s.words === null ? t('case.signalNoWords') : html`<q>${s.words}</q>`}. ${t('case.signalAnswered')}: ${s.helplines.map((line) => t(`helplines.${line}`)).join(', ')}.</li>`,
  )}</ol>`;
}

/**
 * The zelfscan as the young person answered it (decrypted from the case's assessment): what stands in
 * the way, what needs attention, what goes well, and what they want to talk about rather than type.
 */
function zelfscanFacts(ctx: PageContext, assessment: ZelfscanOutcome | null) {
  if (!assessment) return '';
  const { t } = ctx;
  const domains = (ids: readonly string[]) => (ids.length ? ids.map((id) => t(`coach:domain.${id}`)).join(', ') : t('case.zelfscan.none'));
  const rows = (['obstacles', 'attention', 'strengths', 'talkAbout', 'skipped'] as const).map(
    (key) => html`<div><dt>${t(`case.zelfscan.${key}`)}</dt><dd>${domains(assessment[key])}</dd></div>`,
  );
  return html`<h3>${t('case.zelfscan.title')}</h3><dl class="facts">${rows}</dl>`;
}
