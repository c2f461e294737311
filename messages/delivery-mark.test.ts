import { describe, expect, it } from 'vitest';
import { deliveryMark } from './delivery-mark';

describe('deliveryMark', () => {
  it('follows Twilio’s callbacks for WhatsApp: sent, delivered, read, failed', () => {
    expect(deliveryMark({ channel: 'whatsapp', status: 'sent' })).toBe('sent');
    expect(deliveryMark({ channel: 'whatsapp', status: 'delivered' })).toBe('delivered');
    expect(deliveryMark({ channel: 'whatsapp', status: 'read' })).toBe('read');
    expect(deliveryMark({ channel: 'whatsapp', status: 'undelivered' })).toBe('failed');
    expect(deliveryMark({ channel: 'whatsapp', status: 'held' })).toBe('waiting');
  });

  it('never claims a web chat message arrived: handed to the chat is only sent', () => {
    expect(deliveryMark({ channel: 'web', status: 'delivered' })).toBe('sent');
  });
});
