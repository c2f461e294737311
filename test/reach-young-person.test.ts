import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAppointment } from '../cases/appointments/appointment-repository';
import { queueAppointmentNotice } from '../cases/appointments/appointment-notices';
import { sendCoachMessage } from '../cases/case/send-coach-message';
import { ConflictError } from '../cases/errors';
import { queueFollowUpMessage } from '../cases/in-beeld/follow-up-message';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createI18n } from '../locales/index';
import { queueTemplate } from '../messages/queue-template';
import { processSend } from '../worker/process-send';
import type { OutgoingWhatsApp } from '../messages/whatsapp-sender';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * Every path that writes to a young person follows one rule (messages/reach-young-person.ts):
 * free text inside the 24-hour window (always on the web chat), a template outside it, and after
 * STOP free text only while they themselves wrote in the last 24 hours, never a template. Checked
 * at the window's edges on the coach's message, appointment notices, follow-up and the send job.
 */
describe('the 24-hour window and STOP on every path that sends', () => {
  let db: TestDatabase;
  const protector = createDataProtector(randomBytes(32));
  const i18n = createI18n();
  let coachId: string;
  let eventId = 5000;
  const now = new Date('2031-03-04T12:00:00Z');
  const ago = (hours: number, minutes = 0) => new Date(now.getTime() - (hours * 60 + minutes) * 60_000);

  beforeAll(async () => {
    db = await createTestDatabase({ max: 4 });
    const [coach] = await db.sql`insert into coaches (first_name, last_name, role, municipality) values ('Sanne', 'de Vries', 'jongerencoach_werk', 'amstelveen') returning id`;
    coachId = coach!.id as string;
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** A young person with an open case at the coach. */
  async function youth(input: { channel?: 'whatsapp' | 'web'; lastInboundAt: Date | null; optedOut?: boolean }) {
    const [conversation] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at, opted_out_at)
      values (${randomBytes(8).toString('hex')}, ${input.channel ?? 'whatsapp'}, ${protector.encrypt('+31612345678')},
        ${input.lastInboundAt?.toISOString() ?? null}, ${input.optedOut ? ago(30).toISOString() : null}) returning id`;
    const [y] = await db.sql`insert into youths (conversation_id, locale, age) values (${conversation!.id}, 'nl', 20) returning id`;
    const [c] = await db.sql`insert into cases (youth_id, source_event_id, status, route, step, wants, coach_id)
      values (${y!.id}, ${eventId++}, 'open', 'werk', 'intake', 'werk', ${coachId}) returning id`;
    return { conversationId: conversation!.id as string, caseId: c!.id as string };
  }

  /** What was written for the conversation: `session/queued`, `template/queued`, `session/held`... */
  async function written(conversationId: string): Promise<string[]> {
    const rows = await db.sql`select kind, status from outbound_messages where conversation_id = ${conversationId} order by id`;
    return rows.map((r) => `${r.kind}/${r.status}`);
  }

  describe("a coach's message", () => {
    const send = (caseId: string) =>
      db.db.transaction((tx) => sendCoachMessage(tx, { protector, i18n, now }, { caseId, coachId, actor: coachId, text: 'Hoi, hoe gaat het?' }));

    it.each([
      { case: 'WhatsApp, they wrote 23:59 ago', channel: 'whatsapp', last: ago(23, 59), optedOut: false, delivery: 'chat', rows: ['session/queued'] },
      { case: 'WhatsApp, 24:00 exactly', channel: 'whatsapp', last: ago(24), optedOut: false, delivery: 'template_then_text', rows: ['template/queued', 'session/held'] },
      { case: 'WhatsApp, 24:01', channel: 'whatsapp', last: ago(24, 1), optedOut: false, delivery: 'template_then_text', rows: ['template/queued', 'session/held'] },
      { case: 'WhatsApp, they never wrote', channel: 'whatsapp', last: null, optedOut: false, delivery: 'template_then_text', rows: ['template/queued', 'session/held'] },
      { case: 'web chat, 24:01', channel: 'web', last: ago(24, 1), optedOut: false, delivery: 'chat', rows: ['session/delivered'] },
      { case: 'WhatsApp after STOP, they wrote 23:59 ago', channel: 'whatsapp', last: ago(23, 59), optedOut: true, delivery: 'chat', rows: ['session/queued'] },
      { case: 'web chat after STOP, they wrote 23:59 ago', channel: 'web', last: ago(23, 59), optedOut: true, delivery: 'chat', rows: ['session/delivered'] },
    ] as const)('$case: $delivery', async ({ channel, last, optedOut, delivery, rows }) => {
      const y = await youth({ channel, lastInboundAt: last, optedOut });
      expect((await send(y.caseId)).delivery).toBe(delivery);
      expect(await written(y.conversationId)).toEqual(rows);
    });

    it.each([
      { case: 'WhatsApp after STOP, 24:00 exactly', channel: 'whatsapp', last: ago(24) },
      { case: 'WhatsApp after STOP, they never wrote', channel: 'whatsapp', last: null },
      { case: 'web chat after STOP, 24:01', channel: 'web', last: ago(24, 1) },
    ] as const)('$case: refused (409), nothing written, no template', async ({ channel, last }) => {
      const y = await youth({ channel, lastInboundAt: last, optedOut: true });
      await expect(send(y.caseId)).rejects.toBeInstanceOf(ConflictError);
      expect(await written(y.conversationId)).toEqual([]);
    });
  });

  describe('appointment notices', () => {
    let day = 0;
    async function notice(input: { channel?: 'whatsapp' | 'web'; lastInboundAt: Date | null; optedOut?: boolean }) {
      const y = await youth(input);
      // A day apart each, so this coach's bookings never overlap.
      const startsAt = new Date(now.getTime() + (++day) * 86_400_000);
      const ids = await db.db.transaction(async (tx) => {
        const appointment = await bookAppointment(tx, {
          protector, caseId: y.caseId, coachId, conversationId: y.conversationId, place: 'werkplein', actor: 'youth', now, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        });
        return queueAppointmentNotice(tx, { protector, i18n, now }, { appointment, kind: 'reminder_24h' });
      });
      return { ids, rows: await written(y.conversationId) };
    }

    it.each([
      { case: 'WhatsApp, 23:59', last: ago(23, 59), optedOut: false, rows: ['session/queued'] },
      { case: 'WhatsApp, 24:00', last: ago(24), optedOut: false, rows: ['template/queued'] },
      { case: 'WhatsApp, 24:01', last: ago(24, 1), optedOut: false, rows: ['template/queued'] },
      { case: 'WhatsApp, never wrote', last: null, optedOut: false, rows: ['template/queued'] },
      { case: 'after STOP, 23:59', last: ago(23, 59), optedOut: true, rows: ['session/queued'] },
    ])('$case: $rows', async ({ last, optedOut, rows }) => {
      const result = await notice({ lastInboundAt: last, optedOut });
      expect(result.rows).toEqual(rows);
      expect(result.ids).toHaveLength(1);
    });

    it('web chat without a window: in the chat', async () => {
      expect((await notice({ channel: 'web', lastInboundAt: null })).rows).toEqual(['session/delivered']);
    });

    it.each([
      { case: 'WhatsApp after STOP, 24:00', channel: 'whatsapp', last: ago(24) },
      { case: 'WhatsApp after STOP, never wrote', channel: 'whatsapp', last: null },
      { case: 'web chat after STOP, 24:01', channel: 'web', last: ago(24, 1) },
    ] as const)('$case: nothing, no template', async ({ channel, last }) => {
      const result = await notice({ channel, lastInboundAt: last, optedOut: true });
      expect(result).toEqual({ ids: undefined, rows: [] });
    });
  });

  describe('follow-up (nazorg, re-approach)', () => {
    const follow = async (input: { channel?: 'whatsapp' | 'web'; lastInboundAt: Date | null; optedOut?: boolean }) => {
      const y = await youth(input);
      const sent = await db.db.transaction((tx) =>
        queueFollowUpMessage(tx, { protector, i18n, now }, {
          conversationId: y.conversationId,
          message: { session: (t) => ({ text: t('nazorg.checkin', { coach: 'Sanne' }) }), template: () => ({ name: 'nazorg_checkin', variables: { '1': 'Sanne' } }), tag: y.caseId },
        }),
      );
      return { sent: sent.sent, rows: await written(y.conversationId) };
    };

    it.each([
      { case: 'WhatsApp, 23:59', channel: 'whatsapp', last: ago(23, 59), optedOut: false, sent: true, rows: ['session/queued'] },
      { case: 'WhatsApp, 24:00', channel: 'whatsapp', last: ago(24), optedOut: false, sent: true, rows: ['template/queued'] },
      { case: 'WhatsApp, 24:01', channel: 'whatsapp', last: ago(24, 1), optedOut: false, sent: true, rows: ['template/queued'] },
      { case: 'WhatsApp, never wrote', channel: 'whatsapp', last: null, optedOut: false, sent: true, rows: ['template/queued'] },
      { case: 'web chat, never wrote', channel: 'web', last: null, optedOut: false, sent: true, rows: ['session/delivered'] },
      { case: 'after STOP, 23:59', channel: 'whatsapp', last: ago(23, 59), optedOut: true, sent: false, rows: [] },
      { case: 'after STOP, 24:00', channel: 'whatsapp', last: ago(24), optedOut: true, sent: false, rows: [] },
      { case: 'after STOP, never wrote', channel: 'whatsapp', last: null, optedOut: true, sent: false, rows: [] },
      { case: 'web chat after STOP, 24:01', channel: 'web', last: ago(24, 1), optedOut: true, sent: false, rows: [] },
    ] as const)('$case: $rows', async ({ channel, last, optedOut, sent, rows }) => {
      expect(await follow({ channel, lastInboundAt: last, optedOut })).toEqual({ sent, rows });
    });
  });

  describe('the send job, at send time', () => {
    const sent: OutgoingWhatsApp[] = [];
    const deps = () => ({
      database: db,
      protector,
      logger: pino({ level: 'silent' }),
      now: () => now,
      sender: {
        async send(message: OutgoingWhatsApp) {
          sent.push(message);
          return { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' };
        },
      },
    });

    beforeAll(async () => {
      await db.sql`insert into content_templates (name, content_sid, approval_status) values ('nazorg_checkin', ${`HX${'a'.repeat(32)}`}, 'approved')`;
    });

    async function queued(input: { lastInboundAt: Date | null; optedOut: boolean; kind: 'session' | 'template' }) {
      const y = await youth(input);
      const id =
        input.kind === 'template'
          ? await queueTemplate(db.db, protector, { to: { conversationId: y.conversationId }, name: 'nazorg_checkin', variables: { '1': 'Sanne' }, tag: 'test' })
          : (await db.sql`insert into outbound_messages (conversation_id, channel, kind, body_enc) values (${y.conversationId}, 'whatsapp', 'session', ${protector.encrypt('Hoi')}) returning id`)[0]!.id;
      const before = sent.length;
      await processSend(deps(), { outboundId: Number(id) });
      const [row] = await db.sql`select status, error from outbound_messages where id = ${id}`;
      return { status: row!.status, error: row!.error, twilio: sent.length - before };
    }

    it.each([
      { case: 'free text, 23:59', kind: 'session', last: ago(23, 59), optedOut: false, status: 'sent', error: null, twilio: 1 },
      { case: 'free text, 24:00', kind: 'session', last: ago(24), optedOut: false, status: 'failed', error: 'outside_24h_window', twilio: 0 },
      { case: 'free text, 24:01', kind: 'session', last: ago(24, 1), optedOut: false, status: 'failed', error: 'outside_24h_window', twilio: 0 },
      { case: 'free text, never wrote', kind: 'session', last: null, optedOut: false, status: 'failed', error: 'outside_24h_window', twilio: 0 },
      { case: 'free text after STOP, 23:59', kind: 'session', last: ago(23, 59), optedOut: true, status: 'sent', error: null, twilio: 1 },
      { case: 'free text after STOP, 24:01', kind: 'session', last: ago(24, 1), optedOut: true, status: 'skipped', error: 'opted_out', twilio: 0 },
      { case: 'a template, 24:01', kind: 'template', last: ago(24, 1), optedOut: false, status: 'sent', error: null, twilio: 1 },
      { case: 'a template queued before STOP, window open', kind: 'template', last: ago(1), optedOut: true, status: 'skipped', error: 'opted_out', twilio: 0 },
      { case: 'a template queued before STOP, window closed', kind: 'template', last: ago(24, 1), optedOut: true, status: 'skipped', error: 'opted_out', twilio: 0 },
    ] as const)('$case: $status', async ({ kind, last, optedOut, status, error, twilio }) => {
      expect(await queued({ kind, lastInboundAt: last, optedOut })).toEqual({ status, error, twilio });
    });
  });
});
