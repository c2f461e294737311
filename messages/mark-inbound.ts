import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';
import { inboundMessages } from '../drizzle/schema';

/** Marks an inbound message as handled (or failed for good) in the turn's transaction. */
export async function markInbound(tx: DbOrTx, input: { id: number; status: 'done' | 'failed' }): Promise<void> {
  await tx
    .update(inboundMessages)
    .set({ status: input.status, processedAt: sql`now()` })
    .where(and(eq(inboundMessages.id, input.id), eq(inboundMessages.status, 'pending')));
}
