import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createStaffAccount } from '../cases/staff/staff-accounts';
import { loadConfig } from '../config';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startTestOpenIdProvider, type TestOpenIdProvider } from './support/oidc-provider';

const ADMIN_TOKEN = 'admin-token-for-single-sign-on-0123456789';
const PUBLIC_BASE_URL = 'https://jongerenloket.test';

/**
 * A browser without a window: follows redirects one by one, keeps each host's cookies, and reaches
 * the dashboard at PUBLIC_BASE_URL through the local port, as a proxy in front of it would.
 */
function browser(appUrl: string) {
  const jar = new Map<string, Map<string, string>>();
  const local = (url: URL) => (url.origin === PUBLIC_BASE_URL ? new URL(url.pathname + url.search, appUrl) : url);
  const cookiesOf = (host: string) => jar.get(host) ?? jar.set(host, new Map()).get(host)!;

  const request = async (url: URL, init: { method?: string; body?: URLSearchParams } = {}) => {
    const target = local(url);
    const cookies = cookiesOf(url.host);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'accept-language': 'en' },
      ...(init.body ? { body: init.body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };

  return {
    cookies: (host: string) => cookiesOf(host),
    /** Opens a URL and follows redirects; returns the last answer and where it came from. */
    async open(start: string, stopAt?: (url: URL) => boolean): Promise<{ response: Response | undefined; url: URL; body: string; hops: string[] }> {
      let url = new URL(start, PUBLIC_BASE_URL);
      const hops: string[] = [];
      for (let i = 0; i < 20; i++) {
        if (stopAt?.(url)) return { response: undefined, url, body: '', hops };
        hops.push(url.origin + url.pathname);
        const response = await request(url);
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          url = new URL(location, url);
          continue;
        }
        return { response, url, body: await response.text(), hops };
      }
      throw new Error(`too many redirects: ${hops.join(' → ')}`);
    },
  };
}

