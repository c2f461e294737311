/**
 * The outbox of domain events (`domain_events`): written in the transaction of what caused them,
 * processed once by the `events` queue, re-queued by the relay while unprocessed (DESIGN.md rule 2).
 * Payloads are typed by the catalogue (cases/domain-events.ts).
 *
 * One rule for every type: the whole payload is stored encrypted (`payload_enc`), because an intake's
 * payload holds the zelfscan outcome and the topics a minor wants to discuss (DESIGN.md rule 10).
 * Only the type stays plain, for routing and the relay. Fields a producer encrypted already
 * (`textEnc`) stay so inside: their ciphertext moves as it is into the table that keeps it.
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';
import { domainEvents } from '../drizzle/schema';
import type { NewDomainEvent } from './domain-events';
import type { DataProtector } from './privacy/data-protector';

export type NewDomainEventRow = NewDomainEvent & {
  conversationId: string | null;
  /** Set for an event that only records what happened (nothing for the worker to do). */
  processed?: boolean;
};

/** Writes events; returns their ids in the order given, to queue after commit. */
export async function insertDomainEvents(tx: DbOrTx, protector: DataProtector, events: NewDomainEventRow[]): Promise<number[]> {
  if (events.length === 0) return [];
  const rows = await tx
    .insert(domainEvents)
    .values(
      events.map((e) => ({
        type: e.type,
        conversationId: e.conversationId,
        payloadEnc: protector.encrypt(JSON.stringify(e.payload)),
        ...(e.processed ? { processedAt: sql`now()` } : {}),
      })),
    )
    .returning({ id: domainEvents.id });
  if (rows.length !== events.length) throw new Error('Insert returned fewer domain events');
  return rows.map((r) => r.id);
}

export interface StoredDomainEvent {
  id: number;
  type: string;
  conversationId: string | null;
  payload: unknown;
}

/** The event, locked for this transaction, when it is not processed yet; its payload decrypted. */
export async function lockUnprocessedEvent(tx: DbOrTx, protector: DataProtector, eventId: number): Promise<StoredDomainEvent | undefined> {
  const [event] = await tx.select().from(domainEvents).where(eq(domainEvents.id, eventId)).for('update');
  if (!event || event.processedAt) return undefined;
  return { id: event.id, type: event.type, conversationId: event.conversationId, payload: readEventPayload(protector, event) };
}

/**
 * The payload of a stored event, the one way to read it: decrypted, or as it was stored before
 * payloads were encrypted (such rows are encrypted at start, cases/privacy/encrypt-plain-columns.ts).
 */
export function readEventPayload(protector: DataProtector, row: { payload: unknown; payloadEnc: string | null }): unknown {
  return row.payloadEnc === null ? row.payload : JSON.parse(protector.decrypt(row.payloadEnc));
}

export async function markEventProcessed(tx: DbOrTx, eventId: number): Promise<void> {
  await tx.update(domainEvents).set({ processedAt: sql`now()` }).where(eq(domainEvents.id, eventId));
}

/** Unprocessed events older than `olderThanSeconds`, oldest first (the relay's view). */
export async function unprocessedEventIds(db: DbOrTx, input: { olderThanSeconds: number; limit: number }): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(
    sql`select id::int as id from domain_events
        where processed_at is null and created_at < now() - make_interval(secs => ${input.olderThanSeconds})
        order by id limit ${input.limit}`,
  );
  return rows.map((r) => r.id);
}
