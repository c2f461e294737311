import { describe, expect, it } from 'vitest';
import { completeLanguages, languages, loadResources } from '../locales/index';
import { normalize } from './match-choice';

type Strings = Map<string, string>;

/** Every string of a resource tree by its dotted key. */
function flatten(tree: unknown, prefix = ''): Strings {
  const strings: Strings = new Map();
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

/** Keys whose value is a `|`-separated list of words or phrases rather than a sentence. */
const isList = (key: string) => /(^|\.|_)(aliases|words|phrases)$/.test(key) || key.includes('.name_aliases.');
const items = (list: string) => list.split('|').map((item) => item.trim());

/**
 * What a language that is not complete must have: the privacy notice and consent (before anything is
 * stored), the global commands and the safety message (a young person in danger may write in any
 * language), and the handover (who their coach is). The rest falls back to Dutch or English.
 */
const requiredKeys = (key: string, namespace: string) =>
  namespace === 'commands' ||
  namespace === 'handover' ||
  (namespace === 'bot' && (key === 'intake.welcome' || key.startsWith('intake.consent.')));

const resources = loadResources();
const strings = (lang: string, namespace: string): Strings => flatten(resources[lang]?.[namespace]);
const namespacesOf = (lang: string) => Object.keys(resources[lang] ?? {}).sort();
const nlNamespaces = namespacesOf('nl');
const isComplete = (lang: string) => (completeLanguages as readonly string[]).includes(lang);
const partialLanguages = languages.filter((lang) => !isComplete(lang));
const every = (list: readonly string[]) => list.flatMap((lang) => nlNamespaces.map((ns) => [lang, ns] as const));

describe('locales', () => {
  it('has a folder for every language a young person can choose, and no other', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
    expect(nlNamespaces).toEqual(expect.arrayContaining(['bot', 'commands', 'common', 'handover', 'web']));
  });

  it.each(every(completeLanguages.filter((lang) => lang !== 'nl')))(
    '%s has exactly the keys of Dutch in namespace %s',
    (lang, namespace) => {
      expect(namespacesOf(lang)).toEqual(nlNamespaces);
      expect([...strings(lang, namespace).keys()].sort()).toEqual([...strings('nl', namespace).keys()].sort());
    },
  );

  it.each(every(partialLanguages))('%s has every required key of namespace %s, and none that Dutch lacks', (lang, namespace) => {
    const dutch = strings('nl', namespace);
    const own = strings(lang, namespace);
    expect([...dutch.keys()].filter((key) => requiredKeys(key, namespace) && !own.has(key))).toEqual([]);
    expect([...own.keys()].filter((key) => !dutch.has(key))).toEqual([]);
  });

  it.each(every(languages))('%s, namespace %s: no empty text, and the same {{placeholders}} as Dutch', (lang, namespace) => {
    const dutch = strings('nl', namespace);
    const own = strings(lang, namespace);
    expect([...own].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
    const mismatches = [...own.keys()].filter(
      (key) => JSON.stringify(placeholders(own.get(key) ?? '')) !== JSON.stringify(placeholders(dutch.get(key) ?? '')),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(every(languages))('%s, namespace %s: every word list has words and no empty entry', (lang, namespace) => {
    const broken = [...strings(lang, namespace)]
      .filter(([key, list]) => isList(key) && items(list).some((item) => !item))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  it('keeps every message within the WhatsApp body limit of 1,600 characters (DESIGN.md rule 6)', () => {
    const tooLong = every(languages).flatMap(([lang, namespace]) =>
      [...strings(lang, namespace)]
        .filter(([key, text]) => !isList(key) && text.length > 1600)
        .map(([key]) => `${lang}/${namespace}:${key}`),
    );
    expect(tooLong).toEqual([]);
  });
});

describe('locales, namespace commands', () => {
  const commandIds = ['menu', 'stop', 'start', 'language', 'restart', 'person'] as const;

  it.each(languages)('%s has the safety message with 112, 113 Zelfmoordpreventie and Veilig Thuis', (lang) => {
    const message = strings(lang, 'commands').get('safety.message') ?? '';
    expect(message).toContain('112');
    expect(message).toContain('0800-0113');
    expect(message).toContain('0800-2000');
    expect(message).toContain('113.nl');
  });

  it.each(languages)('%s asks the safety check question with yes and no', (lang) => {
    // The danger vocabulary itself lives in flows/safety/lexicon-<lang>.ts, measured by its corpus test.
    const own = strings(lang, 'commands');
    expect(own.get('safety.check.question')).toMatch(/\?|؟/);
    for (const key of ['yes', 'no', 'declined']) expect(own.get(`safety.check.${key}`), key).toBeTruthy();
    expect(items(own.get('safety.check.yes_aliases') ?? '').length).toBeGreaterThan(1);
    expect(items(own.get('safety.check.no_aliases') ?? '').length).toBeGreaterThan(1);
    expect(own.get('safety.phrases'), 'the phrase list is replaced by the lexicons').toBeUndefined();
  });

  it.each(languages)('%s has words for every global command, STOP among them', (lang) => {
    const own = strings(lang, 'commands');
    for (const id of commandIds) expect(items(own.get(`${id}.words`) ?? '').length, `${id}.words`).toBeGreaterThan(0);
    // STOP must work whatever language the young person set (DESIGN.md rule 6).
    expect(items(own.get('stop.words') ?? '').map(normalize)).toContain('stop');
  });

  it('never gives one word two meanings: across all languages a word belongs to one command', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const lang of languages) {
      const own = strings(lang, 'commands');
      for (const id of commandIds) {
        for (const word of items(own.get(`${id}.words`) ?? '').map(normalize)) {
          const earlier = owner.get(word);
          if (earlier && earlier !== id) clashes.push(`${lang}: "${word}" is ${id} and ${earlier}`);
          owner.set(word, id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names every language in its own language, the same everywhere', () => {
    const native = (lang: string) => {
      const own = strings(lang, 'commands');
      return Object.fromEntries(languages.map((code) => [code, own.get(`language.names.${code}`)]));
    };
    expect(native('nl')).toEqual({ nl: 'Nederlands', en: 'English', tr: 'Türkçe', pl: 'Polski', uk: 'Українська', ar: 'العربية' });
    const aliases = (lang: string) =>
      Object.fromEntries(languages.map((code) => [code, strings(lang, 'commands').get(`language.name_aliases.${code}`)]));
    for (const lang of languages) {
      expect(native(lang), lang).toEqual(native('nl'));
      expect(aliases(lang), lang).toEqual(aliases('nl'));
      expect(strings(lang, 'web').get('languageName'), lang).toBe(native('nl')[lang]);
    }
  });

  it.each(languages)('%s keeps button and list titles within 24 characters (WhatsApp list item)', (lang) => {
    const titles = [...strings(lang, 'commands'), ...strings(lang, 'bot')].filter(([key]) =>
      /^(menu\.options\.|language\.names\.)|(^|\.)(yes|no)$/.test(key),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter(([, title]) => title.length > 24).map(([key]) => key)).toEqual([]);
  });
});
