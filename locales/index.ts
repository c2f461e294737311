import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';

/** Languages a young person can choose; the first is the default. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

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

/** One i18next instance for the process, with all resources loaded synchronously. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: loadResources(),
    lng: 'nl',
    fallbackLng: 'nl',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function isLanguage(value: string | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? '');
}

export type { TFunction };
