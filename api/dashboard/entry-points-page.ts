import type { EntryPointWithCounts } from '../../cases/in-beeld/entry-points';
import { entryPointKinds, type Municipality } from '../../drizzle/schema';
import { html } from './html';
import { csrfField, formatDate, layout, type PageContext } from './layout';
import { buttonClass } from './components';

export interface EntryPointCard extends EntryPointWithCounts {
  /** What the QR code opens (WhatsApp with the start text, or the web chat), to copy into a message or site. */
  chatLink: string;
}

/**
 * Entry points (QR codes) of the reader's municipality, one card each: where it hangs, how many
 * conversations started there, the QR code and poster to download and the chat link to copy. A form
 * above adds one.
 */
export function renderEntryPointsPage(ctx: PageContext, input: { entryPoints: EntryPointCard[]; municipalities: readonly Municipality[] }): string {
  const { t } = ctx;
  const option = (value: string, label: string) => html`<option value="${value}">${label}</option>`;
  const form = html`<form method="post" action="/dashboard/entry-points" class="card stack narrow-form">${csrfField(ctx)}
<h2>${t('entryPoints.add')}</h2>
<div class="field"><label for="ep-label">${t('entryPoints.label')}</label><input id="ep-label" name="label" type="text" required maxlength="120" autocomplete="off"><p class="hint" id="ep-label-hint">${t('entryPoints.labelHint')}</p></div>
<div class="field"><label for="ep-kind">${t('entryPoints.kind')}</label><select id="ep-kind" name="kind">${entryPointKinds.map((k) => option(k, t(`entryPointKinds.${k}`)))}</select></div>
<div class="field"><label for="ep-municipality">${t('entryPoints.municipality')}</label><select id="ep-municipality" name="municipality">${input.municipalities.map((m) => option(m, t(`municipalities.${m}`)))}</select></div>
<button type="submit" class="${buttonClass()}">${t('entryPoints.create')}</button></form>`;
  const card = (e: EntryPointCard) => {
    const linkId = `link-${e.code}`;
    return html`<li class="card"><h3 id="${linkId}-name">${e.label}</h3>
<dl class="facts">
<div><dt>${t('entryPoints.code')}</dt><dd><code>${e.code}</code></dd></div>
<div><dt>${t('entryPoints.kind')}</dt><dd>${t(`entryPointKinds.${e.kind}`)}</dd></div>
<div><dt>${t('entryPoints.municipality')}</dt><dd>${t(`municipalities.${e.municipality}`)}</dd></div>
<div><dt>${t('entryPoints.conversations')}</dt><dd>${e.conversations}</dd></div>
<div><dt>${t('entryPoints.since')}</dt><dd>${formatDate(e.createdAt, ctx.lang)}</dd></div>
<div><dt>${t('entryPoints.status')}</dt><dd>${e.active ? html`<span class="tag tag-ok">${t('entryPoints.active')}</span>` : html`<span class="tag tag-late">${t('entryPoints.inactive')}</span>`}</dd></div>
</dl>
${e.active
    ? html`<ul class="downloads">
<li><a href="/qr/${e.code}/poster.pdf" download="poster-${e.code}.pdf">${t('entryPoints.poster')}</a></li>
<li><a href="/qr/${e.code}.png" download="qr-${e.code}.png">${t('entryPoints.qrPng')}</a></li>
<li><a href="/qr/${e.code}.svg" download="qr-${e.code}.svg">${t('entryPoints.qrSvg')}</a></li>
</ul>
<div class="field"><label for="${linkId}">${t('entryPoints.chatLink')}</label><input id="${linkId}" type="url" value="${e.chatLink}" readonly></div>`
    : html`<p class="hint">${t('entryPoints.inactiveHint')}</p>`}
<details><summary>${t('entryPoints.edit')}</summary>
<form method="post" action="/dashboard/entry-points/${e.code}" class="stack">${csrfField(ctx)}
<div class="field"><label for="${linkId}-label">${t('entryPoints.label')}</label><input id="${linkId}-label" name="label" type="text" value="${e.label}" required maxlength="120"></div>
<div class="field"><label for="${linkId}-kind">${t('entryPoints.kind')}</label><select id="${linkId}-kind" name="kind">${entryPointKinds.map(
      (k) => html`<option value="${k}"${k === e.kind ? html` selected` : ''}>${t(`entryPointKinds.${k}`)}</option>`,
    )}</select></div>
<button type="submit" class="${buttonClass()}">${t('entryPoints.save')}</button></form></details>
<form method="post" action="/dashboard/entry-points/${e.code}/active" class="row">${csrfField(ctx)}<input type="hidden" name="active" value="${e.active ? 'false' : 'true'}">
<button type="submit" class="${buttonClass('secondary')}" aria-describedby="${linkId}-name">${e.active ? t('entryPoints.switchOff') : t('entryPoints.switchOn')}</button></form>
</li>`;
  };
  const list = input.entryPoints.length
    ? html`<h2>${t('entryPoints.listTitle', { count: input.entryPoints.length })}</h2><ul class="cards plain-list">${input.entryPoints.map(card)}</ul>`
    : html`<p>${t('entryPoints.empty')}</p>`;
  const body = html`<p>${t('entryPoints.intro')}</p>${form}${list}`;
  return layout(ctx, { title: t('entryPoints.title'), section: 'entry-points', body });
}
