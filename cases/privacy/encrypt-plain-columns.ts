import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../drizzle/connection';
import { caseEvents, domainEvents, handovers, outboundEmails } from '../../drizzle/schema';
import type { EmailMessage } from '../handover/handover-notification-repository';
import { readSignalFacts, SAFETY_SIGNAL_EVENT } from '../handover/safety-signals';
import type { DataProtector } from './data-protector';

/** How many rows of each table were encrypted by one run. */
export interface EncryptedPlainRows {
  domainEvents: number;
  handovers: number;
  outboundEmails: number;
  safetySignals: number;
}

/**
 * Rows written before event payloads, handover summaries and categories, coach e-mails and safety
 * signals in the case history were encrypted still hold them in the clear. A migration cannot encrypt them (the key lives in the application, not in
 * the database), so this runs at every start, after the migrations: it encrypts those rows into
 * their `_enc` column and clears the plain one, in small batches, each in its own transaction.
 * Idempotent (a row with its plain column cleared is never picked again) and safe beside other
 * processes (`skip locked`: a row another process is encrypting is left to it). Meanwhile readers
 * read either form (`readEventPayload`, `readSummary`, `readEmailMessage`).
 */
export async function encryptPlainColumns(db: Db, protector: DataProtector, options: { batchSize?: number } = {}): Promise<EncryptedPlainRows> {
  const limit = options.batchSize ?? 200;
  const seal = (value: unknown) => protector.encrypt(typeof value === 'string' ? value : JSON.stringify(value));
  return {
    domainEvents: await inBatches(() =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: domainEvents.id, payload: domainEvents.payload })
          .from(domainEvents)
          .where(isNotNull(domainEvents.payload))
          .orderBy(asc(domainEvents.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        for (const row of rows) await tx.update(domainEvents).set({ payloadEnc: seal(row.payload), payload: null }).where(eq(domainEvents.id, row.id));
        return rows.length;
      }),
    ),
    handovers: await inBatches(() =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: handovers.id, summary: handovers.summary, category: handovers.category })
          .from(handovers)
          .where(or(isNotNull(handovers.summary), isNotNull(handovers.category)))
          .orderBy(asc(handovers.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        for (const row of rows) {
          await tx
            .update(handovers)
            .set({
              ...(row.summary !== null ? { summaryEnc: seal(row.summary), summary: null } : {}),
              ...(row.category !== null ? { categoryEnc: seal(row.category), category: null } : {}),
            })
            .where(eq(handovers.id, row.id));
        }
        return rows.length;
      }),
    ),
    outboundEmails: await inBatches(() =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: outboundEmails.id, to: outboundEmails.toAddress, subject: outboundEmails.subject, body: outboundEmails.body })
          .from(outboundEmails)
          .where(isNotNull(outboundEmails.body))
          .orderBy(asc(outboundEmails.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        for (const row of rows) {
          const message: EmailMessage = { to: row.to ?? '', subject: row.subject ?? '', body: row.body ?? '' };
          await tx.update(outboundEmails).set({ messageEnc: seal(message), toAddress: null, subject: null, body: null }).where(eq(outboundEmails.id, row.id));
        }
        return rows.length;
      }),
    ),
    safetySignals: await inBatches(() =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: caseEvents.id, data: caseEvents.data })
          .from(caseEvents)
          .where(and(eq(caseEvents.type, SAFETY_SIGNAL_EVENT), sql`${caseEvents.data}->>'signalEnc' is null`))
          .orderBy(asc(caseEvents.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        for (const row of rows) {
          const { category: _c, helplines: _h, textEnc: _t, ...ids } = row.data as Record<string, unknown>;
          const data = { ...ids, signalEnc: seal(readSignalFacts(protector, row.data)) };
          await tx.update(caseEvents).set({ data }).where(eq(caseEvents.id, row.id));
        }
        return rows.length;
      }),
    ),
  };
}

/** Runs `batch` until it finds nothing left to do; the total it did. */
async function inBatches(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let done = await batch(); done > 0; done = await batch()) total += done;
  return total;
}
