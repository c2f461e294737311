import type { Channel } from '../bot/bot-message';
import { whatsAppWindow } from './whatsapp-window';

/** What a conversation allows, as stored on it. */
export interface Reachability {
  channel: Channel;
  /** When the young person last wrote; opens WhatsApp's 24-hour window. */
  lastInboundAt: Date | null;
  /** They said STOP / AFMELDEN (and not START since). */
  optedOut: boolean;
}

/** How a message to a young person may travel now: as chat text, as an approved template, or not at all. */
export type Reach = 'free_text' | 'template' | 'nothing';

/**
 * How a message to a young person may go out now (DESIGN.md rule 6), for every path that writes to
 * them (a coach's message, appointment notices, nazorg and re-approach, and the send job itself):
 *
 * - Web chat: free text; it has no 24-hour window.
 * - WhatsApp: free text while the 24-hour window is open (whatsapp-window.ts), else a template.
 * - After STOP / AFMELDEN, on either channel: free text only while the young person themselves wrote
 *   in the last 24 hours (they are in a conversation, so an answer is not proactive); otherwise
 *   nothing. A template is never sent after STOP: that is exactly the proactive message they refused.
 *   An `automated` message (nazorg check-ins, re-approach) is never sent after STOP, window or not:
 *   no person is answering them, it is the product reaching out on its own.
 */
export function reachYoungPerson(input: Reachability & { now: Date; automated?: boolean }): Reach {
  const window = whatsAppWindow(input);
  if (input.optedOut) return window.open && !input.automated ? 'free_text' : 'nothing';
  if (input.channel === 'web' || window.open) return 'free_text';
  return 'template';
}

/** Why a queued message to a young person may no longer go out. */
export type NotSendable = 'opted_out' | 'outside_24h_window';

/**
 * Whether a queued WhatsApp row to a young person may still go out at send time: it may have waited
 * in the queue while the window closed or the young person said STOP. Free text needs
 * {@link reachYoungPerson} to allow free text; a template goes unless they said STOP.
 */
export function whyNotSendable(input: Reachability & { kind: 'session' | 'template'; now: Date }): NotSendable | undefined {
  const reach = reachYoungPerson(input);
  if (input.kind === 'template') return input.optedOut ? 'opted_out' : undefined;
  if (reach === 'free_text') return undefined;
  return reach === 'nothing' ? 'opted_out' : 'outside_24h_window';
}
