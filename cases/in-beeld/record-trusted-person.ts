/**
 * Stores the trusted person a young person named in the chat (the `trusted_person.named` event);
 * read back by trusted-person.ts.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, trustedPersons, youths } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import type { EventPayload } from '../domain-events';

/**
 * Stores the person a young person named, encrypted as it came, once per event; the latest row
 * counts. The young person's open or latest case gets an event without the details, so the coach
 * sees in the history that someone was named.
 */
export async function recordTrustedPerson(tx: DbOrTx, input: { eventId: number; conversationId: string; named: EventPayload<'trusted_person.named'> }): Promise<void> {
  const { named } = input;
  const inserted = await tx
    .insert(trustedPersons)
    .values({ conversationId: input.conversationId, detailsEnc: named.textEnc, mayContact: named.mayContact, sourceEventId: input.eventId })
    .onConflictDoNothing({ target: trustedPersons.sourceEventId })
    .returning({ id: trustedPersons.id });
  if (inserted.length === 0) return;
  const [latest] = await tx
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(youths.conversationId, input.conversationId), inArray(cases.status, ['open', 'closed'])))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  if (latest) await appendCaseEvents(tx, [{ caseId: latest.id, type: 'trusted_person.named', actor: 'youth', data: { mayContact: named.mayContact } }]);
}

