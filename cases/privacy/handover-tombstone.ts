import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { handovers } from '../../drizzle/schema';
import { readCategory } from '../handover/handover-repository';
import type { DataProtector } from './data-protector';

/**
 * Replaces the summary of every handover of these cases by a tombstone: the coach sees that the
 * young person was erased (and when, and why), never what the summary said. The one place a
 * handover's summary is overwritten; `tombstone` gets the handover's safety category (null for an
 * ordinary handover) so a safety signal stays visible as a fact without the young person's words.
 * Open non-urgent handovers are settled: there is nobody left to contact. An open urgent handover
 * stays open for its holder to close (docs/privacy.md, Meldcode).
 */
export async function tombstoneHandovers(
  tx: DbOrTx,
  input: { caseIds: string[]; now: Date; tombstone: (handover: { category: string | null }) => string; protector: DataProtector },
): Promise<void> {
  if (input.caseIds.length === 0) return;
  const rows = await tx
    .select({ id: handovers.id, category: handovers.category, categoryEnc: handovers.categoryEnc, urgent: handovers.urgent, status: handovers.status })
    .from(handovers)
    .where(inArray(handovers.caseId, input.caseIds));
  for (const row of rows) {
    const settle = row.status === 'open' && !row.urgent;
    await tx
      .update(handovers)
      .set({
        summary: null,
        summaryEnc: input.protector.encrypt(input.tombstone({ category: readCategory(input.protector, row) })),
        ...(settle ? { status: 'acknowledged' as const, acknowledgedAt: input.now } : {}),
      })
      .where(eq(handovers.id, row.id));
  }
}
