import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createStaffAccount } from '../cases/staff/staff-accounts';
import { loadConfig } from '../config';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-account-recovery-0123456';
const PASSWORD = 'een-lang-eigen-wachtwoord';

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1, line.indexOf(';'));
};
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/**
 * A forgotten password and a lost phone, as the person and their administrator meet them: the password
 * an administrator gives works once and only to choose a new one; a second factor an administrator
 * removes is set up anew at the next sign-in, and the old app's codes open nothing.
 */
describe('account recovery: a one-time password and a reset second factor', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
    const deps = coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 7)), adminToken: ADMIN_TOKEN, events: [] });
    deps.config = loadConfig({ ADMIN_TOKEN, PUBLIC_BASE_URL: 'https://jongerenloket.test' });
    app = await buildApp(deps);
    ids.analyst = (await createStaffAccount(database.db, { email: 'analist@example.nl', name: 'Analist', role: 'analyst', password: PASSWORD })).id;
    ids.admin = (await createStaffAccount(database.db, { email: 'beheer@example.nl', name: 'Beheer', role: 'admin', password: PASSWORD })).id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const api = (method: 'POST' | 'DELETE', url: string) => app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const passwordStep = async (email: string, password: string) => {
    const form = await app.inject({ url: '/dashboard/sign-in?lang=en' });
    const pre = cookieOf(form, 'jl_pre')!;
    return app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre, jl_lang: 'en' }, payload: { _csrf: pre, email, password } });
  };
  const page = (url: string, session: string) => app.inject({ url, cookies: { jl_session: session, jl_lang: 'en' } });
  const post = (url: string, session: string, payload: Record<string, string>) =>
    app.inject({ method: 'POST', url, cookies: { jl_session: session, jl_lang: 'en' }, payload });
  const audit = (action: string) => database.sql`select actor, target from audit_log where action = ${action}`;

  it('a reset password works once, and only to choose a new one; until then the dashboard stays shut', async () => {
    const reset = await api('POST', `/api/staff-accounts/${ids.analyst}/password`);
    expect(reset.statusCode).toBe(201);
    const oneTime = reset.json().password as string;

    const signedIn = await passwordStep('analist@example.nl', oneTime);
    expect(signedIn.headers.location).toBe('/dashboard/sign-in/new-password');
    const pending = cookieOf(signedIn, 'jl_session')!;
    expect((await page('/dashboard/indicators', pending)).headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');
    // The code page, too, sends this session on to the only step it may take.
    expect((await page('/dashboard/sign-in/code', pending)).headers.location).toBe('/dashboard/sign-in/new-password');

    const form = await page('/dashboard/sign-in/new-password', pending);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Choose a new password');
    const csrf = csrfOf(form.body);
    const choose = (password: string, repeat = password) => post('/dashboard/sign-in/new-password', pending, { _csrf: csrf, password, repeat });
    expect((await choose('kort')).headers.location).toBe('/dashboard/sign-in/new-password?notice=passwordTooShort');
    expect((await choose('een-nieuw-wachtwoord-9', 'een-nieuw-wachtwoord-8')).headers.location).toBe('/dashboard/sign-in/new-password?notice=passwordMismatch');
    expect((await choose(oneTime)).headers.location).toBe('/dashboard/sign-in/new-password?notice=passwordSame');
    // Another site cannot choose the password for this browser.
    expect((await post('/dashboard/sign-in/new-password', pending, { _csrf: 'x', password: 'een-nieuw-wachtwoord-9', repeat: 'een-nieuw-wachtwoord-9' })).headers.location).toBe(
      '/dashboard/sign-in/new-password?notice=csrf',
    );

    const chosen = await choose('een-nieuw-wachtwoord-9');
    expect(chosen.headers.location).toBe('/dashboard/indicators?notice=passwordChanged');
    const session = cookieOf(chosen, 'jl_session')!;
    expect(session).not.toBe(pending);
    const start = await page('/dashboard/indicators?notice=passwordChanged', session);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('Your new password is saved.');

    // The one-time password is spent; the chosen one opens the dashboard straight away.
    expect((await passwordStep('analist@example.nl', oneTime)).statusCode).toBe(401);
    expect((await passwordStep('analist@example.nl', 'een-nieuw-wachtwoord-9')).headers.location).toBe('/dashboard/indicators');

    expect(await audit('account.password_reset')).toEqual([{ actor: 'admin', target: `account:${ids.analyst}` }]);
    expect(await audit('staff.password_changed')).toEqual([{ actor: `staff:${ids.analyst}`, target: `account:${ids.analyst}` }]);
  });

  it('an administrator removes a lost second factor: the old app opens nothing, the next sign-in sets up a new one', async () => {
    // The admin set up an authenticator app at their first sign-in (admins must).
    const first = await passwordStep('beheer@example.nl', PASSWORD);
    const pending = cookieOf(first, 'jl_session')!;
    const enrol = await page('/dashboard/sign-in/code', pending);
    const secretOf = (body: string) => new URL(/href="(otpauth:\/\/totp\/[^"]+)"/.exec(body)![1]!.replace(/&#38;/g, '&')).searchParams.get('secret')!;
    const oldApp = new TOTP({ secret: Secret.fromBase32(secretOf(enrol.body)), algorithm: 'SHA1', digits: 6, period: 30 });
    const done = await post('/dashboard/sign-in/code', pending, { _csrf: csrfOf(enrol.body), code: oldApp.generate() });
    expect(done.headers.location).toBe('/dashboard/inbox');
    const session = cookieOf(done, 'jl_session')!;

    // The phone is lost; another admin removes the second factor.
    expect((await api('DELETE', `/api/staff-accounts/${ids.admin}/second-factor`)).statusCode).toBe(204);
    expect((await page('/dashboard/accounts', session)).headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');

    const again = await passwordStep('beheer@example.nl', PASSWORD);
    expect(again.headers.location).toBe('/dashboard/sign-in/code');
    const next = cookieOf(again, 'jl_session')!;
    const newEnrol = await page('/dashboard/sign-in/code', next);
    expect(newEnrol.body).toContain('Set up a second factor');
    expect(secretOf(newEnrol.body)).not.toBe(oldApp.secret.base32);
    // The finder of the old phone gets nowhere with its codes.
    const stale = await post('/dashboard/sign-in/code', next, { _csrf: csrfOf(newEnrol.body), code: oldApp.generate() });
    expect(stale.headers.location).toBe('/dashboard/sign-in/code?notice=invalidCode');

    expect(await audit('account.second_factor_reset')).toEqual([{ actor: 'admin', target: `account:${ids.admin}` }]);
  });
});
