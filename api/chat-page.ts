import type { i18n } from 'i18next';
import { isRtl, languages } from '../locales';
import { lookAndFeel, themedStylesheets, themeLogoPath } from './look-and-feel/look-and-feel';

/** Keys of locales/<lang>/web.json the page script needs at run time. */
const scriptTextKeys = [
  'botName',
  'you',
  'choicesLabel',
  'placeholder',
  'placeholderNumber',
  'placeholderDate',
  'placeholderChoice',
  'startWord',
  'sendFailed',
  'retry',
  'newChatConfirm',
] as const;

export interface ChatPageInput {
  i18n: i18n;
  lang: string;
  /** Entry-point code from a QR code or link (`?start=`); the first message carries it. */
  startCode?: string;
  /** Content hash of the script and stylesheet (see page-assets.ts). */
  assetVersion: string;
  /** The entry point's municipality, whose colours and logo the page wears; unknown: the region's. */
  municipality?: string | undefined;
}

/** The web chat page: mobile first, all text from locales/<lang>/web.json, no inline script. */
export function renderChatPage({ i18n, lang, startCode, assetVersion, municipality }: ChatPageInput): string {
  const { theme, hrefs } = themedStylesheets({ municipality });
  const t = i18n.getFixedT(lang, 'web');
  const text = (key: string) => escapeHtml(t(key));
  const config = {
    lang,
    startCode: startCode ?? null,
    texts: Object.fromEntries(scriptTextKeys.map((key) => [key, t(key)])),
  };
  const query = (l: string) => `?${new URLSearchParams({ lang: l, ...(startCode ? { start: startCode } : {}) })}`;
  // Six languages do not fit as links in the bar of a 320px phone: a disclosure menu (no script needed)
  // under a globe that reads as "language" whatever language the page is in. Each name is written in
  // its own language and direction.
  const languageLinks = languages
    .filter((l) => l !== lang)
    .map((l) => {
      const name = escapeHtml(i18n.getFixedT(l, 'web')('languageName'));
      const dir = isRtl(l) ? 'rtl' : 'ltr';
      return `<li><a class="language-link" href="${escapeHtml(query(l))}" hreflang="${l}" lang="${l}" dir="${dir}">${name}</a></li>`;
    })
    .join('');

  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="${theme.primary}">
<title>${text('title')}</title>
${hrefs.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">\n`).join('')}<link rel="stylesheet" href="/chat/app.css?v=${assetVersion}">
<script type="application/json" id="chat-config">${jsonForHtml(config)}</script>
<script src="/chat/app.js?v=${assetVersion}" defer></script>
</head>
<body class="utrecht-theme utrecht-body">
<header class="bar">
  <div class="bar-brand"><img class="bar-logo" src="${themeLogoPath(theme)}?v=${lookAndFeel().version}" alt="${escapeHtml(theme.name)}" height="32"><span class="bar-text"><span class="bar-name">${text('brand')}</span><span class="bar-region">${text('region')}</span></span></div>
  <nav class="bar-actions" aria-label="${text('languageLabel')}">
    <details class="languages">
      <summary class="bar-link"><svg class="globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.4 8.1 12s1.3 6.8 3.9 9.5"/></svg><span class="visually-hidden">${text('languageLabel')}: </span>${text('languageName')}</summary>
      <ul class="language-list">${languageLinks}</ul>
    </details>
    <button type="button" id="new-chat" class="bar-link" hidden>${text('newChat')}</button>
  </nav>
</header>
<main id="scroller" class="scroller">
  <h1 class="visually-hidden">${text('title')}</h1>
  <noscript><p class="utrecht-alert utrecht-alert--warning notice">${text('noScript')}</p></noscript>
  <section id="welcome" class="welcome" hidden aria-labelledby="welcome-title">
    <h2 id="welcome-title" class="utrecht-heading-2">${text('welcomeTitle')}</h2>
    <p class="utrecht-paragraph">${text('welcomeText')}</p>
    <button type="button" id="start" class="utrecht-button utrecht-button--primary-action button button-primary">${text('start')}</button>
    <p class="utrecht-paragraph welcome-small">${text('welcomePrivacy')} <a href="/privacy?lang=${escapeHtml(lang)}">${text('privacyLink')}</a></p>
  </section>
  <ol id="log" class="log" role="log" aria-live="polite" aria-label="${text('logLabel')}"></ol>
  <p id="typing" class="typing" hidden><span class="dots" aria-hidden="true"><span></span><span></span><span></span></span> ${text('typing')}</p>
</main>
<p id="status" class="utrecht-alert utrecht-alert--info notice status" role="status" hidden>${text('reconnecting')}</p>
<form id="composer" class="composer" autocomplete="off">
  <label for="input" class="visually-hidden">${text('inputLabel')}</label>
  <input id="input" class="utrecht-textbox utrecht-textbox--html-input" name="text" type="text" dir="auto" maxlength="2000" enterkeyhint="send" placeholder="${text('placeholder')}">
  <button type="submit" class="utrecht-button utrecht-button--primary-action button button-primary">${text('send')}</button>
</form>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside a <script> block: `<` escaped so no text can close the block or open a comment. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
