import { describe, expect, it } from 'vitest';
import { completeLanguages, createI18n, languages, loadResources, translationChain } from '../locales/index';
import { normalize } from './match-choice';
import { safetyCategories } from './safety-signal';

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

/**
 * i18next's plural forms: `week_one`, `week_other` (and `_zero`, `_two`, `_few`, `_many` where the
 * language has them) are one text, `week`, whose form `t('week', { count })` picks by
 * Intl.PluralRules. A key is a plural form only when its language also has the `_other` form.
 */
type PluralCategory = Intl.LDMLPluralRule;
const pluralForm = /^(.*)_(zero|one|two|few|many|other)$/;

/** The text a key belongs to (`week` for `week_one`) and its plural category, if it is a plural form. */
function textOf(key: string, own: Strings): { text: string; category?: PluralCategory } {
  const match = pluralForm.exec(key);
  if (match?.[1] && own.has(`${match[1]}_other`)) return { text: match[1], category: match[2] as PluralCategory };
  return { text: key };
}
/** The texts of a namespace: plural forms counted once. */
const textsOf = (own: Strings) => [...new Set([...own.keys()].map((key) => textOf(key, own).text))].sort();
/** The plural texts of a namespace, each with the categories it has. */
function pluralTexts(own: Strings): Map<string, PluralCategory[]> {
  const texts = new Map<string, PluralCategory[]>();
  for (const key of own.keys()) {
    const { text, category } = textOf(key, own);
    if (category) texts.set(text, [...(texts.get(text) ?? []), category]);
  }
  return texts;
}
/** The plural categories a language needs, as i18next asks for them (it uses Intl.PluralRules too). */
const categoriesOf = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
/** A form for 0, 1 or 2 may say the number in words ("next week", Arabic's dual): `{{count}}` is optional there. */
const countOptional = (category: PluralCategory | undefined) => category === 'zero' || category === 'one' || category === 'two';

/** Keys whose value is a `|`-separated list of words or phrases rather than a sentence. */
const isList = (key: string) => /(^|\.|_)(aliases|words|phrases)$/.test(key) || key.includes('.name_aliases.');
const items = (list: string) => list.split('|').map((item) => item.trim());

/** Namespaces only staff read: in Dutch and English, not in the languages of the young people. */
const staffNamespaces = ['coach', 'dashboard', 'email'];

const resources = loadResources();
const strings = (lang: string, namespace: string): Strings => flatten(resources[lang]?.[namespace]);
const namespacesOf = (lang: string) => Object.keys(resources[lang] ?? {}).sort();
const nlNamespaces = namespacesOf('nl');
const youthNamespaces = nlNamespaces.filter((ns) => !staffNamespaces.includes(ns));
const every = (list: readonly string[]) => list.flatMap((lang) => nlNamespaces.map((ns) => [lang, ns] as const));

