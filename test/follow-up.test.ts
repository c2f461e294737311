import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import { getCase } from '../cases/case/read-cases';
import { findTrustedPerson } from '../cases/in-beeld/trusted-person';
import { listFeedback } from '../cases/in-beeld/feedback';
import { createI18n } from '../locales/index';
import { processEvent } from '../worker/process-event';
import { processTurns } from '../worker/process-turn';
import { createQueues, type Queues } from '../worker/queues';
import { startWorker, type RunningWorker } from '../worker/start-worker';
import { dropQueueKeys } from './support/redis-keys';
import { eventually } from './support/stack';
import { createTestDatabase, testRedisUrl, type TestDatabase } from './support/database';

const DAY = 86_400_000;
const T0 = new Date('2026-03-02T09:00:00Z');

/**
 * Keeping young people in view, on real PostgreSQL and BullMQ: re-approach and nazorg driven by a controllable clock, by
 * the worker's own job schedulers, across a restart of the worker (the first worker and its queues
 * are closed, a new one starts on the same database and queue namespace); and what the outcome
 * processor stores from the events the dialogs emit (feedback, trusted person, "ik wil hulp").
 * The dialogs themselves are tested over TestAdapter in flows/follow-up-dialogs.test.ts.
 */
describe('keeping young people in view', () => {
  let db: TestDatabase;
  const protector = createDataProtector(randomBytes(32));
  const i18n = createI18n();
  const logger = pino({ level: 'silent' });
  const prefix = `f${randomBytes(4).toString('hex')}`;
  let clock = T0;
  let coachId: string;
  let eventId = 5000;
  let running: { worker: RunningWorker; queues: Queues } | undefined;

  async function start(checkSeconds: number) {
    const queues = await createQueues({ redisUrl: testRedisUrl() || undefined, databaseUrl: db.url, prefix });
    const worker = startWorker({
      database: db,
      protector,
      i18n,
      queues,
      logger,
      sender: undefined,
      publicBaseUrl: 'https://x.test',
      concurrency: 2,
      relayAfterSeconds: 3600,
      handover: { responseDays: 2, escalateAfterDays: 1 },
      slaCheckSeconds: 0,
      followUp: { reapproachAfterDays: 3, reapproachMatchAfterDays: 28, nazorgMonths: [1, 3, 6, 12], checkSeconds },
      now: () => clock,
    });
    running = { worker, queues };
    return running;
  }
  async function stop() {
    await running?.worker.stop();
    await running?.queues.close();
    running = undefined;
  }

  beforeAll(async () => {
    db = await createTestDatabase({ max: 6 });
    const [coach] = await db.sql`insert into coaches (first_name, last_name, role, municipality) values ('Sanne', 'de Vries', 'doorstroomcoach', 'amstelveen') returning id`;
    coachId = coach!.id as string;
  });
  afterAll(async () => {
    await stop();
    await db?.drop();
    if (testRedisUrl()) await dropQueueKeys(testRedisUrl(), prefix);
  });

  async function conversation(input: { lastInboundAt?: Date | null } = {}) {
    const [c] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at)
      values (${randomBytes(8).toString('hex')}, 'whatsapp', ${protector.encrypt('+31612345678')}, ${input.lastInboundAt?.toISOString() ?? null}) returning id`;
    return c!.id as string;
  }
  async function youthCase(input: { conversationId: string; step: string; status?: string }) {
    const [y] = await db.sql`insert into youths (conversation_id, locale, age, municipality) values (${input.conversationId}, 'nl', 19, 'amstelveen') returning id`;
    const [c] = await db.sql`insert into cases (youth_id, source_event_id, status, route, step, wants, coach_id, closed_at)
      values (${y!.id}, ${eventId++}, ${input.status ?? 'open'}, 'school', ${input.step}, 'school', ${coachId}, ${input.status === 'closed' ? T0.toISOString() : null}) returning id`;
    return c!.id as string;
  }
  const caseEvent = (caseId: string, type: string, data: unknown, at: Date) =>
    db.sql`insert into case_events (case_id, type, actor, data, at) values (${caseId}, ${type}, ${coachId}, ${JSON.stringify(data)}::jsonb, ${at.toISOString()})`;
  const templates = async (conversationId: string) =>
    (await db.sql`select template_name from outbound_messages where conversation_id = ${conversationId} and kind = 'template' order by id`).map((r) => r.template_name as string);

  it('reminds twice, then marks buiten beeld; a match gets one message; exactly once across a worker restart', async () => {
    // Invited by a school, never answered.
    const invited = await conversation();
    const invitedCase = await youthCase({ conversationId: invited, step: 'signaal' });
    await caseEvent(invitedCase, 'signal.invited', {}, T0);
    // Stopped in the middle of the intake: the last thing we sent was a question with choices.
    const midFlow = await conversation({ lastInboundAt: T0 });
    await db.sql`insert into outbound_messages (conversation_id, channel, body_enc, expects, choices, status)
      values (${midFlow}, 'whatsapp', ${protector.encrypt('In welke gemeente woon je?')}, 'choice', ${JSON.stringify([{ id: 'amstelveen', title: 'Amstelveen' }])}::jsonb, 'sent')`;
    // Quiet after a match.
    const matched = await conversation({ lastInboundAt: new Date(T0.getTime() - DAY) });
    const matchedCase = await youthCase({ conversationId: matched, step: 'match' });
    await caseEvent(matchedCase, 'step.changed', { from: { step: 'activering' }, to: { step: 'match' } }, T0);
    // Someone who answers: no reminders.
    const chatting = await conversation({ lastInboundAt: new Date(T0.getTime() + 3 * DAY) });
    await db.sql`insert into outbound_messages (conversation_id, channel, body_enc, expects, status) values (${chatting}, 'whatsapp', ${protector.encrypt('Hoe oud ben je?')}, 'number', 'sent')`;

    // Worker 1, its job schedulers ticking every second on the test's clock.
    await start(1);
    clock = new Date(T0.getTime() + 3 * DAY + 60_000);
    await eventually(async () => (await templates(invited)).length === 1 && (await templates(midFlow)).length === 1);
    expect(await templates(invited)).toEqual(['reapproach_reminder']);
    expect(await templates(chatting)).toEqual([]);
    await stop();

    // Worker 2 on the same database and queues: the scheduler is still there, and nothing is sent twice.
    const { worker } = await start(1);
    clock = new Date(T0.getTime() + 3 * DAY + 7_200_000);
    await worker.reapproach();
    await new Promise((r) => setTimeout(r, 2500));
    expect(await templates(invited)).toEqual(['reapproach_reminder']);
    expect(await templates(midFlow)).toEqual(['reapproach_reminder']);

    clock = new Date(T0.getTime() + 6 * DAY + 60_000);
    await eventually(async () => (await templates(invited)).length === 2 && (await templates(midFlow)).length === 2);
    // Parallel sweeps on top of the scheduled one: still one reminder per step.
    await Promise.all([worker.reapproach(), worker.reapproach()]);
    expect(await templates(invited)).toEqual(['reapproach_reminder', 'reapproach_reminder']);

    clock = new Date(T0.getTime() + 9 * DAY + 60_000);
    const marked = await eventually(async () => {
      const [row] = await db.sql`select buiten_beeld_at from cases where id = ${invitedCase}`;
      return row?.buiten_beeld_at ? row : undefined;
    });
    expect(new Date(marked.buiten_beeld_at as string).getTime()).toBe(clock.getTime());
    expect(await templates(invited)).toHaveLength(2); // never a third message
    const history = await db.sql`select type from case_events where case_id = ${invitedCase} order by id`;
    expect(history.map((r) => r.type)).toEqual(['signal.invited', 'reapproach.sent', 'reapproach.sent', 'case.buiten_beeld']);
    const steps = await db.sql`select step from reapproach_steps where conversation_id = ${midFlow} order by step`;
    expect(steps.map((r) => r.step)).toEqual([1, 2, 3]);
    expect(await templates(matched)).toEqual([]);

    clock = new Date(T0.getTime() + 28 * DAY + 60_000);
    await eventually(async () => (await templates(matched)).length === 1);
    clock = new Date(T0.getTime() + 80 * DAY);
    await worker.reapproach();
    expect(await templates(matched)).toEqual(['reapproach_match']);

    // The young person writes again: back in view, no trace of blame.
    await db.sql`update conversations set last_inbound_at = ${new Date(T0.getTime() + 10 * DAY).toISOString()} where id = ${invited}`;
    const run = await worker.reapproach();
    expect(run.backInView).toBe(1);
    const [back] = await db.sql`select buiten_beeld_at from cases where id = ${invitedCase}`;
    expect(back?.buiten_beeld_at).toBeNull();
    await stop();
  }, 60_000);

  it('sends nazorg check-ins at 1 and 3 months, once each across a restart; "ik wil hulp" reopens the case with the same coach', async () => {
    const youth = await conversation({ lastInboundAt: T0 });
    const nazorgCase = await youthCase({ conversationId: youth, step: 'nazorg', status: 'closed' });
    await caseEvent(nazorgCase, 'step.changed', { from: { step: 'match' }, to: { step: 'nazorg' } }, T0);
    const checkins = async () => (await db.sql`select month, outbound_id from nazorg_checkins where case_id = ${nazorgCase} order by month`).map((r) => r.month as number);

    let { worker } = await start(0);
    clock = DateTime.fromJSDate(T0).plus({ days: 27 }).toJSDate();
    expect(await worker.nazorg()).toBe(0);
    clock = DateTime.fromJSDate(T0).plus({ months: 1, hours: 1 }).toJSDate();
    expect(await worker.nazorg()).toBe(1);
    await stop();
    ({ worker } = await start(0));
    expect(await worker.nazorg()).toBe(0);
    expect(await checkins()).toEqual([1]);
    clock = DateTime.fromJSDate(T0).plus({ months: 3, hours: 1 }).toJSDate();
    const [a, b] = await Promise.all([worker.nazorg(), worker.nazorg()]);
    expect(a + b).toBe(1);
    expect(await checkins()).toEqual([1, 3]);
    expect(await templates(youth)).toEqual(['nazorg_checkin', 'nazorg_checkin']);

    // The young person types "Ik wil hulp" (the check-in's text fallback asks for it; a tap works the
    // same, flows/follow-up-dialogs.test.ts): a real turn, which sees the open check-in.
    const outcomeDeps = { database: db, protector, i18n, queues: running!.queues, logger, publicBaseUrl: 'https://x.test', handover: { responseDays: 2 } };
    await db.sql`insert into inbound_messages (conversation_id, external_id, body_enc) values (${youth}, 'SM-nazorg-typed', ${protector.encrypt('Ik wil hulp')})`;
    await processTurns({ database: db, protector, i18n, queues: running!.queues, logger, now: () => clock }, { conversationId: youth, lastAttempt: true });
    const [event] = await db.sql`select id, payload_enc from domain_events where conversation_id = ${youth} and type = 'nazorg.answered'`;
    expect(JSON.parse(protector.decrypt(String(event?.payload_enc)))).toEqual({ answer: 'help' });
    await processEvent(outcomeDeps, { eventId: Number(event!.id) });
    await processEvent(outcomeDeps, { eventId: Number(event!.id) });
    const [reopened] = await db.sql`select status, step, coach_id from cases where id = ${nazorgCase}`;
    expect(reopened).toEqual({ status: 'open', step: 'ondersteuning', coach_id: coachId });
    const handovers = await db.sql`select coach_id, reason from handovers where case_id = ${nazorgCase}`;
    expect(handovers).toEqual([{ coach_id: coachId, reason: 'person_requested' }]);
    const [answered] = await db.sql`select answer from nazorg_checkins where case_id = ${nazorgCase} and month = 3`;
    expect(answered?.answer).toBe('help');
    const told = await db.sql`select body_enc from outbound_messages where conversation_id = ${youth} and kind = 'session'`;
    expect(told.map((r) => protector.decrypt(r.body_enc as string)).join(' ')).toMatch(/Sanne van het Jongerenloket neemt contact met je op\. Uiterlijk .+ hoor je van Sanne\./);
    // Out of nazorg now: no more check-ins.
    clock = DateTime.fromJSDate(T0).plus({ months: 6, hours: 1 }).toJSDate();
    expect(await worker.nazorg()).toBe(0);
    await stop();
  }, 60_000);

  it('stores feedback for the dashboard (suggestion encrypted) and a trusted person encrypted, once per event', async () => {
    const { queues } = await start(0);
    const youth = await conversation({ lastInboundAt: T0 });
    const caseId = await youthCase({ conversationId: youth, step: 'intake' });
    const deps = { database: db, protector, i18n, queues, logger, publicBaseUrl: 'https://x.test', handover: { responseDays: 2 } };
    const emit = async (type: string, payload: unknown) => {
      const [row] = await db.sql`insert into domain_events (type, conversation_id, payload) values (${type}, ${youth}, ${JSON.stringify(payload)}::jsonb) returning id`;
      await processEvent(deps, { eventId: Number(row!.id) });
      await processEvent(deps, { eventId: Number(row!.id) });
    };
    await emit('feedback.given', { source: 'intake', rating: 'good', textEnc: protector.encrypt('Minder vragen graag') });
    const [stored] = await db.sql`select source, rating, municipality, suggestion_enc from feedback`;
    expect(stored).toMatchObject({ source: 'intake', rating: 'good', municipality: 'amstelveen' });
    expect(String(stored?.suggestion_enc)).not.toContain('Minder');
    expect(await listFeedback(db.db, { protector })).toMatchObject([{ rating: 'good', suggestion: 'Minder vragen graag' }]);

    await emit('trusted_person.named', { textEnc: protector.encrypt(JSON.stringify({ name: 'Fatima', relation: 'parent', reach: '0612345678' })), mayContact: true });
    const rows = await db.sql`select details_enc from trusted_persons where conversation_id = ${youth}`;
    expect(rows).toHaveLength(1);
    expect(String(rows[0]?.details_enc)).not.toMatch(/Fatima|0612345678/);
    expect(await findTrustedPerson(db.db, { caseId, protector })).toMatchObject({ name: 'Fatima', relation: 'parent', reach: '0612345678', mayContact: true });
    const [named] = await db.sql`select data from case_events where case_id = ${caseId} and type = 'trusted_person.named'`;
    expect(named?.data).toEqual({ mayContact: true });
    // The coach reads it with the case (one audited read).
    expect((await getCase(db.db, { viewer: { kind: 'admin' }, caseId, protector })).trustedPerson).toMatchObject({ name: 'Fatima', relation: 'parent', mayContact: true });
    await stop();
  });
});
