import type { i18n } from 'i18next';
import { defaultRetentionConfig, type RetentionConfig } from '../config';
import { isRtl, languages, translationChain, type Language } from '../locales';
import { html } from './dashboard/html';
import type { PageAssets } from './page-assets';
import { publicPage } from './public-page';

/** The parts of the statement, in order (locales/<lang>/privacy.json, `statement.<part>Title` and `statement.<part>`). */
const parts = ['what', 'why', 'who', 'whatsapp', 'howLong', 'rights', 'questions'] as const;

/** The privacy statement for young people (`/privacy`): short, B1, in their language, no script. */
export function renderPrivacyPage(input: { i18n: i18n; lang: Language; assets: PageAssets; publicBaseUrl: string; retention?: RetentionConfig }): string {
  const { lang } = input;
  const t = input.i18n.getFixedT(translationChain({ lang }), 'privacy');
  const chatUrl = `${input.publicBaseUrl}/chat?lang=${lang}`;
  // The periods the retention job applies (config/retention.ts), so the statement never promises another.
  const { noCaseDays, afterCloseDays, closedCaseMonths } = input.retention ?? defaultRetentionConfig;
  const otherLanguages = languages
    .filter((l) => l !== lang)
    .map((l) => html`<li><a href="/privacy?lang=${l}" hreflang="${l}" lang="${l}" dir="${isRtl(l) ? 'rtl' : 'ltr'}">${input.i18n.getFixedT(l, 'web')('languageName')}</a></li>`);
  const body = html`<section><p>${t('statement.intro')}</p></section>
${parts.map(
  (part) => html`<section aria-labelledby="${part}-title"><h2 id="${part}-title">${t(`statement.${part}Title`)}</h2><p>${t(`statement.${part}`, { chatUrl, noCaseDays, afterCloseDays, closedCaseMonths })}</p></section>`,
)}
<section><p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button" href="/chat?lang=${lang}">${t('statement.back')}</a></p>
<nav aria-label="${input.i18n.getFixedT(lang, 'web')('languageLabel')}"><ul>${otherLanguages}</ul></nav></section>`;
  return publicPage({ lang, title: t('statement.title'), brand: `${t('web:brand')} · ${t('web:region')}`, body, assets: input.assets, indexable: true });
}
