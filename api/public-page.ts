import { isRtl, type Language } from '../locales';
import { primaryLanguage } from '../flows/turn-translator';
import { html, type SafeHtml } from './dashboard/html';
import { lookAndFeel, themedStylesheets, themeLogoPath } from './look-and-feel/look-and-feel';
import { loadPageAssets, servePageAssets, type PageAssets } from './page-assets';
import type { FastifyInstance } from 'fastify';

/** The stylesheet of the pages a young person reads outside the chat. */
export const PUBLIC_PAGE_STYLE = '/assets/public-page.css';

/** Reads it once and serves it (registered by the routes that use it, once per app). */
export function servePublicPageStyle(app: FastifyInstance): PageAssets {
  const assets = loadPageAssets({ style: new URL('./public-page-assets/public-page.css', import.meta.url) });
  servePageAssets(app, assets, { style: PUBLIC_PAGE_STYLE });
  return assets;
}

/**
 * The frame of such a page: in the reader's language and direction, readable on a phone, no script,
 * and kept out of search engines (`noindex`; the inzage routes also send X-Robots-Tag) unless it is
 * public for everyone (the privacy statement).
 */
export function publicPage(input: { lang: string; title: string; brand: string; body: SafeHtml; assets: PageAssets; indexable?: boolean }): string {
  const { lang, title, brand, body, assets } = input;
  // A young person's own pages wear the region's theme: their municipality is not asked before the link.
  const { theme, hrefs } = themedStylesheets({ municipality: undefined, elements: true });
  return `<!doctype html>\n${html`<html lang="${lang}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${input.indexable ? '' : html`<meta name="robots" content="noindex, nofollow">\n`}<meta name="color-scheme" content="light">
<title>${title}</title>
${hrefs.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}<link rel="stylesheet" href="${PUBLIC_PAGE_STYLE}?v=${assets.version}">
</head>
<body class="utrecht-theme utrecht-html utrecht-body">
<header class="bar utrecht-page-header"><img class="bar-logo" src="${themeLogoPath(theme)}?v=${lookAndFeel().version}" alt="${theme.name}" height="32"><span>${brand}</span></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value}`;
}

/** The first language of an Accept-Language header that we speak ("tr-TR,tr;q=0.9,en;q=0.8" → tr), else Dutch. */
export function browserLanguage(acceptLanguage: string | undefined): Language {
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const lang = primaryLanguage(entry.split(';')[0]?.trim());
    if (lang) return lang;
  }
  return 'nl';
}
