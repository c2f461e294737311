import { describe, expect, it } from 'vitest';
import { whatsAppWindow } from './whatsapp-window';

const lastInboundAt = new Date('2026-03-02T09:30:00Z');
const after = (hours: number, minutes = 0) => new Date(lastInboundAt.getTime() + (hours * 60 + minutes) * 60_000);

describe('whatsAppWindow', () => {
  it.each([
    { at: '0:00 (they just wrote)', now: after(0), open: true },
    { at: '23:59', now: after(23, 59), open: true },
    { at: '24:00 exactly', now: after(24), open: false },
    { at: '24:01', now: after(24, 1), open: false },
  ])('at $at after the young person\'s last message the window is open: $open', ({ now, open }) => {
    expect(whatsAppWindow({ lastInboundAt, now }).open).toBe(open);
  });

  it('is closed when the young person never wrote', () => {
    expect(whatsAppWindow({ lastInboundAt: null, now: after(0) })).toEqual({ open: false });
  });

  it('says when an open window closes: 24 hours after their last message', () => {
    expect(whatsAppWindow({ lastInboundAt, now: after(1) })).toEqual({ open: true, closesAt: after(24) });
  });
});
