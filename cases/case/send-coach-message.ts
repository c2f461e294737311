import { eq, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, conversations, youths } from '../../drizzle/schema';
import { writeToYoungPerson } from '../../messages/write-to-young-person';
import { addCoachMessage, type ThreadMessage } from './case-messages';
import type { DataProtector } from '../privacy/data-protector';
import { appendCaseEvents } from './case-repository';
import { ConflictError, NotFoundError } from '../errors';
import { settleOnFirstContact } from '../handover/settle-handovers';

export interface SentCoachMessage {
  message: ThreadMessage;
  /** How it travels: in the chat now, or as an invitation template with the text held until they reply. */
  delivery: 'chat' | 'template_then_text';
  /** Outbound ids to queue for sending (none for the web chat, which the commit delivers). */
  outboundIds: number[];
}

/**
 * A coach writes to the young person of a case, through the bot. Inside the 24-hour window the text
 * goes out as a chat message; outside it WhatsApp allows only an approved template, so the young
 * person gets the `coach_message` invitation ("<coach> sent you a message, reply to read it") and
 * the text is held until they reply (worker/process-turn.ts releases it). The web chat has no window.
 * After STOP a coach can only answer a young person who wrote in the last 24 hours
 * (messages/reach-young-person.ts); otherwise the coach is told so (ConflictError) and nothing is written.
 * A message written counts as first contact: the case's open handover is settled.
 */
export async function sendCoachMessage(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now?: Date },
  input: { caseId: string; coachId: string | null; actor: string; text: string },
): Promise<SentCoachMessage> {
  const now = deps.now ?? new Date();
  const [target] = await tx
    .select({ conversation: conversations, coachFirstName: coaches.firstName, status: cases.status })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .innerJoin(conversations, eq(conversations.id, youths.conversationId))
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .where(eq(cases.id, input.caseId));
  if (!target) throw new NotFoundError('Case not found');
  const { conversation } = target;
  const coach = target.coachFirstName ?? 'Jongerenloket';
  const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'handover');
  const text = t('coachSays', { coach, text: input.text });
  const written = await writeToYoungPerson(tx, { protector: deps.protector, now }, {
    conversation,
    chat: () => [{ text, expects: 'text' }],
    template: () => ({ name: 'coach_message', variables: { '1': coach }, tag: input.caseId, heldUntilReply: { text, expects: 'text' } }),
  });
  if (written.reach === 'nothing') {
    throw new ConflictError('The young person unsubscribed (STOP): they can be answered when they write again');
  }
  const delivery: SentCoachMessage['delivery'] = written.reach === 'free_text' ? 'chat' : 'template_then_text';
  const { outboundIds } = written;
  const bodyEnc = deps.protector.encrypt(input.text);
  const stored = await addCoachMessage(tx, { caseId: input.caseId, coachId: input.coachId, bodyEnc, outboundId: outboundIds[0] ?? null });
  await appendCaseEvents(tx, [{ caseId: input.caseId, type: 'message.to_youth', actor: input.actor, data: { messageId: stored.id, delivery } }]);
  // Writing to the young person is first contact: the handover's reminder and escalation stop.
  await settleOnFirstContact(tx, { caseId: input.caseId, how: 'message', actor: input.actor, now });
  await tx.update(cases).set({ updatedAt: sql`now()` }).where(eq(cases.id, input.caseId));
  return {
    message: { id: stored.id, direction: 'to_youth', coachId: input.coachId, text: input.text, createdAt: stored.createdAt, readAt: null },
    delivery,
    outboundIds,
  };
}
