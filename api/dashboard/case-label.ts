/** The short reference a case goes by: the first 8 characters of its id, pseudonymous. */
export const caseReference = (id: string): string => id.slice(0, 8);

/**
 * How a page names a case: "Samira · 3f2a9c1e" with the name the young person gave in the chat, or
 * only the reference without one. Never the WhatsApp profile name: the young person did not choose it for us.
 */
export function caseLabel(input: { name: string | null | undefined; id: string }): string {
  return input.name ? `${input.name} · ${caseReference(input.id)}` : caseReference(input.id);
}
