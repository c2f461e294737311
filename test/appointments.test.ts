import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentIcs } from '../cases/appointments/appointment-ics';
import { markNoShow, setAvailability, SlotTakenError, bookAppointment } from '../cases/appointments/appointment-repository';
import { APPOINTMENT_ZONE } from '../cases/appointments/appointment-slots';
import { createAppointmentService } from '../cases/appointments/appointment-service';
import { queueAppointmentNotice } from '../cases/appointments/appointment-notices';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createI18n } from '../locales/index';
import { pino } from 'pino';
import { processAppointmentReminders } from '../worker/process-appointment-reminders';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * Appointments on real PostgreSQL: the exclusion constraint against double booking under parallel
 * transactions, reminders and the no-show message with a controllable clock, and the `.ics` file.
 */
describe('appointments on PostgreSQL', () => {
  let db: TestDatabase;
  const protector = createDataProtector(randomBytes(32));
  const i18n = createI18n();
  let coachId: string;
  let eventId = 1000;

  beforeAll(async () => {
    db = await createTestDatabase({ max: 6 });
    const [coach] = await db.sql`insert into coaches (first_name, last_name, role, municipality) values ('Sanne', 'de Vries', 'jongerencoach_werk', 'amstelveen') returning id`;
    coachId = coach!.id as string;
    await db.db.transaction((tx) =>
      setAvailability(tx, { coachId, slotMinutes: 45, bufferMinutes: 15, weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00', places: ['werkplein' as const] })) }),
    );
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** A young person with an open case at the coach; `lastInboundAt` opens their WhatsApp window. */
  async function youth(input: { channel?: 'whatsapp' | 'web'; lastInboundAt?: Date | null; locale?: string } = {}) {
    const locale = input.locale ?? 'nl';
    const [conversation] = await db.sql`insert into conversations (key, channel, address_enc, last_inbound_at, locale)
      values (${randomBytes(8).toString('hex')}, ${input.channel ?? 'whatsapp'}, ${protector.encrypt('+31612345678')}, ${input.lastInboundAt?.toISOString() ?? null}, ${locale}) returning id`;
    const [y] = await db.sql`insert into youths (conversation_id, locale, age) values (${conversation!.id}, ${locale}, 20) returning id`;
    const [c] = await db.sql`insert into cases (youth_id, source_event_id, status, route, step, wants, coach_id)
      values (${y!.id}, ${eventId++}, 'open', 'werk', 'intake', 'werk', ${coachId}) returning id`;
    return { conversationId: conversation!.id as string, caseId: c!.id as string };
  }

  it('two young people picking the same slot at the same moment: one booking, one "just taken" with new times', async () => {
    const a = await youth();
    const b = await youth();
    const now = new Date();
    const [slot] = await createAppointmentService({ tx: db.db, protector, conversationId: a.conversationId, now, publicBaseUrl: 'https://x.test' }).freeSlots({ skip: 0, count: 1 });
    expect(slot).toBeDefined();

    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstBooked!: () => void;
    const firstInserted = new Promise<void>((resolve) => (firstBooked = resolve));
    const first = db.db.transaction(async (tx) => {
      const result = await createAppointmentService({ tx, protector, conversationId: a.conversationId, now, publicBaseUrl: 'https://x.test' }).book({ slot: slot!, place: 'werkplein' });
      firstBooked();
      // Still uncommitted: the second transaction has to wait for this one, not just read a committed row.
      await firstHolds;
      return result;
    });
    await firstInserted;
    const second = db.db.transaction(async (tx) => {
      const service = createAppointmentService({ tx, protector, conversationId: b.conversationId, now, publicBaseUrl: 'https://x.test' });
      const result = await service.book({ slot: slot!, place: 'werkplein' });
      // The turn's transaction goes on after the refusal and offers other times.
      return { result, next: await service.freeSlots({ skip: 0, count: 3 }) };
    });
    setTimeout(releaseFirst, 200);
    const [one, other] = await Promise.all([first, second]);
    expect(one.ok).toBe(true);
    expect(other.result).toEqual({ ok: false, reason: 'taken' });
    expect(other.next.map((s) => s.startsAt)).not.toContain(slot!.startsAt);
    const booked = await db.sql`select count(*)::int as n from appointments where coach_id = ${coachId} and starts_at = ${slot!.startsAt} and status = 'booked'`;
    expect(booked[0]?.n).toBe(1);
  });

  it('the database itself refuses an overlapping booking of the same coach, but not after a cancel', async () => {
    const a = await youth();
    const startsAt = DateTime.fromISO('2031-03-04T10:00', { zone: APPOINTMENT_ZONE }).toJSDate();
    const base = { protector, caseId: a.caseId, coachId, conversationId: a.conversationId, place: 'video' as const, actor: 'youth', now: new Date() };
    const first = await bookAppointment(db.db, { ...base, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000) });
    await expect(
      bookAppointment(db.db, { ...base, startsAt: new Date(startsAt.getTime() + 30 * 60_000), endsAt: new Date(startsAt.getTime() + 75 * 60_000) }),
    ).rejects.toBeInstanceOf(SlotTakenError);
    await db.sql`update appointments set status = 'cancelled' where id = ${first.id}`;
    await expect(bookAppointment(db.db, { ...base, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000) })).resolves.toMatchObject({ status: 'booked' });
    const events = await db.sql`select type from case_events where case_id = ${a.caseId} order by id`;
    expect(events.map((e) => e.type)).toEqual(['appointment.booked', 'appointment.booked']);
  });

  it('reminds 24 hours and 2 hours before, once each, as a template outside the window and in the chat inside it', async () => {
    // The sweeps below count reminders: earlier tests' bookings (the first free slots) must not be due too.
    await db.sql`update appointments set status = 'cancelled' where status = 'booked'`;
    const outside = await youth({ lastInboundAt: null });
    const startsAt = DateTime.now().setZone(APPOINTMENT_ZONE).plus({ days: 3 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toJSDate();
    const appointment = await bookAppointment(db.db, {
      protector,
      caseId: outside.caseId, coachId, conversationId: outside.conversationId, place: 'werkplein', actor: 'youth', now: new Date(),
      startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000),
    });
    const inside = await youth({ lastInboundAt: new Date(startsAt.getTime() - 25 * 3600_000) });
    const insideAppointment = await bookAppointment(db.db, {
      protector,
      caseId: inside.caseId, coachId, conversationId: inside.conversationId, place: 'werkplein', actor: 'youth', now: new Date(),
      startsAt: new Date(startsAt.getTime() + 3600_000), endsAt: new Date(startsAt.getTime() + 3600_000 + 45 * 60_000),
    });
    const sent: number[] = [];
    const sweep = (at: Date) =>
      processAppointmentReminders({ database: db, protector, i18n, logger: pino({ level: 'silent' }), now: () => at, enqueueSends: async (ids) => void sent.push(...ids) });
    const rows = (conversationId: string) => db.sql`select kind, template_name, body_enc, content_variables_enc from outbound_messages where conversation_id = ${conversationId} order by id`;

    expect(await sweep(new Date(startsAt.getTime() - 25 * 3600_000))).toBe(0);
    const dayBefore = new Date(startsAt.getTime() - 24 * 3600_000 + 60_000);
    // Two sweeps at once (two workers) still remind once.
    const [x, y] = await Promise.all([sweep(dayBefore), sweep(dayBefore)]);
    expect(x + y).toBe(1);
    expect(await sweep(new Date(dayBefore.getTime() + 5 * 60_000))).toBe(0);
    const [template] = await rows(outside.conversationId);
    expect(template?.kind).toBe('template');
    expect(template?.template_name).toBe('appointment_reminder');
    expect(JSON.parse(protector.decrypt(String(template?.content_variables_enc)))).toEqual({ '1': 'Sanne', '2': expect.stringMatching(/om 10:00$/), '3': 'Werkplein' });

    // The other young person wrote an hour before: the window is open, so the reminder is chat text.
    expect(await sweep(new Date(insideAppointment.startsAt.getTime() - 24 * 3600_000 + 60_000))).toBe(1);
    const [chat] = await rows(inside.conversationId);
    expect(chat?.kind).toBe('session');
    expect(protector.decrypt(String(chat?.body_enc))).toMatch(/^Herinnering: morgen heb je een afspraak met Sanne\.\n📅 .+\n🕙 11:00\n📍 Werkplein/);

    expect(await sweep(new Date(startsAt.getTime() - 2 * 3600_000 + 60_000))).toBe(1);
    expect((await rows(outside.conversationId)).map((r) => r.template_name)).toEqual(['appointment_reminder', 'appointment_reminder']);
    const reminders = await db.sql`select kind from appointment_reminders where appointment_id = ${appointment.id} order by kind`;
    expect(reminders.map((r) => r.kind)).toEqual(['24h', '2h']);
    expect(sent.length).toBe(3);
  });

  it('no reminder "tomorrow" for an appointment booked this morning for tomorrow, and none after a cancel', async () => {
    const a = await youth();
    const startsAt = new Date(Date.now() + 20 * 3600_000);
    const appointment = await bookAppointment(db.db, {
      protector,
      caseId: a.caseId, coachId, conversationId: a.conversationId, place: 'video', actor: 'youth', now: new Date(),
      startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000),
    });
    const sweep = (at: Date) => processAppointmentReminders({ database: db, protector, i18n, logger: pino({ level: 'silent' }), now: () => at, enqueueSends: async () => {} });
    // Other tests' appointments may be due at these moments: only this young person's messages count.
    const reminders = async () => (await db.sql`select count(*)::int as n from outbound_messages where conversation_id = ${a.conversationId}`)[0]?.n;
    await sweep(new Date(startsAt.getTime() - 19 * 3600_000));
    expect(await reminders()).toBe(0);
    await db.sql`update appointments set status = 'cancelled' where id = ${appointment.id}`;
    await sweep(new Date(startsAt.getTime() - 3600_000));
    expect(await reminders()).toBe(0);
  });

  it('writes the day and time of a Turkish young person’s reminder template in Turkish', async () => {
    const turkish = await youth({ lastInboundAt: null, locale: 'tr' });
    // Tuesday 9 December 2031, 10:00 in Amsterdam: far from the other tests' bookings.
    const startsAt = new Date('2031-12-09T09:00:00Z');
    const appointment = await bookAppointment(db.db, {
      protector,
      caseId: turkish.caseId, coachId, conversationId: turkish.conversationId, place: 'werkplein', actor: 'youth', now: new Date('2031-12-01T09:00:00Z'),
      startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000),
    });
    const ids = await db.db.transaction((tx) => queueAppointmentNotice(tx, { protector, i18n, now: new Date('2031-12-08T09:01:00Z') }, { appointment, kind: 'reminder_24h' }));
    expect(ids).toHaveLength(1);
    const [row] = await db.sql`select template_name, content_variables_enc from outbound_messages where conversation_id = ${turkish.conversationId}`;
    expect(row?.template_name).toBe('appointment_reminder');
    expect(JSON.parse(protector.decrypt(String(row?.content_variables_enc)))).toEqual({ '1': 'Sanne', '2': '9 Aralık Salı, saat 10:00', '3': 'Werkplein' });
  });

  it('a no-show is marked only after the start, and the young person is invited to pick a new time without blame', async () => {
    const a = await youth({ lastInboundAt: new Date() });
    // Nine days ahead: apart from every other booking of this coach here, at any time of day.
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    const appointment = await bookAppointment(db.db, {
      protector,
      caseId: a.caseId, coachId, conversationId: a.conversationId, place: 'school', actor: 'youth', now: new Date(),
      startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000),
    });
    await expect(db.db.transaction((tx) => markNoShow(tx, { id: appointment.id, actor: coachId, now: new Date() }))).rejects.toThrow(/not started/);
    const later = new Date(startsAt.getTime() + 20 * 60_000);
    await db.db.transaction(async (tx) => {
      const marked = await markNoShow(tx, { id: appointment.id, actor: coachId, now: later });
      await queueAppointmentNotice(tx, { protector, i18n, now: new Date() }, { appointment: marked, kind: 'no_show' });
    });
    const [message] = await db.sql`select body_enc from outbound_messages where conversation_id = ${a.conversationId}`;
    const text = protector.decrypt(String(message?.body_enc));
    expect(text).toContain('Geeft niks');
    expect(text).toContain("Stuur 'afspraak'");
    expect(text).not.toMatch(/niet gekomen|waarom/i);
    const events = await db.sql`select type, actor from case_events where case_id = ${a.caseId} order by id`;
    expect(events.at(-1)).toEqual({ type: 'appointment.no_show', actor: coachId });
  });

  it('the .ics file parses back with the same start, end, title and place', () => {
    const startsAt = new Date('2026-10-26T08:00:00Z');
    const ics = appointmentIcs({ id: 'abc', startsAt, endsAt: new Date('2026-10-26T08:45:00Z'), status: 'booked', title: 'Afspraak met Sanne (Jongerenloket)', description: 'd', location: 'Werkplein' });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-26T08:45:00.000Z');
    expect(event.summary).toBe('Afspraak met Sanne (Jongerenloket)');
    expect(event.location).toBe('Werkplein');
    expect(event.uid).toBe('abc@jongerenloket');
  });
});
