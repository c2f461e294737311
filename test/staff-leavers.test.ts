import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases, coaches, signals, staffAccounts, staffSessions } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'een-lang-wachtwoord-1';

/**
 * Joiners, movers and leavers: a coach who leaves is out of the API and the dashboard at once; an
 * account of a coach who moved sees the new municipality's cases only; an administrator switches
 * accounts off and on, changes roles, resets passwords and ends sessions from the dashboard.
 */
describe('joiners, movers and leavers', () => {
  let t: TestStack;
  let app: FastifyInstance;
  const year = new Date().getFullYear();
  const db = () => t.stack.database.db;
  const admin = () => ({ authorization: `Bearer ${t.adminToken}` });

  const cookieOf = (res: LightMyRequestResponse, name: string) => {
    const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`));
    return line ? line.slice(name.length + 1, line.indexOf(';')) : undefined;
  };
  /** Signs in through the form as a browser does; the session cookie, or undefined when refused. */
  const signIn = async (email: string, password = PASSWORD) => {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieOf(form, 'jl_pre')!;
    const res = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email, password } });
    return res.statusCode === 303 ? cookieOf(res, 'jl_session') : undefined;
  };
  const page = (session: string, url: string) => app.inject({ url, cookies: { jl_session: session } });
  const csrfOf = async (session: string) => /name="_csrf" value="([^"]+)"/.exec((await page(session, '/dashboard/inbox')).body)?.[1] ?? '';

  const newCoach = async (body: object) => {
    const res = await app.inject({ method: 'POST', url: '/api/coaches', headers: admin(), payload: body });
    expect(res.statusCode).toBe(201);
    return res.json() as { coach: { id: string }; token: string };
  };
  const newAccount = async (body: object) => {
    const res = await app.inject({ method: 'POST', url: '/api/staff-accounts', headers: admin(), payload: { password: PASSWORD, ...body } });
    expect(res.statusCode).toBe(201);
    return res.json().account.id as string;
  };

  beforeAll(async () => {
    // Admins sign in with a password alone here; the second factor has its own tests (staff-second-factor).
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
  }, 120_000);
  afterAll(() => t?.close());

  it('shuts a leaver out at once: token, dashboard sign-in and the session already open', async () => {
    const leo = await newCoach({ firstName: 'Leo', lastName: 'Vertrek', role: 'jongerencoach_werk', municipality: 'amstelveen' });
    const accountId = await newAccount({ email: 'leo@amstelveen.example', name: 'Leo Vertrek', role: 'team_lead', coachId: leo.coach.id });
    const session = (await signIn('leo@amstelveen.example'))!;
    expect((await page(session, '/dashboard/inbox')).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/handovers', headers: { authorization: `Bearer ${leo.token}` } })).statusCode).toBe(200);

    const gone = await app.inject({ method: 'PATCH', url: `/api/coaches/${leo.coach.id}`, headers: admin(), payload: { active: false } });
    expect(gone.statusCode).toBe(200);

    const after = await page(session, '/dashboard/inbox');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/dashboard/sign-in?notice=sessionEnded');
    expect(await signIn('leo@amstelveen.example')).toBeUndefined();
    expect((await app.inject({ url: '/api/handovers', headers: { authorization: `Bearer ${leo.token}` } })).statusCode).toBe(401);
    const [account] = await db().select().from(staffAccounts).where(eq(staffAccounts.id, accountId));
    expect(account?.active).toBe(false);
    expect((await db().select({ n: count() }).from(staffSessions).where(eq(staffSessions.accountId, accountId)))[0]!.n).toBe(0);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.target, `coach:${leo.coach.id}`), eq(auditLog.action, 'coach.deactivated')));
    expect(entry).toMatchObject({ actor: 'admin', municipality: 'amstelveen' });

    // Switching the account back on does not let the leaver in while their coach is gone.
    const on = await app.inject({ method: 'PATCH', url: `/api/staff-accounts/${accountId}`, headers: admin(), payload: { active: true } });
    expect(on.json().account).toMatchObject({ active: true, coachActive: false });
    expect(await signIn('leo@amstelveen.example')).toBeUndefined();
  });

  it('takes a mover’s team lead powers from the old municipality at once', async () => {
    // A leerplichtambtenaar: the 20-year-old's case goes to a doorstroomcoach, not to her.
    const mia = await newCoach({ firstName: 'Mia', lastName: 'Verhuis', role: 'leerplichtambtenaar', municipality: 'amstelveen' });
    await newAccount({ email: 'mia@amstelveen.example', name: 'Mia Verhuis', role: 'team_lead', coachId: mia.coach.id });
    const imported = await app.inject({
      method: 'POST',
      url: '/api/signals',
      headers: admin(),
      payload: { source: 'coach', signals: [{ voornaam: 'Sem', geboortedatum: `2-5-${year - 20}`, telefoon: '0655560001', gemeente: 'amstelveen', toestemming_whatsapp: false }] },
    });
    const [signal] = await db().select({ caseId: signals.caseId }).from(signals).where(eq(signals.importId, imported.json().importId));
    const session = (await signIn('mia@amstelveen.example'))!;
    expect((await page(session, `/dashboard/cases/${signal!.caseId}`)).statusCode).toBe(200);

    // She now works in Aalsmeer: a global admin moves her. Her session ends; signed in again, the account follows her.
    const moved = await app.inject({ method: 'POST', url: `/api/coaches/${mia.coach.id}/move`, headers: admin(), payload: { municipality: 'aalsmeer' } });
    expect(moved.statusCode).toBe(200);
    expect((await page(session, `/dashboard/cases/${signal!.caseId}`)).statusCode).toBe(303);
    const again = (await signIn('mia@amstelveen.example'))!;
    expect((await page(again, `/dashboard/cases/${signal!.caseId}`)).statusCode).toBe(403);
  });

  it('moves a coach to the other municipality as one action: her young people keep a coach where they live, her old powers end', async () => {
    const eva = await newCoach({ firstName: 'Eva', lastName: 'Verhuis', role: 'doorstroomcoach', municipality: 'amstelveen', isAdmin: true });
    await newAccount({ email: 'eva@amstelveen.example', name: 'Eva Verhuis', role: 'coach', coachId: eva.coach.id });
    const imported = await app.inject({
      method: 'POST',
      url: '/api/signals',
      headers: admin(),
      payload: { source: 'coach', signals: [{ voornaam: 'Noa', geboortedatum: `3-6-${year - 19}`, telefoon: '0655570001', gemeente: 'amstelveen', toestemming_whatsapp: false }] },
    });
    const [signal] = await db().select({ caseId: signals.caseId }).from(signals).where(eq(signals.importId, imported.json().importId));
    const caseId = signal!.caseId;
    // Eva is Noa's vaste contactpersoon.
    await db().update(cases).set({ coachId: eva.coach.id }).where(eq(cases.id, caseId));
    const session = (await signIn('eva@amstelveen.example'))!;
    expect((await page(session, `/dashboard/cases/${caseId}`)).statusCode).toBe(200);

    // An admin-coach of Amstelveen may not move anyone out (nor in): the power crosses municipalities.
    const lead = await newCoach({ firstName: 'Lex', lastName: 'Beheer', role: 'doorstroomcoach', municipality: 'amstelveen', isAdmin: true });
    const byLead = await app.inject({ method: 'POST', url: `/api/coaches/${eva.coach.id}/move`, headers: { authorization: `Bearer ${lead.token}` }, payload: { municipality: 'aalsmeer' } });
    expect(byLead.statusCode).toBe(403);
    const samePlace = await app.inject({ method: 'POST', url: `/api/coaches/${eva.coach.id}/move`, headers: admin(), payload: { municipality: 'amstelveen' } });
    expect(samePlace.statusCode).toBe(400);
    expect((await db().select().from(coaches).where(eq(coaches.id, eva.coach.id)))[0]).toMatchObject({ municipality: 'amstelveen', isAdmin: true });

    const moved = await app.inject({ method: 'POST', url: `/api/coaches/${eva.coach.id}/move`, headers: admin(), payload: { municipality: 'aalsmeer' } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().coach).toMatchObject({ municipality: 'aalsmeer', isAdmin: false });
    // Noa lives in Amstelveen: her case stays there, with a new vaste contactpersoon, and a handover that tells the story.
    const [after] = await db().select({ coachId: cases.coachId, municipality: coaches.municipality }).from(cases).innerJoin(coaches, eq(coaches.id, cases.coachId)).where(eq(cases.id, caseId));
    expect(after).toMatchObject({ municipality: 'amstelveen' });
    expect(after!.coachId).not.toBe(eva.coach.id);
    expect(moved.json().reassigned).toEqual([expect.objectContaining({ caseId })]);
    // Her Amstelveen powers end at once.
    expect((await page(session, `/dashboard/cases/${caseId}`)).statusCode).toBe(303);
    const evaNow = (await signIn('eva@amstelveen.example'))!;
    expect((await page(evaNow, `/dashboard/cases/${caseId}`)).statusCode).toBe(403);
    // Both municipalities' logs say who moved her.
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.target, `coach:${eva.coach.id}`), eq(auditLog.action, 'coach.moved')));
    expect(entries.map((e) => [e.actor, e.municipality]).sort()).toEqual([
      ['admin', 'aalsmeer'],
      ['admin', 'amstelveen'],
    ]);
  });

  it('lets an admin reset a password, end sessions and switch an account off from the dashboard, within scope', async () => {
    const noor = await newCoach({ firstName: 'Noor', lastName: 'Coach', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    const noorAccount = await newAccount({ email: 'noor@aalsmeer.example', name: 'Noor Coach', role: 'coach', coachId: noor.coach.id });
    const lead = await newCoach({ firstName: 'Lotte', lastName: 'Leider', role: 'doorstroomcoach', municipality: 'amstelveen' });
    await newAccount({ email: 'lotte@amstelveen.example', name: 'Lotte Leider', role: 'team_lead', coachId: lead.coach.id });
    await newAccount({ email: 'beheer@regio.example', name: 'Beheer', role: 'admin' });

    // A team lead of Amstelveen sees no Aalsmeer account and cannot touch one.
    const lotte = (await signIn('lotte@amstelveen.example'))!;
    expect((await page(lotte, '/dashboard/accounts')).body).not.toContain('noor@aalsmeer.example');
    expect((await page(lotte, `/dashboard/accounts/${noorAccount}`)).statusCode).toBe(403);
    const lotteCsrf = await csrfOf(lotte);
    const refused = await app.inject({ method: 'POST', url: `/dashboard/accounts/${noorAccount}/active`, cookies: { jl_session: lotte }, payload: { _csrf: lotteCsrf, active: 'false' } });
    expect(refused.statusCode).toBe(403);
    // A plain coach has no accounts page at all.
    const noorSession = (await signIn('noor@aalsmeer.example'))!;
    expect((await page(noorSession, '/dashboard/accounts')).statusCode).toBe(403);

    const beheer = (await signIn('beheer@regio.example'))!;
    const list = await page(beheer, '/dashboard/accounts');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('noor@aalsmeer.example');
    const csrf = await csrfOf(beheer);
    const post = (path: string, payload: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: `/dashboard/accounts/${noorAccount}/${path}`, cookies: { jl_session: beheer }, payload: { _csrf: csrf, ...payload } });

    // A forged form (no token) changes nothing.
    const forged = await app.inject({ method: 'POST', url: `/dashboard/accounts/${noorAccount}/password`, cookies: { jl_session: beheer }, payload: {} });
    expect(forged.statusCode).toBe(403);
    expect((await page(noorSession, '/dashboard/inbox')).statusCode).toBe(200);

    const reset = await post('password');
    expect(reset.statusCode).toBe(200);
    const password = /<code class="pre">([^<]+)<\/code>/.exec(reset.body)?.[1];
    expect(password).toMatch(/^[\w-]{20}$/);
    expect((await page(noorSession, '/dashboard/inbox')).statusCode).toBe(303);
    expect(await signIn('noor@aalsmeer.example')).toBeUndefined();
    // The one-time password leads only to choosing a new one (test/staff-account-recovery.test.ts).
    const pending = (await signIn('noor@aalsmeer.example', password))!;
    expect((await page(pending, '/dashboard/inbox')).statusCode).toBe(303);
    const form = await page(pending, '/dashboard/sign-in/new-password');
    const formToken = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const chosen = await app.inject({
      method: 'POST',
      url: '/dashboard/sign-in/new-password',
      cookies: { jl_session: pending },
      payload: { _csrf: formToken, password: 'noors-eigen-wachtwoord', repeat: 'noors-eigen-wachtwoord' },
    });
    const fresh = cookieOf(chosen, 'jl_session')!;
    expect((await page(fresh, '/dashboard/inbox')).statusCode).toBe(200);

    expect((await post('sessions')).headers.location).toBe(`/dashboard/accounts/${noorAccount}?notice=sessionsEnded`);
    expect((await page(fresh, '/dashboard/inbox')).statusCode).toBe(303);

    expect((await post('role', { role: 'team_lead' })).headers.location).toContain('notice=roleChanged');
    expect((await post('active', { active: 'false' })).headers.location).toContain('notice=accountDeactivated');
    expect(await signIn('noor@aalsmeer.example', 'noors-eigen-wachtwoord')).toBeUndefined();
    expect((await post('active', { active: 'true' })).headers.location).toContain('notice=accountReactivated');
    expect(await signIn('noor@aalsmeer.example', 'noors-eigen-wachtwoord')).toBeDefined();

    const [beheerAccount] = await db().select({ id: staffAccounts.id }).from(staffAccounts).where(eq(staffAccounts.email, 'beheer@regio.example'));
    const entries = await db().select().from(auditLog).where(eq(auditLog.target, `account:${noorAccount}`));
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['account.password_reset', 'account.sessions_ended', 'account.role_changed', 'account.deactivated', 'account.reactivated']),
    );
    // Noor's own choice of a new password is hers; every other entry is the administrator's.
    expect(entries.filter((e) => e.action !== 'account.created' && e.action !== 'staff.password_changed').every((e) => e.actor === `staff:${beheerAccount!.id}` && e.municipality === 'aalsmeer')).toBe(true);
  });
});