describe('sign in with your organisation (OpenID Connect, code flow with PKCE)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let provider: TestOpenIdProvider;
  let appUrl: string;

  beforeAll(async () => {
    provider = await startTestOpenIdProvider({ redirectUri: `${PUBLIC_BASE_URL}/dashboard/sign-in/oidc/callback` });
    database = await createTestDatabase({ max: 2 });
    const deps = coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 6)), adminToken: ADMIN_TOKEN, events: [] });
    deps.config = loadConfig({
      ADMIN_TOKEN,
      PUBLIC_BASE_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    app = await buildApp(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    appUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await createStaffAccount(database.db, { email: 'Analist@Amstelveen.example', name: 'Ana List', role: 'analyst', municipality: 'amstelveen', password: 'een-lang-wachtwoord-1' });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await database?.drop();
  });

  it('a person with a dashboard account signs in at their organisation and lands on their start page, with their role from the account', async () => {
    const b = browser(appUrl);
    const signInPage = await b.open('/dashboard/sign-in?lang=en');
    expect(signInPage.body).toContain('Sign in with your organisation');

    provider.signInAs({ subject: 'amstelveen-4711', email: 'analist@amstelveen.example', emailVerified: true });
    const done = await b.open('/dashboard/sign-in/oidc');
    // Through the provider and back, with PKCE in the authorization request.
    expect(done.hops.some((h) => h.startsWith(provider.issuer))).toBe(true);
    expect(done.url.pathname).toBe('/dashboard/sign-in/oidc/callback');
    expect(done.response?.status).toBe(200);
    expect(done.body).toContain('http-equiv="refresh" content="0; url=/dashboard/indicators"');
    expect(b.cookies('jongerenloket.test').has('jl_oidc')).toBe(false);

    const start = await b.open('/dashboard/indicators');
    expect(start.response?.status).toBe(200);
    expect(start.body).toContain('Ana List');
    expect(start.body).toContain('(analyst)');

    // The subject is now bound: a later sign-in finds the account by it, even with another e-mail at the provider.
    const [row] = await database.sql`select oidc_subject from staff_accounts where lower(email) = 'analist@amstelveen.example'`;
    expect(row?.oidc_subject).toBe('amstelveen-4711');
    const again = browser(appUrl);
    provider.signInAs({ subject: 'amstelveen-4711', email: 'a.list@amstelveen.example', emailVerified: true });
    expect((await again.open('/dashboard/sign-in/oidc')).response?.status).toBe(200);
    expect((await again.open('/dashboard/indicators')).body).toContain('Ana List');
  });

  it('someone the dashboard does not know is refused with a clear page, and no account is made', async () => {
    const before = await database.sql`select count(*)::int as n from staff_accounts`;
    for (const person of [
      { subject: 'stranger-1', email: 'stranger@amstelveen.example', emailVerified: true },
      // An address the provider has not verified does not match an account.
      { subject: 'stranger-2', email: 'analist@amstelveen.example', emailVerified: false },
    ]) {
      const b = browser(appUrl);
      provider.signInAs(person);
      const refused = await b.open('/dashboard/sign-in/oidc?lang=en');
      expect(refused.response?.status).toBe(403);
      // The browser comes back from another site without the (Strict) language cookie: Dutch, the default.
      expect(refused.body).toContain('niet gekoppeld aan een account voor het dashboard');
      expect(b.cookies('jongerenloket.test').has('jl_session')).toBe(false);
      expect((await b.open('/dashboard/inbox')).url.pathname).toBe('/dashboard/sign-in');
    }
    expect(await database.sql`select count(*)::int as n from staff_accounts`).toEqual(before);
  });

  it('a callback that does not belong to the sign-in this browser started is refused (an attacker’s code brought to a victim)', async () => {
    const atCallback = (url: URL) => url.pathname === '/dashboard/sign-in/oidc/callback';
    provider.signInAs({ subject: 'amstelveen-4711', email: 'analist@amstelveen.example', emailVerified: true });
    const attacker = await browser(appUrl).open('/dashboard/sign-in/oidc', atCallback);
    expect(attacker.url.searchParams.get('code')).toBeTruthy();

    const victim = browser(appUrl);
    await victim.open('/dashboard/sign-in?lang=en');
    await victim.open('/dashboard/sign-in/oidc', atCallback);
    const forged = await victim.open(attacker.url.href);
    expect(forged.response?.status).toBe(400);
    expect(forged.body).toContain('Signing in with your organisation did not work.');
    expect(victim.cookies('jongerenloket.test').has('jl_session')).toBe(false);
    // Without any sign-in started, a callback is refused too.
    const bare = await browser(appUrl).open(attacker.url.href);
    expect(bare.response?.status).toBe(400);
  });

  it('an admin may name the subject up front: that person signs in whatever e-mail the provider shows', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { email: 'beheer@aalsmeer.example', name: 'Bea Heer', role: 'analyst', municipality: 'aalsmeer', password: 'een-lang-wachtwoord-2', oidcSubject: 'aalsmeer-0042' },
    });
    expect(created.statusCode).toBe(201);
    const b = browser(appUrl);
    provider.signInAs({ subject: 'aalsmeer-0042', email: 'b.heer@elders.example', emailVerified: false });
    expect((await b.open('/dashboard/sign-in/oidc')).response?.status).toBe(200);
    expect((await b.open('/dashboard/indicators')).body).toContain('Bea Heer');
  });

  it('an admin whose provider did not ask a second factor gives the dashboard’s own code first; with the provider’s second factor they go straight in', async () => {
    await createStaffAccount(database.db, { email: 'beheer@amstelveen.example', name: 'Bert Beheer', role: 'admin', password: 'een-lang-wachtwoord-3' });

    // A password alone at the provider: the session waits for a second factor (admins must have one: TOTP_REQUIRED_ROLES).
    const passwordOnly = browser(appUrl);
    provider.signInAs({ subject: 'beheer-1', email: 'beheer@amstelveen.example', emailVerified: true, amr: ['pwd'] });
    const back = await passwordOnly.open('/dashboard/sign-in/oidc');
    expect(back.response?.status).toBe(200);
    expect(back.body).toContain('url=/dashboard/sign-in/code');
    const code = await passwordOnly.open('/dashboard/sign-in/code?lang=en');
    expect(code.response?.status).toBe(200);
    expect(code.body).toContain('otpauth://totp/');
    // Until the code is given, the session opens no page.
    const blocked = await passwordOnly.open('/dashboard/accounts');
    expect(blocked.url.pathname).toBe('/dashboard/sign-in');

    // Nothing said about how the person signed in counts as a password alone, too.
    const unsaid = browser(appUrl);
    provider.signInAs({ subject: 'beheer-1', email: 'beheer@amstelveen.example', emailVerified: true });
    expect((await unsaid.open('/dashboard/sign-in/oidc')).body).toContain('url=/dashboard/sign-in/code');

    // The provider asked a second factor (amr "mfa"): the admin is in.
    const strong = browser(appUrl);
    provider.signInAs({ subject: 'beheer-1', email: 'beheer@amstelveen.example', emailVerified: true, amr: ['pwd', 'mfa'] });
    const done = await strong.open('/dashboard/sign-in/oidc');
    expect(done.body).not.toContain('/dashboard/sign-in/code');
    const accounts = await strong.open('/dashboard/accounts');
    expect(accounts.response?.status).toBe(200);
    expect(accounts.body).toContain('Bert Beheer');
  });

  it('without the settings there is no button and no route', async () => {
    const plain = await buildApp(coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 6)), adminToken: ADMIN_TOKEN, events: [] }));
    expect((await plain.inject({ url: '/dashboard/sign-in?lang=en' })).body).not.toContain('Sign in with your organisation');
    expect((await plain.inject({ url: '/dashboard/sign-in/oidc' })).statusCode).toBe(404);
    await plain.close();
  });
});
