import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardCookies } from '../api/dashboard/dashboard-session';
import { coaches } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'sanne-demo-wachtwoord';

/** The Set-Cookie line of `name`. */
function setCookie(res: LightMyRequestResponse, name: string): string {
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie in ${JSON.stringify(lines)}`);
  return line;
}
const valueOf = (line: string) => line.slice(line.indexOf('=') + 1, line.indexOf(';'));

/**
 * The dashboard's HTTP hygiene against the whole app: security headers on pages and JSON, the
 * cookies' flags, and form posts and query strings that a browser can get wrong.
 */
describe('dashboard and api over HTTP', () => {
  let t: TestStack;
  let app: FastifyInstance;
  let session: string;
  let csrf: string;

  beforeAll(async () => {
    t = await startTestStack();
    app = t.stack.app!;
    const [sanne] = await t.stack.database.db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanne!.id, password: PASSWORD },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(() => t?.close());

  const expectSecurityHeaders = (res: LightMyRequestResponse) => {
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['permissions-policy']).toContain('microphone=()');
  };

  it('sends the security headers with a page and with a JSON answer', async () => {
    const page = await app.inject({ url: '/dashboard/sign-in' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(page);

    const json = await app.inject({ url: '/api/handovers', headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toHaveProperty('handovers');
    expectSecurityHeaders(json);
    // Personal JSON is never kept by a browser or a proxy.
    expect(json.headers['cache-control']).toBe('no-store');
    const docs = await app.inject({ url: '/docs/' });
    expect(String(docs.headers['content-security-policy'])).toContain("default-src 'none'");
    expectSecurityHeaders(await app.inject({ url: '/chat' }));
    expectSecurityHeaders(await app.inject({ url: '/dashboard/assets/dashboard.css' }));
  });

  it('sets the sign-in cookies http-only, SameSite=Strict, Secure (https), on /dashboard, with their lifetimes', async () => {
    const form = await app.inject({ url: '/dashboard/sign-in?lang=en' });
    const pre = setCookie(form, 'jl_pre');
    expect(pre).toMatch(/; Max-Age=3600;/);
    for (const line of [pre, setCookie(form, 'jl_lang')]) {
      expect(line).toContain('; Path=/dashboard');
      expect(line).toContain('; HttpOnly');
      expect(line).toContain('; Secure');
      expect(line).toContain('; SameSite=Strict');
    }
    expect(setCookie(form, 'jl_lang')).toMatch(/^jl_lang=en; Max-Age=31536000;/);

    const preToken = valueOf(pre);
    const signedIn = await app.inject({
      method: 'POST',
      url: '/dashboard/sign-in',
      cookies: { jl_pre: preToken },
      payload: { _csrf: preToken, email: 'sanne.devries@example.nl', password: PASSWORD },
    });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/dashboard/inbox');
    const line = setCookie(signedIn, 'jl_session');
    // A browser-session cookie: it ends with the browser (the server ends it after SESSION_IDLE_MINUTES idle or SESSION_MAX_HOURS).
    expect(line).not.toMatch(/Max-Age|Expires/);
    expect(line).toMatch(/; Path=\/dashboard; HttpOnly; Secure; SameSite=Strict$/);
    expect(setCookie(signedIn, 'jl_pre')).toMatch(/^jl_pre=; Max-Age=0; Path=\/dashboard; .*HttpOnly; Secure; SameSite=Strict$/);
    session = valueOf(line);

    const inbox = await app.inject({ url: '/dashboard/inbox', cookies: { jl_session: session } });
    expect(inbox.statusCode).toBe(200);
    csrf = /name="_csrf" value="([^"]+)"/.exec(inbox.body)![1]!;
  });

  it('leaves Secure off when the product is served over plain http', async () => {
    const plain = Fastify();
    await plain.register(cookie);
    plain.get('/dashboard/x', async (_request, reply) => {
      dashboardCookies({ publicBaseUrl: 'http://localhost:3000' }).set(reply, { name: 'jl_session', value: 'abc' });
      return 'ok';
    });
    const res = await plain.inject({ url: '/dashboard/x' });
    expect(setCookie(res, 'jl_session')).toBe('jl_session=abc; Path=/dashboard; HttpOnly; SameSite=Strict');
    await plain.close();
  });

  it('answers a bad form value with the page and a notice, never a JSON 400', async () => {
    const caseId = randomUUID();
    const post = (url: string, payload: Record<string, string>) =>
      app.inject({ method: 'POST', url, cookies: { jl_session: session }, payload: { _csrf: csrf, ...payload } });

    const badStep = await post(`/dashboard/cases/${caseId}/step`, { step: 'bogus' });
    expect(badStep.statusCode).toBe(303);
    expect(badStep.headers.location).toBe(`/dashboard/cases/${caseId}?notice=invalid`);
    const empty = await post(`/dashboard/cases/${caseId}/messages`, { text: '   ' });
    expect(empty.headers.location).toBe(`/dashboard/cases/${caseId}?notice=invalid`);
    const badOutcome = await post(`/dashboard/cases/${caseId}/close`, { outcome: 'x' });
    expect(badOutcome.headers.location).toBe(`/dashboard/cases/${caseId}?notice=invalid`);

    for (const res of [await post('/dashboard/cases/not-a-case/step', { step: 'match' }), await app.inject({ url: '/dashboard/cases/not-a-case', cookies: { jl_session: session } })]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Niet gevonden.');
    }
    // A valid form for a case that does not exist: the same page.
    expect((await post(`/dashboard/cases/${caseId}/step`, { step: 'match' })).statusCode).toBe(404);

    // Without the form token nothing is read or changed.
    const forged = await app.inject({ method: 'POST', url: `/dashboard/cases/${caseId}/step`, cookies: { jl_session: session }, payload: { step: 'bogus' } });
    expect(forged.statusCode).toBe(403);
    expect(forged.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('drops a bad query value and still shows the page', async () => {
    const res = await app.inject({ url: '/dashboard/cases?step=bogus&coachId=1&lang=xx&notice=<b>', cookies: { jl_session: session } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const indicators = await app.inject({ url: '/dashboard/indicators?from=2026-02-30&to=nonsense', cookies: { jl_session: session } });
    expect(indicators.statusCode).toBe(200);
  });

  it('exports the indicators as a CSV file for Dutch Excel', async () => {
    const res = await app.inject({ url: '/dashboard/indicators.csv?from=2026-01-01&to=2026-03-31', cookies: { jl_session: session } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    // Sanne is a coach of Amstelveen: her own municipality, whatever the query says.
    expect(res.headers['content-disposition']).toBe('attachment; filename="indicatoren-amstelveen-2026-01-01-2026-03-31.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('municipality;from;to;indicator;category;value');
    expect(lines).toContain('amstelveen;2026-01-01;2026-03-31;in_nazorg;;0');
  });

  it('shows a sign-in form that is not what the page sends as a failed sign-in', async () => {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const preToken = valueOf(setCookie(form, 'jl_pre'));
    const res = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: preToken }, payload: { _csrf: preToken, email: 'x@example.nl' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('E-mailadres of wachtwoord klopt niet.');
  });
});
