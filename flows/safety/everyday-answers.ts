import { loadResources } from '../../locales/index';
import { normaliseMessage } from './normalise-message';

/** Namespaces staff read, not young people. */
const STAFF = new Set(['coach', 'dashboard', 'email']);
/** Keys whose answers may tell of danger ("nee" to "Heb je een veilige plek om te slapen?"). */
const ABOUT_DANGER = /safety|danger|unsafe|crisis|emergency|sleep|slaapplek|wonen|check/i;
/** Keys that are lists of what a young person may type (`|`-separated). */
const isList = (key: string) => /(^|\.|_)(aliases|words|phrases)$/.test(key) || key.includes('.name_aliases.');

/**
 * What young people type to our questions in every language, from the locale files' answer lists:
 * "weet ik niet", "praat met iemand", "liever niet", "I don't know yet". The learned reading learns
 * from them that an everyday answer is not danger; the labelled corpus alone has too few of them, as
 * it is mostly messages that look like danger.
 */
export function everydayAnswers(): string[] {
  const answers = new Set<string>();
  eachYoungPersonsString((text, key) => {
    if (isList(key) && !ABOUT_DANGER.test(key)) for (const item of text.split('|')) if (item.trim()) answers.add(item.trim());
  });
  return [...answers].sort();
}

/** Every string of the locale files young people read (not staff's), with its key ("followup.trusted.name"). */
function eachYoungPersonsString(visit: (text: string, key: string) => void): void {
  const walk = (tree: unknown, key: string): void => {
    if (typeof tree === 'string') visit(tree, key);
    else if (typeof tree === 'object' && tree !== null) for (const [name, value] of Object.entries(tree)) walk(value, key ? `${key}.${name}` : name);
  };
  for (const namespaces of Object.values(loadResources())) {
    for (const [namespace, tree] of Object.entries(namespaces)) if (!STAFF.has(namespace)) walk(tree, '');
  }
}

/** Our own words are at most this long: a button, a menu choice, an answer we offer. */
const SHORT = 6;

/** Words as the safety net reads them (flows/safety/normalise-message.ts), one string. */
const plainWords = (sentences: readonly string[][]): string => sentences.flat().join(' ');

let own: ReadonlySet<string> | undefined;

/**
 * The product's own short words in every language (buttons, menu choices, offered answers and their
 * aliases, from the locale files, not those about danger): a young person who presses "Iemand die mij
 * helpt" or "Ouder of verzorger" sends our words back, and the learned reading does not weigh them.
 */
export function isOwnPhrase(text: string, sentences: readonly string[][] = normaliseMessage(text)): boolean {
  own ??= collectOwnPhrases();
  const plain = plainWords(sentences);
  return plain !== '' && own.has(plain);
}

function collectOwnPhrases(): ReadonlySet<string> {
  const phrases = new Set(everydayAnswers().map((answer) => plainWords(normaliseMessage(answer))));
  eachYoungPersonsString((text, key) => {
    if (!ABOUT_DANGER.test(key) && !text.includes('{{') && text.split(/\s+/).length <= SHORT) phrases.add(plainWords(normaliseMessage(text)));
  });
  phrases.delete('');
  return phrases;
}
