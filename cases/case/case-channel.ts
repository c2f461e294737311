import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, conversations, youths } from '../../drizzle/schema';

/** How a case's young person is reached: their chat channel, when they last wrote, whether they sent STOP, and in which language. */
export interface CaseChannel {
  channel: 'whatsapp' | 'web';
  lastInboundAt: Date | null;
  optedOut: boolean;
  /** The chat's language: what the young person reads, and the language of the templates they get. */
  locale: string;
}

/** The young person's chat of a case (undefined: the case has none). */
export async function caseChannel(db: DbOrTx, caseId: string): Promise<CaseChannel | undefined> {
  const [row] = await db
    .select({ channel: conversations.channel, lastInboundAt: conversations.lastInboundAt, optedOutAt: conversations.optedOutAt, locale: conversations.locale })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .innerJoin(conversations, eq(conversations.id, youths.conversationId))
    .where(eq(cases.id, caseId));
  return row ? { channel: row.channel, lastInboundAt: row.lastInboundAt, optedOut: row.optedOutAt !== null, locale: row.locale } : undefined;
}
