import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, youths } from '../drizzle/schema';
import { startFakeSmtp, type FakeSmtp } from './support/fake-smtp';
import { eventually, sayOnWhatsApp, shownText, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';

const PASSWORD = 'coach-demo-wachtwoord';
const NAME = 'Sjoukje';
const PROFILE_NAME = 'Zwaantje Vondelpark';

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`)) ?? '';
  return line.slice(line.indexOf('=') + 1, line.indexOf(';'));
};

/**
 * The name a young person gives in the chat, end to end: the coach's pages call the case by it
 * ("Sjoukje · 3f2a9c1e"), the notices outside the encrypted store (WhatsApp template, e-mail) carry
 * only the reference, the WhatsApp profile name is never used, and an erasure takes the name too.
 */
describe('the name the young person gives for their coach', () => {
  let t: TestStack;
  let smtp: FakeSmtp;
  let app: FastifyInstance;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await startTestStack({ env: { SMTP_URL: smtp.url, SMTP_REQUIRE_TLS: 'false' } });
    app = t.stack.app!;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('shows "Name · ref" to the coach, keeps it out of the notices, and forgets it with the young person', async () => {
    const phone = '+31612371234';
    const say = (body: string, until?: RegExp) => sayOnWhatsApp(t, { phone, body, profileName: PROFILE_NAME, ...(until ? { until } : {}) });
    // The zelfscan answers up to the contact time; the name question comes last, before the handover.
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers.slice(0, -1)]) await say(body);
    const question = await say('ik heet Sjoukje', /vaste contactpersoon/);
    expect(question.map(shownText).join('\n')).toContain('vaste contactpersoon');

    const [row] = await t.stack.database.db.select({ caseId: cases.id, coachId: cases.coachId, nameEnc: youths.nameEnc }).from(cases).innerJoin(youths, eq(youths.id, cases.youthId));
    expect(row?.nameEnc).toBeTruthy();
    expect(row?.nameEnc).not.toContain(NAME);
    const label = `${NAME} · ${row!.caseId.slice(0, 8)}`;

    // The notices outside the encrypted store: the reference at most, never the name (nor the profile name).
    const notice = await eventually(() => t.twilio.messages.find((m) => m.contentSid && m.to !== `whatsapp:${phone}`));
    const [mail] = await smtp.waitForMails(1, 30_000);
    for (const text of [JSON.stringify(notice), JSON.stringify(mail)]) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain('Zwaantje');
    }

    // The coach signs in and sees the name beside the reference on every page that names the case.
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'coach.naam@example.nl', name: 'Coach', role: 'coach', coachId: row!.coachId, password: PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieOf(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email: 'coach.naam@example.nl', password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    const session = cookieOf(signedIn, 'jl_session');
    const page = async (url: string) => {
      const res = await app.inject({ url, cookies: { jl_session: session } });
      expect(res.statusCode).toBe(200);
      return res.body;
    };
    for (const url of ['/dashboard/inbox', '/dashboard/cases', `/dashboard/cases/${row!.caseId}`, '/dashboard/casusoverleg']) {
      const body = await page(url);
      expect(body, url).toContain(label);
      expect(body, url).not.toContain('Zwaantje');
    }
    expect(await page(`/dashboard/cases/${row!.caseId}`)).toMatch(new RegExp(`<title>[^<]*${label}`));

    // The coach API names the case the same way.
    const apiCase = await app.inject({ url: `/api/cases/${row!.caseId}`, headers: { authorization: `Bearer ${t.adminToken}` } });
    expect((apiCase.json() as { case: { name: string | null } }).case.name).toBe(NAME);

    // VERWIJDER MIJN GEGEVENS: the name goes with the rest.
    await say('verwijder mijn gegevens');
    await say('ja');
    await eventually(async () => (await t.db.sql`select 1 from youths where conversation_id is not null`).length === 0, 60_000);
    const [forgotten] = await t.db.sql<{ name_enc: string | null }[]>`select name_enc from youths`;
    expect(forgotten?.name_enc).toBeNull();
    expect(await page('/dashboard/cases')).not.toContain(NAME);
  }, 240_000);
});
