import { eq } from 'drizzle-orm';
import type { i18n, TFunction } from 'i18next';
import type { Choice } from '../../bot/bot-message';
import { queueOutboundToYouth, queueTemplate } from '../../bot/conversation-store';
import type { DbOrTx } from '../../drizzle/connection';
import { conversations } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';

/** WhatsApp's customer-service window (DESIGN.md rule 6). */
const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface FollowUpMessage {
  /** The chat text in the young person's language (`followup` namespace), with its choices. */
  session: (t: TFunction) => { text: string; choices?: Choice[] };
  /** The approved template for outside the window (worker/content-templates.ts), and its variables. */
  template: { name: string; variables: Record<string, string> };
  /** A non-personal tag for the template row's body (what the coach's outbox shows). */
  tag: string;
}

/**
 * Writes a proactive message to a young person as WhatsApp allows it: in the chat while the 24-hour
 * window is open (and always on the web chat), else as the approved template. After STOP nothing is
 * sent. Returns `{ sent, outboundIds }`; web chat rows need no send job (the commit delivers them).
 * The same rule as cases/appointments/appointment-notices.ts, for re-approach and nazorg (issue 6).
 */
export async function queueFollowUpMessage(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { conversationId: string; message: FollowUpMessage },
): Promise<{ sent: boolean; outboundIds: number[] }> {
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, input.conversationId));
  if (!conversation) return { sent: false, outboundIds: [] };
  const windowOpen = conversation.lastInboundAt !== null && deps.now.getTime() - conversation.lastInboundAt.getTime() < WINDOW_MS;
  if (conversation.optedOutAt) return { sent: false, outboundIds: [] };

  if (conversation.channel === 'web' || windowOpen) {
    const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'followup');
    const { text, choices } = input.message.session(t);
    const outboundIds = await queueOutboundToYouth(tx, deps.protector, {
      conversationId: conversation.id,
      channel: conversation.channel,
      conversationKey: conversation.key,
      messages: [choices ? { text, choices, expects: 'choice' } : { text, expects: 'text' }],
    });
    return { sent: true, outboundIds };
  }
  const { name, variables } = input.message.template;
  const id = await queueTemplate(tx, deps.protector, { to: { conversationId: conversation.id }, name, variables, tag: input.message.tag });
  return { sent: true, outboundIds: id === undefined ? [] : [id] };
}
