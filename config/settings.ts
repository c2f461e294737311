import { z } from 'zod';

/** An environment variable that may be unset; set to the empty string counts as unset. */
export const optional = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), s.optional());

/** A JSON setting's value, or undefined when it is no JSON (its schema then names the setting). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A comma-separated setting as its non-empty values. */
export function listOf(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
