import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, trustedPersons, youths } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import type { DataProtector } from '../privacy/data-protector';
import type { EventPayload } from '../domain-events';


const detailsSchema = z.object({ name: z.string(), relation: z.enum(['parent', 'family', 'friend', 'mentor', 'other']), reach: z.string() });
export type TrustedPerson = z.infer<typeof detailsSchema> & { mayContact: boolean; at: Date };

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

/**
 * The trusted person of a case's young person, decrypted, or undefined. No access check here: the
 * caller (the coach API) checks and audits the read like any case detail.
 */
export async function findTrustedPerson(db: DbOrTx, input: { caseId: string; protector: DataProtector }): Promise<TrustedPerson | undefined> {
  const [row] = await db
    .select({ detailsEnc: trustedPersons.detailsEnc, mayContact: trustedPersons.mayContact, at: trustedPersons.createdAt })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .innerJoin(trustedPersons, eq(trustedPersons.conversationId, youths.conversationId))
    .where(eq(cases.id, input.caseId))
    .orderBy(desc(trustedPersons.id))
    .limit(1);
  if (!row) return undefined;
  const details = detailsSchema.parse(JSON.parse(input.protector.decrypt(row.detailsEnc)));
  return { ...details, mayContact: row.mayContact, at: row.at };
}
