import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataProtector } from '../cases/privacy/data-protector';

/**
 * The web chat's session, issued by the server (DESIGN.md contract): an unguessable id, an expiry and
 * a MAC over both, in one cookie-safe token of letters, digits, `-` and `_`. The client cannot choose
 * an id ("aaaaaaaaaaaaaaaa" is refused) or stretch its life; the server keeps nothing until the first
 * message, so opening the page a thousand times stores nothing.
 *
 * Layout by position: 22 characters id (16 random bytes), 8 characters expiry (seconds, base 36),
 * 22 characters MAC (the first 16 bytes of the data protector's keyed hash, an HMAC-SHA256 with a key
 * derived from DATA_KEY).
 */
export const CHAT_SESSION_COOKIE = 'jl_chat';
/** A session lives this long after the page was last opened or a message last sent. */
export const CHAT_SESSION_DAYS = 90;
const DAY_MS = 86_400_000;
const ID_LENGTH = 22;
const EXPIRY_LENGTH = 8;
const TOKEN_LENGTH = ID_LENGTH + EXPIRY_LENGTH + 22;

export interface ChatSessions {
  /** A new session's token. */
  issue(now?: Date): string;
  /** The same session with a fresh expiry (the page was opened again). */
  renew(id: string, now?: Date): string;
  /** The session id of a token this server issued and that has not expired; otherwise undefined. */
  read(token: string | undefined, now?: Date): string | undefined;
}

export function createChatSessions(protector: Pick<DataProtector, 'keyedHash' | 'keyedHashes'>): ChatSessions {
  const mac = (body: string) => protector.keyedHash(`web-chat-session:${body}`).slice(0, 22);
  // A session issued before DATA_KEY changed stays valid: its MAC is checked under the previous keys too.
  const macs = (body: string) => protector.keyedHashes(`web-chat-session:${body}`).map((hash) => Buffer.from(hash.slice(0, 22)));
  const sign = (id: string, now: Date) => {
    const expiry = Math.floor((now.getTime() + CHAT_SESSION_DAYS * DAY_MS) / 1000)
      .toString(36)
      .padStart(EXPIRY_LENGTH, '0');
    return `${id}${expiry}${mac(id + expiry)}`;
  };
  return {
    issue: (now = new Date()) => sign(randomBytes(16).toString('base64url'), now),
    renew: (id, now = new Date()) => sign(id, now),
    read(token, now = new Date()) {
      if (typeof token !== 'string' || token.length !== TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
      const id = token.slice(0, ID_LENGTH);
      const expiry = token.slice(ID_LENGTH, ID_LENGTH + EXPIRY_LENGTH);
      const given = Buffer.from(token.slice(ID_LENGTH + EXPIRY_LENGTH));
      const valid = macs(id + expiry).some((expected) => given.length === expected.length && timingSafeEqual(given, expected));
      if (!valid) return undefined;
      return parseInt(expiry, 36) * 1000 > now.getTime() ? id : undefined;
    },
  };
}
