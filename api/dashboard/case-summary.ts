import type { CaseDetail } from '../../cases/case/read-cases';
import type { RegieHolder } from '../../cases/case/regie-holder';
import type { ThreadMessage } from '../../cases/case/case-messages';
import type { SafetySignalView } from '../../cases/handover/safety-signals';
import type { ZelfscanOutcome } from '../../flows/zelfscan-scoring';
import { html, type SafeHtml } from './html';
import { csrfField, formatDateTime, type PageContext } from './layout';
import { buttonClass, buttonLinkClass } from './components';
import { caseLabel } from './case-label';

export interface CaseSummaryInput {
  detail: CaseDetail;
  messages: ThreadMessage[];
  canManage: boolean;
  /** The coach reading the page (null for an administrator without a coach record). */
  viewerCoachId: string | null;
  /** The Sociaal team member who holds the regie (multiproblematiek); undefined when the coach does. */
  regie: RegieHolder | undefined;
  canGiveInzage: boolean;
  signals: ReadonlyMap<string, SafetySignalView[]>;
}

/**
 * The top of the case page, what a coach needs first on a phone: who the young person is, the one
 * next action for this reader, then the facts and the handover summary (the young person's story,
 * so they never tell it twice).
 */
export function caseSummary(ctx: PageContext, input: CaseSummaryInput): SafeHtml {
  const { t, lang } = ctx;
  const c = input.detail;
  const municipality = c.youth.municipality ? t(`municipalities.${c.youth.municipality}`, { defaultValue: c.youth.municipality }) : t('case.unknown');
  const who = c.youth.age === null ? t('case.youthLineNoAge', { municipality }) : t('case.youthLine', { age: c.youth.age, municipality });
  const yesNo = (v: boolean | null) => (v === null ? t('case.unknown') : v ? t('case.yes') : t('case.no'));
  const coachName = c.coach ? `${c.coach.firstName} ${c.coach.lastName}` : t('case.none');
  const coachLine = c.coach ? `${coachName} (${t(`coachRoles.${c.coach.role}`)})` : coachName;
  const regieHeldByTeam = c.regie === 'sociaal_team' && input.regie !== undefined && input.regie.id !== c.coach?.id;
  const regieLine = !regieHeldByTeam
    ? c.regie === 'sociaal_team' ? t('coachRoles.sociaal_team') : t('case.regieCoach')
    : input.regie?.team
      ? t('case.regieSociaalWithTeam', { name: `${input.regie.firstName} ${input.regie.lastName}`, team: input.regie.team })
      : t('case.regieSociaalWith', { name: `${input.regie?.firstName ?? ''} ${input.regie?.lastName ?? ''}` });
  return html`<section aria-labelledby="s-summary" class="case-summary"><h2 id="s-summary">${who}</h2>
${nextAction(ctx, input)}
${regieHeldByTeam && input.regie?.id === input.viewerCoachId ? html`<p class="notice notice-ok">${t('case.regieYou')}</p>` : ''}
<dl class="facts">
<div><dt>${t('cases.route')}</dt><dd>${t(`routesList.${c.route}`)}</dd></div>
<div><dt>${t('cases.step')}</dt><dd>${t(`steps.${c.step}`)}</dd></div>
<div><dt>${t('case.wants')}</dt><dd>${t(`coach:wants.${c.wants}`, { defaultValue: c.wants })}</dd></div>
<div><dt>${t('cases.status')}</dt><dd>${t(`statuses.${c.status}`)}${c.outcome ? ` (${t(`outcomes.${c.outcome}`)})` : ''}</dd></div>
<div><dt>${regieHeldByTeam ? t('case.contactForSchoolWork') : t('case.coach')}</dt><dd>${coachLine}</dd></div>
<div><dt>${t('case.regie')}</dt><dd>${regieLine}</dd></div>
<div><dt>${t('cases.intensity')}</dt><dd>${t(`intensities.${c.intensity ?? 'onbekend'}`)}</dd></div>
<div><dt>${t('case.municipality')}</dt><dd>${municipality}</dd></div>
<div><dt>${t('case.diploma')}</dt><dd>${c.youth.diploma ? t(`coach:diploma.${c.youth.diploma}`, { defaultValue: c.youth.diploma }) : t('case.unknown')}</dd></div>
<div><dt>${t('case.startkwalificatie')}</dt><dd>${yesNo(c.youth.hasStartkwalificatie)}</dd></div>
${c.referral ? html`<div><dt>${t('case.referral')}</dt><dd>${t(`referrals.${c.referral}`, { defaultValue: c.referral })}</dd></div>` : ''}
${c.trustedPerson
    ? html`<div><dt>${t('case.trustedPerson')}</dt><dd>${c.trustedPerson.name} (${t(`case.relations.${c.trustedPerson.relation}`)}), ${c.trustedPerson.reach}. ${c.trustedPerson.mayContact ? t('case.mayContact') : t('case.mayNotContact')}</dd></div>`
    : ''}
</dl>
${c.handovers.map((h) => html`<h3>${t('case.handoverSummary')}: ${t(`reasons.${h.reason}`)}${h.category ? html` (${t(`safetyCategory.${h.category}`)})` : ''}, ${formatDateTime(h.createdAt, lang)}</h3><p class="pre">${h.summary}</p>${signalList(ctx, input.signals.get(h.id))}`)}
${zelfscanFacts(ctx, c.assessment)}
${input.canGiveInzage ? html`<p><a href="/dashboard/cases/${c.id}/inzage.pdf" download>${t('case.inzage')}</a></p>` : ''}
</section>`;
}

/**
 * The one thing this reader does next: pick up the handover they hold, answer the young person's new
 * message, or write to them. A reader who may not act on the case gets no button.
 */
function nextAction(ctx: PageContext, input: CaseSummaryInput): SafeHtml | '' {
  const { t, lang } = ctx;
  const c = input.detail;
  if (c.erased) return '';
  const mine = input.viewerCoachId === null ? undefined : c.handovers.find((h) => h.status === 'open' && h.coachId === input.viewerCoachId);
  if (mine) {
    const due = mine.dueAt;
    return html`<form method="post" action="/dashboard/handovers/${mine.id}/acknowledge" class="next-action card" aria-labelledby="next-title">${csrfField(ctx)}
<h3 id="next-title">${t('case.nextAction')}</h3><p>${due ? t('case.pickUpHelp', { deadline: formatDateTime(due, lang) }) : t('case.pickUpHelpNoDeadline')}</p>
<button type="submit" class="${buttonClass()}">${t('case.pickUp')}</button></form>`;
  }
  if (!input.canManage) return html`<p class="hint">${t('case.readOnly')}</p>`;
  if (c.status === 'closed') return html`<p class="hint">${t('case.nothingToDo')}</p>`;
  if (c.status === 'referred') return '';
  const last = input.messages.at(-1);
  const reply = last?.direction === 'from_youth';
  return html`<div class="next-action card"><h3>${t('case.nextAction')}</h3>${reply ? html`<p>${t('case.replyNewHelp')}</p>` : ''}
<a class="${buttonLinkClass()}" href="#message">${reply ? t('case.replyNew') : t('case.writeTo', { reference: caseLabel(c) })}</a></div>`;
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
