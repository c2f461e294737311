import type { i18n } from 'i18next';
import { languages, type Language } from '../locales/index';
import { normalize } from './match-choice';

/** The global commands: words a young person can type at any moment, in any language we speak. */
export type CommandId = 'menu' | 'stop' | 'start' | 'language' | 'restart' | 'person' | 'erase' | 'data';
const commandIds: CommandId[] = ['menu', 'stop', 'start', 'language', 'restart', 'person', 'erase', 'data'];

export interface GlobalWords {
  commandWords: Map<string, CommandId>;
  /** A language's name typed on its own ("english", "türkçe") switches to it. */
  languageWords: Map<string, Language>;
}

const wordsByI18n = new WeakMap<i18n, GlobalWords>();

/**
 * The command and language words of every language (young people mix them). They come from the
 * locale files and do not change: built once per i18n instance, not on every turn (a turn builds a
 * new bot around the turn's storage).
 */
export function globalWords(i18next: i18n): GlobalWords {
  const known = wordsByI18n.get(i18next);
  if (known) return known;
  const all = (key: string) => allLanguages(i18next, key);
  const commandWords = new Map<string, CommandId>();
  for (const id of commandIds) {
    for (const word of all(`${id}.words`)) {
      const key = normalize(word);
      if (key && !commandWords.has(key)) commandWords.set(key, id);
    }
  }
  const languageWords = new Map(
    languages.flatMap((code) => [...all(`language.name_aliases.${code}`), ...all(`language.names.${code}`)].map((word) => [normalize(word), code] as const)),
  );
  const words = { commandWords, languageWords };
  wordsByI18n.set(i18next, words);
  return words;
}

/** A `|`-separated list from the commands namespace, over every language. */
function allLanguages(i18next: i18n, key: string): string[] {
  return languages.flatMap((lang) => {
    const value = i18next.getResource(lang, 'commands', key) as unknown;
    return typeof value === 'string' ? value.split('|').map((w) => w.trim()).filter(Boolean) : [];
  });
}
