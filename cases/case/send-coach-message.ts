import { eq, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, conversations, outboundMessages, youths } from '../../drizzle/schema';
import { queueOutboundToYouth, queueTemplate } from '../../bot/conversation-store';
import { addCoachMessage, type ThreadMessage } from './case-messages';
import type { DataProtector } from '../privacy/data-protector';
import { appendCaseEvents } from './case-repository';
import { ConflictError, NotFoundError } from '../errors';

/** WhatsApp's customer-service window (DESIGN.md rule 6). */
const WINDOW_MS = 24 * 60 * 60 * 1000;

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
 * After STOP, nothing proactive is sent: only a young person who writes again can be answered.
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
  const windowOpen = conversation.lastInboundAt !== null && now.getTime() - conversation.lastInboundAt.getTime() < WINDOW_MS;
  if (conversation.optedOutAt && !windowOpen) {
    throw new ConflictError('The young person unsubscribed (STOP): they can be answered when they write again');
  }
  const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'handover');
  const text = t('coachSays', { coach, text: input.text });

  let outboundIds: number[];
  let delivery: SentCoachMessage['delivery'] = 'chat';
  if (conversation.channel === 'web' || windowOpen) {
    outboundIds = await queueOutboundToYouth(tx, deps.protector, {
      conversationId: conversation.id,
      channel: conversation.channel,
      conversationKey: conversation.key,
      messages: [{ text, expects: 'text' }],
    });
  } else {
    delivery = 'template_then_text';
    const invitationId = await queueTemplate(tx, deps.protector, { to: { conversationId: conversation.id }, name: 'coach_message', variables: { '1': coach }, tag: input.caseId });
    await tx.insert(outboundMessages).values({
      conversationId: conversation.id,
      channel: 'whatsapp',
      kind: 'session',
      bodyEnc: deps.protector.encrypt(text),
      expects: 'text',
      status: 'held',
    });
    outboundIds = invitationId === undefined ? [] : [invitationId];
  }
  const bodyEnc = deps.protector.encrypt(input.text);
  const stored = await addCoachMessage(tx, { caseId: input.caseId, coachId: input.coachId, bodyEnc, outboundId: outboundIds[0] ?? null });
  await appendCaseEvents(tx, [{ caseId: input.caseId, type: 'message.to_youth', actor: input.actor, data: { messageId: stored.id, delivery } }]);
  await tx.update(cases).set({ updatedAt: sql`now()` }).where(eq(cases.id, input.caseId));
  return {
    message: { id: stored.id, direction: 'to_youth', coachId: input.coachId, text: input.text, createdAt: stored.createdAt, readAt: null },
    delivery,
    outboundIds,
  };
}
