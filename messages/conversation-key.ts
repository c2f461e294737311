import type { Channel } from '../bot/bot-message';
import type { DataProtector } from '../cases/privacy/data-protector';

/** The pseudonymous conversation key: a keyed hash of the channel user id, never the number itself (DESIGN.md rule 5). */
export function conversationKey(protector: DataProtector, channel: Channel, address: string): string {
  return protector.keyedHash(`${channel}:${address}`);
}
