import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../support/fake-twilio';
import { startFakeSmtp, type FakeSmtp } from '../support/fake-smtp';
import { eventually, PUBLIC_BASE_URL, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';

/**
 * The warm handover end to end: a young person's intake over the webhook → the coach notified by WhatsApp and
 * e-mail → the coach acknowledges and writes → the young person receives it → replies → the coach's
 * inbox shows the reply.
 */
describe('warm handover end to end', () => {
  let t: TestStack;
  let smtp: FakeSmtp;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await startTestStack({ env: { SMTP_URL: smtp.url, SMTP_REQUIRE_TLS: 'false' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const to = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;
  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${t.adminToken}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  async function say(phone: string, body: string): Promise<void> {
    const before = t.twilio.messages.filter(to(phone)).length;
    const res = await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });
    expect(res.status).toBe(200);
    await eventually(() => t.twilio.messages.filter(to(phone)).length > before);
    await new Promise((r) => setTimeout(r, 150));
  }

  it('hands a young person over warmly and lets coach and young person talk through the bot', async () => {
    const phone = '+31612370001';
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await say(phone, body);

    // The young person is told who and by when.
    const told = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /Uiterlijk .+ hoor je van/.test(m.body ?? '')));
    const coachName = /hoor je van (\S+)\./.exec(told.body ?? '')?.[1];
    expect(coachName).toBeTruthy();

    // The coach: by WhatsApp template and by e-mail, with the link to the handover.
    const { body: coachList } = await api('/api/coaches');
    const coach = (coachList.coaches as { id: string; firstName: string; email: string; whatsapp: string }[]).find((c) => c.firstName === coachName)!;
    const whatsappNotice = await eventually(() => t.twilio.messages.find((m) => m.to === `whatsapp:${coach.whatsapp}` && m.contentSid));
    expect(whatsappNotice.body).toContain('/dashboard/handovers/');
    // The link opens a page of the dashboard (never JSON) that goes on to the case, signed in or after signing in.
    const id = /\/dashboard\/handovers\/([0-9a-f-]{36})/.exec(whatsappNotice.body ?? '')?.[1];
    const landing = await fetch(`${t.baseUrl}/dashboard/handovers/${id}`);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toContain('text/html');
    expect(await landing.text()).toContain(`url=/dashboard/handovers/${id}/open`);
    const opened = await api(`/api/handovers/${id}`);
    expect((opened.body.handover as { summary: string }).summary).toContain('20 jaar');
    const [mail] = await smtp.waitForMails(1, 10_000);
    expect(mail?.to).toContain(coach.email);
    expect(mail?.text).toContain(`/dashboard/handovers/${id}`);
    expect(mail?.text).not.toContain('geld');

    // The coach acknowledges and writes; inside the 24-hour window it goes out as a chat message.
    const handover = await eventually(async () => {
      const { body: inbox } = await api('/api/inbox');
      return (inbox.handovers as { id: string; caseId: string }[])[0];
    });
    expect((await api(`/api/handovers/${handover.id}/acknowledge`, { method: 'POST' })).status).toBe(200);
    const sent = await api(`/api/cases/${handover.caseId}/messages`, { method: 'POST', body: JSON.stringify({ text: 'Hoi! Zullen we donderdag bellen?' }) });
    expect(sent.status).toBe(201);
    expect(sent.body.delivery).toBe('chat');
    const received = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => m.body?.includes('Zullen we donderdag bellen?')));
    expect(received.body).toContain(coachName);

    // The young person replies; the coach's inbox shows it, the bot does not answer in between.
    const before = t.twilio.messages.filter(to(phone)).length;
    await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body: 'Ja prima, na 3 uur!', publicBaseUrl: PUBLIC_BASE_URL });
    const unread = await eventually(async () => {
      const { body } = await api('/api/inbox');
      return (body.unread as { caseId: string; unread: number }[]).find((u) => u.caseId === handover.caseId);
    });
    expect(unread.unread).toBe(1);
    const { body: thread } = await api(`/api/cases/${handover.caseId}/messages`);
    expect((thread.messages as { direction: string; text: string }[]).map((m) => [m.direction, m.text])).toEqual([
      ['to_youth', 'Hoi! Zullen we donderdag bellen?'],
      ['from_youth', 'Ja prima, na 3 uur!'],
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.twilio.messages.filter(to(phone)).length).toBe(before);
  });

  it('outside the 24-hour window sends the invitation template and holds the text until the young person replies', async () => {
    const phone = '+31612370002';
    for (const body of ['hoi', '22', 'ja', 'Aalsmeer', 'vmbo', 'aan het werk', 'streefbaan', ...zelfscanAnswers]) await say(phone, body);
    const handover = await eventually(async () => {
      const { body: inbox } = await api('/api/inbox');
      return (inbox.handovers as { caseId: string; summary: string }[]).find((h) => h.summary.includes('22 jaar'));
    });
    // The window closed: the young person last wrote more than a day ago.
    await t.db.sql`update conversations set last_inbound_at = now() - interval '25 hours'
      where id = (select y.conversation_id from youths y join cases c on c.youth_id = y.id where c.id = ${handover.caseId})`;
    const sent = await api(`/api/cases/${handover.caseId}/messages`, { method: 'POST', body: JSON.stringify({ text: 'Heb je tijd voor een gesprek?' }) });
    expect(sent.body.delivery).toBe('template_then_text');
    const invitation = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => m.contentSid && m.body?.includes('heeft je een bericht gestuurd')));
    expect(invitation.body).not.toContain('Heb je tijd');
    expect(t.twilio.messages.filter(to(phone)).some((m) => m.body?.includes('Heb je tijd'))).toBe(false);

    await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, body: 'Hoi', publicBaseUrl: PUBLIC_BASE_URL });
    await eventually(() => t.twilio.messages.filter(to(phone)).some((m) => m.body?.includes('Heb je tijd voor een gesprek?')));
  });
});
