import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';

/** Postgres NOTIFY channel on which web chat messages are announced (payload: the conversation key). */
export const WEB_CHAT_NOTIFY_CHANNEL = 'jl_web_outbound';

/** Announces new web chat messages of a conversation; Postgres delivers the NOTIFY at commit. */
export async function notifyWebChat(tx: DbOrTx, conversationKey: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${WEB_CHAT_NOTIFY_CHANNEL}, ${conversationKey})`);
}
