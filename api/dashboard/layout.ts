import type { TFunction } from 'i18next';
import { formatInAmsterdam } from '../../cases/calendar/amsterdam-time';
import type { StaffAccount } from '../../cases/staff/staff-accounts';
import { lookAndFeel, themedStylesheets, themeLogoPath } from '../look-and-feel/look-and-feel';
import { alert, buttonClass } from './components';
import { html, type SafeHtml } from './html';

export type DashboardLang = 'nl' | 'en';
export type Section = 'inbox' | 'cases' | 'agenda' | 'casusoverleg' | 'indicators' | 'directory' | 'accounts' | 'audit' | 'entry-points' | 'school-import' | 'coaches' | 'feedback';

export interface PageContext {
  t: TFunction;
  lang: DashboardLang;
  /** The current path with its query, for the language switch. */
  path: string;
  account?: StaffAccount | undefined;
  csrfToken?: string | undefined;
  assetVersion: string;
  /** A notice after a redirect (PRG), already translated. */
  notice?: { kind: 'ok' | 'error'; text: string } | undefined;
}

/**
 * Sections a role may open: an analyst sees indicators only; every coach the entry points, the school
 * import and the young people's ratings of their municipality; an admin and a team lead also the
 * coaches, teams and accounts they manage and the audit log of their scope.
 */
export function sectionsFor(account: StaffAccount): Section[] {
  if (account.role === 'analyst') return ['indicators'];
  const sections: Section[] = ['inbox', 'cases', 'agenda', 'casusoverleg', 'indicators', 'entry-points', 'school-import', 'feedback'];
  if (account.role === 'admin') return [...sections, 'directory', 'coaches', 'accounts', 'audit'];
  return account.role === 'team_lead' ? [...sections, 'coaches', 'accounts', 'audit'] : sections;
}

/** A hidden field with the session's synchronizer token; every POST form carries it. */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">`;
}

/** The page around a section: skip link, header with menu and language switch, one h1, main. */
export function layout(ctx: PageContext, input: { title: string; section?: Section; body: SafeHtml; refreshTo?: string }): string {
  const { t, account } = ctx;
  const other = t('languageHref');
  const switchUrl = withLang(ctx.path, other);
  const nav = account
    ? html`<nav class="nav utrecht-nav-bar" aria-label="${t('nav.label')}"><ul class="utrecht-nav-bar__list">${sectionsFor(account).map(
        (s) =>
          html`<li class="utrecht-nav-bar__item"><a class="utrecht-nav-bar__link" href="/dashboard/${s}"${s === input.section ? html` aria-current="page"` : ''}>${t(`nav.${s}`)}</a></li>`,
      )}</ul></nav>`
    : '';
  const language = html`<a class="language utrecht-link" href="${switchUrl}" hreflang="${other}" lang="${other}">${t('language')}</a>`;
  // On a phone the header keeps one row: who is signed in, the second factor, the language and signing
  // out fold into a menu (a disclosure: works without script and with the keyboard).
  const menu = account
    ? html`<details class="menu">
      <summary class="menu-button">${t('lookAndFeel.menu')}</summary>
      <div class="menu-panel">
        <p class="menu-user">${t('signedInAs', { name: account.name })} (${t(`roles.${account.role}`)})</p>
        <a class="utrecht-link" href="/dashboard/account/second-factor">${t('secondFactor.link')}</a>
        ${language}
        <form method="post" action="/dashboard/sign-out">${csrfField(ctx)}<button type="submit" class="${buttonClass('secondary')}">${t('signOut')}</button></form>
      </div>
    </details>`
    : language;
  const notice = ctx.notice ? alert(ctx.notice.kind, ctx.notice.text) : '';
  const { theme, hrefs } = themedStylesheets({ municipality: account?.municipality, elements: true });
  return `<!doctype html>${html`
<html lang="${ctx.lang}" class="utrecht-theme utrecht-html">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
${input.refreshTo ? html`<meta http-equiv="refresh" content="0; url=${input.refreshTo}">` : ''}
<title>${input.title} · ${t('brand')}</title>
${hrefs.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}<link rel="stylesheet" href="/dashboard/assets/dashboard.css?v=${ctx.assetVersion}">
<script src="/dashboard/assets/dashboard.js?v=${ctx.assetVersion}" defer></script>
</head>
<body class="utrecht-body">
<a class="skip-link utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">${t('skip')}</a>
<header class="top utrecht-page-header">
  <div class="top-row">
    <a class="brand" href="/dashboard"><img class="brand-logo" src="${themeLogoPath(theme)}?v=${lookAndFeel().version}" alt="${t('lookAndFeel.logoHome', { name: theme.name })}" height="32"><span class="brand-text"><span class="brand-name">${t('brand')}</span> <span class="brand-product">${t('product')}</span></span></a>
    ${menu}
  </div>
  ${nav}
</header>
<main id="main" class="utrecht-page-content" tabindex="-1">
<h1 class="utrecht-heading-1">${input.title}</h1>
${notice}
${input.body}
</main>
</body>
</html>
`}`;
}

/** The path with `lang` set (other query values kept). */
export function withLang(path: string, lang: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  url.searchParams.delete('notice');
  url.searchParams.delete('error');
  return `${url.pathname}?${url.searchParams.toString()}`;
}

export const LOCALES: Record<DashboardLang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Date and time in Amsterdam, in the page's language. */
export function formatDateTime(date: Date, lang: DashboardLang): string {
  return formatInAmsterdam({ date, locale: LOCALES[lang], style: 'dateTime' });
}

/** The date in Amsterdam, in the page's language. */
export function formatDate(date: Date, lang: DashboardLang): string {
  return formatInAmsterdam({ date, locale: LOCALES[lang], style: 'date' });
}

/** A waiting time as minutes, hours or days. */
export function formatDuration(ms: number, t: TFunction): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return t('duration.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('duration.hours', { count: hours });
  return t('duration.days', { count: Math.round(hours / 24) });
}
