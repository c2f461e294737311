import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import { CHAT_SESSION_DAYS, createChatSessions } from './chat-session';

describe('web-chat sessions issued by the server', () => {
  const sessions = createChatSessions(createDataProtector(randomBytes(32)));
  const now = new Date('2026-12-05T19:00:00Z');

  it('reads back a session it issued, with an id of its own choosing', () => {
    const token = sessions.issue(now);
    const id = sessions.read(token, now);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sessions.read(sessions.issue(now), now)).not.toBe(id);
  });

  it('refuses an id the client chose, a changed token, and one of another key', () => {
    expect(sessions.read('aaaaaaaaaaaaaaaa', now)).toBeUndefined();
    const token = sessions.issue(now);
    const changed = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    expect(sessions.read(changed, now)).toBeUndefined();
    expect(createChatSessions(createDataProtector(randomBytes(32))).read(token, now)).toBeUndefined();
    expect(sessions.read(undefined, now)).toBeUndefined();
  });

  it('keeps a session issued before the data key changed, while the old key is a previous key', () => {
    const oldKey = randomBytes(32);
    const token = createChatSessions(createDataProtector(oldKey)).issue(now);
    const id = createChatSessions(createDataProtector(oldKey)).read(token, now);
    expect(createChatSessions(createDataProtector(randomBytes(32), [oldKey])).read(token, now)).toBe(id);
    expect(createChatSessions(createDataProtector(randomBytes(32))).read(token, now)).toBeUndefined();
  });

  it('ends after its days without a visit; a visit renews the same session', () => {
    const token = sessions.issue(now);
    const id = sessions.read(token, now)!;
    const later = new Date(now.getTime() + (CHAT_SESSION_DAYS - 1) * 86_400_000);
    expect(sessions.read(token, later)).toBe(id);
    const renewed = sessions.renew(id, later);
    const muchLater = new Date(now.getTime() + (CHAT_SESSION_DAYS + 10) * 86_400_000);
    expect(sessions.read(token, muchLater)).toBeUndefined();
    expect(sessions.read(renewed, muchLater)).toBe(id);
  });
});
