import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAccount, findSession, signIn } from '../cases/staff/staff-accounts';
import { createTestDatabase, type TestDatabase } from './support/database';

const policy = { sessionIdleMinutes: 30, sessionMaxHours: 12, totpRequiredRoles: [] };
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe('dashboard sessions', () => {
  let db: TestDatabase;
  const password = 'een-lang-wachtwoord-1';
  beforeAll(async () => {
    db = await createTestDatabase({ max: 2 });
    await createStaffAccount(db.db, { email: 'analist@example.nl', name: 'Analist', role: 'analyst', password });
  });
  afterAll(() => db.drop());

  const signInAt = async (now: Date) => {
    const result = await signIn(db.db, { email: 'analist@example.nl', password, now, policy });
    if (!result.ok) throw new Error('sign-in failed');
    return result.sessionId;
  };

  it('ends a session left alone for SESSION_IDLE_MINUTES, and keeps one in use alive', async () => {
    const morning = new Date('2026-12-01T08:00:00Z');
    const busy = await signInAt(morning);
    const idle = await signInAt(morning);
    // The busy one is used every 20 minutes for two hours; the idle one not at all.
    for (let m = 20; m <= 120; m += 20) expect(await findSession(db.db, { sessionId: busy, now: minutes(morning, m), policy })).toBeDefined();
    expect(await findSession(db.db, { sessionId: idle, now: minutes(morning, 29), policy })).toBeDefined();
    expect(await findSession(db.db, { sessionId: idle, now: minutes(morning, 29 + 31), policy })).toBeUndefined();
    // Used at 29, gone 31 minutes later: the idle clock counts from the last request, not from sign-in.
  });

  it('ends a session in use at SESSION_MAX_HOURS after sign-in', async () => {
    const morning = new Date('2026-12-02T08:00:00Z');
    const session = await signInAt(morning);
    for (let m = 25; m < 12 * 60; m += 25) expect(await findSession(db.db, { sessionId: session, now: minutes(morning, m), policy })).toBeDefined();
    expect(await findSession(db.db, { sessionId: session, now: minutes(morning, 12 * 60 + 1), policy })).toBeUndefined();
  });

  it('removes sessions that have run out, idle or old, at the next sign-in, and keeps live ones', async () => {
    await db.sql`delete from staff_sessions`;
    const morning = new Date('2026-12-03T08:00:00Z');
    await signInAt(morning);
    const later = await signInAt(minutes(morning, 50));
    // 60 minutes after the first sign-in: the first has been idle for an hour, the second for ten minutes.
    await signInAt(minutes(morning, 60));
    expect((await db.sql`select count(*)::int as n from staff_sessions`)[0]?.n).toBe(2);
    expect(await findSession(db.db, { sessionId: later, now: minutes(morning, 61), policy })).toBeDefined();
  });
});
