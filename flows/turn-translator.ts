import type { i18n } from 'i18next';
import { isLanguage, type Language } from '../locales/index';
import type { Translate } from './ask-dialog';

const NAMESPACES = ['bot', 'commands', 'zelfscan', 'keuzehulp', 'appointment', 'followup'];

/** "en-US" → "en"; anything we do not speak → undefined. */
export function primaryLanguage(locale: string | undefined): Language | undefined {
  const primary = locale?.split('-')[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The translate function of a language, made once per i18n instance. A text without parameters is
 * looked up once and then remembered: the locale files do not change while the process runs, and a
 * turn translates every choice of its question (titles and aliases).
 */
const translatorsByI18n = new WeakMap<i18n, Map<Language, Translate>>();

export function translator(i18next: i18n, locale: Language): Translate {
  let translators = translatorsByI18n.get(i18next);
  if (!translators) translatorsByI18n.set(i18next, (translators = new Map()));
  const known = translators.get(locale);
  if (known) return known;
  const t = i18next.getFixedT(locale, NAMESPACES) as Translate;
  const texts = new Map<string, string>();
  const translate: Translate = (key, options) => {
    if (options !== undefined) return t(key, options);
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = t(key)));
    return text;
  };
  translators.set(locale, translate);
  return translate;
}
