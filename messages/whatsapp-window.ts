/**
 * WhatsApp's customer-service window: for 24 hours after the young person's last message, free
 * text may be sent; after that only an approved template (DESIGN.md rule 6). Twilio refuses free
 * text outside it with error 63016. See
 * https://www.twilio.com/docs/whatsapp/key-concepts#the-customer-service-window
 */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

export type WindowState = { open: true; closesAt: Date } | { open: false };

/**
 * Whether the young person wrote within the last 24 hours: open while `now - lastInboundAt` is
 * under 24 hours, closed at exactly 24:00 and after, closed when they never wrote. This is the
 * time rule only; that the web chat has no window is {@link reachYoungPerson}'s (reach-young-person.ts).
 */
export function whatsAppWindow(input: { lastInboundAt: Date | null; now: Date }): WindowState {
  if (input.lastInboundAt === null) return { open: false };
  const closesAt = new Date(input.lastInboundAt.getTime() + WHATSAPP_WINDOW_MS);
  return input.now.getTime() < closesAt.getTime() ? { open: true, closesAt } : { open: false };
}
