import { describe, expect, it } from 'vitest';
import { reachYoungPerson, whyNotSendable } from './reach-young-person';

const lastInboundAt = new Date('2026-03-02T09:30:00Z');
const after = (hours: number, minutes = 0) => new Date(lastInboundAt.getTime() + (hours * 60 + minutes) * 60_000);

describe('reachYoungPerson', () => {
  it.each([
    // WhatsApp: the window decides between free text and a template.
    { channel: 'whatsapp', now: after(23, 59), last: lastInboundAt, optedOut: false, reach: 'free_text' },
    { channel: 'whatsapp', now: after(24), last: lastInboundAt, optedOut: false, reach: 'template' },
    { channel: 'whatsapp', now: after(24, 1), last: lastInboundAt, optedOut: false, reach: 'template' },
    { channel: 'whatsapp', now: after(0), last: null, optedOut: false, reach: 'template' },
    // Web chat: no window.
    { channel: 'web', now: after(23, 59), last: lastInboundAt, optedOut: false, reach: 'free_text' },
    { channel: 'web', now: after(24, 1), last: lastInboundAt, optedOut: false, reach: 'free_text' },
    { channel: 'web', now: after(0), last: null, optedOut: false, reach: 'free_text' },
    // After STOP: free text only while they themselves wrote in the last 24 hours, never a template.
    { channel: 'whatsapp', now: after(23, 59), last: lastInboundAt, optedOut: true, reach: 'free_text' },
    { channel: 'whatsapp', now: after(24), last: lastInboundAt, optedOut: true, reach: 'nothing' },
    { channel: 'whatsapp', now: after(24, 1), last: lastInboundAt, optedOut: true, reach: 'nothing' },
    { channel: 'whatsapp', now: after(0), last: null, optedOut: true, reach: 'nothing' },
    // The web chat follows the same STOP rule.
    { channel: 'web', now: after(23, 59), last: lastInboundAt, optedOut: true, reach: 'free_text' },
    { channel: 'web', now: after(24), last: lastInboundAt, optedOut: true, reach: 'nothing' },
    { channel: 'web', now: after(0), last: null, optedOut: true, reach: 'nothing' },
  ] as const)('$channel, last message $last, now $now, STOP $optedOut: $reach', ({ channel, now, last, optedOut, reach }) => {
    expect(reachYoungPerson({ channel, lastInboundAt: last, optedOut, now })).toBe(reach);
  });

  it.each(['whatsapp', 'web'] as const)('an automated message (nazorg, re-approach) on %s: never after STOP, even in an open window', (channel) => {
    expect(reachYoungPerson({ channel, lastInboundAt, optedOut: true, automated: true, now: after(1) })).toBe('nothing');
    expect(reachYoungPerson({ channel, lastInboundAt, optedOut: false, automated: true, now: after(1) })).toBe('free_text');
  });
});

describe('whyNotSendable (at send time)', () => {
  const whatsapp = { channel: 'whatsapp' as const, lastInboundAt };

  it.each([
    { kind: 'session', now: after(23, 59), optedOut: false, why: undefined },
    { kind: 'session', now: after(24), optedOut: false, why: 'outside_24h_window' },
    { kind: 'session', now: after(24, 1), optedOut: false, why: 'outside_24h_window' },
    { kind: 'session', now: after(23, 59), optedOut: true, why: undefined },
    { kind: 'session', now: after(24, 1), optedOut: true, why: 'opted_out' },
    { kind: 'template', now: after(24, 1), optedOut: false, why: undefined },
    { kind: 'template', now: after(1), optedOut: false, why: undefined },
    // A template queued before the young person said STOP is not sent after it, window or not.
    { kind: 'template', now: after(1), optedOut: true, why: 'opted_out' },
    { kind: 'template', now: after(24, 1), optedOut: true, why: 'opted_out' },
  ] as const)('a $kind row at $now, STOP $optedOut: $why', ({ kind, now, optedOut, why }) => {
    expect(whyNotSendable({ ...whatsapp, kind, optedOut, now })).toBe(why);
  });

  it('sends no free text to someone who never wrote', () => {
    expect(whyNotSendable({ channel: 'whatsapp', lastInboundAt: null, optedOut: false, kind: 'session', now: after(0) })).toBe('outside_24h_window');
  });
});