describe('locales', () => {
  it('has a folder for every language a young person can choose, and no other', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
    expect(nlNamespaces).toEqual(expect.arrayContaining(['bot', 'commands', 'common', 'handover', 'web']));
  });

  // Every text a young person reads, in every language: nobody is asked what the rest should come in.
  it.each(completeLanguages.filter((lang) => lang !== 'nl').flatMap((lang) => youthNamespaces.map((ns) => [lang, ns] as const)))(
    '%s has exactly the keys of Dutch in namespace %s',
    (lang, namespace) => {
      expect(textsOf(strings(lang, namespace))).toEqual(textsOf(strings('nl', namespace)));
    },
  );

  it('has the staff namespaces in English too, with exactly the keys of Dutch', () => {
    for (const namespace of staffNamespaces) expect(textsOf(strings('en', namespace)), namespace).toEqual(textsOf(strings('nl', namespace)));
  });

  it.each(every(languages))('%s, namespace %s: no key that Dutch lacks', (lang, namespace) => {
    const dutch = textsOf(strings('nl', namespace));
    expect(textsOf(strings(lang, namespace)).filter((key) => !dutch.includes(key))).toEqual([]);
  });

  it.each(every(languages))('%s, namespace %s: no empty text, and the same {{placeholders}} as Dutch', (lang, namespace) => {
    const dutch = strings('nl', namespace);
    const own = strings(lang, namespace);
    expect([...own].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
    // A plural form is held against Dutch's `_other` form of the same text.
    const dutchText = (key: string) => {
      const { text, category } = textOf(key, own);
      return category ? dutch.get(`${text}_other`) : dutch.get(key);
    };
    const comparable = (key: string, text: string) =>
      placeholders(text).filter((name) => !(name === 'count' && countOptional(textOf(key, own).category)));
    const mismatches = [...own.keys()].filter(
      (key) => JSON.stringify(comparable(key, own.get(key) ?? '')) !== JSON.stringify(comparable(key, dutchText(key) ?? '')),
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

describe('locales, plural forms', () => {
  const plurals = every(languages).flatMap(([lang, namespace]) =>
    [...pluralTexts(strings(lang, namespace))].map(([text, categories]) => ({ lang, namespace, text, categories })),
  );

  it('counts weeks, days and questions with plural forms', () => {
    const dutch = plurals.filter((p) => p.lang === 'nl').map((p) => `${p.namespace}:${p.text}`);
    expect(dutch).toEqual(expect.arrayContaining(['dashboard:indicators.week', 'dashboard:duration.days', 'zelfscan:intro']));
  });

  it.each(languages)('%s has every plural form Intl.PluralRules asks for, and no other', (lang) => {
    const needed = [...categoriesOf(lang)].sort();
    const wrong = plurals
      .filter((p) => p.lang === lang && JSON.stringify([...p.categories].sort()) !== JSON.stringify(needed))
      .map((p) => `${p.namespace}:${p.text} has ${p.categories.join(', ')}; ${lang} needs ${needed.join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it.each(every(languages))('%s, namespace %s: a text that is plural in Dutch is plural here too', (lang, namespace) => {
    const own = strings(lang, namespace);
    const dutchPlurals = [...pluralTexts(strings('nl', namespace)).keys()];
    expect(dutchPlurals.filter((text) => own.has(text))).toEqual([]);
    expect([...pluralTexts(own).keys()].filter((text) => strings('nl', namespace).has(text))).toEqual([]);
  });

  /**
   * Texts where a number stands before a word that does not change with it: an adjective ("3 nieuw")
   * or a unit ("1 uur", "1 min", "1 h"). Every other `{{count}} word` needs plural forms.
   */
  const invariant = new Set(['dashboard:inbox.unread', 'dashboard:duration.minutes', 'dashboard:duration.hours']);

  it.each(every(completeLanguages))('%s, namespace %s: a number before a noun comes with plural forms', (lang, namespace) => {
    const own = strings(lang, namespace);
    const bare = [...own]
      .filter(([key, text]) => /\{\{\s*count\s*\}\}\s+\p{L}/u.test(text) && !textOf(key, own).category)
      .map(([key]) => `${namespace}:${key}`)
      .filter((key) => !invariant.has(key));
    expect(bare).toEqual([]);
  });

  it('says "1 week" and "3 weken" in Dutch, "1 week" and "3 weeks" in English', () => {
    const i18n = createI18n();
    const nl = i18n.getFixedT('nl', 'dashboard');
    const en = i18n.getFixedT('en', 'dashboard');
    expect(nl('indicators.week', { count: 1 })).toBe('Over 1 week');
    expect(nl('indicators.week', { count: 3 })).toBe('Over 3 weken');
    expect(en('indicators.week', { count: 1 })).toBe('In 1 week');
    expect(en('indicators.week', { count: 3 })).toBe('In 3 weeks');
    expect(nl('duration.days', { count: 1 })).toBe('1 dag');
    expect(en('duration.days', { count: 2 })).toBe('2 days');
    expect(i18n.getFixedT('nl', 'zelfscan')('intro', { count: 9 })).toContain('Nu 9 korte vragen over hoe het met je gaat.');
  });

  it.each(languages)('%s: t(text, { count }) picks the form of the count’s category, with the number in it', (lang) => {
    const i18n = createI18n();
    const rules = new Intl.PluralRules(lang);
    // A count for each category: the first of 0…200 that falls in it.
    const sample = new Map<string, number>();
    for (let n = 200; n >= 0; n--) sample.set(rules.select(n), n);
    // Polish and Ukrainian keep "other" for fractions only ("1,5 pytania").
    if (!sample.has('other')) sample.set('other', 1.5);
    const wrong = plurals
      .filter((p) => p.lang === lang)
      .flatMap(({ namespace, text, categories }) => {
        const t = i18n.getFixedT(translationChain({ lang }), namespace);
        return categories.flatMap((category) => {
          const count = sample.get(category);
          if (count === undefined) return [`${namespace}:${text}_${category}: no count of that category`];
          const expected = (strings(lang, namespace).get(`${text}_${category}`) ?? '').replaceAll(/\{\{\s*count\s*\}\}/g, String(count));
          const got = t(text, { count });
          return got === expected ? [] : [`${namespace}:${text} for ${count}: "${got}", expected "${expected}"`];
        });
      });
    expect(wrong).toEqual([]);
  });
});

describe('locales, namespace commands', () => {
  const commandIds = ['menu', 'stop', 'start', 'language', 'restart', 'person', 'erase'] as const;

  it.each(languages)('%s has the emergency lines with 112 and each helpline, one short idea a line', (lang) => {
    const own = strings(lang, 'commands');
    const line = (key: string) => own.get(`safety.lines.${key}`) ?? '';
    expect(line('danger_now')).toContain('112');
    expect(line('medical').split('\n')[0]).toContain('112');
    expect(line('suicide_prevention')).toContain('0800-0113');
    expect(line('suicide_prevention')).toContain('113.nl');
    expect(line('violence_home')).toContain('0800-2000');
    expect(line('sexual_violence')).toContain('0800-0188');
    expect(line('under_18')).toContain('0800-0432');
    expect(line('night_shelter_unknown')).toContain('Sociaal loket');
    // The night shelter is data (DESIGN.md rule 12): its name and number come from the settings.
    expect(placeholders(line('night_shelter')).sort()).toEqual(['name', 'phone']);
    expect(line('night_shelter')).not.toMatch(/\d/);
    expect(line('coach')).toBeTruthy();
    expect(own.get('safety.message'), 'the one long block is replaced by the lines').toBeUndefined();
  });

  it.each(languages)('%s asks the safety check question with yes and no', (lang) => {
    // The danger vocabulary itself lives in flows/safety/lexicon-<lang>.ts, measured by its corpus test.
    const own = strings(lang, 'commands');
    // One question per kind of danger, each put so that "ja" means that danger.
    for (const category of safetyCategories) expect(own.get(`safety.check.question.${category}`), category).toMatch(/\?|؟/);
    const questions = safetyCategories.map((category) => own.get(`safety.check.question.${category}`));
    expect(new Set(questions).size, 'a question of its own for every category').toBe(safetyCategories.length);
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
