import { sql } from 'drizzle-orm';
import type { Channel } from '../bot/bot-message';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';

/** The pseudonymous conversation key: a keyed hash of the channel user id, never the number itself (DESIGN.md rule 5). */
export function conversationKey(protector: DataProtector, channel: Channel, address: string): string {
  return protector.keyedHash(`${channel}:${address}`);
}

/** The conversation key under the current data key, then under each previous one. */
export function conversationKeys(protector: DataProtector, channel: Channel, address: string): string[] {
  return protector.keyedHashes(`${channel}:${address}`);
}

/**
 * After DATA_KEY changed, a young person who wrote before has a conversation stored under the key
 * made with the previous data key. Before looking them up by the current key, that conversation takes
 * the current key, so they keep their conversation, case and coach; `npm run keys:rotate` does the
 * same for every conversation, whoever writes. Costs nothing while there are no previous keys.
 * A row that already has the current key is left alone (the unique key forbids two).
 */
export async function adoptPreviousConversationKey(db: DbOrTx, keys: string[]): Promise<void> {
  const [current, ...previous] = keys;
  if (current === undefined || previous.length === 0) return;
  await db.execute(sql`
    update conversations set key = ${current}
    where key in ${previous} and not exists (select 1 from conversations c where c.key = ${current})`);
}
