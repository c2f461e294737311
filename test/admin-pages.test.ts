import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases, coaches, entryPoints, feedback, signalImports, teams } from '../drizzle/schema';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'admin-pages-wachtwoord';
const HEADER = 'School;BRIN-nummer;Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail;Gemeente;Postcode;Hoogste diploma;Laatste opleiding;Reden uitschrijving;Datum uitschrijving;Toestemming WhatsApp;Contactvoorkeur';
const year = new Date().getFullYear();
/** One row of a school's handover file, the young person 19 this year unless `born` says otherwise. */
const row = (f: { phone: string; municipality?: string; born?: string; name?: string }) =>
  ['Keizer Karel College', '17AB', f.name ?? 'Sam', 'de Vries', f.born ?? `14-03-${year - 20}`, f.phone, '', f.municipality ?? 'Amstelveen', '1181 AB', 'vmbo', 'mbo 2 Logistiek', 'voortijdig', `01-07-${year - 1}`, 'ja', ''].join(';');

const cookieValue = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`)) ?? '';
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'));
};
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)![1]!;

/**
 * The admin pages of the dashboard: entry points with QR codes and posters, the school import, coaches
 * and teams, the young people's ratings. Each answers only for who holds the power in the API, in
 * their own municipality; bad input changes nothing and says why.
 */
describe('admin pages of the dashboard', () => {
  let t: TestStack;
  let app: FastifyInstance;
  const db = () => t.stack.database.db;
  const coachId = async (firstName: string) => (await db().select().from(coaches).where(eq(coaches.firstName, firstName)))[0]!.id;

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
    for (const payload of [
      { email: 'beheer@example.nl', name: 'Beheer', role: 'admin', password: PASSWORD },
      { email: 'lead@example.nl', name: 'Mohamed El Amrani', role: 'team_lead', coachId: await coachId('Mohamed'), password: PASSWORD },
      { email: 'sanne@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: await coachId('Sanne'), password: PASSWORD },
      { email: 'analist@example.nl', name: 'Analist', role: 'analyst', password: PASSWORD },
      { email: 'lotte@example.nl', name: 'Lotte Visser', role: 'coach', coachId: await coachId('Lotte'), password: PASSWORD },
    ]) {
      const created = await app.inject({ method: 'POST', url: '/api/staff-accounts', headers: { authorization: `Bearer ${t.adminToken}` }, payload });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(() => t?.close());

  async function signIn(email: string) {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieValue(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email, password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    const session = cookieValue(signedIn, 'jl_session');
    const get = (url: string) => app.inject({ url, cookies: { jl_session: session } });
    const csrf = csrfOf((await get('/dashboard/inbox')).body);
    const post = (url: string, payload: Record<string, string>) => app.inject({ method: 'POST', url, cookies: { jl_session: session }, payload: { _csrf: csrf, ...payload } });
    return { get, post };
  }

  it('shows each role the admin sections it may open, and the pages answer the same', async () => {
    const sanne = await signIn('sanne@example.nl');
    const inbox = (await sanne.get('/dashboard/inbox')).body;
    for (const section of ['entry-points', 'school-import', 'feedback']) expect(inbox).toContain(`href="/dashboard/${section}"`);
    expect(inbox).not.toContain('href="/dashboard/coaches"');
    expect((await sanne.get('/dashboard/coaches')).statusCode).toBe(403);

    const lead = await signIn('lead@example.nl');
    expect((await lead.get('/dashboard/inbox')).body).toContain('href="/dashboard/coaches"');

    // In both languages every label and value is a word: a missing text would show as its key.
    const admin = await signIn('beheer@example.nl');
    for (const lang of ['nl', 'en']) {
      for (const page of ['/dashboard/entry-points', '/dashboard/school-import', '/dashboard/coaches', '/dashboard/feedback']) {
        const body = (await admin.get(`${page}?lang=${lang}`)).body;
        expect(body, `${page} in ${lang}`).not.toMatch(/\b(entryPoints|entryPointKinds|schoolImport|signalSources|coaches|coachRoles|feedback|feedbackRatings|municipalities|nav)\.[a-zA-Z-]+/);
      }
    }
    expect((await admin.get('/dashboard/coaches?lang=en')).body).toContain('Doorstroompunt coach');

    const analyst = await signIn('analist@example.nl');
    for (const page of ['/dashboard/entry-points', '/dashboard/school-import', '/dashboard/coaches', '/dashboard/feedback']) {
      expect((await analyst.get(page)).statusCode).toBe(403);
    }
  });

  it('a coach makes an entry point of their municipality and gets its QR code, poster and chat link; not one of another', async () => {
    const sanne = await signIn('sanne@example.nl');
    const made = await sanne.post('/dashboard/entry-points', { label: 'Keizer Karel College, kantine', municipality: 'amstelveen', kind: 'school' });
    expect(made.headers.location).toBe('/dashboard/entry-points?notice=entryPointCreated');
    const [entry] = await db().select().from(entryPoints).where(eq(entryPoints.label, 'Keizer Karel College, kantine'));
    const page = (await sanne.get('/dashboard/entry-points?notice=entryPointCreated')).body;
    expect(page).toContain('Ingang gemaakt.');
    expect(page).toContain('Keizer Karel College, kantine');
    expect(page).toContain(`href="/qr/${entry!.code}/poster.pdf"`);
    expect(page).toContain(`href="/qr/${entry!.code}.svg"`);
    // The stack has a WhatsApp number: the link opens WhatsApp with the start text carrying the code.
    expect(page).toMatch(new RegExp(`value="https://wa\\.me/\\d+\\?text=[^"]*${entry!.code}`));
    expect(page).toContain('<dd>school</dd>');
    // The links work for whoever gets them (public, as the poster is).
    const poster = await app.inject({ url: `/qr/${entry!.code}/poster.pdf` });
    expect(poster.headers['content-type']).toBe('application/pdf');

    const before = await db().select({ n: count() }).from(entryPoints);
    const other = await sanne.post('/dashboard/entry-points', { label: 'Sportpark Aalsmeer', municipality: 'aalsmeer', kind: 'sportvereniging' });
    expect(other.statusCode).toBe(403);
    const empty = await sanne.post('/dashboard/entry-points', { label: '   ', municipality: 'amstelveen', kind: 'school' });
    expect(empty.headers.location).toBe('/dashboard/entry-points?notice=invalid');
    expect(await db().select({ n: count() }).from(entryPoints)).toEqual(before);
    // Aalsmeer's coaches do not see Amstelveen's entry points.
    const lotte = await signIn('lotte@example.nl');
    expect((await lotte.get('/dashboard/entry-points')).body).not.toContain('Keizer Karel College, kantine');
    expect((await lotte.post(`/dashboard/entry-points/${entry!.code}/active`, { active: 'false' })).statusCode).toBe(403);
    expect((await app.inject({ url: `/qr/${entry!.code}.png` })).statusCode).toBe(200);

    // Switched off by its own municipality: the QR code and poster stop working, until it is on again.
    const off = await sanne.post(`/dashboard/entry-points/${entry!.code}/active`, { active: 'false' });
    expect(off.headers.location).toBe('/dashboard/entry-points?notice=entryPointOff');
    expect((await app.inject({ url: `/qr/${entry!.code}/poster.pdf` })).statusCode).toBe(404);
    expect((await sanne.get('/dashboard/entry-points')).body).toContain('Ingang weer aanzetten');
    await sanne.post(`/dashboard/entry-points/${entry!.code}/active`, { active: 'true' });
    const renamed = await sanne.post(`/dashboard/entry-points/${entry!.code}`, { label: 'Keizer Karel College, aula', kind: 'school' });
    expect(renamed.headers.location).toBe('/dashboard/entry-points?notice=entryPointChanged');
    expect((await db().select().from(entryPoints).where(eq(entryPoints.code, entry!.code)))[0]!.label).toBe('Keizer Karel College, aula');
    expect((await sanne.post(`/dashboard/entry-points/${entry!.code}`, { label: '', kind: 'school' })).headers.location).toBe('/dashboard/entry-points?notice=invalid');
    expect((await lotte.post(`/dashboard/entry-points/${entry!.code}`, { label: 'Van Aalsmeer', kind: 'school' })).statusCode).toBe(403);
    expect((await db().select().from(entryPoints).where(eq(entryPoints.code, entry!.code)))[0]!.label).toBe('Keizer Karel College, aula');
    expect((await app.inject({ url: `/qr/${entry!.code}.svg` })).statusCode).toBe(200);
  });

  it('the school import names every bad row in words and imports nothing; a good file makes the cases and is listed', async () => {
    const sanne = await signIn('sanne@example.nl');
    const casesBefore = await db().select({ n: count() }).from(cases);
    const bad = [HEADER, row({ phone: '0612340001' }), row({ phone: '12345', name: 'Bo' }), row({ phone: '0612340003', born: `01-01-${year - 40}` })].join('\n');
    const refused = await sanne.post('/dashboard/school-import', { source: 'school', csv: bad });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('2 rijen zijn fout. Er is niets geïmporteerd');
    expect(refused.body).toContain('Rij 3');
    expect(refused.body).toContain('is geen geldig telefoonnummer');
    expect(refused.body).toContain('Rij 4');
    expect(refused.body).toContain('het Jongerenloket is voor jongeren tot 27 jaar');
    // The pasted file comes back to correct.
    expect(refused.body).toContain('0612340003');
    expect(await db().select({ n: count() }).from(cases)).toEqual(casesBefore);
    expect(await db().select({ n: count() }).from(signalImports)).toEqual([{ n: 0 }]);

    const aalsmeer = await sanne.post('/dashboard/school-import', { source: 'school', csv: [HEADER, row({ phone: '0612340004', municipality: 'Aalsmeer' })].join('\n') });
    expect(aalsmeer.body).toContain('je mag alleen jongeren van je eigen gemeente importeren');

    // A school board's file is larger than an ordinary form: 1,500 rows (about 200 kB) are read and reported.
    const big = await sanne.post('/dashboard/school-import', { source: 'school', csv: [HEADER, ...Array.from({ length: 1500 }, () => row({ phone: '12345' }))].join('\n') });
    expect(big.statusCode).toBe(422);
    expect(big.body).toContain('1500 rijen zijn fout');
    expect(big.body).toContain('Rij 1501');

    const empty = await sanne.post('/dashboard/school-import', { source: 'school', csv: HEADER });
    expect(empty.body).toContain('Het bestand heeft kolomnamen, maar geen jongeren.');

    const good = await sanne.post('/dashboard/school-import', { source: 'school', csv: [HEADER, row({ phone: '0612340001' }), row({ phone: '0612340002', name: 'Bo' })].join('\r\n') });
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('2 jongeren geïmporteerd');
    expect(good.body).toContain('2 nieuwe casussen');
    expect(good.body).toMatch(/school, 2 jongeren · Sanne de Vries/);
    expect(await db().select({ n: count() }).from(cases)).toEqual([{ n: casesBefore[0]!.n + 2 }]);
    // Aalsmeer's coaches do not see Amstelveen's import in their list.
    expect((await (await signIn('lotte@example.nl')).get('/dashboard/school-import')).body).toContain('Nog geen imports.');
  });

  it('a team lead of Amstelveen manages its coaches and teams, and gets the 403 page for Aalsmeer’s', async () => {
    const lead = await signIn('lead@example.nl');
    const page = (await lead.get('/dashboard/coaches')).body;
    expect(page).toContain('Sanne de Vries');
    expect(page).toContain('doorstroomcoach');
    expect(page).not.toContain('Lotte Visser');

    const created = await lead.post('/dashboard/coaches', { firstName: 'Noor', lastName: 'Smit', role: 'doorstroomcoach', municipality: 'amstelveen', email: 'noor.smit@example.nl', whatsapp: '', teamId: '' });
    expect(created.headers.location).toBe('/dashboard/coaches?notice=coachCreated');
    const [noor] = await db().select().from(coaches).where(eq(coaches.firstName, 'Noor'));
    expect(noor).toMatchObject({ municipality: 'amstelveen', role: 'doorstroomcoach', active: true });

    const badPhone = await lead.post('/dashboard/coaches', { firstName: 'Piet', lastName: 'Klaas', role: 'doorstroomcoach', municipality: 'amstelveen', whatsapp: 'bel me' });
    expect(badPhone.headers.location).toBe('/dashboard/coaches?notice=coachPhoneInvalid');
    const elsewhere = await lead.post('/dashboard/coaches', { firstName: 'Piet', lastName: 'Klaas', role: 'doorstroomcoach', municipality: 'aalsmeer' });
    expect(elsewhere.statusCode).toBe(403);
    expect(await db().select().from(coaches).where(eq(coaches.firstName, 'Piet'))).toEqual([]);

    const team = await lead.post('/dashboard/teams', { name: 'Doorstroompunt Amstelveen', municipality: 'amstelveen' });
    expect(team.headers.location).toBe('/dashboard/coaches?notice=teamCreated');
    const [made] = await db().select().from(teams).where(eq(teams.name, 'Doorstroompunt Amstelveen'));
    expect((await lead.post(`/dashboard/teams/${made!.id}`, { name: 'Doorstroompunt' })).headers.location).toBe('/dashboard/coaches?notice=teamRenamed');
    expect((await lead.post(`/dashboard/coaches/${noor!.id}/team`, { teamId: made!.id })).headers.location).toBe(`/dashboard/coaches/${noor!.id}?notice=coachChanged`);
    expect((await db().select().from(coaches).where(eq(coaches.id, noor!.id)))[0]!.teamId).toBe(made!.id);
    const detail = (await lead.get(`/dashboard/coaches/${noor!.id}`)).body;
    expect(detail).toContain('Doorstroompunt');
    // Moving between municipalities is a global admin's power: no form for a team lead.
    expect(detail).not.toContain(`/dashboard/coaches/${noor!.id}/move`);

    const lotte = await coachId('Lotte');
    expect((await lead.get(`/dashboard/coaches/${lotte}`)).statusCode).toBe(403);
    expect((await lead.get('/dashboard/coaches/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await lead.post(`/dashboard/coaches/${lotte}/leave`, { confirm: 'yes' })).statusCode).toBe(403);
    expect((await lead.post(`/dashboard/coaches/${lotte}/move`, { municipality: 'amstelveen' })).statusCode).toBe(403);
    expect((await db().select().from(coaches).where(eq(coaches.id, lotte)))[0]).toMatchObject({ active: true, municipality: 'aalsmeer' });
  });

  it('a coach who leaves needs the box ticked; then their open cases go to a colleague', async () => {
    const lead = await signIn('lead@example.nl');
    const sanne = await coachId('Sanne');
    const open = await db().select().from(cases).where(and(eq(cases.coachId, sanne), eq(cases.status, 'open')));
    expect(open.length).toBeGreaterThan(0);
    const unconfirmed = await lead.post(`/dashboard/coaches/${sanne}/leave`, {});
    expect(unconfirmed.headers.location).toBe(`/dashboard/coaches/${sanne}?notice=leaveNotConfirmed`);
    expect((await db().select().from(coaches).where(eq(coaches.id, sanne)))[0]!.active).toBe(true);

    const left = await lead.post(`/dashboard/coaches/${sanne}/leave`, { confirm: 'yes' });
    expect(left.headers.location).toBe(`/dashboard/coaches/${sanne}?notice=coachDeactivated`);
    expect((await db().select().from(coaches).where(eq(coaches.id, sanne)))[0]!.active).toBe(false);
    expect(await db().select().from(cases).where(and(eq(cases.coachId, sanne), eq(cases.status, 'open')))).toEqual([]);
    expect((await lead.get(`/dashboard/coaches/${sanne}`)).body).toContain('vertrokken');
  });

  it('ratings show per rating and month; small counts are "< 5" for a coach; the tips only for an admin, audited', async () => {
    await db().insert(feedback).values([
      ...Array.from({ length: 6 }, (_, i) => ({ source: 'intake' as const, rating: 'great' as const, municipality: 'aalsmeer', sourceEventId: 9000 + i })),
      { source: 'intake', rating: 'bad', municipality: 'aalsmeer', sourceEventId: 9100, suggestionEnc: t.stack.protector.encrypt('Minder vragen graag') },
      { source: 'nazorg', rating: 'good', municipality: 'amstelveen', sourceEventId: 9200, suggestionEnc: t.stack.protector.encrypt('Amstelveen tip') },
    ]);
    const lotte = await signIn('lotte@example.nl');
    const coachPage = (await lotte.get('/dashboard/feedback')).body;
    expect(coachPage).toContain('&#60; 5');
    expect(coachPage).toContain('7 waarderingen in totaal.');
    expect(coachPage).not.toContain('Minder vragen graag');
    expect(coachPage).toContain('alleen te lezen voor beheerders');

    const readsBefore = await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'feedback.tips_read'));
    const admin = await signIn('beheer@example.nl');
    const adminPage = (await admin.get('/dashboard/feedback')).body;
    expect(adminPage).toContain('Minder vragen graag');
    expect(adminPage).toContain('Amstelveen tip');
    expect(adminPage).toContain('8 waarderingen in totaal.');
    expect(await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'feedback.tips_read'))).toEqual([{ n: readsBefore[0]!.n + 1 }]);

    // A team lead of Amstelveen reads Amstelveen's tips only.
    const lead = (await (await signIn('lead@example.nl')).get('/dashboard/feedback')).body;
    expect(lead).toContain('Amstelveen tip');
    expect(lead).not.toContain('Minder vragen graag');
  });
});
