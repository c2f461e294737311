import { directoryKinds, municipalities, type DirectoryKind, type Municipality } from '../../drizzle/schema';
import type { Translate } from '../ask-dialog';
import { normalize } from '../match-choice';
import { contactText } from './contact-text';
import type { Directory } from './directory';

export interface DirectoryQuestion {
  /** What the young person typed: "Waar is het Werkplein?", "hoe laat is het sociaal loket open". */
  text: string;
  t: Translate;
  directory: Directory;
  /** Their municipality when known: only its desk is named; otherwise the region's. */
  municipality?: Municipality | 'other' | undefined;
}

/** Longer messages are a story for a person, not a question about a desk. */
const MAX_LENGTH = 200;

/**
 * Which desks a message asks about: each kind has its words in every language
 * (`directory.words.<kind>` in locales/*\/bot.json: "werkplein|werkcentrum|uitkering|…"); a kind
 * counts when one of its words or phrases stands in the message as a whole word. Explainable on
 * purpose: a coach can read the word lists and see why the bot answered.
 */
export function directoryKindsAskedFor(text: string, t: Translate): DirectoryKind[] {
  const said = ` ${normalize(text)} `;
  if (said.length > MAX_LENGTH) return [];
  return directoryKinds.filter((kind) =>
    t(`directory.words.${kind}`)
      .split('|')
      .map(normalize)
      .some((word) => word && said.includes(` ${word} `)),
  );
}

/**
 * The directory's answer to a question the bot has no flow for ("Waar is het Werkplein?"): the
 * contact of each desk asked about, with address, phone, opening hours and web address. Undefined
 * when the message names no desk: the caller goes on as before (the menu, or a person).
 */
export function answerDirectoryQuestion(question: DirectoryQuestion): string | undefined {
  const { t, directory } = question;
  const kinds = directoryKindsAskedFor(question.text, t);
  if (kinds.length === 0) return undefined;
  const inRegion = question.municipality && question.municipality !== 'other' ? [question.municipality] : [...municipalities];
  const entries = kinds.flatMap((kind) => inRegion.map((m) => directory.find(m, kind)).filter((entry) => entry !== undefined));
  if (entries.length === 0) return undefined;
  // Two municipalities sharing one desk (Aalsmeer's Werkplein is Amstelveen's) are named once.
  const texts = [...new Set(entries.map((entry) => contactText(t, entry)))];
  return [t('directory.answer'), ...texts].join('\n\n');
}
