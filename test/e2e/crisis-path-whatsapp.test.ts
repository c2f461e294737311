import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../cases/privacy/data-protector';
import type { FakeMessage } from '../support/fake-twilio';
import { eventually, sayOnWhatsApp, startTestStack, toPhone, zelfscanAnswers, type TestStack } from '../support/stack';

interface ListedHandover { id: string; caseId: string; urgent: boolean; category: string | null; dueAt: string | null; coachId: string }
interface HandoverDetail { id: string; urgent: boolean; category: string | null; dueAt: string | null; signals: { at: string; category: string | null; words: string | null }[] }

/**
 * The crisis path on WhatsApp, through the signed webhook, the queue, the worker and PostgreSQL, with
 * the fake Twilio: what the young person sees on their phone and what the coach sees in the API.
 */
describe('the crisis path on WhatsApp', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = toPhone;
  /** What the young person's phone shows of a bot message: its text, and its buttons or list items. */
  const shown = (m: FakeMessage) => m.interactive?.body ?? m.body ?? '';
  const choicesOf = (m: FakeMessage) => m.interactive?.choices.map((c) => c.title) ?? [];
  const transcript: string[] = [];
  async function say(phone: string, body: string): Promise<FakeMessage[]> {
    const replies = await sayOnWhatsApp(t, { phone, body, quietMs: 300 });
    transcript.push(`jongere: ${body}`);
    for (const m of replies) {
      const choices = choicesOf(m);
      const text = shown(m).replace(/\n+/g, ' / ');
      // Kept whole where it is about safety; the intake's other questions shortened.
      const line = /112|113|leest een medewerker/.test(text) || text.length <= 110 ? text : `${text.slice(0, 110)}…`;
      transcript.push(`bot:     ${line}${choices.length ? ` [${choices.join(' | ')}]` : ''}`);
    }
    return replies;
  }
  const api = async <T>(path: string, token = t.adminToken, init: RequestInit = {}) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  /** A coach's own API token, as an admin would hand it out. */
  async function tokenOf(coachId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await t.db.sql`update coaches set token_hash = ${hashToken(token)} where id = ${coachId}`;
    return token;
  }
  const coachNotices = () => t.twilio.messages.filter((m) => m.contentSid && m.body?.includes('/dashboard/handovers/'));
  const urgentOf = async (caseIds: Set<string>) =>
    (await api<{ handovers: ListedHandover[] }>('/api/handovers')).body.handovers.filter((h) => h.urgent && caseIds.has(h.caseId));
  const casesOfPhoneByAge = async (age: number) =>
    (await t.db.sql`select c.id, c.status, c.route from cases c join youths y on y.id = c.youth_id where y.age = ${age}`) as unknown as {
      id: string; status: string; route: string;
    }[];

  it('answers "ik wil dood" as the very first message with 112/113, tells by when a person reads it, and opens an urgent handover', async () => {
    const phone = '+31612379001';
    const noticesBefore = coachNotices().length;
    const replies = await say(phone, 'ik wil dood');
    // One message: the helplines, then when a person reads it (concrete, never "zo snel mogelijk").
    expect(replies).toHaveLength(1);
    const told = replies[0]!;
    expect(shown(told)).toContain('0800-0113');
    expect(shown(told)).toMatch(/\nIk geef je bericht door aan het Jongerenloket\.\n(Vandaag vóór|Vandaag om|Morgen om|Op .+ om) \d\d:\d\d leest een medewerker je bericht\.$/);
    // The duty contact is told, once, that it is urgent.
    await eventually(() => coachNotices().length > noticesBefore);
    expect(coachNotices().slice(noticesBefore).map((m) => m.body)).toEqual([expect.stringContaining('SPOED (suïcide):')]);
    // Nothing more reaches the young person after it (the worker sends no second "someone will contact you").
    await new Promise((r) => setTimeout(r, 500));
    expect(t.twilio.messages.filter(to(phone)).map(shown)).toEqual([shown(told)]);
    const [row] = (await t.db.sql`select h.id from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
      join conversations cv on cv.id = y.conversation_id where h.urgent and h.created_at > now() - interval '1 minute'`) as unknown as { id: string }[];
    const { body } = await api<{ handover: HandoverDetail }>(`/api/handovers/${row!.id}`);
    expect(body.handover).toMatchObject({ urgent: true, category: 'suicide', dueAt: expect.any(String) });
    expect(body.handover.signals.map((s) => [s.category, s.words])).toEqual([['suicide', 'ik wil dood']]);
    // What they write next, before anyone picked it up, goes to the duty contact, and they are told so
    // (as a colleague of the Jongerenloket: the holder moves once the municipality is known).
    const next = await say(phone, 'hoi');
    expect(next.map(shown).join('\n')).toMatch(/doorgestuurd naar een medewerker van het Jongerenloket/);
  });

  it('a signal in the middle of the intake: helplines, the same question again, one handover for two signals, one case after the intake', async () => {
    const phone = '+31612379002';
    transcript.length = 0;
    for (const body of ['hoi', '18', 'ja']) await say(phone, body);
    const asked = await say(phone, 'Aalsmeer');
    const diplomaQuestion = asked.at(-1)!;
    expect(shown(diplomaQuestion)).toContain('Wat is je hoogste diploma?');
    const noticesBefore = coachNotices().length;

    // The answer to the diploma question carries the danger.
    const alarm = await say(phone, 'mbo 2 maar eigenlijk wil ik gewoon dood');
    // The helplines and when a person reads it in one message, then the same question again,
    // with the same choices to tap, last on the screen.
    expect(alarm).toHaveLength(2);
    const told = alarm[0]!;
    expect(shown(told)).toContain('113');
    expect(shown(told)).toMatch(/\n(Vandaag vóór|Vandaag om|Morgen om|Op .+ om) \d\d:\d\d leest een medewerker je bericht\.$/);
    const again = alarm[1]!;
    expect(shown(again)).toContain('Wat is je hoogste diploma?');
    expect(choicesOf(again)).toEqual(choicesOf(diplomaQuestion));
    expect(choicesOf(again)).toContain('mbo 2 of hoger');
    await new Promise((r) => setTimeout(r, 500));
    expect(t.twilio.messages.filter(to(phone)).at(-1)).toBe(again);

    // Answering it goes on with the intake.
    const wants = await say(phone, 'mbo 2 of hoger');
    expect(wants.map(shown).join('\n')).toContain('Wat wil je het liefst?');

    // A second signal a while later: the helplines again, but no second handover and no second notice.
    await new Promise((r) => setTimeout(r, 1_000));
    const second = await say(phone, 'ik wil er niet meer zijn');
    expect(shown(second[0]!)).toContain('113');
    expect(second.some((m) => shown(m).includes('Wat wil je het liefst?'))).toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    expect(coachNotices().length - noticesBefore).toBe(1);
    // The second signal says the same time as the first: it joined the same urgent handover.
    expect(second.filter((m) => /leest een medewerker je bericht/.test(shown(m))).map((m) => shown(m).split('\n').at(-1))).toEqual([shown(told).split('\n').at(-1)]);
    expect(shown(second.at(-1)!)).toContain('Wat wil je het liefst?');
    const youthCases = new Set((await casesOfPhoneByAge(18)).map((c) => c.id));
    const urgent = await eventually(async () => {
      const list = await urgentOf(youthCases);
      return list.length === 1 && list[0]!;
    });
    expect(urgent).toMatchObject({ category: 'suicide', dueAt: expect.any(String) });
    // The deadline is the one the young person was told (same day within opening hours, else the next opening).
    expect(new Date(urgent.dueAt!).getTime()).toBeGreaterThan(Date.now());
    expect(shown(told)).toContain(DateTime.fromISO(urgent.dueAt!).setZone('Europe/Amsterdam').toFormat('HH:mm'));

    // The holder (the duty contact: Aalsmeer is known but the intake not yet done) sees both signals with their words.
    const holderToken = await tokenOf(urgent.coachId);
    const auditBefore = (await t.db.sql`select count(*)::int as n from audit_log where action = 'safety.words_read'`)[0]!.n as number;
    const detail = await eventually(async () => {
      const { status, body } = await api<{ handover: HandoverDetail }>(`/api/handovers/${urgent.id}`, holderToken);
      return status === 200 && body.handover.signals.length === 2 && body.handover;
    });
    expect(detail.signals.map((s) => [s.category, s.words])).toEqual([
      ['suicide', 'mbo 2 maar eigenlijk wil ik gewoon dood'],
      ['suicide', 'ik wil er niet meer zijn'],
    ]);
    expect(new Date(detail.signals[1]!.at).getTime()).toBeGreaterThan(new Date(detail.signals[0]!.at).getTime());
    const auditAfter = (await t.db.sql`select count(*)::int as n from audit_log where action = 'safety.words_read'`)[0]!.n as number;
    expect(auditAfter).toBeGreaterThan(auditBefore);
    const [audit] = await t.db.sql`select actor, case_id from audit_log where action = 'safety.words_read' order by id desc limit 1`;
    expect(audit?.case_id).toBe(urgent.caseId);
    expect(String(audit?.actor)).toContain(urgent.coachId);

    // The intake finishes.
    for (const body of ['naar school', ...zelfscanAnswers]) await say(phone, body);
    const named = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /vaste contactpersoon/.test(m.body ?? '')));
    expect(named.body).toBeTruthy();
    // Exactly one open case: the safety case took the intake; nothing closed as superseded.
    const cases = await eventually(async () => {
      const rows = await casesOfPhoneByAge(18);
      return rows.every((c) => c.route !== 'onbekend') && rows;
    });
    expect(cases).toEqual([{ id: urgent.caseId, status: 'open', route: 'school' }]);
    expect(await t.db.sql`select 1 from case_events where case_id = ${urgent.caseId} and data->>'reason' = 'superseded'`).toHaveLength(0);
    // The coach's summary opens with the safety line, without the young person's words.
    const { body: listed } = await api<{ handovers: (ListedHandover & { summary: string })[] }>('/api/handovers');
    const intake = listed.handovers.find((h) => h.caseId === urgent.caseId && !h.urgent);
    expect(intake?.summary).toMatch(/^SPOED: veiligheidssignaal \(suïcide\) op /);
    expect(intake?.summary).not.toContain('dood');
    const stillUrgent = listed.handovers.find((h) => h.id === urgent.id)!;
    expect(stillUrgent).toMatchObject({ urgent: true, category: 'suicide', dueAt: expect.any(String) });

    // Their message for a coach, before the urgent handover is acknowledged, lands in the urgent case,
    // and the reply names who reads it: not the new coach, a colleague of the Jongerenloket.
    const coachName = /Goed nieuws! (\S+) wordt/.exec(named.body ?? '')?.[1];
    expect(coachName).toBeTruthy();
    const forwarded = (await say(phone, 'Ik ben nu veilig, bel me aub')).map(shown).join('\n');
    expect(forwarded).toContain('doorgestuurd naar een medewerker van het Jongerenloket');
    expect(forwarded).not.toContain(`doorgestuurd naar ${coachName}`);
    const thread = await eventually(async () => {
      const { status, body } = await api<{ messages: { direction: string; text: string }[] }>(`/api/cases/${urgent.caseId}/messages`);
      return status === 200 && body.messages.some((m) => m.text === 'Ik ben nu veilig, bel me aub') && body.messages;
    });
    expect(thread.filter((m) => m.direction === 'from_youth').map((m) => m.text)).toEqual(['Ik ben nu veilig, bel me aub']);
    // The holder of the urgent handover (now the own municipality's Sociaal team) reads it: in their inbox and in the thread.
    const holder = await tokenOf(stillUrgent.coachId);
    const { body: holderInbox } = await api<{ handovers: (ListedHandover & { coach: { firstName: string } })[]; unread: { caseId: string; unread: number }[] }>('/api/inbox', holder);
    expect(holderInbox.handovers.map((h) => h.id)).toContain(urgent.id);
    expect(holderInbox.unread).toEqual([expect.objectContaining({ caseId: urgent.caseId, unread: 1 })]);
    const holderThread = await api<{ messages: { direction: string; text: string }[] }>(`/api/cases/${urgent.caseId}/messages`, holder);
    expect(holderThread.status).toBe(200);
    expect(holderThread.body.messages.map((m) => [m.direction, m.text])).toContainEqual(['from_youth', 'Ik ben nu veilig, bel me aub']);
    const holderName = holderInbox.handovers.find((h) => h.id === urgent.id)?.coach.firstName;
    expect(holderName).toBe('Yusuf'); // the demo's Sociaal team Aalsmeer
    transcript.push(`coach ${holderName} (urgent holder, GET /api/inbox + /api/cases/:id/messages): unread 1, "Ik ben nu veilig, bel me aub"`);

    const notice = coachNotices().slice(noticesBefore)[0]?.body ?? '';
    transcript.push(`coach notice (WhatsApp template): ${notice.replace(/\n+/g, ' / ').replace(/[0-9a-f-]{36}/g, '<id>')}`);
    transcript.push(`coach (GET /api/handovers): urgent=${stillUrgent.urgent} category=${stillUrgent.category} dueAt=${stillUrgent.dueAt}`);
    for (const s of detail.signals) transcript.push(`coach (GET /api/handovers/:id): signal ${s.at} ${s.category}: "${s.words}"`);
    transcript.push(`coach (intake summary): ${intake?.summary.split('\n')[0]}`);
    const printed = transcript.join('\n');
    // No real phone numbers: only the fake's test numbers and the helplines.
    expect(printed.replace(/\+3161237900\d/g, '')).not.toMatch(/\+\d{8,}/);
    console.log(`WhatsApp crisis path transcript\n${printed}`);
  }, 120_000);
});
