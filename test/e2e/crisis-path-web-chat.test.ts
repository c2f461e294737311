import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../cases/privacy/data-protector';
import { eventually, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';
import { openWebChat, type WebChat } from '../support/web-chat';

interface ListedHandover { id: string; caseId: string; urgent: boolean; category: string | null; dueAt: string | null; coachId: string; summary: string }
interface HandoverDetail { signals: { at: string; category: string | null; words: string | null }[] }

/**
 * The crisis path in the web chat, through POST /chat/messages and the SSE stream of GET /chat/events,
 * against the running product (queue, worker, PostgreSQL; coaches notified through the fake Twilio).
 */
describe('the crisis path in the web chat', () => {
  let t: TestStack;
  const chats: WebChat[] = [];
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    for (const chat of chats) chat.close();
    await t?.close();
  });

  /** A chat page: reads the bot's messages from the event stream as the browser would. */
  async function openChat() {
    const chat = await openWebChat(t.baseUrl);
    chats.push(chat);
    return chat;
  }

  const api = async <T>(path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    return (await res.json()) as T;
  };
  const coachNotices = () => t.twilio.messages.filter((m) => m.contentSid && m.body?.includes('/dashboard/handovers/'));
  /** The urgent handovers of web-chat young people of this age (null: not said yet). */
  const webUrgent = async (age: number | null) =>
    (await t.db.sql`select h.id, h.case_id from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
      join conversations cv on cv.id = y.conversation_id where h.urgent and cv.channel = 'web' and y.age is not distinct from ${age}::int order by h.created_at`) as unknown as { id: string; case_id: string }[];

  it('answers a danger signal as the very first message with the helplines and by when a person reads it', async () => {
    const chat = await openChat();
    const noticesBefore = coachNotices().length;
    const replies = await chat.say('ik wil dood');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('112');
    expect(replies[0]?.text).toContain('0800-0113');
    expect(replies[0]?.text).toMatch(/\n(Vandaag vóór|Vandaag om|Morgen om|Op .+ om) \d\d:\d\d leest een medewerker je bericht\.$/);
    const [urgent] = await eventually(async () => {
      const rows = await webUrgent(null);
      return rows.length === 1 && rows;
    });
    const listed = (await api<{ handovers: ListedHandover[] }>('/api/handovers')).handovers.find((h) => h.id === urgent!.id);
    expect(listed).toMatchObject({ urgent: true, category: 'suicide', dueAt: expect.any(String) });
    await eventually(() => coachNotices().length > noticesBefore);
    expect(coachNotices().slice(noticesBefore).map((m) => m.body)).toEqual([expect.stringContaining('SPOED (suïcide):')]);
  });

  it('a signal in the middle of the intake: helplines, the question again with its choices, one handover, one case', async () => {
    const chat = await openChat();
    await chat.say('hoi');
    for (const text of ['19', 'ja']) await chat.say(text);
    const asked = await chat.say('Aalsmeer');
    const question = asked.at(-1)!;
    expect(question.text).toContain('Wat is je hoogste diploma?');
    expect(question.expects).toBe('choice');
    const noticesBefore = coachNotices().length;

    const alarm = await chat.say('mbo 2 maar eigenlijk wil ik gewoon dood');
    // Helplines and when a person reads it in one message; the question again, with its choices, last.
    expect(alarm).toHaveLength(2);
    expect(alarm[0]?.text).toContain('113');
    expect(alarm[0]?.text).toMatch(/\n(Vandaag vóór|Vandaag om|Morgen om|Op .+ om) \d\d:\d\d leest een medewerker je bericht\.$/);
    const again = alarm[1]!;
    expect(again.text).toContain('Wat is je hoogste diploma?');
    expect(again.choices).toEqual(question.choices);
    expect(again.expects).toBe('choice');
    await new Promise((r) => setTimeout(r, 500));
    expect(chat.received.at(-1)).toEqual(again);

    // Tapping a choice of the repeated question goes on with the intake.
    const mbo2 = again.choices!.find((c) => c.title === 'mbo 2 of hoger')!;
    const wants = await chat.tap(mbo2.id);
    expect(wants.map((m) => m.text).join('\n')).toContain('Wat wil je het liefst?');

    // A second signal: helplines, the open question again; no second handover, no second notice.
    await new Promise((r) => setTimeout(r, 1_000));
    const second = await chat.say('ik wil er niet meer zijn');
    expect(second[0]?.text).toContain('113');
    expect(second.some((m) => m.text.includes('Wat wil je het liefst?') && (m.choices?.length ?? 0) > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    expect(coachNotices().length - noticesBefore).toBe(1);
    const [urgent] = await eventually(async () => {
      const rows = await webUrgent(19);
      return rows.length === 1 && rows;
    });
    const detail = await eventually(async () => {
      const body = await api<{ handover: HandoverDetail }>(`/api/handovers/${urgent!.id}`);
      return body.handover?.signals.length === 2 && body.handover;
    });
    expect(detail.signals.map((s) => [s.category, s.words])).toEqual([
      ['suicide', 'mbo 2 maar eigenlijk wil ik gewoon dood'],
      ['suicide', 'ik wil er niet meer zijn'],
    ]);
    expect(await t.db.sql`select 1 from audit_log where action = 'safety.words_read' and case_id = ${urgent!.case_id}`).not.toHaveLength(0);

    // The intake finishes: one open case, the safety case took it, its summary opens with the safety line.
    for (const text of ['naar school', ...zelfscanAnswers]) await chat.say(text);
    await eventually(() => chat.received.some((m) => /vaste contactpersoon/.test(m.text)));
    const cases = await eventually(async () => {
      const rows = await t.db.sql`select c.id, c.status, c.route from cases c join youths y on y.id = c.youth_id where y.age = 19`;
      return rows.every((c) => c.route !== 'onbekend') && rows;
    });
    expect(cases).toEqual([{ id: urgent!.case_id, status: 'open', route: 'school' }]);
    expect(await t.db.sql`select 1 from case_events where case_id = ${urgent!.case_id} and data->>'reason' = 'superseded'`).toHaveLength(0);
    const { handovers } = await api<{ handovers: ListedHandover[] }>('/api/handovers');
    expect(handovers.find((h) => h.caseId === urgent!.case_id && !h.urgent)?.summary).toMatch(/^SPOED: veiligheidssignaal \(suïcide\) op /);
    expect(handovers.find((h) => h.id === urgent!.id)).toMatchObject({ urgent: true, category: 'suicide', dueAt: expect.any(String) });

    // Their message for a coach lands in the urgent case while it is not acknowledged.
    await fetch(`${t.baseUrl}/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: chat.session, text: 'Ik ben nu veilig, bel me aub' }),
    });
    await eventually(async () => {
      const { messages } = await api<{ messages: { direction: string; text: string }[] }>(`/api/cases/${urgent!.case_id}/messages`);
      return messages.some((m) => m.direction === 'from_youth' && m.text === 'Ik ben nu veilig, bel me aub');
    });
    // The urgent handover's holder reads it, though the case now has its vaste contactpersoon.
    const [holder] = await t.db.sql`select h.coach_id, c.coach_id as case_coach from handovers h join cases c on c.id = h.case_id where h.id = ${urgent!.id}`;
    expect(holder?.coach_id).not.toBe(holder?.case_coach);
    const token = randomBytes(24).toString('base64url');
    await t.db.sql`update coaches set token_hash = ${hashToken(token)} where id = ${holder!.coach_id as string}`;
    const res = await fetch(`${t.baseUrl}/api/cases/${urgent!.case_id}/messages`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const { messages } = (await res.json()) as { messages: { direction: string; text: string }[] };
    expect(messages.map((m) => [m.direction, m.text])).toContainEqual(['from_youth', 'Ik ben nu veilig, bel me aub']);
  }, 120_000);
});
