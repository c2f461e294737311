import type { outboundMessages } from '../drizzle/schema';

type OutboundStatus = (typeof outboundMessages.$inferSelect)['status'];

/** What a coach sees next to a message they sent: how far it got, as far as we know. */
export type DeliveryMark = 'waiting' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'not_sent';

/**
 * The mark of an outbound message from its stored status. WhatsApp statuses come from Twilio's
 * status callbacks (messages/delivery-status.ts). A web chat message is stored as 'delivered' when it
 * is handed to the chat, whether or not the young person's page had it open: we do not know it
 * arrived, so it shows as sent.
 */
export function deliveryMark(input: { channel: 'whatsapp' | 'web'; status: OutboundStatus }): DeliveryMark {
  switch (input.status) {
    case 'held':
      return 'waiting';
    case 'queued':
    case 'sending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'delivered':
      return input.channel === 'web' ? 'sent' : 'delivered';
    case 'read':
      return 'read';
    case 'failed':
    case 'undelivered':
      return 'failed';
    case 'skipped':
      return 'not_sent';
  }
}
