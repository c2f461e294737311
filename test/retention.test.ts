import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../cases/indicators/indicators';
import { conversationKey } from '../messages/conversation-key';
import type { RunningWorker } from '../worker/start-worker';
import { eventually, PUBLIC_BASE_URL, sayOnWhatsApp, startTestStack, toPhone, zelfscanAnswers, type TestStack } from './support/stack';
import { newChatSession } from './support/web-chat';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The retention sweep with a moving clock (worker.retention(now)): rows just inside each period stay,
 * rows just past it go; every run is logged with counts only.
 */
describe('retention', () => {
  let t: TestStack;
  let worker: RunningWorker;
  const logLines: string[] = [];
  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await startTestStack({ env: { RETENTION_CHECK_SECONDS: '0', LOG_LEVEL: 'info' }, logger: pino({ level: 'info' }, logStream) });
    worker = t.stack.worker!;
  });
  afterAll(async () => {
    await t?.close();
  });

  const conversationOf = async (phone: string) =>
    (await t.db.sql<{ id: string }[]>`select id from conversations where key = ${conversationKey(t.stack.protector, 'whatsapp', phone)}`)[0]?.id;
  const count = async (table: 'inbound_messages' | 'outbound_messages' | 'domain_events', conversationId: string) =>
    (await t.db.sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table} where conversation_id = $1`, [conversationId]))[0]!.n;

  it('deletes the record of a delivered message at Twilio, and takes 404 for one deleted before', async () => {
    const phone = '+31612391001';
    await sayOnWhatsApp(t, { phone, body: 'hoi' });
    const [sent] = t.twilio.messages.filter(toPhone(phone));
    expect((await t.twilio.sendStatusCallback({ sid: sent!.sid, status: 'delivered', publicBaseUrl: PUBLIC_BASE_URL, deliverTo: t.baseUrl })).status).toBe(204);
    await t.db.sql`insert into twilio_deletions (sid) values (${`SM${'0'.repeat(32)}`})`;

    const run = await worker.retention();
    expect(run.twilioQueued).toBe(1);
    expect(run.twilio).toEqual({ deleted: 2, failed: 0 });
    expect(t.twilio.deleted).toEqual([sent!.sid]);
    expect(await t.db.sql`select sid from twilio_deletions`).toEqual([]);
    expect(await t.db.sql`select 1 from outbound_messages where provider_sid = ${sent!.sid}`).toEqual([]);
    // A message not delivered yet keeps its record until it is.
    const waiting = t.twilio.messages.filter(toPhone(phone)).slice(1);
    for (const m of waiting) expect(t.twilio.deleted).not.toContain(m.sid);
  });

  it('forgets a conversation that never became a case after RETENTION_NO_CASE_DAYS (30) of silence, not a minute before', async () => {
    const phone = '+31612391002';
    await sayOnWhatsApp(t, { phone, body: 'hoi' });
    await sayOnWhatsApp(t, { phone, body: '19' });
    const id = (await conversationOf(phone))!;
    const deletedBefore = t.twilio.deleted.length;
    const [row] = await t.db.sql<{ last: string }[]>`select last_inbound_at::text as last from conversations where id = ${id}`;
    const last = new Date(row!.last);

    expect((await worker.retention(new Date(last.getTime() + 30 * DAY - 60_000))).conversationsWithoutCase).toBe(0);
    expect(await conversationOf(phone)).toBe(id);
    const run = await worker.retention(new Date(last.getTime() + 30 * DAY + 60_000));
    expect(run.conversationsWithoutCase).toBeGreaterThanOrEqual(1);
    expect(await conversationOf(phone)).toBeUndefined();
    expect(await count('inbound_messages', id)).toBe(0);
    expect(await t.db.sql`select 1 from bot_state where key like ${`%${id}%`}`).toEqual([]);
    // Its messages at Twilio go too, both ways: the replies, and the two messages the young person sent.
    const replies = t.twilio.messages.filter(toPhone(phone)).map((m) => m.sid);
    expect(t.twilio.deleted).toEqual(expect.arrayContaining(replies));
    // (The first test's conversation never became a case either: it went in the same run.)
    expect(t.twilio.deleted.length - deletedBefore).toBeGreaterThanOrEqual(replies.length + 2);

    // Counts only in the log: no number, no ids of people.
    const lines = logLines.filter((l) => l.includes('"retention run"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain('31612391002');
      expect(line).not.toContain(id);
      expect(Object.keys((JSON.parse(line) as { retention: Record<string, unknown> }).retention).sort()).toEqual(
        ['anonymisedYoungPeople', 'coachEmails', 'coachNotices', 'conversationsWithoutCase', 'messagesAfterClose', 'processedEvents', 'shortLived', 'twilio', 'twilioQueued'],
      );
    }
  });

  it('clears the web chat address hash of a message a day after it, not before', async () => {
    const session = await newChatSession(t.baseUrl);
    const sent = await fetch(`${t.baseUrl}/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text: 'hoi' }) });
    expect(sent.status).toBe(202);
    const [row] = await t.db.sql<{ id: string; received_at: Date }[]>`select id::text, received_at from inbound_messages where origin_key is not null order by id desc limit 1`;
    const received = new Date(row!.received_at).getTime();
    expect((await worker.retention(new Date(received + 23 * HOUR))).shortLived.originKeys).toBe(0);
    expect((await worker.retention(new Date(received + 25 * HOUR))).shortLived.originKeys).toBeGreaterThanOrEqual(1);
    expect((await t.db.sql`select origin_key from inbound_messages where id = ${row!.id}`)[0]?.origin_key).toBeNull();
  });

  it('after a case closes: events after 14 days, texts after 90 days, the case anonymised after 24 months, each not before', async () => {
    const phone = '+31612391003';
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone, body });
    const id = (await conversationOf(phone))!;
    // The case store opens the case from the intake's event, after the last turn: wait for it.
    const found = await eventually(async () => {
      const [row] = await t.db.sql<{ case_id: string; youth_id: string }[]>`
        select c.id as case_id, y.id as youth_id from cases c join youths y on y.id = c.youth_id where y.conversation_id = ${id}`;
      return row;
    });
    const { case_id: caseId, youth_id: youthId } = found;
    const closed = await fetch(`${t.baseUrl}/api/cases/${caseId}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'onderwijs' }),
    });
    expect(closed.status).toBe(200);
    const [closedRow] = await t.db.sql<{ closedAt: string }[]>`select closed_at::text as "closedAt" from cases where id = ${caseId}`;
    const closedAt = new Date(closedRow!.closedAt);
    // Let the closing's own events and messages be handled, as they would be long before any period ends.
    await eventually(async () => (await t.db.sql`select 1 from domain_events where processed_at is null`).length === 0);
    await new Promise((r) => setTimeout(r, 1000));
    const at = (ms: number) => new Date(closedAt.getTime() + ms);

    // Processed events and the coach's e-mail notices: 14 days.
    const eventsBefore = await t.db.sql<{ n: number }[]>`select count(*)::int as n from domain_events where processed_at is not null`;
    const emailsBefore = await t.db.sql<{ n: number }[]>`select count(*)::int as n from outbound_emails`;
    expect(eventsBefore[0]!.n).toBeGreaterThan(0);
    expect(emailsBefore[0]!.n).toBeGreaterThan(0);
    const early = await worker.retention(at(14 * DAY - HOUR));
    expect([early.processedEvents, early.coachEmails]).toEqual([0, 0]);
    const late = await worker.retention(at(14 * DAY + HOUR));
    expect([late.processedEvents, late.coachEmails]).toEqual([eventsBefore[0]!.n, emailsBefore[0]!.n]);
    expect(await t.db.sql`select 1 from domain_events where processed_at is not null`).toEqual([]);
    expect(await t.db.sql`select 1 from outbound_emails`).toEqual([]);

    // Message texts and bot state: 90 days after closing.
    const inbound = await count('inbound_messages', id);
    expect(inbound).toBeGreaterThan(10);
    expect((await worker.retention(at(90 * DAY - HOUR))).messagesAfterClose).toBe(0);
    expect(await count('inbound_messages', id)).toBe(inbound);
    expect((await worker.retention(at(90 * DAY + HOUR))).messagesAfterClose).toBeGreaterThan(inbound);
    expect(await count('inbound_messages', id)).toBe(0);
    expect(await count('outbound_messages', id)).toBe(0);
    expect(await t.db.sql`select 1 from bot_state where key like ${`%${id}%`}`).toEqual([]);
    // The case and who it was stay, for the coach's file, until the case is anonymised.
    expect(await conversationOf(phone)).toBe(id);
    expect((await t.db.sql`select erased_at from cases where id = ${caseId}`)[0]?.erased_at).toBeNull();

    // The closed case: anonymised after RETENTION_CLOSED_CASE_MONTHS (24).
    const months = (n: number, extraMs: number) => {
      const d = new Date(closedAt);
      d.setUTCMonth(d.getUTCMonth() + n);
      return new Date(d.getTime() + extraMs);
    };
    const period = { from: new Date(closedAt.getTime() - DAY), to: new Date(closedAt.getTime() + DAY), now: closedAt };
    const countedBefore = await computeIndicators(t.stack.database.db, period);
    expect(countedBefore.outflowEducation).toBeGreaterThanOrEqual(1);
    expect((await worker.retention(months(24, -DAY))).anonymisedYoungPeople).toBe(0);
    expect((await worker.retention(months(24, DAY))).anonymisedYoungPeople).toBe(1);
    const [anonymous] = await t.db.sql`select status, outcome, route, erasure_reason, assessment_enc from cases where id = ${caseId}`;
    // Still counted by the indicators: where the young person went, by which route.
    expect(anonymous).toEqual({ status: 'closed', outcome: 'onderwijs', route: 'school', erasure_reason: 'retention', assessment_enc: null });
    // The indicators count exactly what they counted before.
    expect(await computeIndicators(t.stack.database.db, period)).toEqual(countedBefore);
    expect(await conversationOf(phone)).toBeUndefined();
    expect((await t.db.sql`select conversation_id from youths where id = ${youthId}`)[0]?.conversation_id).toBeNull();
    const summaries = await t.db.sql<{ summary_enc: string }[]>`select summary_enc from handovers where case_id = ${caseId}`;
    expect(summaries.map((h) => t.stack.protector.decrypt(h.summary_enc))).toEqual([expect.stringMatching(/^Geanonimiseerd na de bewaartermijn op /)]);
  });
});
