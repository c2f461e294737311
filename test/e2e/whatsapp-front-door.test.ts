import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../support/database';
import type { FakeMessage } from '../support/fake-twilio';
import { eventually, PUBLIC_BASE_URL, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';

const backends = [
  { name: 'BullMQ on PostgreSQL', redisUrl: undefined as string | undefined },
  { name: 'BullMQ on Redis', redisUrl: testRedisUrl() || undefined },
];

for (const backend of backends) {
  describe.skipIf(backend.name.includes('Redis') && !backend.redisUrl)(`WhatsApp front door end to end (${backend.name})`, () => {
    let t: TestStack;
    beforeAll(async () => {
      t = await startTestStack({ redisUrl: backend.redisUrl });
    });
    afterAll(async () => {
      await t?.close();
    });

    const webhook = () => `${t.baseUrl}/twilio/whatsapp`;
    const to = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;
    /** Sends a message as the young person and waits until the bot has answered it (no new message for a while). */
    async function say(phone: string, body: string): Promise<FakeMessage[]> {
      const before = t.twilio.messages.filter(to(phone)).length;
      const res = await t.twilio.sendInbound({ webhookUrl: webhook(), from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });
      expect(res.status).toBe(200);
      expect(res.body).toContain('<Response/>');
      let seen = before;
      let quietSince = Date.now();
      return eventually(() => {
        const all = t.twilio.messages.filter(to(phone));
        if (all.length !== seen) {
          seen = all.length;
          quietSince = Date.now();
        }
        return all.length > before && Date.now() - quietSince > 250 && all.slice(before);
      });
    }

    it('takes a young person from hello to a notified coach and a handover in the API', async () => {
      const phone = '+31612340001';
      const welcome = await say(phone, 'Hoi');
      expect(welcome.at(-1)?.body).toMatch(/Hoe oud ben je/);
      expect((await say(phone, '19')).map((m) => m.body).join('\n')).toMatch(/privacy/i);
      expect((await say(phone, 'ja')).at(-1)?.body).toMatch(/gemeente/);
      expect((await say(phone, 'Amstelveen')).at(-1)?.body).toMatch(/diploma/);
      expect((await say(phone, '1')).at(-1)?.body).toMatch(/liefst/);
      expect((await say(phone, 'naar school')).map((m) => m.body).join('\n')).toMatch(/hoe het met je gaat/);
      for (const answer of zelfscanAnswers) await say(phone, answer);

      // The young person hears who their vaste contactpersoon is.
      const handoverText = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /vaste contactpersoon/.test(m.body ?? '')));
      const coachName = /Goed nieuws! (\S+) wordt/.exec(handoverText.body ?? '')?.[1];
      expect(coachName).toBeTruthy();

      // The coach (the doorstroomcoach of Amstelveen) gets the WhatsApp template with the inbox link.
      const coaches = await fetch(`${t.baseUrl}/api/coaches`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json());
      const coach = (coaches as { coaches: { firstName: string; role: string; municipality: string; whatsapp?: string }[] }).coaches.find(
        (c) => c.role === 'doorstroomcoach' && c.municipality === 'amstelveen',
      );
      expect(coach?.firstName).toBe(coachName);
      const notice = await eventually(() => t.twilio.messages.find((m) => m.to === `whatsapp:${coach?.whatsapp}` && m.contentSid));
      expect(notice.contentSid).toMatch(/^HX/);
      expect(notice.body).toContain(coachName);
      expect(notice.body).toContain(`${PUBLIC_BASE_URL}/dashboard/handovers/`);

      // The handover is in the API, with a summary the coach can read.
      const list = await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json());
      const handovers = (list as { handovers: { id: string; summary: string; status: string }[] }).handovers;
      expect(handovers).toHaveLength(1);
      expect(handovers[0]?.status).toBe('open');
      expect(handovers[0]?.summary).toMatch(/19 jaar/);
      expect(handovers[0]?.summary).toMatch(/Ondersteuningszwaarte: middelzwaar/);
      expect(handovers[0]?.summary).toMatch(/Aandacht nodig voor: geld en inkomen/);
      expect(handovers[0]?.summary).toMatch(/'s avonds/);
      const ack = await fetch(`${t.baseUrl}/api/handovers/${handovers[0]?.id}/acknowledge`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.adminToken}` },
      });
      expect(ack.status).toBe(200);

      // Nothing personal is stored in the clear.
      const leaked = await t.db.sql`select count(*)::int as n from inbound_messages where body_enc like '%school%'`;
      expect(leaked[0]?.n).toBe(0);
      const phones = await t.db.sql`select count(*)::int as n from conversations where address_enc like '%31612340001%' or key like '%31612340001%'`;
      expect(phones[0]?.n).toBe(0);
    });

    it('acknowledges a repeated MessageSid and answers it once', async () => {
      const phone = '+31612340002';
      const messageSid = `SM${'ab'.repeat(16)}`;
      const first = await t.twilio.sendInbound({ webhookUrl: webhook(), from: phone, body: 'Hallo', messageSid, publicBaseUrl: PUBLIC_BASE_URL });
      const again = await t.twilio.sendInbound({ webhookUrl: webhook(), from: phone, body: 'Hallo', messageSid, publicBaseUrl: PUBLIC_BASE_URL });
      expect([first.status, again.status]).toEqual([200, 200]);
      await eventually(() => t.twilio.messages.filter(to(phone)).length > 0);
      await new Promise((r) => setTimeout(r, 500));
      const stored = await t.db.sql`select count(*)::int as n from inbound_messages where external_id = ${messageSid}`;
      expect(stored[0]?.n).toBe(1);
      // One turn: the welcome and the age question, once each.
      const bodies = t.twilio.messages.filter(to(phone)).map((m) => m.body);
      expect(new Set(bodies).size).toBe(bodies.length);
    });

    it('refuses a forged signature with 403 and stores nothing', async () => {
      const before = await t.db.sql`select count(*)::int as n from inbound_messages`;
      const res = await fetch(webhook(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'Zm9yZ2Vk' },
        body: new URLSearchParams({ MessageSid: `SM${'cd'.repeat(16)}`, From: 'whatsapp:+31612340003', Body: 'hoi' }).toString(),
      });
      expect(res.status).toBe(403);
      // Signed for another URL (a replay against another host) is just as forged.
      const replay = await t.twilio.sendInbound({ webhookUrl: webhook(), from: '+31612340003', body: 'hoi', publicBaseUrl: 'https://evil.test' });
      expect(replay.status).toBe(403);
      const after = await t.db.sql`select count(*)::int as n from inbound_messages`;
      expect(after[0]?.n).toBe(before[0]?.n);
    });

    it('records delivery statuses from the status callback', async () => {
      const phone = '+31612340004';
      const [reply] = await say(phone, 'Hoi');
      const res = await t.twilio.sendStatusCallback({ sid: reply!.sid, status: 'delivered', deliverTo: t.baseUrl });
      expect(res.status).toBeLessThan(300);
      const rows = await t.db.sql`select status from outbound_messages where provider_sid = ${reply!.sid}`;
      expect(rows[0]?.status).toBe('delivered');
      // A late "sent" never moves it back.
      await t.twilio.sendStatusCallback({ sid: reply!.sid, status: 'sent', deliverTo: t.baseUrl });
      const again = await t.db.sql`select status from outbound_messages where provider_sid = ${reply!.sid}`;
      expect(again[0]?.status).toBe('delivered');
    });
  });
}
