import type { i18n } from 'i18next';
import { queueOutboundToYouth } from '../../messages/queue-outbound';
import type { DbOrTx } from '../../drizzle/connection';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import type { EventConversation } from '../case/conversation-repository';
import type { DataProtector } from './data-protector';
import { createInzageLink } from './inzage-links';

/** The page a link opens: `/mijn-gegevens/<token>`. */
export function inzageUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/mijn-gegevens/${token}`;
}

/**
 * MIJN GEGEVENS, confirmed in the chat: a one-time link to everything held, sent to the young person
 * in their language with when it stops working. The token lives only in that message (encrypted at
 * rest like every message); the table keeps its hash.
 */
export async function sendInzageLink(
  deps: { protector: DataProtector; i18n: i18n; publicBaseUrl: string },
  tx: DbOrTx,
  input: { conversation: EventConversation; locale: string; now: Date },
): Promise<number[]> {
  const { conversation, locale, now } = input;
  const link = await createInzageLink(tx, { conversationId: conversation.id, requestedBy: 'youth', now });
  const t = deps.i18n.getFixedT([locale, 'nl'], 'commands');
  const until = `${formatInAmsterdam({ date: link.expiresAt, locale, style: 'weekdayDate', now })} ${formatInAmsterdam({ date: link.expiresAt, locale, style: 'time' })}`;
  return queueOutboundToYouth(tx, deps.protector, {
    conversationId: conversation.id,
    channel: conversation.channel,
    conversationKey: conversation.key,
    messages: [{ text: t('data.link', { url: inzageUrl(deps.publicBaseUrl, link.token), until }), expects: 'text' }],
  });
}
