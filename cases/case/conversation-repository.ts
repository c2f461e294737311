/**
 * The young person's conversation as the case store uses it: where to tell them something (channel,
 * key, language) and whether they said STOP.
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { conversations } from '../../drizzle/schema';

export type EventConversation = typeof conversations.$inferSelect;

export async function findConversation(tx: DbOrTx, conversationId: string): Promise<EventConversation | undefined> {
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, conversationId));
  return conversation;
}

/** STOP ends proactive messages; START after STOP allows them again (DESIGN.md rule 6). */
export async function setOptedOut(tx: DbOrTx, input: { conversationId: string; optedOut: boolean }): Promise<void> {
  await tx
    .update(conversations)
    .set({ optedOutAt: input.optedOut ? sql`now()` : null })
    .where(eq(conversations.id, input.conversationId));
}
