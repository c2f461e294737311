import { randomInt } from 'node:crypto';

/**
 * Entry-point codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code
 * read off a poster and typed over still matches. 31^6 ≈ 890 million codes: guessing one is pointless.
 */
export const ENTRY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ENTRY_CODE_LENGTH = 6;

const codePattern = new RegExp(`^[${ENTRY_CODE_ALPHABET}]{${ENTRY_CODE_LENGTH}}$`);
// "(code ABC123)", "code: abc123", "Code ABC123" — the prefilled start text, or a young person who typed it.
const inTextPattern = new RegExp(`\\bcode\\s*:?\\s*([${ENTRY_CODE_ALPHABET}]{${ENTRY_CODE_LENGTH}})\\b`, 'i');

/** A new random code. */
export function generateEntryCode(): string {
  let code = '';
  for (let i = 0; i < ENTRY_CODE_LENGTH; i++) code += ENTRY_CODE_ALPHABET[randomInt(ENTRY_CODE_ALPHABET.length)];
  return code;
}

/** The code in canonical form (upper case, trimmed), or undefined when it cannot be one of ours. */
export function normalizeEntryCode(value: string | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  return code && codePattern.test(code) ? code : undefined;
}

/** The entry-point code carried by a message text ("Hoi! Ik wil graag hulp. (code ABC123)"), if any. */
export function extractEntryCode(text: string): string | undefined {
  const match = inTextPattern.exec(text.toUpperCase());
  return normalizeEntryCode(match?.[1]);
}
