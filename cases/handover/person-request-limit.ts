import type { DbOrTx } from '../../drizzle/connection';
import { countHit } from '../../drizzle/rate-limit-counters';

/**
 * "Praat met iemand" from the web chat, per address: a person request wakes a coach (a WhatsApp notice
 * and an e-mail), and a web session costs nothing to make, so scripted sessions could flood the
 * coaches. Generous enough for a school class on one Wi-Fi; above it the young person gets the
 * Jongerenloket's own contact details instead (flows/person-dialog.ts), never nothing. WhatsApp needs
 * no such limit: one phone number is one conversation with at most one open case. Danger is never
 * limited (flows/safety).
 */
export const PERSON_REQUESTS_PER_ADDRESS = { max: 5, timeWindow: 60 * 60_000 } as const;

/**
 * Counts a person request from this origin (a keyed hash of the web chat's client address, never the
 * address) and says whether it is within {@link PERSON_REQUESTS_PER_ADDRESS}.
 */
export async function allowPersonRequest(db: DbOrTx, originKey: string): Promise<boolean> {
  const { current } = await countHit(db, { key: `person-request ${originKey}`, windowMs: PERSON_REQUESTS_PER_ADDRESS.timeWindow });
  return current <= PERSON_REQUESTS_PER_ADDRESS.max;
}
