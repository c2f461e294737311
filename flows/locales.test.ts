import { describe, expect, it } from 'vitest';
import { loadResources } from '../locales/index';

const NAMESPACE = 'bot';

/** Every string of a resource tree by its dotted key. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const strings = new Map<string, string>();
  if (typeof tree === 'string') return strings.set(prefix, tree);
  if (typeof tree !== 'object' || tree === null) return strings;
  for (const [key, value] of Object.entries(tree)) {
    for (const entry of flatten(value, prefix ? `${prefix}.${key}` : key)) strings.set(...entry);
  }
  return strings;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const resources = loadResources();
const languages = Object.keys(resources);
const strings = new Map(languages.map((lang) => [lang, flatten(resources[lang]?.[NAMESPACE])]));
const allKeys = [...new Set([...strings.values()].flatMap((entries) => [...entries.keys()]))].sort();

describe(`locales, namespace ${NAMESPACE}`, () => {
  it('exists in Dutch and English', () => {
    expect(strings.get('nl')?.size).toBeGreaterThan(0);
    expect(strings.get('en')?.size).toBeGreaterThan(0);
  });

  it.each(languages)('%s has every key, none empty', (lang) => {
    const own = strings.get(lang) ?? new Map<string, string>();
    expect(allKeys.filter((key) => !own.has(key))).toEqual([]);
    expect([...own].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it.each(languages)('%s uses the same {{placeholders}} as Dutch', (lang) => {
    const dutch = strings.get('nl') ?? new Map<string, string>();
    const own = strings.get(lang) ?? new Map<string, string>();
    const mismatches = allKeys.filter(
      (key) => JSON.stringify(placeholders(own.get(key) ?? '')) !== JSON.stringify(placeholders(dutch.get(key) ?? '')),
    );
    expect(mismatches).toEqual([]);
  });

  it('keeps every message within the WhatsApp body limit of 1,600 characters (DESIGN.md rule 6)', () => {
    for (const entries of strings.values()) {
      expect([...entries].filter(([, text]) => text.length > 1600).map(([key]) => key)).toEqual([]);
    }
  });
});
