import type { CaseChannel } from '../../cases/case/case-channel';
import type { ThreadEntry } from '../../cases/case/case-messages';
import type { CaseDetail } from '../../cases/case/read-cases';
import type { DeliveryMark } from '../../messages/delivery-mark';
import { isLanguage } from '../../locales/index';
import { reachYoungPerson } from '../../messages/reach-young-person';
import { whatsAppWindow } from '../../messages/whatsapp-window';
import { html, type SafeHtml } from './html';
import { csrfField, formatDateTime, type PageContext } from './layout';

export interface CaseThreadInput {
  detail: CaseDetail;
  messages: ThreadEntry[];
  channel: CaseChannel | undefined;
  canManage: boolean;
  now: Date;
}

/** A symbol per mark, always with its words beside it: the symbol is decoration, the words say it. */
const markSymbols: Record<DeliveryMark, string> = {
  waiting: '⏸',
  sending: '…',
  sent: '✓',
  delivered: '✓✓',
  read: '✓✓',
  failed: '!',
  not_sent: '–',
};

/** The thread with the young person, oldest first so the newest sits right above the write form. */
export function caseThread(ctx: PageContext, input: CaseThreadInput): SafeHtml {
  const { t, lang } = ctx;
  const c = input.detail;
  const windowText = (() => {
    const ch = input.channel;
    if (!ch) return '';
    // What the coach's message will do, by the rule that sends it (messages/reach-young-person.ts).
    if (reachYoungPerson({ ...ch, now: input.now }) === 'nothing') return t('case.optedOut');
    if (ch.channel === 'web') return t('case.webChat');
    const window = whatsAppWindow({ lastInboundAt: ch.lastInboundAt, now: input.now });
    return window.open ? t('case.windowOpen', { until: formatDateTime(window.closesAt, lang) }) : t('case.windowClosed');
  })();
  const languageText = languageHint(ctx, input.channel);
  return html`<section aria-labelledby="s-messages"><h2 id="s-messages">${t('case.messages')}</h2>
${input.messages.length
    ? html`<ol class="thread">${input.messages.map(
        (m) => html`<li class="msg msg-${m.direction}"><p class="msg-meta">${m.direction === 'from_youth' ? t('case.fromYouth') : t('case.toYouth')}, <time datetime="${m.createdAt.toISOString()}">${formatDateTime(m.createdAt, lang)}</time>${m.delivery ? html` · ${deliveryMark(ctx, m.delivery)}` : ''}</p><p class="msg-text pre">${m.text}</p></li>`,
      )}</ol>`
    : html`<p>${t('case.noMessages')}</p>`}
${input.canManage && c.status !== 'referred' && !c.erased
    ? html`<form method="post" action="/dashboard/cases/${c.id}/messages" class="stack">
${csrfField(ctx)}
<h3 id="write-title">${t('case.write')}</h3>
<p class="hint" id="window-hint">${windowText}</p>
${languageText ? html`<p class="hint" id="language-hint">${languageText}</p>` : ''}
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="message">${t('case.message')}</label><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="message" name="text" rows="4" maxlength="1500" required aria-describedby="${languageText ? 'window-hint language-hint' : 'window-hint'}"></textarea></div>
<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('case.send')}</button></form>`
    : ''}
${input.canManage && c.status === 'open' && !c.erased
    ? html`<form method="post" action="/dashboard/cases/${c.id}/contacts" class="stack">
${csrfField(ctx)}<input type="hidden" name="kind" value="call">
<h3>${t('firstContact.title')}</h3>
<p class="hint" id="call-hint">${t('firstContact.help')}</p>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="call-note">${t('firstContact.note')}</label><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="call-note" name="note" rows="2" maxlength="1000" aria-describedby="call-hint"></textarea></div>
<button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('firstContact.submit')}</button></form>`
    : ''}
</section>`;
}

/**
 * The young person reads another language than Dutch: the coach writes short and simple, and knows
 * that an invitation outside the window goes in that language (messages/content-templates.ts).
 */
function languageHint(ctx: PageContext, channel: CaseChannel | undefined): string {
  if (!channel || !isLanguage(channel.locale) || channel.locale === 'nl') return '';
  const language = ctx.t(`coach:language.${channel.locale}`);
  return ctx.t(channel.channel === 'whatsapp' ? 'case.language' : 'case.languageWeb', { language });
}

function deliveryMark(ctx: PageContext, mark: DeliveryMark): SafeHtml {
  return html`<span class="mark mark-${mark}"><span aria-hidden="true">${markSymbols[mark]}</span> <span class="visually-hidden">${ctx.t('case.delivery')}: </span>${ctx.t(`deliveryMarks.${mark}`)}</span>`;
}
