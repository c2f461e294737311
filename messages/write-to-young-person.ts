import type { BotMessage } from '../bot/bot-message';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import type { conversations } from '../drizzle/schema';
import type { ContentTemplateName } from './content-templates';
import { holdOutboundToYouth, queueOutboundToYouth } from './queue-outbound';
import { queueTemplate } from './queue-template';
import { reachYoungPerson, type Reach } from './reach-young-person';

type Conversation = Pick<typeof conversations.$inferSelect, 'id' | 'channel' | 'key' | 'lastInboundAt' | 'optedOutAt'>;

export interface TemplateMessage {
  /** An approved template (messages/content-templates.ts) and its variables. */
  name: ContentTemplateName;
  variables: Record<string, string>;
  /** A non-personal tag for the row's body (what the history shows). */
  tag: string;
  /** Free text to deliver once the young person replies (the template invites the reply). */
  heldUntilReply?: BotMessage;
}

export interface Written {
  reach: Reach;
  /** Outbound ids to queue for sending (none for the web chat, which the commit delivers, or when nothing went). */
  outboundIds: number[];
}

/**
 * Writes a proactive message to a young person in the caller's transaction, as reachYoungPerson
 * allows (reach-young-person.ts: the 24-hour window, the web chat, STOP): `chat` as free text, or
 * `template` outside the window, or nothing. The messages are built only for the way they go.
 */
export async function writeToYoungPerson(
  tx: DbOrTx,
  deps: { protector: DataProtector; now: Date },
  input: { conversation: Conversation; automated?: boolean; chat: () => BotMessage[]; template: () => TemplateMessage },
): Promise<Written> {
  const { conversation } = input;
  const reach = reachYoungPerson({ ...conversation, optedOut: conversation.optedOutAt !== null, automated: input.automated, now: deps.now });
  if (reach === 'nothing') return { reach, outboundIds: [] };
  if (reach === 'free_text') {
    const outboundIds = await queueOutboundToYouth(tx, deps.protector, {
      conversationId: conversation.id,
      channel: conversation.channel,
      conversationKey: conversation.key,
      messages: input.chat(),
    });
    return { reach, outboundIds };
  }
  const { heldUntilReply, ...template } = input.template();
  const id = await queueTemplate(tx, deps.protector, { to: { conversationId: conversation.id }, ...template });
  if (heldUntilReply) await holdOutboundToYouth(tx, deps.protector, { conversationId: conversation.id, message: heldUntilReply });
  return { reach, outboundIds: id === undefined ? [] : [id] };
}
