import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_BASE_URL, sayOnWhatsApp, shownText, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';
import { pdfText } from '../support/pdf-text';

const LINK = /https:\/\/jongerenloket\.test\/mijn-gegevens\/[A-Za-z0-9_-]+/;

/**
 * Inzage over WhatsApp, end to end: a full intake, then MIJN GEGEVENS → "ja" → a one-time link →
 * the page (and its PDF) shows the answers and the coach in the young person's language; the link
 * works once, and not after 24 hours.
 */
describe('MIJN GEGEVENS over WhatsApp', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const say = async (phone: string, body: string, until?: RegExp) => (await sayOnWhatsApp(t, { phone, body, until })).map(shownText).join('\n');
  /** The link as the young person's phone opens it: the public address is served by the test's port. */
  const local = (link: string) => link.replace(PUBLIC_BASE_URL, t.baseUrl);
  async function intake(phone: string): Promise<string> {
    await say(phone, 'hoi', /Hoe oud ben je/);
    const consent = await say(phone, '20', /Is dat goed/);
    expect(consent).toContain(`Lees meer: ${PUBLIC_BASE_URL}/privacy?lang=nl`);
    for (const body of ['ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers.slice(0, -1)]) await say(phone, body);
    const told = await say(phone, zelfscanAnswers.at(-1)!, /hoor je van/);
    return /hoor je van (\S+)\./.exec(told)?.[1] ?? '';
  }
  async function askLink(phone: string, word: string, yes: string): Promise<string> {
    const question = await say(phone, word, /link/);
    expect(question).toMatch(/link/i);
    const answer = await say(phone, yes, LINK);
    // The link is not left under a rating of the chat asked again just before it.
    expect(answer).not.toMatch(/Hoe vond je dit gesprek|How did you like this chat/);
    return LINK.exec(answer)![0];
  }
  /** Opens the link as a browser does: the page with the button, then the button. Returns the session cookie. */
  async function open(link: string): Promise<string> {
    const page = await fetch(local(link));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    const used = await fetch(local(link), { method: 'POST', redirect: 'manual' });
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe('/mijn-gegevens');
    const cookie = used.headers.getSetCookie().find((c) => c.startsWith('inzage='));
    expect(cookie).toMatch(/HttpOnly/i);
    return cookie!.slice(0, cookie!.indexOf(';'));
  }

  it('sends a link that opens everything held once, as a page and a PDF, and refuses a second open', async () => {
    const phone = '+31612380001';
    const coach = await intake(phone);
    expect(coach).toBeTruthy();
    // Someone who helps them, named from the menu.
    await say(phone, 'menu', /Wat wil je doen/);
    await say(phone, 'Iemand die mij helpt', /Hoe heet die persoon/);
    for (const [body, until] of [['Tante Fatima', /Wie is deze persoon/], ['Familie', /bereiken/], ['06 11122233', /contact opnemen/], ['ja', /bewaard/]] as const) await say(phone, body, until);
    const link = await askLink(phone, 'MIJN GEGEVENS', 'ja');
    // Only a hash of the token is kept.
    const token = link.split('/').at(-1)!;
    const stored = await t.db.sql`select token_hash from inzage_links`;
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const cookie = await open(link);
    const res = await fetch(`${t.baseUrl}/mijn-gegevens`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).toContain('<html lang="nl" dir="ltr">');
    expect(page).toContain('Wat we van je weten');
    for (const shown of ['20', 'Amstelveen', 'Geen diploma', 'Naar school', 'Geld', coach, phone, 'doorstroomcoach']) expect(page).toContain(shown);
    // Not only as typed in the chat: the trusted person as held.
    const trusted = page.slice(page.indexOf('<section id="trusted"'), page.indexOf('</section>', page.indexOf('<section id="trusted"')));
    for (const shown of ['Tante Fatima', 'Familie', '06 11122233']) expect(trusted).toContain(shown);
    // The summary the coach got, and the chat with the bot.
    expect(page).toContain('20 jaar');
    expect(page).toContain('MIJN GEGEVENS');

    const pdf = await fetch(`${t.baseUrl}/mijn-gegevens/document.pdf`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const shown of ['Wat we van je weten', 'Amstelveen', 'Geen diploma', coach]) expect(text).toContain(shown);

    // The second open is refused, changes nothing, and says how to get a new one.
    const again = await fetch(local(link));
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Typ MIJN GEGEVENS in de chat voor een nieuwe link.');
    const reuse = await fetch(local(link), { method: 'POST', redirect: 'manual' });
    expect(reuse.status).toBe(410);
    expect(reuse.headers.getSetCookie()).toEqual([]);
    // Without the cookie the page is not shown.
    const stranger = await fetch(`${t.baseUrl}/mijn-gegevens`);
    expect(stranger.status).toBe(410);
    expect(await stranger.text()).not.toContain(coach);
  }, 180_000);

  it('speaks the young person’s language, answers "nee" without a link, and a link is dead after 24 hours', async () => {
    const phone = '+31612380002';
    const coach = await intake(phone);
    await say(phone, 'english', /English/);
    const declined = await say(phone, 'my data', /link/);
    expect(declined).toContain('Do you want a link to everything we know about you?');
    expect(await say(phone, 'no', /MY DATA/)).toContain('Want the link later?');
    expect((await t.db.sql`select count(*)::int as n from inzage_links l join conversations c on c.id = l.conversation_id where c.locale = 'en'`)[0]?.n).toBe(0);

    const link = await askLink(phone, 'my data', 'yes');
    // A day goes by: the link was made 24 hours ago.
    await t.db.sql`update inzage_links set expires_at = expires_at - interval '24 hours', created_at = created_at - interval '24 hours' where used_at is null`;
    const late = await fetch(local(link));
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('Type MY DATA in the chat for a new link.');
    expect((await fetch(local(link), { method: 'POST', redirect: 'manual' })).status).toBe(410);

    const fresh = await askLink(phone, 'MY DATA', 'yes');
    const cookie = await open(fresh);
    const page = await (await fetch(`${t.baseUrl}/mijn-gegevens`, { headers: { cookie } })).text();
    expect(page).toContain('<html lang="en" dir="ltr">');
    for (const shown of ['What we know about you', 'Your answers', 'No diploma', 'Go to school', 'Money', coach, 'Type VERWIJDER MIJN GEGEVENS']) expect(page).toContain(shown);
  }, 180_000);

  it('gives an admin of the young person’s municipality the same PDF for a written request, audited; an admin elsewhere gets nothing', async () => {
    const api = (token: string, path: string, body?: object) =>
      fetch(`${t.baseUrl}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const [youth] = await t.db.sql`select c.id from cases c join youths y on y.id = c.youth_id join conversations v on v.id = y.conversation_id where v.locale = 'nl' and y.age = 20`;
    const caseId = String(youth!.id);
    // The case was read by the global admin: the young person sees that a beheerder read it, and when.
    expect((await api(t.adminToken, `/api/cases/${caseId}`)).status).toBe(200);
    const admin = async (municipality: string) => {
      const res = await api(t.adminToken, '/api/coaches', { firstName: 'Bea', lastName: `Beheer ${municipality}`, role: 'sociaal_team', municipality, isAdmin: true });
      expect(res.status).toBe(201);
      return ((await res.json()) as { coach: { id: string }; token: string });
    };
    const elsewhere = await admin('aalsmeer');
    const refused = await api(elsewhere.token, `/api/cases/${caseId}/inzage.pdf`);
    expect(refused.status).toBe(403);

    const own = await admin('amstelveen');
    const res = await api(own.token, `/api/cases/${caseId}/inzage.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const shown of ['Wat we van je weten', 'Amstelveen', 'Geen diploma', 'beheerder van de gemeente las je gegevens']) expect(text).toContain(shown);
    const audit = await t.db.sql`select actor, target, municipality from audit_log where action = 'inzage.produced'`;
    expect(audit).toEqual([{ actor: own.coach.id, target: `case:${caseId}`, municipality: 'amstelveen' }]);

    // The same from the dashboard: the case page of the municipality's team lead (its admin there) offers it.
    const app = t.stack.app!;
    const account = await api(t.adminToken, '/api/staff-accounts', { email: 'bea@amstelveen.example', name: 'Bea Beheer', role: 'team_lead', coachId: own.coach.id, password: 'een lang wachtwoord 123' });
    expect(account.status).toBe(201);
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = /jl_pre=([^;]+)/.exec(String(form.headers['set-cookie']))![1]!;
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email: 'bea@amstelveen.example', password: 'een lang wachtwoord 123' } });
    const session = /jl_session=([^;]+)/.exec(String(signedIn.headers['set-cookie']))![1]!;
    const casePage = await app.inject({ url: `/dashboard/cases/${caseId}`, cookies: { jl_session: session } });
    expect(casePage.body).toContain(`href="/dashboard/cases/${caseId}/inzage.pdf"`);
    const download = await app.inject({ url: `/dashboard/cases/${caseId}/inzage.pdf`, cookies: { jl_session: session } });
    expect(download.statusCode).toBe(200);
    expect(pdfText(download.rawPayload)).toContain('Wat we van je weten');
    expect((await t.db.sql`select count(*)::int as n from audit_log where action = 'inzage.produced'`)[0]?.n).toBe(2);
  }, 60_000);
});
