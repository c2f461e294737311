import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { coachRoutes } from '../api/coach-routes';
import { errorHandler } from '../api/error-handler';
import { createDataProtector } from '../cases/privacy/data-protector';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-token-tests-0123456789';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const DAY = 86_400_000;
const start = new Date('2026-12-01T09:00:00Z');
/** The clock of the app and the test, moved on by hand (only Date: timers and I/O run as usual). */
const setDay = (day: number) => vi.setSystemTime(new Date(start.getTime() + day * DAY));

describe('coach bearer tokens end and rotate', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
    const deps = coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 4)), adminToken: ADMIN_TOKEN, events: [] });
    deps.config = { ...deps.config, staffAccess: { ...deps.config.staffAccess, tokenDays: 90 } };
    app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    await app.register(coachRoutes, deps);
    await app.ready();
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('a token works until TOKEN_DAYS after it was issued; rotating gives a new one and ends the old one at once, audited', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    setDay(0);
    const created = await app.inject({
      method: 'POST',
      url: '/api/coaches',
      headers: bearer(ADMIN_TOKEN),
      payload: { firstName: 'Eva', lastName: 'Test', role: 'doorstroomcoach', municipality: 'amstelveen' },
    });
    expect(created.statusCode).toBe(201);
    const { token: first, expiresAt, coach } = created.json<{ token: string; expiresAt: string; coach: { id: string } }>();
    expect(new Date(expiresAt).getTime()).toBe(start.getTime() + 90 * DAY);

    setDay(89);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(first) })).statusCode).toBe(200);

    const rotated = await app.inject({ method: 'POST', url: '/api/coaches/me/token', headers: bearer(first) });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const { token: second, expiresAt: secondEnd } = rotated.json<{ token: string; expiresAt: string }>();
    expect(second).not.toBe(first);
    expect(new Date(secondEnd).getTime()).toBe(start.getTime() + (89 + 90) * DAY);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(first) })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(second) })).statusCode).toBe(200);

    const audit = await app.inject({ url: '/api/audit', headers: bearer(ADMIN_TOKEN) });
    expect(audit.json<{ entries: unknown[] }>().entries).toContainEqual(
      expect.objectContaining({ actor: coach.id, action: 'coach.token_rotated', target: `coach:${coach.id}`, caseId: null }),
    );

    // The rotated token ends in its turn: still fine the day before, refused the day after.
    setDay(89 + 89);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(second) })).statusCode).toBe(200);
    setDay(89 + 90);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(second) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/coaches/me/token', headers: bearer(second) })).statusCode).toBe(401);

    // An admin gives the coach a new token (a way back after expiry), also audited.
    const issued = await app.inject({ method: 'POST', url: `/api/coaches/${coach.id}/token`, headers: bearer(ADMIN_TOKEN) });
    expect(issued.statusCode).toBe(201);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(issued.json<{ token: string }>().token) })).statusCode).toBe(200);
    const entries = (await app.inject({ url: '/api/audit', headers: bearer(ADMIN_TOKEN) })).json<{ entries: unknown[] }>().entries;
    expect(entries).toContainEqual(expect.objectContaining({ actor: 'admin', action: 'coach.token_issued', target: `coach:${coach.id}` }));
  });

  it('the admin token (ADMIN_TOKEN) is a setting: it does not expire and is not rotated through the api', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    setDay(1000);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(ADMIN_TOKEN) })).statusCode).toBe(200);
    const rotate = await app.inject({ method: 'POST', url: '/api/coaches/me/token', headers: bearer(ADMIN_TOKEN) });
    expect(rotate.statusCode).toBe(403);
    expect((await app.inject({ url: '/api/handovers', headers: bearer(ADMIN_TOKEN) })).statusCode).toBe(200);
  });
});
