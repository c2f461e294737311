import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAccount, findSession, SESSION_HOURS, signIn } from '../cases/staff/staff-accounts';
import { createTestDatabase, type TestDatabase } from './support/database';

describe('dashboard sessions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ max: 2 });
    await createStaffAccount(db.db, { email: 'analist@example.nl', name: 'Analist', role: 'analyst', password: 'een-lang-wachtwoord-1' });
  });
  afterAll(() => db.drop());

  it('removes sessions that have run out at the next sign-in, and keeps live ones', async () => {
    const morning = new Date('2026-12-01T08:00:00Z');
    const first = await signIn(db.db, { email: 'analist@example.nl', password: 'een-lang-wachtwoord-1', now: morning });
    const second = await signIn(db.db, { email: 'analist@example.nl', password: 'een-lang-wachtwoord-1', now: new Date(morning.getTime() + 3_600_000) });
    if (!first.ok || !second.ok) throw new Error('sign-in failed');
    expect((await db.sql`select count(*)::int as n from staff_sessions`)[0]?.n).toBe(2);

    // The next morning: the first session ran out and is gone; the second, also run out, too.
    const nextDay = new Date(morning.getTime() + (SESSION_HOURS + 14) * 3_600_000);
    const third = await signIn(db.db, { email: 'analist@example.nl', password: 'een-lang-wachtwoord-1', now: nextDay });
    if (!third.ok) throw new Error('sign-in failed');
    expect((await db.sql`select count(*)::int as n from staff_sessions`)[0]?.n).toBe(1);
    expect(await findSession(db.db, { sessionId: third.sessionId, now: nextDay })).toBeDefined();
    expect(await findSession(db.db, { sessionId: first.sessionId, now: morning })).toBeUndefined();
  });
});
