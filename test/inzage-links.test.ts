import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations } from '../drizzle/schema';
import { createInzageLink, findInzageSession, INZAGE_LINK_HOURS, INZAGE_SESSION_MINUTES, inzageLinkState, openInzageLink } from '../cases/privacy/inzage-links';
import { createTestDatabase, type TestDatabase } from './support/database';

const HOUR = 3_600_000;

/** The one-time link's rules against PostgreSQL, with the clock passed in: 24 hours, once, a 30-minute session. */
describe('inzage links', () => {
  let database: TestDatabase;
  let conversationId: string;
  const t0 = new Date('2026-12-05T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  beforeAll(async () => {
    database = await createTestDatabase({ max: 4 });
    const [row] = await database.db.insert(conversations).values({ key: 'k-inzage', channel: 'whatsapp', addressEnc: 'x' }).returning({ id: conversations.id });
    conversationId = row!.id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('works until 24 hours after it was made, and not a moment later', async () => {
    const late = await createInzageLink(database.db, { conversationId, requestedBy: 'youth', now: t0 });
    expect(await openInzageLink(database.db, { token: late.token, now: at(INZAGE_LINK_HOURS * HOUR) })).toEqual({ ok: false, state: 'expired' });
    expect((await inzageLinkState(database.db, { token: late.token, now: at(INZAGE_LINK_HOURS * HOUR) })).state).toBe('expired');

    const inTime = await createInzageLink(database.db, { conversationId, requestedBy: 'youth', now: t0 });
    const opened = await openInzageLink(database.db, { token: inTime.token, now: at(INZAGE_LINK_HOURS * HOUR - 1000) });
    expect(opened.ok).toBe(true);
  });

  it('opens once, even when opened twice at the same moment; the session ends after 30 minutes', async () => {
    const link = await createInzageLink(database.db, { conversationId, requestedBy: 'youth', now: t0 });
    const both = await Promise.all([1, 2].map(() => openInzageLink(database.db, { token: link.token, now: at(HOUR) })));
    expect(both.filter((o) => o.ok)).toHaveLength(1);
    expect(both.find((o) => !o.ok)).toEqual({ ok: false, state: 'used' });
    const { sessionId } = both.find((o) => o.ok) as { sessionId: string };
    expect(await findInzageSession(database.db, { sessionId, now: at(HOUR + (INZAGE_SESSION_MINUTES - 1) * 60_000) })).toMatchObject({ conversationId });
    expect(await findInzageSession(database.db, { sessionId, now: at(HOUR + INZAGE_SESSION_MINUTES * 60_000) })).toBeUndefined();
    expect(await openInzageLink(database.db, { token: 'not-a-token-of-ours-000', now: t0 })).toEqual({ ok: false, state: 'unknown' });
  });
});
