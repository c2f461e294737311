import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, coachAbsences, coaches, coachSchedules, coachWeeklyHours, staffAccounts, teams, youths } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

/**
 * Power is scoped where it is used: every attack an admin-coach of Amstelveen (or a plain coach)
 * made on Aalsmeer, or on power above their municipality, is refused and changes nothing; the same
 * action inside their own municipality still works and is audited with their name.
 */
describe('admin powers are limited to the actor’s municipality', () => {
  let t: TestStack;
  let app: FastifyInstance;
  const tokens: Record<'global' | 'avAdmin' | 'avCoach', string> = { global: '', avAdmin: '', avCoach: '' };
  const ids = { avAdmin: '', avCoach: '', amCoach: '', amTeam: '', amAccount: '', avAccount: '' };
  const year = new Date().getFullYear();
  const db = () => t.stack.database.db;

  const call = (who: keyof typeof tokens, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await startTestStack();
    app = t.stack.app!;
    tokens.global = t.adminToken;
    const made = async (body: object) => {
      const res = await call('global', 'POST', '/api/coaches', body);
      expect(res.statusCode).toBe(201);
      return res.json() as { coach: { id: string }; token: string };
    };
    const avAdmin = await made({ firstName: 'Anna', lastName: 'Beheer', role: 'doorstroomcoach', municipality: 'amstelveen', isAdmin: true });
    const avCoach = await made({ firstName: 'Piet', lastName: 'Coach', role: 'doorstroomcoach', municipality: 'amstelveen' });
    const amCoach = await made({ firstName: 'Aaltje', lastName: 'Meer', role: 'doorstroomcoach', municipality: 'aalsmeer', email: 'aaltje@aalsmeer.example', whatsapp: '0612340001' });
    Object.assign(tokens, { avAdmin: avAdmin.token, avCoach: avCoach.token });
    Object.assign(ids, { avAdmin: avAdmin.coach.id, avCoach: avCoach.coach.id, amCoach: amCoach.coach.id });
    const team = await call('global', 'POST', '/api/teams', { name: 'Doorstroompunt Aalsmeer', municipality: 'aalsmeer' });
    ids.amTeam = team.json().team.id;
    const account = (email: string, coachId: string) =>
      call('global', 'POST', '/api/staff-accounts', { email, name: email, role: 'coach', coachId, password: 'een-lang-wachtwoord-1' }).then((r) => r.json().account.id as string);
    ids.amAccount = await account('aaltje@aalsmeer.example', ids.amCoach);
    ids.avAccount = await account('piet@amstelveen.example', ids.avCoach);
    // A young person of Aalsmeer, known from an earlier signal.
    const signal = await call('global', 'POST', '/api/signals', {
      source: 'coach',
      signals: [{ voornaam: 'Mila', geboortedatum: `2-5-${year - 19}`, telefoon: '0655550001', gemeente: 'aalsmeer', toestemming_whatsapp: false }],
    });
    expect(signal.statusCode).toBe(201);
  }, 120_000);
  afterAll(() => t?.close());

  const coachRow = (id: string) => db().select().from(coaches).where(eq(coaches.id, id)).then((r) => r[0]);
  const accountRow = (id: string) => db().select().from(staffAccounts).where(eq(staffAccounts.id, id)).then((r) => r[0]);
  const countOf = async (table: typeof coaches | typeof teams | typeof staffAccounts) => (await db().select({ n: count() }).from(table))[0]!.n;

  type Attack = { name: string; who: keyof typeof tokens; method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: () => string; payload?: () => object; state: () => Promise<unknown> };
  const attacks: Attack[] = [
    { name: 'mint a token for an Aalsmeer coach', who: 'avAdmin', method: 'POST', url: () => `/api/coaches/${ids.amCoach}/token`, state: () => coachRow(ids.amCoach) },
    { name: 'mint a token as a plain coach', who: 'avCoach', method: 'POST', url: () => `/api/coaches/${ids.avCoach}/token`, state: () => coachRow(ids.avCoach) },
    {
      name: 'create a dashboard admin',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/staff-accounts',
      payload: () => ({ email: 'boss@example.nl', name: 'Boss', role: 'admin', password: 'een-lang-wachtwoord-1' }),
      state: () => countOf(staffAccounts),
    },
    {
      name: 'create an analyst',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/staff-accounts',
      payload: () => ({ email: 'analist2@example.nl', name: 'A', role: 'analyst', municipality: 'amstelveen', password: 'een-lang-wachtwoord-1' }),
      state: () => countOf(staffAccounts),
    },
    {
      name: 'create an account for an Aalsmeer coach',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/staff-accounts',
      payload: () => ({ email: 'aaltje2@example.nl', name: 'A', role: 'team_lead', coachId: ids.amCoach, password: 'een-lang-wachtwoord-1' }),
      state: () => countOf(staffAccounts),
    },
    {
      name: 'create an admin-coach in Aalsmeer',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/coaches',
      payload: () => ({ firstName: 'X', lastName: 'Y', role: 'doorstroomcoach', municipality: 'aalsmeer', isAdmin: true }),
      state: () => countOf(coaches),
    },
    {
      name: 'redirect an Aalsmeer coach’s notices',
      who: 'avAdmin',
      method: 'PATCH',
      url: () => `/api/coaches/${ids.amCoach}`,
      payload: () => ({ email: 'attacker@example.nl', whatsapp: '0612349999' }),
      state: () => coachRow(ids.amCoach),
    },
    { name: 'make an Aalsmeer coach admin', who: 'avAdmin', method: 'PATCH', url: () => `/api/coaches/${ids.amCoach}`, payload: () => ({ isAdmin: true }), state: () => coachRow(ids.amCoach) },
    { name: 'deactivate an Aalsmeer coach', who: 'avAdmin', method: 'PATCH', url: () => `/api/coaches/${ids.amCoach}`, payload: () => ({ active: false }), state: () => coachRow(ids.amCoach) },
    { name: 'list coaches as a plain coach', who: 'avCoach', method: 'GET', url: () => '/api/coaches', state: async () => null },
    {
      name: 'create a team in Aalsmeer',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/teams',
      payload: () => ({ name: 'Overname', municipality: 'aalsmeer' }),
      state: () => countOf(teams),
    },
    { name: 'rename an Aalsmeer team', who: 'avAdmin', method: 'PATCH', url: () => `/api/teams/${ids.amTeam}`, payload: () => ({ name: 'Van ons' }), state: () => db().select().from(teams) },
    { name: 'read an Aalsmeer calendar', who: 'avAdmin', method: 'GET', url: () => `/api/coaches/${ids.amCoach}/availability`, state: async () => null },
    {
      name: 'change an Aalsmeer calendar',
      who: 'avAdmin',
      method: 'PUT',
      url: () => `/api/coaches/${ids.amCoach}/availability`,
      payload: () => ({ slotMinutes: 30, bufferMinutes: 0, weekly: [{ weekday: 1, start: '09:00', end: '10:00', places: ['werkplein'] }] }),
      state: async () => [await db().select().from(coachSchedules).where(eq(coachSchedules.coachId, ids.amCoach)), await db().select().from(coachWeeklyHours).where(eq(coachWeeklyHours.coachId, ids.amCoach))],
    },
    {
      name: 'add an absence to an Aalsmeer calendar',
      who: 'avAdmin',
      method: 'POST',
      url: () => `/api/coaches/${ids.amCoach}/availability/exceptions`,
      payload: () => ({ startsAt: `${year + 1}-01-05T09:00:00+01:00`, endsAt: `${year + 1}-01-05T17:00:00+01:00`, reason: 'verlof' }),
      state: () => db().select().from(coachAbsences).where(eq(coachAbsences.coachId, ids.amCoach)),
    },
    { name: 'disable an Aalsmeer account', who: 'avAdmin', method: 'PATCH', url: () => `/api/staff-accounts/${ids.amAccount}`, payload: () => ({ active: false }), state: () => accountRow(ids.amAccount) },
    { name: 'reset an Aalsmeer password', who: 'avAdmin', method: 'POST', url: () => `/api/staff-accounts/${ids.amAccount}/password`, state: () => accountRow(ids.amAccount) },
    { name: 'move an Aalsmeer coach to Amstelveen', who: 'avAdmin', method: 'POST', url: () => `/api/coaches/${ids.amCoach}/move`, payload: () => ({ municipality: 'amstelveen' }), state: () => coachRow(ids.amCoach) },
    { name: 'move an own coach out to Aalsmeer', who: 'avAdmin', method: 'POST', url: () => `/api/coaches/${ids.avCoach}/move`, payload: () => ({ municipality: 'aalsmeer' }), state: () => coachRow(ids.avCoach) },
    { name: 'reset an Aalsmeer account’s second factor', who: 'avAdmin', method: 'DELETE', url: () => `/api/staff-accounts/${ids.amAccount}/second-factor`, state: () => accountRow(ids.amAccount) },
    { name: 'reset a second factor as a plain coach', who: 'avCoach', method: 'DELETE', url: () => `/api/staff-accounts/${ids.avAccount}/second-factor`, state: () => accountRow(ids.avAccount) },
    { name: 'end an Aalsmeer account’s sessions', who: 'avAdmin', method: 'DELETE', url: () => `/api/staff-accounts/${ids.amAccount}/sessions`, state: () => accountRow(ids.amAccount) },
    { name: 'make an own account a global admin', who: 'avAdmin', method: 'PATCH', url: () => `/api/staff-accounts/${ids.avAccount}`, payload: () => ({ role: 'admin' }), state: () => accountRow(ids.avAccount) },
    { name: 'reset a password as a plain coach', who: 'avCoach', method: 'POST', url: () => `/api/staff-accounts/${ids.avAccount}/password`, state: () => accountRow(ids.avAccount) },
    {
      name: 'create an entry point in Aalsmeer',
      who: 'avAdmin',
      method: 'POST',
      url: () => '/api/entry-points',
      payload: () => ({ label: 'Poster', municipality: 'aalsmeer', kind: 'school' }),
      state: () => call('global', 'GET', '/api/entry-points').then((r) => r.json()),
    },
    {
      name: 'overwrite an Aalsmeer young person’s contact details by a signal',
      who: 'avCoach',
      method: 'POST',
      url: () => '/api/signals',
      payload: () => ({ source: 'coach', signals: [{ voornaam: 'Nep', geboortedatum: `2-5-${year - 19}`, telefoon: '0655550001', gemeente: 'amstelveen', email: 'nep@example.nl', toestemming_whatsapp: false }] }),
      state: () => db().select().from(youths),
    },
  ];

  it.each(attacks)('refuses: $name ($who)', async (attack) => {
    const before = await attack.state();
    const auditBefore = (await db().select({ n: count() }).from(auditLog))[0]!.n;
    const res = await call(attack.who, attack.method, attack.url(), attack.payload?.());
    expect([403, 404]).toContain(res.statusCode);
    expect(await attack.state()).toEqual(before);
    expect((await db().select({ n: count() }).from(auditLog))[0]!.n).toBe(auditBefore);
  });

  it('lists only the coaches of the admin-coach’s municipality, with contact details', async () => {
    const mine = (await call('avAdmin', 'GET', '/api/coaches')).json().coaches as { municipality: string; email: string | null }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.municipality === 'amstelveen')).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('+31612340001');
    const all = (await call('global', 'GET', '/api/coaches')).json().coaches as { id: string; whatsapp: string | null; email: string | null }[];
    expect(all.find((c) => c.id === ids.amCoach)).toMatchObject({ whatsapp: '+31612340001', email: 'aaltje@aalsmeer.example' });
  });

  it('still lets an admin-coach manage their own municipality, each action audited with their name', async () => {
    const minted = await call('avAdmin', 'POST', `/api/coaches/${ids.avCoach}/token`);
    expect(minted.statusCode).toBe(201);
    tokens.avCoach = minted.json().token;
    expect((await call('avCoach', 'GET', '/api/handovers')).statusCode).toBe(200);
    const created = await call('avAdmin', 'POST', '/api/coaches', { firstName: 'Nieuw', lastName: 'Beheer', role: 'jongerencoach_werk', municipality: 'amstelveen', isAdmin: true });
    expect(created.statusCode).toBe(201);
    expect((await call('avAdmin', 'PATCH', `/api/coaches/${ids.avCoach}`, { email: 'piet@amstelveen.example' })).statusCode).toBe(200);
    const team = await call('avAdmin', 'POST', '/api/teams', { name: 'Doorstroompunt Amstelveen', municipality: 'amstelveen' });
    expect(team.statusCode).toBe(201);
    expect((await call('avAdmin', 'PATCH', `/api/teams/${team.json().team.id}`, { leadCoachId: ids.avAdmin })).statusCode).toBe(200);
    const week = { slotMinutes: 30, bufferMinutes: 0, weekly: [{ weekday: 1, start: '09:00', end: '12:00', places: ['werkplein'] }] };
    expect((await call('avAdmin', 'PUT', `/api/coaches/${ids.avCoach}/availability`, week)).statusCode).toBe(200);
    expect((await call('avAdmin', 'PATCH', `/api/staff-accounts/${ids.avAccount}`, { role: 'team_lead' })).json().account.role).toBe('team_lead');
    const reset = await call('avAdmin', 'POST', `/api/staff-accounts/${ids.avAccount}/password`);
    expect(reset.json().password).toMatch(/^[\w-]{20}$/);
    expect((await call('avAdmin', 'DELETE', `/api/staff-accounts/${ids.avAccount}/sessions`)).json()).toEqual({ ended: 0 });
    const own = await call('avAdmin', 'POST', '/api/staff-accounts', { email: 'nieuw@amstelveen.example', name: 'Nieuw', role: 'coach', coachId: created.json().coach.id, password: 'een-lang-wachtwoord-1' });
    expect(own.statusCode).toBe(201);
    const signal = await call('avCoach', 'POST', '/api/signals', { source: 'coach', signals: [{ voornaam: 'Sem', geboortedatum: `2-5-${year - 18}`, telefoon: '0655550002', gemeente: 'amstelveen', toestemming_whatsapp: false }] });
    expect(signal.statusCode).toBe(201);

    const entries = await db().select().from(auditLog).where(eq(auditLog.actor, ids.avAdmin));
    expect(entries.map((e) => `${e.action} ${e.target}`)).toEqual(
      expect.arrayContaining([
        `coach.token_issued coach:${ids.avCoach}`,
        `coach.created coach:${created.json().coach.id}`,
        `coach.changed coach:${ids.avCoach}`,
        `team.created team:${team.json().team.id}`,
        `team.changed team:${team.json().team.id}`,
        `availability.changed coach:${ids.avCoach}`,
        `account.role_changed account:${ids.avAccount}`,
        `account.password_reset account:${ids.avAccount}`,
        `account.sessions_ended account:${ids.avAccount}`,
        `account.created account:${own.json().account.id}`,
      ]),
    );
    expect(entries.every((e) => e.municipality === 'amstelveen')).toBe(true);
    // The admin-coach's audit log shows their municipality's admin actions, not Aalsmeer's.
    const log = (await call('avAdmin', 'GET', '/api/audit')).json().entries as { target: string | null; municipality: string | null }[];
    expect(log.some((e) => e.target === `coach:${ids.avCoach}`)).toBe(true);
    expect(log.some((e) => e.municipality === 'aalsmeer')).toBe(false);
  });

  it('lets only a global admin make an admin, an analyst, or staff of another municipality', async () => {
    const admin = await call('global', 'POST', '/api/staff-accounts', { email: 'beheer2@example.nl', name: 'Beheer', role: 'admin', password: 'een-lang-wachtwoord-1' });
    expect(admin.statusCode).toBe(201);
    const aalsmeerAdmin = await call('global', 'PATCH', `/api/coaches/${ids.amCoach}`, { isAdmin: true });
    expect(aalsmeerAdmin.json().coach.isAdmin).toBe(true);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actor, 'admin'), eq(auditLog.action, 'coach.changed'), eq(auditLog.target, `coach:${ids.amCoach}`)));
    expect(entry).toMatchObject({ municipality: 'aalsmeer' });
  });
});
