import type { Activity } from 'botbuilder';
import type { BotChannelData, BotMessage, Channel } from './bot-message';
import { mediaOfPayload } from './inbound-media';

/**
 * An inbound message as a Bot Framework activity. The conversation id is our conversation's uuid,
 * so botbuilder's state keys never contain a phone number.
 */
export function inboundActivity(input: {
  conversationId: string;
  channel: Channel;
  locale: string;
  text: string;
  /** A button payload (WhatsApp) or tapped choice id (web chat), or the kind of media sent (inbound-media.ts). */
  payload?: string | null | undefined;
  inboundId: number;
}): Partial<Activity> {
  return {
    type: 'message', // ActivityTypes.Message, without loading botbuilder where only the mapping is needed
    id: String(input.inboundId),
    channelId: input.channel === 'whatsapp' ? 'whatsapp' : 'webchat',
    from: { id: input.conversationId, name: 'jongere', role: 'user' },
    recipient: { id: 'jongerenloket', name: 'Jongerenloket', role: 'bot' },
    conversation: { id: input.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: '',
    text: input.text,
    locale: input.locale,
    value: activityValue(input.payload),
    timestamp: new Date(),
  };
}

function activityValue(payload: string | null | undefined): { choice: string } | { media: string } | undefined {
  if (!payload) return undefined;
  const media = mediaOfPayload(payload);
  return media ? { media } : { choice: payload };
}

/** What the bot sent, as the message we store and deliver. */
export function toBotMessage(activity: Partial<Activity>): BotMessage {
  const data = (activity.channelData ?? {}) as BotChannelData;
  const choices = Array.isArray(data.choices) && data.choices.length > 0 ? data.choices : undefined;
  return {
    text: activity.text ?? '',
    ...(choices ? { choices } : {}),
    expects: data.expects ?? (choices ? 'choice' : 'none'),
  };
}

/**
 * The text with its choices as numbered options: what WhatsApp shows when buttons or a list
 * cannot be used, and the `twilio/text` fallback of an interactive message. Every choice also
 * works as a typed number (DESIGN.md rule 6). Rendered when sending, never stored.
 */
export function withNumberedChoices(message: BotMessage): string {
  if (!message.choices?.length) return message.text;
  const numbered = message.choices.map((choice, index) => `${index + 1}. ${choice.title}`).join('\n');
  return `${message.text}\n\n${numbered}`;
}
