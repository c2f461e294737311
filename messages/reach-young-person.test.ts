import { describe, expect, it } from 'vitest';
import { reachYoungPerson, whyNotSendable } from './reach-young-person';

const lastInboundAt = new Date('2026-03-02T09:30:00Z');
const after = (hours: number, minutes = 0) => new Date(lastInboundAt.getTime() + (hours * 60 + minutes) * 60_000);
const stoppedAt = new Date(lastInboundAt.getTime() - 60_000);

describe('reachYoungPerson', () => {
  it.each([
    // WhatsApp: the window decides between free text and a template.
    { channel: 'whatsapp', now: after(23, 59), last: lastInboundAt, optedOutAt: null, reach: 'free_text' },
    { channel: 'whatsapp', now: after(24), last: lastInboundAt, optedOutAt: null, reach: 'template' },
    { channel: 'whatsapp', now: after(24, 1), last: lastInboundAt, optedOutAt: null, reach: 'template' },
    { channel: 'whatsapp', now: after(0), last: null, optedOutAt: null, reach: 'template' },
    // Web chat: no window.
    { channel: 'web', now: after(23, 59), last: lastInboundAt, optedOutAt: null, reach: 'free_text' },
    { channel: 'web', now: after(24, 1), last: lastInboundAt, optedOutAt: null, reach: 'free_text' },
    { channel: 'web', now: after(0), last: null, optedOutAt: null, reach: 'free_text' },
    // After STOP: free text only while they themselves wrote in the last 24 hours, never a template.
    { channel: 'whatsapp', now: after(23, 59), last: lastInboundAt, optedOutAt: stoppedAt, reach: 'free_text' },
    { channel: 'whatsapp', now: after(24), last: lastInboundAt, optedOutAt: stoppedAt, reach: 'nothing' },
    { channel: 'whatsapp', now: after(24, 1), last: lastInboundAt, optedOutAt: stoppedAt, reach: 'nothing' },
    { channel: 'whatsapp', now: after(0), last: null, optedOutAt: stoppedAt, reach: 'nothing' },
    // The web chat follows the same STOP rule.
    { channel: 'web', now: after(23, 59), last: lastInboundAt, optedOutAt: stoppedAt, reach: 'free_text' },
    { channel: 'web', now: after(24), last: lastInboundAt, optedOutAt: stoppedAt, reach: 'nothing' },
    { channel: 'web', now: after(0), last: null, optedOutAt: stoppedAt, reach: 'nothing' },
  ] as const)('$channel, last message $last, now $now, STOP $optedOutAt: $reach', ({ channel, now, last, optedOutAt, reach }) => {
    expect(reachYoungPerson({ channel, lastInboundAt: last, optedOutAt, now })).toBe(reach);
  });
});

describe('whyNotSendable (at send time)', () => {
  const whatsapp = { channel: 'whatsapp' as const, lastInboundAt };

  it.each([
    { kind: 'session', now: after(23, 59), optedOutAt: null, why: undefined },
    { kind: 'session', now: after(24), optedOutAt: null, why: 'outside_24h_window' },
    { kind: 'session', now: after(24, 1), optedOutAt: null, why: 'outside_24h_window' },
    { kind: 'session', now: after(23, 59), optedOutAt: stoppedAt, why: undefined },
    { kind: 'session', now: after(24, 1), optedOutAt: stoppedAt, why: 'opted_out' },
    { kind: 'template', now: after(24, 1), optedOutAt: null, why: undefined },
    { kind: 'template', now: after(1), optedOutAt: null, why: undefined },
    // A template queued before the young person said STOP is not sent after it, window or not.
    { kind: 'template', now: after(1), optedOutAt: stoppedAt, why: 'opted_out' },
    { kind: 'template', now: after(24, 1), optedOutAt: stoppedAt, why: 'opted_out' },
  ] as const)('a $kind row at $now, STOP $optedOutAt: $why', ({ kind, now, optedOutAt, why }) => {
    expect(whyNotSendable({ ...whatsapp, kind, optedOutAt, now })).toBe(why);
  });

  it('sends no free text to someone who never wrote', () => {
    expect(whyNotSendable({ channel: 'whatsapp', lastInboundAt: null, optedOutAt: null, kind: 'session', now: after(0) })).toBe('outside_24h_window');
  });
});
