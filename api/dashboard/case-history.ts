import { caseSteps } from '../../cases/case/case-repository';
import type { CaseDetail } from '../../cases/case/read-cases';
import { isCaseEventType } from '../../cases/case/case-event-types';
import { html, type SafeHtml } from './html';
import { formatDateTime, sectionsFor, type PageContext } from './layout';

type CaseEvent = CaseDetail['events'][number];

/** The seven steps with the current one marked, and when the case moved between them. */
export function caseTimeline(ctx: PageContext, c: CaseDetail): SafeHtml {
  const { t, lang } = ctx;
  const stepEvents = c.events.filter((e) => e.type === 'step.changed' || e.type === 'case.opened' || e.type === 'case.closed' || e.type === 'case.reopened');
  return html`<section aria-labelledby="s-steps"><h2 id="s-steps">${t('case.timeline')}</h2>
<ol class="steps">${caseSteps.map((s) => {
    const current = s === c.step;
    const combined = c.combinedSteps.includes(s);
    return html`<li class="${current ? 'step step-current' : combined ? 'step step-combined' : 'step'}"${current ? html` aria-current="step"` : ''}>${t(`steps.${s}`)}${current ? html` <span class="tag tag-ok">${t('case.current')}</span>` : ''}</li>`;
  })}</ol>
<ol class="timeline">${stepEvents.map((e) => html`<li><time datetime="${e.at.toISOString()}">${formatDateTime(e.at, lang)}</time> — ${describeEvent(ctx, e)}</li>`)}</ol>
</section>`;
}

/** The whole history, newest first, as a list that wraps on a phone: nothing is cut off. */
export function caseHistory(ctx: PageContext, c: CaseDetail): SafeHtml {
  const { t, lang } = ctx;
  return html`<section aria-labelledby="s-history"><h2 id="s-history">${t('case.history')}</h2>
<ol class="history">${[...c.events].reverse().map(
    (e) => html`<li><time datetime="${e.at.toISOString()}">${formatDateTime(e.at, lang)}</time> <span class="history-event">${describeEvent(ctx, e)}</span> <span class="history-by">${t('case.by')}: ${actorName(ctx, e)}</span></li>`,
  )}</ol>
${ctx.account && sectionsFor(ctx.account).includes('audit') ? html`<p><a href="/dashboard/audit?caseId=${c.id}">${t('case.whoRead')}</a></p>` : ''}
</section>`;
}

/** An event in words: its kind, and for some kinds what changed. */
export function describeEvent(ctx: PageContext, e: CaseEvent): string {
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
  if (e.type === 'trusted_person.named') return t(data.mayContact === true ? 'case.trustedNamedMayContact' : 'case.trustedNamed');
  const label = eventLabel(ctx, e.type);
  if (e.type === 'contact.logged' && typeof data.note === 'string') return `${label} — ${data.note}`;
  if (e.type === 'handover.settled' && data.reason === 'first_contact') return `${label}: ${t('firstContact.settled')}`;
  if (e.type === 'case.closed' && typeof data.outcome === 'string') {
    return `${label}: ${t(`outcomes.${data.outcome}`)}${typeof data.note === 'string' ? ` — ${data.note}` : ''}`;
  }
  return label;
}

/** The words for a kind of event; a kind from before the catalogue existed is "another event". */
export function eventLabel(ctx: PageContext, type: string): string {
  return isCaseEventType(type) ? ctx.t(`eventTypes.${type}`) : ctx.t('eventTypes.unknown');
}

function actorName(ctx: PageContext, e: CaseEvent): string {
  const { t } = ctx;
  if (e.actorName) return e.actorName;
  if (e.actor === 'system' || e.actor === 'admin' || e.actor === 'youth') return t(`actors.${e.actor}`);
  return e.actor.startsWith('staff:') ? t('actors.staff') : t('actors.unknown');
}
