import type { i18n } from 'i18next';
import { formatInAmsterdam } from '../../cases/calendar/amsterdam-time';
import type { YoungPersonData } from '../../cases/privacy/collect-young-person-data';
import { isLanguage, isRtl, translationChain } from '../../locales';
import { inzageSections, type InzageSection } from './inzage-sections';
import { renderInzagePdf } from './inzage-pdf';

export interface InzageDocument {
  lang: string;
  title: string;
  intro: string;
  /** "Gemaakt op …". */
  made: string;
  sections: InzageSection[];
}

/** The inzage in the young person's own language (what they chose in the chat), for the page and the PDF. */
export function inzageDocument(input: { data: YoungPersonData; i18n: i18n; publicBaseUrl: string; now: Date }): InzageDocument {
  const { data, now } = input;
  const lang = isLanguage(data.conversation.language) ? data.conversation.language : 'nl';
  const t = input.i18n.getFixedT(translationChain({ lang }), 'privacy');
  return {
    lang,
    title: t('page.title'),
    intro: t('page.intro'),
    made: t('page.made', { date: formatInAmsterdam({ date: now, locale: lang, style: 'dateTime' }) }),
    sections: inzageSections(data, { t, locale: lang, now, privacyUrl: `${input.publicBaseUrl}/privacy?lang=${lang}` }),
  };
}

/** The same as a PDF. */
export function inzagePdf(document: InzageDocument, font: string | undefined): Promise<Buffer> {
  return renderInzagePdf({ title: document.title, intro: document.intro, made: document.made, sections: document.sections, rtl: isRtl(document.lang), font });
}
