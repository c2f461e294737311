import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases, coaches, conversations, handovers, youths } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'audit-trail-wachtwoord';
const SUMMARY = 'Jongere (19) wil terug naar school en heeft zorgen thuis.';

const cookieValue = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`)) ?? '';
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'));
};

/**
 * The audit log names the real person for every kind of entry: a list read, a case's details, an
 * export, a token issued and an account changed; it holds ids and counts, never what the case says;
 * and when it cannot be written, nothing is shown. Indicators hide counts of 1 to 4 from coaches and
 * analysts, not from administrators.
 */
describe('the audit trail and small counts', () => {
  let t: TestStack;
  let app: FastifyInstance;
  let sanne: { id: string; token: string };
  let mohamed: { id: string; token: string };
  let caseId: string;
  const accounts: Record<string, string> = {};

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const db = () => t.stack.database.db;
  const latest = async (action: string) => (await db().select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1))[0];

  async function signIn(email: string): Promise<string> {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieValue(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email, password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    return cookieValue(signedIn, 'jl_session');
  }

  beforeAll(async () => {
    // Admins sign in with a password alone here; the second factor has its own tests (staff-second-factor).
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
    const [sanneRow] = await db().select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const [mohamedRow] = await db().select().from(coaches).where(eq(coaches.firstName, 'Mohamed'));
    // Mohamed is an admin-coach of Amstelveen: he manages its coaches with his own token.
    await db().update(coaches).set({ isAdmin: true }).where(eq(coaches.id, mohamedRow!.id));
    const issued = await app.inject({ method: 'POST', url: `/api/coaches/${mohamedRow!.id}/token`, headers: bearer(t.adminToken) });
    mohamed = { id: mohamedRow!.id, token: (issued.json() as { token: string }).token };
    sanne = { id: sanneRow!.id, token: '' };

    for (const payload of [
      { email: 'beheer@example.nl', name: 'Beheer', role: 'admin' },
      { email: 'sanne@example.nl', name: 'Sanne', role: 'coach', coachId: sanne.id },
      { email: 'analist@example.nl', name: 'Ali Analist', role: 'analyst', municipality: 'amstelveen' },
    ]) {
      const created = await app.inject({ method: 'POST', url: '/api/staff-accounts', headers: bearer(t.adminToken), payload: { ...payload, password: PASSWORD } });
      expect(created.statusCode).toBe(201);
      accounts[payload.email] = (created.json() as { account: { id: string } }).account.id;
    }

    // One young person of Sanne's, in nazorg, with an open handover: every count about them is 1.
    const [conversation] = await db().insert(conversations).values({ key: randomUUID(), channel: 'web', addressEnc: t.stack.protector.encrypt('session') }).returning();
    const [youth] = await db()
      .insert(youths)
      .values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', hasStartkwalificatie: false, diploma: 'vmbo', locale: 'nl' })
      .returning();
    const [created] = await db()
      .insert(cases)
      .values({ youthId: youth!.id, sourceEventId: 910001, status: 'open', route: 'school', step: 'nazorg', wants: 'school', coachId: sanne.id, intensity: 'middelzwaar' })
      .returning();
    caseId = created!.id;
    await db().insert(handovers).values({ caseId, coachId: sanne.id, summary: SUMMARY, dueAt: new Date(Date.now() + 86_400_000) });
  });
  afterAll(() => t?.close());

  describe('token issuance and account changes', () => {
    it('names the admin-coach who gave a coach a new token, not "admin"', async () => {
      const issued = await app.inject({ method: 'POST', url: `/api/coaches/${sanne.id}/token`, headers: bearer(mohamed.token) });
      expect(issued.statusCode).toBe(201);
      sanne.token = (issued.json() as { token: string }).token;
      expect(await latest('coach.token_issued')).toMatchObject({ actor: mohamed.id, target: `coach:${sanne.id}`, municipality: 'amstelveen' });
    });

    it('names the coach who rotated their own token', async () => {
      const rotated = await app.inject({ method: 'POST', url: '/api/coaches/me/token', headers: bearer(sanne.token) });
      expect(rotated.statusCode).toBe(201);
      sanne.token = (rotated.json() as { token: string }).token;
      expect(await latest('coach.token_rotated')).toMatchObject({ actor: sanne.id, target: `coach:${sanne.id}` });
    });

    it('names the dashboard admin who signed an account out everywhere', async () => {
      const session = await signIn('beheer@example.nl');
      const page = await app.inject({ url: `/dashboard/accounts/${accounts['analist@example.nl']}`, cookies: { jl_session: session } });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const ended = await app.inject({
        method: 'POST',
        url: `/dashboard/accounts/${accounts['analist@example.nl']}/sessions`,
        cookies: { jl_session: session },
        payload: { _csrf: csrf },
      });
      expect(ended.statusCode).toBe(303);
      expect(await latest('account.sessions_ended')).toMatchObject({ actor: `staff:${accounts['beheer@example.nl']}`, target: `account:${accounts['analist@example.nl']}` });
    });
  });

  describe('reads', () => {
    it('logs a list read in the API with the coach, how many cases it showed and which', async () => {
      const listed = await app.inject({ url: '/api/handovers', headers: bearer(sanne.token) });
      expect(listed.statusCode).toBe(200);
      expect(await latest('handovers.list')).toMatchObject({ actor: sanne.id, caseId: null, municipality: 'amstelveen', detail: { count: 1, caseIds: [caseId] } });

      await app.inject({ url: '/api/inbox', headers: bearer(sanne.token) });
      expect(await latest('inbox.read')).toMatchObject({ actor: sanne.id, detail: { count: 1, caseIds: [caseId] } });
      await app.inject({ url: '/api/cases', headers: bearer(sanne.token) });
      expect(await latest('cases.list')).toMatchObject({ actor: sanne.id, detail: { count: 1, caseIds: [caseId] } });
    });

    it('logs the dashboard inbox and case list with the signed-in coach', async () => {
      const session = await signIn('sanne@example.nl');
      expect((await app.inject({ url: '/dashboard/inbox', cookies: { jl_session: session } })).statusCode).toBe(200);
      expect(await latest('inbox.read')).toMatchObject({ actor: sanne.id, detail: { count: 1, caseIds: [caseId] } });
      expect((await app.inject({ url: '/dashboard/cases', cookies: { jl_session: session } })).statusCode).toBe(200);
      expect(await latest('cases.list')).toMatchObject({ actor: sanne.id, detail: { count: 1, caseIds: [caseId] } });
    });

    it('logs a case opened on the dashboard with the admin who opened it', async () => {
      const session = await signIn('beheer@example.nl');
      const page = await app.inject({ url: `/dashboard/cases/${caseId}`, cookies: { jl_session: session } });
      expect(page.statusCode).toBe(200);
      // From the case to who has seen it.
      expect(page.body).toContain(`href="/dashboard/audit?caseId=${caseId}"`);
      const [entry] = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'case.read'), eq(auditLog.caseId, caseId)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(entry?.actor).toBe(`staff:${accounts['beheer@example.nl']}`);
    });

    it('logs an export with the analyst who took it', async () => {
      const session = await signIn('analist@example.nl');
      const csv = await app.inject({ url: '/dashboard/indicators.csv', cookies: { jl_session: session } });
      expect(csv.statusCode).toBe(200);
      expect(await latest('export.indicators_csv')).toMatchObject({ actor: `staff:${accounts['analist@example.nl']}`, municipality: 'amstelveen' });
    });

    it('holds ids and counts only, never what the case says', async () => {
      const entries = await db().select().from(auditLog);
      const text = JSON.stringify(entries);
      expect(text).not.toContain('terug naar school');
      expect(text).not.toContain('Sanne');
      expect(text).not.toContain('example.nl');
    });

    it('shows nothing when the entry cannot be written', async () => {
      await t.db.sql.unsafe(`create function audit_down() returns trigger language plpgsql as $$ begin raise exception 'audit log unavailable'; end $$;
        create trigger audit_down before insert on audit_log for each row execute function audit_down()`);
      try {
        const listed = await app.inject({ url: '/api/handovers', headers: bearer(sanne.token) });
        expect(listed.statusCode).toBe(500);
        expect(listed.body).not.toContain(caseId);
        const detail = await app.inject({ url: `/api/cases/${caseId}`, headers: bearer(sanne.token) });
        expect(detail.statusCode).toBe(500);
        expect(detail.body).not.toContain('terug naar school');
      } finally {
        await t.db.sql.unsafe('drop trigger audit_down on audit_log; drop function audit_down()');
      }
    });
  });

  describe('every read of the API is accounted for', () => {
    /**
     * Each GET under /api and what it writes to the audit log, or why nothing. A new GET route fails
     * this test until someone decides whether it reads a young person's data.
     */
    const reads: Record<string, string> = {
      '/api/handovers': 'handovers.list',
      '/api/handovers/{id}': 'case.read (getHandover), safety.words_read',
      '/api/inbox': 'inbox.read',
      '/api/cases': 'cases.list',
      '/api/cases/{id}': 'case.read (getCase)',
      '/api/cases/{id}/messages': 'case.read (getCase)',
      '/api/cases/{id}/appointments': 'case.appointments_read',
      '/api/cases/{id}/inzage.pdf': 'inzage.produced (a written request, AVG art. 15)',
      '/api/casusoverleg': 'casusoverleg.list',
      '/api/audit': 'none: ids and counts only',
      '/api/indicators': 'none: counts only, small ones suppressed',
      '/api/coaches': "none: staff, not young people's data",
      '/api/coaches/{id}/availability': 'none: staff calendars',
      '/api/teams': 'none: staff',
      '/api/staff-accounts': 'none: staff',
      '/api/directory': 'none: public addresses',
      '/api/entry-points': 'none: posters and QR codes',
    };

    it('lists each GET route with its audit entry or the reason it has none', async () => {
      const document = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
      const gets = Object.entries(document.paths)
        .filter(([path, methods]) => path.startsWith('/api/') && 'get' in methods)
        .map(([path]) => path)
        .sort();
      expect(gets).toEqual(Object.keys(reads).sort());
    });
  });

  describe('reading the audit log', () => {
    it('lets an admin filter the dashboard log by case: its detail reads and the lists that showed it', async () => {
      const session = await signIn('beheer@example.nl');
      const page = await app.inject({ url: `/dashboard/audit?caseId=${caseId}`, cookies: { jl_session: session } });
      expect(page.statusCode).toBe(200);
      // Each action in words (api/dashboard/audit-action-label.ts), never its code.
      for (const words of ['Casus geopend', 'Overdrachten bekeken', 'Inbox bekeken', 'Lijst met casussen bekeken']) expect(page.body).toContain(`<td>${words}</td>`);
      expect(page.body).not.toContain('Toegangssleutel voor een coach gemaakt');
      expect(page.body).not.toContain('case.read');
      const api = await app.inject({ url: `/api/audit?caseId=${caseId}`, headers: bearer(t.adminToken) });
      const entries = (api.json() as { entries: { action: string; actor: string; actorName: string | null }[] }).entries;
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['case.read', 'handovers.list']));
      // A privacy officer reads who it was: every entry but the bootstrap token's names a person, and the page shows the name.
      const people = entries.filter((e) => e.actor !== 'admin');
      expect(people.length).toBeGreaterThan(0);
      for (const entry of people) expect(entry.actorName, entry.actor).toMatch(/\S+ \S+|\S+/);
      expect(page.body).toContain(`<td>${people[0]!.actorName}</td>`);
    });

    it('gives a coach no audit log', async () => {
      const session = await signIn('sanne@example.nl');
      expect((await app.inject({ url: '/dashboard/audit', cookies: { jl_session: session } })).statusCode).toBe(403);
    });
  });

  describe('small counts', () => {
    /** The page's text as a person reads it: "&#60;" is "<". */
    const decoded = (body: string) => body.replace(/&#60;|&lt;/g, '<');
    const inNazorg = (body: string) => /data-indicator="in_nazorg">(.*?)<\/td>/.exec(decoded(body))?.[1];

    it('shows an analyst "< 5" on the page and in the CSV, and hides the route it could be computed back from', async () => {
      const session = await signIn('analist@example.nl');
      const page = await app.inject({ url: '/dashboard/indicators', cookies: { jl_session: session } });
      expect(inNazorg(page.body)).toBe('< 5');
      expect(decoded(page.body)).toContain('data-indicator="in_trajectory" data-category="school">< 5</td>');
      const csv = await app.inject({ url: '/dashboard/indicators.csv', cookies: { jl_session: session } });
      expect(csv.body).toMatch(/;in_nazorg;;< 5\r\n/);
      expect(csv.body).not.toMatch(/;in_nazorg;;1\r\n/);
    });

    it('shows an admin the exact count', async () => {
      const session = await signIn('beheer@example.nl');
      const page = await app.inject({ url: '/dashboard/indicators?municipality=amstelveen', cookies: { jl_session: session } });
      expect(inNazorg(page.body)).toBe('1');
    });

    it('answers GET /api/indicators suppressed for a coach and exact for the admin token', async () => {
      type Row = { indicator: string; category: string; value: number | null; suppressed: boolean };
      const rowOf = async (token: string) => {
        const res = await app.inject({ url: '/api/indicators', headers: bearer(token) });
        expect(res.statusCode).toBe(200);
        const answer = res.json() as { exactCounts: boolean; rows: Row[] };
        return { exact: answer.exactCounts, row: answer.rows.find((r) => r.indicator === 'in_nazorg') };
      };
      expect(await rowOf(sanne.token)).toEqual({ exact: false, row: { indicator: 'in_nazorg', category: '', value: null, suppressed: true } });
      expect(await rowOf(t.adminToken)).toEqual({ exact: true, row: { indicator: 'in_nazorg', category: '', value: 1, suppressed: false } });
    });
  });
});
