import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKey } from '../messages/conversation-key';
import { eventually, sayOnWhatsApp, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';
import { openWebChat, type WebChat } from './support/web-chat';

interface ApiCase {
  id: string;
  status: string;
  erased: { at: string; reason: string } | null;
  youth: { age: number | null; municipality: string | null };
  handovers: { summary: string }[];
}

/**
 * Erasure on request (VERWIJDER MIJN GEGEVENS) end to end, over WhatsApp's signed webhooks and over
 * the web chat, and by letter through an admin: afterwards no row of any table points to the young
 * person, the coach sees a tombstone, and the same number or session starts afresh.
 */
describe('erasure of a young person', () => {
  let t: TestStack;
  const chats: WebChat[] = [];
  beforeAll(async () => {
    t = await startTestStack({ env: { ERASURE_GRACE_SECONDS: '2', TOTP_REQUIRED_ROLES: 'none' } });
  });
  afterAll(async () => {
    for (const chat of chats) chat.close();
    await t?.close();
  });

  const api = async <T>(path: string, init: { method?: string; token?: string } = {}) => {
    const res = await fetch(`${t.baseUrl}${path}`, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${init.token ?? t.adminToken}` } });
    return { status: res.status, body: (await res.json()) as T };
  };

  /** The young person behind a conversation: ids to look for afterwards. */
  async function whoIs(key: string) {
    // The case store opens the case from the intake's event, after the last turn: wait for it.
    const row = await eventually(async () => {
      const [found] = await t.db.sql<{ conversation_id: string; youth_id: string; case_id: string }[]>`
        select cv.id as conversation_id, y.id as youth_id, c.id as case_id
        from conversations cv join youths y on y.conversation_id = cv.id join cases c on c.youth_id = y.id where cv.key = ${key}`;
      return found;
    });
    return { conversationId: row.conversation_id, youthId: row.youth_id, caseId: row.case_id, key };
  }

  /**
   * Every row of every table in the public schema, as text, that contains `needle`: a table added
   * later that keeps a young person's data without erasing it makes this fail.
   */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables = await t.db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    const holding: string[] = [];
    for (const { table_name: table } of tables) {
      const [row] = await t.db.sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${table}" x where x::text like $1`, [`%${needle}%`]);
      if ((row?.n ?? 0) > 0) holding.push(table);
    }
    return holding;
  }

  /** What may still name the case, anonymously: the case, its history (types and dates), tombstoned handovers, the audit log. */
  async function expectForgotten(who: { conversationId: string; youthId: string; caseId: string; key: string }) {
    expect(await tablesHolding(who.conversationId), 'rows that still name the conversation').toEqual([]);
    expect(await tablesHolding(who.key), 'rows that still hold the keyed hash of the number').toEqual([]);
    expect(await tablesHolding(who.youthId), 'rows that still name the young person').toEqual(['cases', 'youths']);
    const [youth] = await t.db.sql`select conversation_id, contact_enc, age, diploma from youths where id = ${who.youthId}`;
    expect(youth).toEqual({ conversation_id: null, contact_enc: null, age: null, diploma: null });
    // A coach's bundled notice names the case by id with the kinds and times of what happened (the
    // erasure is in it): nothing of the person, deleted by retention after it was sent.
    const allowed = ['audit_log', 'case_events', 'cases', 'coach_notices', 'handovers'];
    expect((await tablesHolding(who.caseId)).filter((table) => !allowed.includes(table)), 'rows that still name the case').toEqual([]);
    const history = await t.db.sql<{ type: string; data: Record<string, unknown> }[]>`select type, data from case_events where case_id = ${who.caseId} order by id`;
    // The history keeps what happened and when, never what was said (a safety signal: its kind, encrypted).
    for (const event of history) {
      const kept = typeof event.data.signalEnc === 'string' ? JSON.parse(t.stack.protector.decrypt(event.data.signalEnc)) : event.data;
      expect(Object.keys(event.data).every((k) => ['category', 'reason', 'signalEnc'].includes(k)), event.type).toBe(true);
      expect(kept.textEnc ?? null, event.type).toBeNull();
      expect(kept.helplines ?? [], event.type).toEqual([]);
    }
  }

  it('over WhatsApp: confirmed, the data is gone within a minute, the coach sees a tombstone, the number starts afresh', async () => {
    const phone = '+31612390001';
    for (const body of ['hoi', '19', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone, body });
    const who = await whoIs(conversationKey(t.stack.protector, 'whatsapp', phone));
    const sidsBefore = await t.db.sql<{ sid: string }[]>`
      select provider_sid as sid from outbound_messages where conversation_id = ${who.conversationId} and provider_sid is not null
      union select external_id from inbound_messages where conversation_id = ${who.conversationId}`;

    const asked = await sayOnWhatsApp(t, { phone, body: 'verwijder mijn gegevens' });
    expect(asked.at(-1)?.body).toContain('Weet je het zeker? Dan wissen we alles wat we van je weten.');
    const done = await sayOnWhatsApp(t, { phone, body: 'ja' });
    expect(done.map((m) => m.body)).toEqual([expect.stringContaining('We wissen nu alles wat we van je weten')]);
    const erasedAt = Date.now();

    await eventually(async () => (await t.db.sql`select 1 from conversations where id = ${who.conversationId}`).length === 0, 60_000);
    expect(Date.now() - erasedAt).toBeLessThan(60_000);
    await expectForgotten(who);
    // Twilio's records of the messages, both ways, are queued for deletion there.
    const queued = await t.db.sql<{ sid: string }[]>`select sid from twilio_deletions`;
    expect(queued.map((r) => r.sid)).toEqual(expect.arrayContaining(sidsBefore.map((r) => r.sid)));

    // The coach: a tombstone, not the data.
    const { body } = await api<{ case: ApiCase }>(`/api/cases/${who.caseId}`);
    expect(body.case).toMatchObject({ status: 'closed', erased: { reason: 'request' }, youth: { age: null } });
    expect(body.case.handovers.map((h) => h.summary)).toEqual([expect.stringMatching(/^Verwijderd op verzoek van de jongere op \d{1,2} \w+ \d{4}\. De gegevens zijn gewist\.$/)]);

    // The same number is a newcomer.
    const again = await sayOnWhatsApp(t, { phone, body: 'hoi' });
    expect(again.map((m) => m.body).join('\n')).toContain('Hoe oud ben je?');
    const fresh = await t.db.sql`select id from conversations where key = ${who.key}`;
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.id).not.toBe(who.conversationId);
  });

  it('"nee" at the confirmation erases nothing', async () => {
    const phone = '+31612390002';
    await sayOnWhatsApp(t, { phone, body: 'hoi' });
    await sayOnWhatsApp(t, { phone, body: 'DELETE MY DATA' });
    const kept = await sayOnWhatsApp(t, { phone, body: 'nee' });
    expect(kept[0]?.body).toBe('Goed, we wissen niets. We gaan verder.');
    expect(kept.at(-1)?.body).toContain('Hoe oud ben je?');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.db.sql`select 1 from conversations where key = ${conversationKey(t.stack.protector, 'whatsapp', phone)}`).toHaveLength(1);
  });

  it('after a safety signal: the words go, the coach keeps that there was one, and the urgent handover stays open for its holder', async () => {
    const phone = '+31612390004';
    await sayOnWhatsApp(t, { phone, body: 'ik wil dood' });
    const who = await eventually(() => whoIs(conversationKey(t.stack.protector, 'whatsapp', phone)).catch(() => undefined));
    await eventually(async () => (await t.db.sql`select 1 from handovers where case_id = ${who.caseId} and urgent`).length === 1);
    await sayOnWhatsApp(t, { phone, body: 'Verwijder mijn gegevens' });
    await sayOnWhatsApp(t, { phone, body: 'ja' });
    await eventually(async () => (await t.db.sql`select 1 from conversations where id = ${who.conversationId}`).length === 0, 60_000);
    await expectForgotten(who);

    const [row] = await t.db.sql<{ status: string; summary_enc: string; category_enc: string }[]>`select status, summary_enc, category_enc from handovers where case_id = ${who.caseId}`;
    const urgent = { status: row!.status, summary: t.stack.protector.decrypt(row!.summary_enc), category: t.stack.protector.decrypt(row!.category_enc) };
    expect(urgent).toMatchObject({ status: 'open', category: 'suicide' });
    expect(urgent.summary).toMatch(/^Verwijderd op verzoek van de jongere op .+ Er was een veiligheidssignaal \(suïcide\)\./);
    expect(urgent.summary).not.toContain('dood');
    // The history keeps the signal and its kind; its words (encrypted) are gone.
    const signals = await t.db.sql<{ data: { signalEnc: string } }[]>`select data from case_events where case_id = ${who.caseId} and type = 'safety.signal'`;
    expect(signals.map((s) => JSON.parse(t.stack.protector.decrypt(s.data.signalEnc)))).toEqual([{ category: 'suicide', helplines: [], textEnc: null }]);
  });

  it('over the web chat: the page shows "we are erasing", the data goes, the same session starts afresh', async () => {
    const chat = await openWebChat(t.baseUrl);
    chats.push(chat);
    const { session } = chat;
    const say = (text: string) => chat.say(text);
    for (const text of ['hoi', '21', 'ja', 'Aalsmeer', 'mbo 2', 'aan het werk', 'streefbaan', ...zelfscanAnswers]) await say(text);
    // The conversation is keyed by the session's id, the token's first 22 characters (api/chat-session.ts).
    const who = await eventually(() => whoIs(conversationKey(t.stack.protector, 'web', session.slice(0, 22))).catch(() => undefined));

    expect((await say('Verwijder mijn gegevens')).at(-1)?.text).toContain('Weet je het zeker?');
    expect((await say('ja')).map((m) => m.text)).toEqual([expect.stringContaining('We wissen nu alles')]);
    await eventually(async () => (await t.db.sql`select 1 from conversations where id = ${who.conversationId}`).length === 0, 60_000);
    await expectForgotten(who);
    const { body } = await api<{ cases: ApiCase[] }>('/api/cases');
    expect(body.cases.find((c) => c.id === who.caseId)?.erased?.reason).toBe('request');

    // The open page is told, so it forgets the conversation too (api/chat-assets/chat.js).
    await eventually(() => chat.events.includes('erased'));
    // A page that still shows the old conversation hears it at once when it comes back.
    const returning = await fetch(`${t.baseUrl}/chat/events?session=${session}&history=1`);
    expect(await returning.text()).toContain('event: erased');
    // The session itself starts afresh.
    const fresh = await openWebChat(t.baseUrl, { session });
    chats.push(fresh);
    const again = await fresh.say('hallo');
    expect(again.map((m) => m.text).join('\n')).toContain('Hoe oud ben je?');
  });

  it('by letter: only an admin of the young person’s municipality, audited with who did it', async () => {
    const phone = '+31612390003';
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone, body });
    const who = await whoIs(conversationKey(t.stack.protector, 'whatsapp', phone));
    const { body: coachList } = await api<{ coaches: { id: string; municipality: string; isAdmin: boolean }[] }>('/api/coaches');
    // An admin-coach of the other municipality has no power here.
    const other = coachList.coaches.find((c) => c.municipality === 'aalsmeer');
    const issued = await fetch(`${t.baseUrl}/api/coaches/${other!.id}/token`, { method: 'POST', headers: { authorization: `Bearer ${t.adminToken}` } });
    const { token } = (await issued.json()) as { token: string };
    await t.db.sql`update coaches set is_admin = true where id = ${other!.id}`;
    expect((await api(`/api/cases/${who.caseId}/erase`, { method: 'POST', token })).status).toBe(403);
    expect(await t.db.sql`select 1 from conversations where id = ${who.conversationId}`).toHaveLength(1);

    const erased = await api<{ case: ApiCase }>(`/api/cases/${who.caseId}/erase`, { method: 'POST' });
    expect(erased.status).toBe(200);
    expect(erased.body.case.erased?.reason).toBe('letter');
    expect(erased.body.case.handovers[0]?.summary).toMatch(/^Verwijderd op verzoek \(per brief\) op /);
    await expectForgotten(who);
    const audit = await t.db.sql`select actor, action, target from audit_log where action = 'youth.erased'`;
    expect(audit).toEqual([{ actor: 'admin', action: 'youth.erased', target: `case:${who.caseId}` }]);
    expect((await api(`/api/cases/${who.caseId}/erase`, { method: 'POST' })).status).toBe(409);
  });

  it('by letter in the dashboard: an admin ticks the check and erases; the page then shows only the tombstone', async () => {
    const app = t.stack.app!;
    const password = 'beheer-wachtwoord-erase-1';
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'beheer@example.nl', name: 'Beheer', role: 'admin', password },
    });
    expect(created.statusCode).toBe(201);
    const cookie = (res: LightMyRequestResponse, name: string) => {
      const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`))!;
      return line.slice(name.length + 1, line.indexOf(';'));
    };
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookie(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email: 'beheer@example.nl', password } });
    expect(signedIn.statusCode).toBe(303);
    const session = cookie(signedIn, 'jl_session');

    const phone = '+31612390005';
    for (const body of ['hoi', '18', 'ja', 'Aalsmeer', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone, body });
    const who = await whoIs(conversationKey(t.stack.protector, 'whatsapp', phone));
    const page = await app.inject({ url: `/dashboard/cases/${who.caseId}`, cookies: { jl_session: session } });
    expect(page.body).toContain('Gegevens wissen (verzoek per brief)');
    // Before: the coach's summary with who it is.
    expect(page.body).toContain('18 jaar');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const erased = await app.inject({ method: 'POST', url: `/dashboard/cases/${who.caseId}/erase`, cookies: { jl_session: session }, payload: { _csrf: csrf, confirm: 'yes' } });
    expect(erased.statusCode).toBe(303);
    expect(erased.headers.location).toBe(`/dashboard/cases/${who.caseId}?notice=erased`);
    await expectForgotten(who);
    const after = await app.inject({ url: `/dashboard/cases/${who.caseId}`, cookies: { jl_session: session } });
    expect(after.body).toContain('Verwijderd op verzoek (per brief) op');
    expect(after.body).not.toContain('Gegevens wissen (verzoek per brief)');
    expect(after.body).not.toContain('18 jaar');
    // Nothing is held any more, so no inzage PDF is offered for it.
    expect(page.body).toContain('inzage.pdf');
    expect(after.body).not.toContain('inzage.pdf');
  });
});
