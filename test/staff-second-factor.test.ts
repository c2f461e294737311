import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../api/app';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createStaffAccount } from '../cases/staff/staff-accounts';
import { loadConfig } from '../config';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-second-factor-tests-0123';
const PASSWORD = 'een-lang-beheer-wachtwoord';
const start = new Date('2026-12-01T09:00:00Z');
const at = (minutes: number) => vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1, line.indexOf(';'));
};
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/**
 * A local password with a second factor, and sessions that end, as a browser meets them: the pages,
 * the redirects and the cookies of the whole app, on a clock the test moves.
 */
describe('dashboard sign-in with a second factor, and sessions that end', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
    const deps = coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 5)), adminToken: ADMIN_TOKEN, events: [] });
    deps.config = loadConfig({ ADMIN_TOKEN, PUBLIC_BASE_URL: 'https://jongerenloket.test', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' });
    app = await buildApp(deps);
    await createStaffAccount(database.db, { email: 'beheer@example.nl', name: 'Beheer', role: 'admin', password: PASSWORD });
    await createStaffAccount(database.db, { email: 'analist@example.nl', name: 'Analist', role: 'analyst', password: PASSWORD });
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  /** The password step: the sign-in form, then its post. */
  const passwordStep = async (email: string) => {
    const form = await app.inject({ url: '/dashboard/sign-in?lang=en' });
    const pre = cookieOf(form, 'jl_pre')!;
    return app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre, jl_lang: 'en' }, payload: { _csrf: pre, email, password: PASSWORD } });
  };
  const codeStep = (session: string, csrf: string, code: string) =>
    app.inject({ method: 'POST', url: '/dashboard/sign-in/code', cookies: { jl_session: session, jl_lang: 'en' }, payload: { _csrf: csrf, code } });
  const page = (url: string, session: string) => app.inject({ url, cookies: { jl_session: session, jl_lang: 'en' } });

  it('an admin sets up a second factor at the first sign-in (QR code and key), and needs a code from the app ever after; a code works once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const signedIn = await passwordStep('beheer@example.nl');
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/dashboard/sign-in/code');
    const pending = cookieOf(signedIn, 'jl_session')!;
    // The password alone opens nothing.
    expect((await page('/dashboard/inbox', pending)).headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');

    const enrol = await page('/dashboard/sign-in/code', pending);
    expect(enrol.statusCode).toBe(200);
    expect(enrol.body).toContain('Set up a second factor');
    expect(enrol.body).toMatch(/<svg[^>]*>.*<path/s);
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(enrol.body)?.[1]?.replace(/&#38;/g, '&');
    expect(uri).toBeDefined();
    const secret = new URL(uri!).searchParams.get('secret')!;
    expect(enrol.body.replace(/ /g, '')).toContain(secret);
    const app_ = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
    const csrf = csrfOf(enrol.body);

    const wrong = await codeStep(pending, csrf, app_.generate({ timestamp: Date.now() + 10 * 60_000 }));
    expect(wrong.headers.location).toBe('/dashboard/sign-in/code?notice=invalidCode');
    const done = await codeStep(pending, csrf, app_.generate());
    expect(done.headers.location).toBe('/dashboard/inbox');
    const session = cookieOf(done, 'jl_session')!;
    expect(session).not.toBe(pending);
    expect((await page('/dashboard/inbox', session)).statusCode).toBe(200);
    // The id seen before the second factor is worth nothing now.
    expect((await page('/dashboard/inbox', pending)).statusCode).toBe(303);

    // Next sign-in: no QR code, a code from the app; the code just used does not work again.
    at(1);
    const again = await passwordStep('beheer@example.nl');
    const nextPending = cookieOf(again, 'jl_session')!;
    const codePage = await page('/dashboard/sign-in/code', nextPending);
    expect(codePage.body).toContain('Code from your app');
    expect(codePage.body).not.toContain('otpauth://');
    const replayed = await codeStep(nextPending, csrfOf(codePage.body), app_.generate({ timestamp: start.getTime() }));
    expect(replayed.headers.location).toBe('/dashboard/sign-in/code?notice=invalidCode');
    const fresh = await codeStep(nextPending, csrfOf(codePage.body), app_.generate());
    expect(fresh.headers.location).toBe('/dashboard/inbox');

    const audit = await database.sql`select actor, action, target from audit_log where action = 'staff.second_factor_enrolled'`;
    expect(audit).toHaveLength(1);
  });

  it('a role that does not require it signs in with the password alone, and may set up a second factor from the dashboard', async () => {
    await createStaffAccount(database.db, { email: 'vrijwillig@example.nl', name: 'Vera', role: 'analyst', password: PASSWORD });
    const res = await passwordStep('vrijwillig@example.nl');
    expect(res.headers.location).toBe('/dashboard/indicators');
    const session = cookieOf(res, 'jl_session')!;

    const setUp = await page('/dashboard/account/second-factor', session);
    expect(setUp.body).toContain('Set up a second factor');
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(setUp.body)![1]!.replace(/&#38;/g, '&');
    const authenticator = new TOTP({ secret: Secret.fromBase32(new URL(uri).searchParams.get('secret')!) });
    const confirm = await app.inject({
      method: 'POST',
      url: '/dashboard/account/second-factor',
      cookies: { jl_session: session, jl_lang: 'en' },
      payload: { _csrf: csrfOf(setUp.body), code: authenticator.generate() },
    });
    expect(confirm.headers.location).toBe('/dashboard/indicators?notice=secondFactorOn');
    expect((await page('/dashboard/account/second-factor', session)).body).toContain('A second factor is set up for your account.');
    // From now on the password alone is not enough.
    expect((await passwordStep('vrijwillig@example.nl')).headers.location).toBe('/dashboard/sign-in/code');
  });

  it('a session left alone for 30 minutes ends, and the page says so; one in use ends 12 hours after sign-in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(100);
    const session = cookieOf(await passwordStep('analist@example.nl'), 'jl_session')!;
    at(129);
    expect((await page('/dashboard/indicators', session)).statusCode).toBe(200);
    at(129 + 31);
    const ended = await page('/dashboard/indicators', session);
    expect(ended.headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');
    expect(([] as string[]).concat(ended.headers['set-cookie'] ?? []).some((l) => l.startsWith('jl_session=;'))).toBe(true);
    const notice = await app.inject({ url: '/dashboard/sign-in?notice=sessionEnded', cookies: { jl_lang: 'en' } });
    expect(notice.body).toContain('Your session has ended. Please sign in again.');

    at(200);
    const busy = cookieOf(await passwordStep('analist@example.nl'), 'jl_session')!;
    for (let m = 200 + 25; m < 200 + 12 * 60; m += 25) {
      at(m);
      expect((await page('/dashboard/indicators', busy)).statusCode).toBe(200);
    }
    at(200 + 12 * 60 + 1);
    expect((await page('/dashboard/indicators', busy)).headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');
  });
});
