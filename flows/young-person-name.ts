/** The longest name we keep: a first name or a chosen name, not a sentence. */
export const MAX_NAME_LENGTH = 40;

/** More words than this is a sentence, not a name ("Maria de los Angeles" still fits). */
const MAX_NAME_WORDS = 4;

/**
 * Letters of any script (with their accents), joined by single spaces, hyphens or apostrophes:
 * "Samira", "Jan-Willem", "D'Angelo", "Ayşe", "Олена", "سمير". No digits, no punctuation beyond
 * those, so a sentence, a number or a link is not taken for a name.
 */
const NAME = /^\p{L}[\p{L}\p{M}]*(?:(?: |-|'|’)\p{L}[\p{L}\p{M}]*)*$/u;

/**
 * The name a coach may use, as the young person typed it (trimmed, spaces collapsed), or undefined
 * when it is no name. `leadPhrases` ("ik heet", "call me") are dropped from the start first, because
 * young people answer in a whole sentence as often as with the bare name.
 */
export function parseName(text: string, leadPhrases: readonly string[] = []): string | undefined {
  let name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const lead = leadPhrases.map((phrase) => phrase.trim().toLocaleLowerCase()).find((phrase) => phrase && name.toLocaleLowerCase().startsWith(`${phrase} `));
  if (lead) name = name.slice(lead.length + 1).trim();
  if (name.length < 1 || name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS) return undefined;
  return NAME.test(name) ? name : undefined;
}
