import { eq } from 'drizzle-orm';
import type { i18n, TFunction } from 'i18next';
import type { Choice } from '../../bot/bot-message';
import type { DbOrTx } from '../../drizzle/connection';
import { conversations } from '../../drizzle/schema';
import type { ContentTemplateName } from '../../messages/content-templates';
import { templateWords, type TemplateWords } from '../../messages/template-words';
import { writeToYoungPerson } from '../../messages/write-to-young-person';
import type { DataProtector } from '../privacy/data-protector';

export interface FollowUpMessage {
  /** The chat text in the young person's language (`followup` namespace), with its choices. */
  session: (t: TFunction) => { text: string; choices?: Choice[] };
  /** The approved template for outside the window (messages/content-templates.ts), and its variables in the young person's language. */
  template: (words: TemplateWords) => { name: ContentTemplateName; variables: Record<string, string> };
  /** A non-personal tag for the template row's body (what the coach's outbox shows). */
  tag: string;
}

/**
 * Writes a proactive message to a young person as WhatsApp allows it: in the chat while the 24-hour
 * window is open (and always on the web chat), else as the approved template; never after STOP
 * (messages/reach-young-person.ts). Returns `{ sent, outboundIds }`; web chat rows need no
 * send job (the commit delivers them). Used by re-approach and nazorg.
 */
export async function queueFollowUpMessage(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { conversationId: string; message: FollowUpMessage },
): Promise<{ sent: boolean; outboundIds: number[] }> {
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, input.conversationId));
  if (!conversation) return { sent: false, outboundIds: [] };
  const written = await writeToYoungPerson(tx, deps, {
    conversation,
    automated: true,
    chat: () => {
      const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'followup');
      const { text, choices } = input.message.session(t);
      return [choices ? { text, choices, expects: 'choice' } : { text, expects: 'text' }];
    },
    template: () => ({ ...input.message.template(templateWords(deps.i18n, conversation.locale)), tag: input.message.tag }),
  });
  return { sent: written.reach !== 'nothing', outboundIds: written.outboundIds };
}
