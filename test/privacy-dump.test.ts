import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sayOnWhatsApp, shownText, startTestStack, type TestStack } from './support/stack';
import { newChatSession } from './support/web-chat';

const run = promisify(execFile);

/** The same major version as the test server (PostgreSQL 15); a newer pg_dump refuses an older server and vice versa. */
const PG_DUMP = '/usr/bin/pg_dump';

/** Everything the young people tell, each distinctive enough to find in a dump and nowhere else. */
const secrets = {
  phone: '+31612398765',
  profileName: 'Zwaantje Vondelpark',
  /** The name they give for the coach to call them. */
  youthName: 'Wiebrigje',
  trustedName: 'Roosmarijn Kwakernaak',
  trustedPhone: '0687651234',
  message: 'bijlesrooster verfomfaaid',
  webMessage: 'schoenendoos fietsenmaker',
  /** A danger signal: the safety net opens an urgent handover with the kind of danger. */
  danger: 'ik wil niet meer leven',
};

/**
 * AVG by design: after a full intake over WhatsApp (health and personal situation "ja", a trusted
 * person, a message to the coach, the name the coach may use) and a web chat, a dump of the whole database (BullMQ's schema
 * included: the queue runs on PostgreSQL here) holds none of it in the clear: no phone number in any
 * form, no name, no words the young person typed, no zelfscan outcome, no summary.
 */
describe('a database dump after a full intake', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const say = async (body: string, until?: RegExp) => {
    const replies = await sayOnWhatsApp(t, { phone: secrets.phone, body, profileName: secrets.profileName, ...(until ? { until } : {}) });
    return replies.map(shownText).join('\n');
  };

  it('holds no personal data in the clear', async () => {
    expect(await say('Hoi')).toMatch(/Hoe oud ben je/);
    expect(await say('19')).toMatch(/privacy/i);
    expect(await say('ja')).toMatch(/gemeente/);
    expect(await say('Amstelveen')).toMatch(/diploma/);
    expect(await say('1')).toMatch(/liefst/);
    expect(await say('naar school')).toMatch(/hoe het met je gaat/);
    // School, werk, geld ("ik kom niet rond"), wonen, dagbesteding, netwerk; then health and personal: "ja".
    for (const answer of ['2', '4', '2', '2', '3', '2']) await say(answer);
    expect(await say('ja')).toMatch(/.+/);
    expect(await say('ja')).toMatch(/.+/);
    expect(await say('avond')).toMatch(/Hoe mag je coach je noemen/);
    await say(secrets.youthName, /vaste contactpersoon/);
    await eventually(async () => (await t.db.sql`select count(*)::int as n from outbound_emails`)[0]?.n > 0 || undefined, 30_000);

    // A trusted person, from the menu.
    expect(await say('menu')).toMatch(/Iemand die mij helpt/);
    expect(await say('Iemand die mij helpt')).toMatch(/Hoe heet/);
    expect(await say(secrets.trustedName)).toMatch(/Wie is deze persoon/);
    expect(await say('Ouder of verzorger')).toMatch(/bereiken/);
    expect(await say(secrets.trustedPhone)).toMatch(/.+/);
    await say('ja');
    await eventually(async () => (await t.db.sql`select count(*)::int as n from trusted_persons`)[0]?.n > 0 || undefined, 30_000);

    // A message to the coach.
    expect(await say('menu')).toMatch(/Bericht aan mijn coach/);
    await say('Bericht aan mijn coach');
    await say(`Hoi, mijn ${secrets.message}`);
    await eventually(async () => (await t.db.sql`select count(*)::int as n from case_messages`)[0]?.n > 0 || undefined, 30_000);

    // A web chat: free text in the intake, then a danger signal.
    const session = await newChatSession(t.baseUrl);
    for (const text of ['hoi', '20', secrets.webMessage, secrets.danger]) {
      const res = await fetch(`${t.baseUrl}/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) });
      expect(res.status).toBeLessThan(300);
      await eventually(async () => (await t.db.sql`select count(*)::int as n from inbound_messages where status = 'pending'`)[0]?.n === 0 || undefined, 30_000);
    }
    await eventually(async () => (await t.db.sql`select count(*)::int as n from domain_events where processed_at is null`)[0]?.n === 0 || undefined, 30_000);

    // Everything is there for whoever may read it: the coach's summary with the topics to discuss,
    // the zelfscan outcome, the trusted person, the message and the danger signal, all through the API.
    const api = async <T>(path: string) => (await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${t.adminToken}` } })).json() as Promise<T>;
    const { handovers } = await api<{ handovers: { caseId: string; summary: string; reason: string }[] }>('/api/handovers');
    const intake = handovers.find((h) => h.reason === 'intake');
    expect(intake?.summary).toContain('Wil met de coach praten over: gezondheid, persoonlijke situatie.');
    const { case: detail } = await api<{ case: { trustedPerson: { name: string; reach: string } | null; assessment: { talkAbout: string[] } | null } }>(`/api/cases/${intake?.caseId}`);
    const urgent = handovers.find((h) => h.reason === 'safety') as { category?: string; id: string } | undefined;
    expect(urgent?.category).toBe('suicide');
    const { handover: opened } = await api<{ handover: { signals: { category: string; words: string }[] } }>(`/api/handovers/${urgent?.id}`);
    expect(opened.signals).toMatchObject([{ category: 'suicide', words: secrets.danger }]);
    // The name was kept (encrypted), so its absence below means something.
    expect(await t.db.sql`select 1 from youths where name_enc is not null`).toHaveLength(1);
    expect(detail.trustedPerson).toMatchObject({ name: secrets.trustedName, reach: secrets.trustedPhone });
    expect(detail.assessment?.talkAbout).toEqual(['gezondheid', 'persoonlijk']);
    const { messages } = await api<{ messages: { text: string }[] }>(`/api/cases/${intake?.caseId}/messages`);
    expect(messages.map((m) => m.text).join('\n')).toContain(secrets.message);
    expect((await t.db.sql`select count(*)::int as n from outbound_emails`)[0]?.n).toBeGreaterThan(0);
    expect((await t.db.sql`select count(*)::int as n from conversations where channel = 'web'`)[0]?.n).toBe(1);

    const { stdout: dump } = await run(PG_DUMP, ['--no-owner', '--no-privileges', t.db.url], { maxBuffer: 256 * 1024 * 1024 });
    // The dump is real: it holds the tables and rows the intake wrote.
    expect(dump).toContain('COPY public.handovers');
    expect(dump).toContain('COPY public.domain_events');
    expect(dump).toMatch(/CREATE TABLE bullmq\./);

    const digits = secrets.phone.slice(3); // 612398765
    const inTheClear = [
      secrets.phone,
      `31${digits}`,
      `0${digits}`,
      digits,
      secrets.trustedPhone,
      secrets.trustedPhone.slice(1),
      secrets.profileName,
      'Zwaantje',
      secrets.youthName,
      secrets.trustedName,
      'Kwakernaak',
      secrets.message,
      'bijlesrooster',
      secrets.webMessage,
      'schoenendoos',
      secrets.danger,
      // What the safety net recognised: the kind of danger and the helplines it gave.
      'suicide',
      'helplines',
      // The zelfscan outcome and the summary built from it.
      'gezondheid',
      'persoonlijk',
      'geld en inkomen',
      'Wil met de coach praten',
      'Aandacht nodig voor',
      'Ondersteuningszwaarte',
      'talkAbout',
      'obstacles',
    ].filter((secret) => dump.toLowerCase().includes(secret.toLowerCase()));
    expect(inTheClear).toEqual([]);
  }, 240_000);
});
