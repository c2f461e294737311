/** The person a young person trusts, as the coach reads it (stored by record-trusted-person.ts). */
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, trustedPersons, youths } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';

const detailsSchema = z.object({ name: z.string(), relation: z.enum(['parent', 'family', 'friend', 'mentor', 'other']), reach: z.string() });
export type TrustedPerson = z.infer<typeof detailsSchema> & { mayContact: boolean; at: Date };

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
  return row && reveal(row, input.protector);
}

/** The same for a conversation, with or without a case (the young person's own inzage). */
export async function findTrustedPersonOfConversation(db: DbOrTx, input: { conversationId: string; protector: DataProtector }): Promise<TrustedPerson | undefined> {
  const [row] = await db
    .select({ detailsEnc: trustedPersons.detailsEnc, mayContact: trustedPersons.mayContact, at: trustedPersons.createdAt })
    .from(trustedPersons)
    .where(eq(trustedPersons.conversationId, input.conversationId))
    .orderBy(desc(trustedPersons.id))
    .limit(1);
  return row && reveal(row, input.protector);
}

function reveal(row: { detailsEnc: string; mayContact: boolean; at: Date }, protector: DataProtector): TrustedPerson {
  const details = detailsSchema.parse(JSON.parse(protector.decrypt(row.detailsEnc)));
  return { ...details, mayContact: row.mayContact, at: row.at };
}
