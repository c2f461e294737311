import type { TFunction } from 'i18next';
import { html, SafeHtml } from '../dashboard/html';
import type { PageAssets } from '../page-assets';
import { publicPage } from '../public-page';
import type { InzageSection } from './inzage-sections';

interface PageText {
  /** The `privacy` namespace in the page's language. */
  t: TFunction;
  lang: string;
  assets: PageAssets;
}

const brand = (t: TFunction) => `${t('web:brand')} · ${t('web:region')}`;

/** Everything held, section by section, with the PDF download on top. */
export function renderInzagePage(input: PageText & { sections: InzageSection[]; /** "Gemaakt op …" */ made: string; pdfHref: string }): string {
  const { t, sections } = input;
  const body = html`<p>${t('page.intro')}</p>
<p>${input.made}</p>
<p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button" href="${input.pdfHref}" download>${t('page.download')}</a></p>
${sections.map(renderSection)}`;
  return publicPage({ lang: input.lang, title: t('page.title'), brand: brand(t), body, assets: input.assets });
}

function renderSection(section: InzageSection): SafeHtml {
  return html`<section id="${section.id}" aria-labelledby="${section.id}-title">
<h2 id="${section.id}-title">${section.title}</h2>
${section.rows.length ? html`<dl>${section.rows.map((row) => html`<div><dt>${row.label}</dt><dd dir="auto">${row.value}</dd></div>`)}</dl>` : ''}
${section.entries.length ? html`<ol class="entries">${section.entries.map((e) => html`<li><span class="meta">${e.meta}</span><span class="text" dir="auto">${e.text}</span></li>`)}</ol>` : ''}
${section.notes.map((note) => html`<p>${linkified(note)}</p>`)}
</section>`;
}

/** A note may end in a link of ours ("Lees meer: https://…/privacy"): that part becomes a link. */
function linkified(text: string): SafeHtml {
  const parts = text.split(/(https?:\/\/\S+)/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<a href="${part}">${part}</a>` : part))}`;
}

/**
 * In front of the first use: a button that uses the link. A link preview or a virus scanner that
 * fetches the link (WhatsApp and mail apps do) must not use it up before the young person sees it.
 */
export function renderInzageOpenPage(input: PageText & { action: string; minutes: number }): string {
  const { t } = input;
  const body = html`<section>
<p>${t('page.openText', { minutes: input.minutes })}</p>
<form method="post" action="${input.action}"><button type="submit" class="utrecht-button utrecht-button--primary-action button">${t('page.openButton')}</button></form>
</section>`;
  return publicPage({ lang: input.lang, title: t('page.openTitle'), brand: brand(t), body, assets: input.assets });
}

/** A used or expired link, or a page whose time is up: what to do instead, and nothing else. */
export function renderInzageGonePage(input: PageText & { reason: 'usedText' | 'sessionEnded' }): string {
  const { t } = input;
  const body = html`<section><p>${t(`page.${input.reason}`)}</p></section>`;
  return publicPage({ lang: input.lang, title: t('page.goneTitle'), brand: brand(t), body, assets: input.assets });
}
