import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, coaches } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'directory-admin-wachtwoord';

const cookieValue = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`)) ?? '';
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'));
};

/** The dashboard's Adressen page: an admin keeps the directory with a form; a coach may not. */
describe('the directory page of the dashboard', () => {
  let t: TestStack;
  let app: FastifyInstance;

  beforeAll(async () => {
    // Admins sign in with a password alone here; the second factor has its own tests (staff-second-factor).
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
    const [sanne] = await t.stack.database.db.select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    for (const payload of [
      { email: 'beheer@example.nl', name: 'Beheer', role: 'admin', password: PASSWORD },
      { email: 'sanne@example.nl', name: 'Sanne', role: 'coach', coachId: sanne!.id, password: PASSWORD },
    ]) {
      const created = await app.inject({ method: 'POST', url: '/api/staff-accounts', headers: { authorization: `Bearer ${t.adminToken}` }, payload });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(() => t?.close());

  async function signIn(email: string): Promise<string> {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieValue(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email, password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    return cookieValue(signedIn, 'jl_session');
  }

  it('an admin changes the Sociaal loket of Aalsmeer with the form: saved, audited, shown', async () => {
    const session = await signIn('beheer@example.nl');
    const page = await app.inject({ url: '/dashboard/directory', cookies: { jl_session: session } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Raadhuisplein 1, 1431 EH Aalsmeer');
    expect(page.body).toContain('href="/dashboard/directory"');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;

    const saved = await app.inject({
      method: 'POST',
      url: '/dashboard/directory',
      cookies: { jl_session: session },
      payload: { _csrf: csrf, municipality: 'aalsmeer', kind: 'sociaal_loket', name: 'Sociaal loket Aalsmeer', address: 'Zwarteweg 77, 1431 VL Aalsmeer', phone: '0297-387575', openingHours: 'ma t/m vr 8.30–12.30', webUrl: '' },
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/dashboard/directory?notice=directorySaved');
    const after = await app.inject({ url: '/dashboard/directory?notice=directorySaved', cookies: { jl_session: session } });
    expect(after.body).toContain('Opgeslagen. De chatbot noemt het nieuwe contact meteen.');
    expect(after.body).toContain('Zwarteweg 77, 1431 VL Aalsmeer');
    const audit = await t.stack.database.db.select().from(auditLog).where(eq(auditLog.action, 'directory.saved:aalsmeer/sociaal_loket'));
    expect(audit).toHaveLength(1);

    const bad = await app.inject({
      method: 'POST',
      url: '/dashboard/directory',
      cookies: { jl_session: session },
      payload: { _csrf: csrf, municipality: 'aalsmeer', kind: 'sociaal_loket', name: 'X', phone: 'bel ons' },
    });
    expect(bad.headers.location).toBe('/dashboard/directory?notice=invalid');
  });

  it('a coach gets no directory page and cannot post to it', async () => {
    const session = await signIn('sanne@example.nl');
    const page = await app.inject({ url: '/dashboard/directory', cookies: { jl_session: session } });
    expect(page.statusCode).toBe(403);
    const inbox = await app.inject({ url: '/dashboard/inbox', cookies: { jl_session: session } });
    expect(inbox.body).not.toContain('href="/dashboard/directory"');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(inbox.body)![1]!;
    const post = await app.inject({
      method: 'POST',
      url: '/dashboard/directory',
      cookies: { jl_session: session },
      payload: { _csrf: csrf, municipality: 'amstelveen', kind: 'werkplein', name: 'Niet van mij' },
    });
    expect(post.statusCode).toBe(403);
  });
});
