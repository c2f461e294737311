import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminActions, auditActions, readActions, staffActions } from '../cases/privacy/audit-log';
import { auditLog, coaches } from '../drizzle/schema';
import { eventually, sayOnWhatsApp, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';

const PASSWORD = 'beheer-demo-wachtwoord';

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`)) ?? '';
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'));
};

/** What a person reads on the page: the text between the tags, without the form values and links behind it. */
const visibleText = (body: string) =>
  body
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');

/**
 * Words, not codes: the administrator's pages (audit log, accounts, directory, indicators) show
 * every value in words, in Dutch and in English, never the code behind it.
 */
describe('the dashboard speaks in words', () => {
  let t: TestStack;
  let app: FastifyInstance;
  let session: string;
  beforeAll(async () => {
    // The second factor has its own tests; here the admin signs in with the password alone.
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
    const [coach] = await t.stack.database.db.select().from(coaches).limit(1);
    const create = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/api/staff-accounts', headers: { authorization: `Bearer ${t.adminToken}` }, payload: { password: PASSWORD, ...payload } });
    const admin = await create({ email: 'beheer@example.nl', name: 'Bea Beheer', role: 'admin' });
    expect(admin.statusCode).toBe(201);
    expect((await create({ email: 'lead@example.nl', name: 'Lea Lead', role: 'team_lead', coachId: coach!.id })).statusCode).toBe(201);
    expect((await create({ email: 'analist@example.nl', name: 'Ana Analist', role: 'analyst', municipality: 'aalsmeer' })).statusCode).toBe(201);
    const accountId = (admin.json() as { account: { id: string } }).account.id;

    // One entry of every action the audit catalogue knows, as the product writes them.
    await t.stack.database.db.insert(auditLog).values([
      ...['case.read', 'safety.words_read', ...readActions].map((action) => ({ actor: 'admin', action })),
      ...[...adminActions, ...staffActions].map((action) => ({ actor: `staff:${accountId}`, action, target: `account:${accountId}` })),
      { actor: `staff:${accountId}`, action: 'directory.saved:amstelveen/werkplein' },
    ]);
    // A young person who stopped at the municipality question: a drop-off on the indicators.
    await sayOnWhatsApp(t, { phone: '+31612374321', body: 'hoi' });
    await sayOnWhatsApp(t, { phone: '+31612374321', body: '19' });
    await sayOnWhatsApp(t, { phone: '+31612374321', body: 'ja' });
    // Silent for two days: counted as a drop-off at its last question.
    await t.db.sql`update conversations set created_at = now() - interval '2 days', last_inbound_at = now() - interval '2 days'`;
    // And one who finished the intake: in a trajectory on the school route, middelzwaar.
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone: '+31612374322', body });
    await eventually(async () => (await t.db.sql`select 1 from cases`).length > 0 || undefined, 30_000);

    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieOf(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email: 'beheer@example.nl', password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    session = cookieOf(signedIn, 'jl_session');
  });
  afterAll(() => t?.close());

  const read = async (url: string) => {
    const res = await app.inject({ url, cookies: { jl_session: session } });
    expect(res.statusCode, url).toBe(200);
    return visibleText(res.body);
  };

  it.each(['nl', 'en'])('the audit log names every action and whom it was about (%s)', async (lang) => {
    const text = await read(`/dashboard/audit?lang=${lang}`);
    expect(text).toContain(lang === 'nl' ? 'Casus geopend' : 'Opened a case');
    expect(text).toContain(lang === 'nl' ? 'Contact opgeslagen: Werkplein / Werkcentrum, Amstelveen' : 'Saved a contact: Werkplein / Werkcentrum, Amstelveen');
    expect(text).toContain('Bea Beheer');
    const codes = [...auditActions, 'directory.saved:', 'account:', 'staff:'].filter((code) => text.includes(code));
    expect(codes).toEqual([]);
  });

  it.each(['nl', 'en'])('the accounts page names roles, municipalities and statuses (%s)', async (lang) => {
    const text = await read(`/dashboard/accounts?lang=${lang}`);
    expect(text).toContain(lang === 'nl' ? 'teamleider' : 'team lead');
    expect(text).toContain('Aalsmeer');
    expect(text).not.toContain('team_lead');
    expect(text).not.toMatch(/\b(aalsmeer|amstelveen)\b/);
    expect(text).not.toMatch(/\b(roles|municipalities|accounts)\.\w+/);
  });

  it.each(['nl', 'en'])('the directory page names kinds, municipalities and who saved (%s)', async (lang) => {
    const text = await read(`/dashboard/directory?lang=${lang}`);
    expect(text).toContain('Werkplein / Werkcentrum');
    expect(text).not.toMatch(/\b(werkplein|sociaal_loket|amstelveen|aalsmeer|seed)\b/);
    expect(text).not.toContain('staff:');
  });

  it('the indicators in English name routes, intensities, sources and questions in English', async () => {
    const text = await read('/dashboard/indicators?lang=en');
    expect(text).not.toMatch(/\b(verwezen|middelzwaar|intensief|onbekend|leerplicht|zorg|geen vraag|weet_niet)\b/);
    expect(text).not.toMatch(/\bchoice: /);
    expect(text).toContain('Municipality 1');
    expect(text).toContain('school (Doorstroompunt)');
    expect(text).toContain('medium');
    expect(text).not.toMatch(/\b(indicators|routesList|intensities|sources)\.\w+/);
  });
});
