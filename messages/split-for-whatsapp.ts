import type { BotMessage } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';

/**
 * WhatsApp's limit for one message body (DESIGN.md rule 6).
 * See https://www.twilio.com/docs/whatsapp/api#sending-messages (1,600 characters).
 */
export const WHATSAPP_BODY_LIMIT = 1600;

/**
 * A bot message as WhatsApp-sized messages; only the last keeps the choices. The text is stored
 * plain: the send job renders the choices (buttons, a list or numbered options, worker/process-send.ts).
 * Room for the numbered options is kept in the last part, so it fits whichever way it is sent.
 */
export function splitMessageForWhatsApp(message: BotMessage): BotMessage[] {
  const room = withNumberedChoices(message).length - message.text.length;
  const parts = splitForWhatsApp(message.text);
  const last = parts.pop() ?? '';
  if (last.length + room > WHATSAPP_BODY_LIMIT) {
    // Choices longer than half a message cannot occur (at most 10 titles of 24); never loop on a tiny limit.
    parts.push(...splitForWhatsApp(last, Math.max(WHATSAPP_BODY_LIMIT - room, WHATSAPP_BODY_LIMIT / 2)));
  } else {
    parts.push(last);
  }
  return parts.map((text, i) => (i === parts.length - 1 ? { ...message, text } : { text, expects: 'none' }));
}

/** Splits a long text at paragraph, line or word boundaries into WhatsApp-sized parts. */
export function splitForWhatsApp(text: string, limit = WHATSAPP_BODY_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts;
}
