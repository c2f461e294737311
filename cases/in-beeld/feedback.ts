import { and, desc, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { feedback, youths } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';
import type { EventPayload } from '../domain-events';


export type FeedbackRow = typeof feedback.$inferSelect;

/**
 * Stores a rating and optional suggestion for the dashboard, once per event. Only the municipality
 * of the young person goes with it, never who they are: young people may be frank.
 */
export async function recordFeedback(tx: DbOrTx, input: { eventId: number; conversationId: string; given: EventPayload<'feedback.given'> }): Promise<void> {
  const { given } = input;
  const [youth] = await tx.select({ municipality: youths.municipality }).from(youths).where(eq(youths.conversationId, input.conversationId));
  await tx
    .insert(feedback)
    .values({ source: given.source, rating: given.rating, suggestionEnc: given.textEnc ?? null, municipality: youth?.municipality ?? null, sourceEventId: input.eventId })
    .onConflictDoNothing({ target: feedback.sourceEventId });
}

/** Feedback for the dashboard, newest first, with suggestions decrypted. */
export async function listFeedback(
  db: DbOrTx,
  options: { protector: DataProtector; municipality?: string; since?: Date; limit?: number },
): Promise<{ source: FeedbackRow['source']; rating: FeedbackRow['rating']; suggestion: string | null; municipality: string | null; at: Date }[]> {
  const conditions: (SQL | undefined)[] = [
    options.municipality ? eq(feedback.municipality, options.municipality) : undefined,
    options.since ? gte(feedback.at, options.since) : undefined,
  ];
  const rows = await db
    .select()
    .from(feedback)
    .where(and(...conditions))
    .orderBy(desc(feedback.at), desc(feedback.id))
    .limit(options.limit ?? 500);
  return rows.map((r) => ({
    source: r.source,
    rating: r.rating,
    suggestion: r.suggestionEnc ? options.protector.decrypt(r.suggestionEnc) : null,
    municipality: r.municipality,
    at: r.at,
  }));
}

/** Counts per source and rating (for an indicator such as "share of 😀 and 🙂"). */
export async function countFeedback(db: DbOrTx, options: { municipality?: string; since?: Date } = {}) {
  return db
    .select({ source: feedback.source, rating: feedback.rating, count: sql<number>`count(*)::int` })
    .from(feedback)
    .where(and(options.municipality ? eq(feedback.municipality, options.municipality) : undefined, options.since ? gte(feedback.at, options.since) : undefined))
    .groupBy(feedback.source, feedback.rating);
}
