import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';

/** Languages a young person can choose; the first is the default. */
export const languages = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const;
export type Language = (typeof languages)[number];

/**
 * Languages with every text a young person reads (all but the staff namespaces coach, dashboard
 * and email): all of them. A young person is never asked what untranslated text should come in.
 */
export const completeLanguages = languages;
export type CompleteLanguage = Language;

/** Languages written right to left: the web chat page and its bubbles turn around for them. */
const rtlLanguages: readonly Language[] = ['ar'];

const root = path.dirname(fileURLToPath(import.meta.url));

/** Reads every `locales/<lang>/<namespace>.json` file. */
export function loadResources(): Resource {
  const resources: Resource = {};
  for (const lang of readdirSync(root, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    const namespaces: ResourceLanguage = {};
    for (const file of readdirSync(path.join(root, lang.name))) {
      if (file.endsWith('.json')) {
        namespaces[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(root, lang.name, file), 'utf8'));
      }
    }
    resources[lang.name] = namespaces;
  }
  return resources;
}

/**
 * One i18next instance for the process, with all resources loaded synchronously.
 * There is deliberately no fallback language: every language has every text a young person reads
 * (flows/locales.test.ts), and a key missing anyway shows up as the bare key in tests instead of
 * being hidden behind Dutch.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: loadResources(),
    lng: 'nl',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Plural texts carry i18next's suffixes (`week_one`, `week_other`, and `_few`, `_many`, `_zero`,
    // `_two` where a language has them), chosen per language by Intl.PluralRules; v4 is the only
    // format i18next 26 reads, named here so a reader knows which suffixes to write.
    compatibilityJSON: 'v4',
  });
  return instance;
}

export function isLanguage(value: string | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? '');
}

export function isCompleteLanguage(value: string | undefined): value is CompleteLanguage {
  return (completeLanguages as readonly string[]).includes(value ?? '');
}

/** Whether a language is written right to left (Arabic). */
export function isRtl(lang: string): boolean {
  return (rtlLanguages as readonly string[]).includes(lang);
}

/**
 * The languages to look a text up in, for `i18n.getFixedT(chain, namespace)`: the chosen language
 * alone, now that every language is complete.
 */
export function translationChain(input: { lang: Language }): Language[] {
  return [input.lang];
}

export type { TFunction };
