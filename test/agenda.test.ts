import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentService } from '../cases/appointments/appointment-service';
import { findCoachFreeSlots } from '../cases/appointments/coach-free-slots';
import { seedDemoAvailability } from '../cases/appointments/seed-demo-availability';
import { inAmsterdam } from '../cases/calendar/amsterdam-time';
import { isWorkingDay } from '../cases/handover/working-days';
import { appointments, cases, coaches, conversations, youths } from '../drizzle/schema';
import { eventually, startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'agenda-demo-wachtwoord';

function cookieValue(res: LightMyRequestResponse, name: string): string {
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie`);
  return line.slice(name.length + 1, line.indexOf(';'));
}

/**
 * The agenda in the dashboard against the whole product: demo coaches have hours from the first
 * start, a coach changes their hours and absences (and nobody else's), books for a young person
 * from the case page and marks a no-show; the young person hears of both on WhatsApp.
 */
describe('agenda and booking in the dashboard', () => {
  let t: TestStack;
  let app: FastifyInstance;
  let sanneId: string;
  let mohamedId: string;
  const sessions: Record<string, { session: string; csrf: string }> = {};

  const db = () => t.stack.database.db;
  const as = async (who: string, method: 'GET' | 'POST', url: string, form?: Record<string, string | string[]>) => {
    const { session, csrf } = sessions[who]!;
    if (method === 'GET') return app.inject({ url, cookies: { jl_session: session } });
    const body = new URLSearchParams();
    body.append('_csrf', csrf);
    for (const [key, value] of Object.entries(form ?? {})) for (const v of ([] as string[]).concat(value)) body.append(key, v);
    return app.inject({ method: 'POST', url, cookies: { jl_session: session }, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
  };
  async function signIn(who: string, email: string) {
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = cookieValue(form, 'jl_pre');
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email, password: PASSWORD } });
    expect(signedIn.statusCode).toBe(303);
    const session = cookieValue(signedIn, 'jl_session');
    const inbox = await app.inject({ url: '/dashboard/agenda', cookies: { jl_session: session } });
    sessions[who] = { session, csrf: /name="_csrf" value="([^"]+)"/.exec(inbox.body)![1]! };
  }
  const hoursOf = async (coachId: string) =>
    (await t.db.sql`select weekday, start_minute, end_minute from coach_weekly_hours where coach_id = ${coachId} order by weekday, start_minute`).map((r) => `${r.weekday}:${r.start_minute}-${r.end_minute}`);
  const absencesOf = async (coachId: string) => (await t.db.sql`select count(*)::int as n from coach_absences where coach_id = ${coachId}`)[0]!.n as number;
  const noticeOf = (res: LightMyRequestResponse) => new URL(String(res.headers.location), 'http://x').searchParams.get('notice');
  /** Monday to Friday 9:00–12:00 and 13:00–16:30, as the demo has it. */
  const demoWeek = [1, 2, 3, 4, 5].flatMap((d) => [`${d}:540-720`, `${d}:780-990`]);

  beforeAll(async () => {
    t = await startTestStack({ env: { TOTP_REQUIRED_ROLES: 'none' } });
    app = t.stack.app!;
    const [sanne] = await db().select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const [mohamed] = await db().select().from(coaches).where(eq(coaches.firstName, 'Mohamed'));
    sanneId = sanne!.id;
    mohamedId = mohamed!.id;
    const accounts = [
      { email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanneId },
      { email: 'mohamed.elamrani@example.nl', name: 'Mohamed El Amrani', role: 'coach', coachId: mohamedId },
      { email: 'beheer-agenda@example.nl', name: 'Bea Beheer', role: 'admin' },
    ];
    for (const account of accounts) {
      const created = await app.inject({ method: 'POST', url: '/api/staff-accounts', headers: { authorization: `Bearer ${t.adminToken}` }, payload: { ...account, password: PASSWORD } });
      expect(created.statusCode).toBe(201);
    }
    await signIn('sanne', 'sanne.devries@example.nl');
    await signIn('mohamed', 'mohamed.elamrani@example.nl');
    await signIn('admin', 'beheer-agenda@example.nl');
  });
  afterAll(() => t?.close());

  it('gives the demo coaches office hours at the first start, so the chat has times in the coming working days', async () => {
    expect(await hoursOf(sanneId)).toEqual(demoWeek);
    const now = new Date();
    const slots = (await findCoachFreeSlots(db(), { coachId: sanneId, now, count: 20 }))!;
    expect(slots.length).toBe(20);
    // Within the next few working days, on a working day, inside the hours.
    expect(slots[0]!.startsAt.getTime() - now.getTime()).toBeLessThan(6 * 86_400_000);
    for (const slot of slots) {
      const local = inAmsterdam(slot.startsAt);
      expect(isWorkingDay(local)).toBe(true);
      expect(local.hour * 60 + local.minute).toBeGreaterThanOrEqual(540);
      expect(inAmsterdam(slot.endsAt).hour * 60 + inAmsterdam(slot.endsAt).minute).toBeLessThanOrEqual(990);
    }
  });

  it('lets the chat of a young person with a demo coach offer those times', async () => {
    const [lotte] = await db().select().from(coaches).where(eq(coaches.firstName, 'Lotte'));
    const [conversation] = await db().insert(conversations).values({ key: randomUUID(), channel: 'web', addressEnc: t.stack.protector.encrypt(randomUUID()) }).returning();
    const [youth] = await db().insert(youths).values({ conversationId: conversation!.id, age: 17, municipality: 'aalsmeer', locale: 'nl' }).returning();
    await db().insert(cases).values({ youthId: youth!.id, sourceEventId: 910000, status: 'open', route: 'school', step: 'intake', wants: 'school', coachId: lotte!.id });
    const chat = createAppointmentService({ tx: db(), protector: t.stack.protector, conversationId: conversation!.id, now: new Date(), publicBaseUrl: 'https://x.test' });
    expect(await chat.canBook()).toBe(true);
    const offered = await chat.freeSlots({ skip: 0, count: 8 });
    expect(offered).toHaveLength(8);
    expect(offered[0]!.places).toEqual(['werkplein', 'video', 'telefoon']);
  });

  it('seeds again at every start without touching hours a coach set or cleared', async () => {
    expect(await seedDemoAvailability(db())).toBe(0);
    const cleared = await app.inject({
      method: 'PUT',
      url: `/api/coaches/${mohamedId}/availability`,
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { slotMinutes: 45, bufferMinutes: 15, weekly: [] },
    });
    expect(cleared.statusCode).toBe(200);
    expect(await seedDemoAvailability(db())).toBe(0);
    expect(await hoursOf(mohamedId)).toEqual([]);
  });

  it('shows a coach their agenda with the free times the chat offers', async () => {
    const page = await as('sanne', 'GET', '/dashboard/agenda');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<h1[^>]*>Mijn agenda<\/h1>/);
    expect(page.body).toContain('aria-current="page">Mijn agenda</a>');
    expect(page.body).toMatch(/Eerstvolgende vrije tijden/);
    expect(page.body).toContain('value="09:00"');
    expect(page.body).toContain('value="16:30"');
  });

  it('saves the hours a coach sets, and the free times follow', async () => {
    const saved = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/hours`, {
      'd3-1-from': '14:00',
      'd3-1-to': '15:00',
      places: ['werkplein', 'video'],
      slotMinutes: '60',
      bufferMinutes: '0',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/dashboard/agenda?notice=hoursSaved');
    expect(await hoursOf(sanneId)).toEqual(['3:840-900']);
    const slots = (await findCoachFreeSlots(db(), { coachId: sanneId, now: new Date(), count: 3 }))!;
    for (const slot of slots) {
      const local = inAmsterdam(slot.startsAt);
      expect([local.weekday, local.hour, local.minute]).toEqual([3, 14, 0]);
      expect(slot.places).toEqual(['werkplein', 'video']);
    }
    const page = await as('sanne', 'GET', '/dashboard/agenda?notice=hoursSaved');
    expect(page.body).toContain('Je uren zijn opgeslagen.');
    expect(page.body).toMatch(/woensdag \d+ [a-z]+, 14:00–15:00/);
  });

  it('refuses hours that end before they start, overlap or miss an end, and changes nothing', async () => {
    const before = await hoursOf(sanneId);
    const tries: [Record<string, string | string[]>, string][] = [
      [{ 'd1-1-from': '12:00', 'd1-1-to': '09:00' }, 'hoursOrder'],
      [{ 'd1-1-from': '09:00', 'd1-1-to': '12:30', 'd1-2-from': '12:00', 'd1-2-to': '16:00' }, 'hoursOverlap'],
      [{ 'd2-1-from': '09:00' }, 'hoursIncomplete'],
      [{ 'd2-1-from': '9 uur', 'd2-1-to': '12:00' }, 'invalid'],
    ];
    for (const [fields, notice] of tries) {
      const res = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/hours`, { ...fields, places: 'werkplein', slotMinutes: '45', bufferMinutes: '15' });
      expect(res.statusCode).toBe(303);
      expect(noticeOf(res)).toBe(notice);
    }
    const noPlace = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/hours`, { 'd1-1-from': '09:00', 'd1-1-to': '12:00', slotMinutes: '45', bufferMinutes: '15' });
    expect(noticeOf(noPlace)).toBe('placesMissing');
    expect(await hoursOf(sanneId)).toEqual(before);
    const page = await as('sanne', 'GET', '/dashboard/agenda?notice=hoursOverlap');
    expect(page.body).toContain('Twee blokken op dezelfde dag overlappen. Er is niets veranderd.');
  });

  it('adds and removes an absence, and refuses one in the past or ending before it starts', async () => {
    const today = inAmsterdam(new Date());
    const day = (plus: number) => today.plus({ days: plus }).toISODate()!;
    const past = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/absences`, { firstDay: day(-2), lastDay: day(1), reason: 'verlof' });
    expect(noticeOf(past)).toBe('absencePast');
    const reversed = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/absences`, { firstDay: day(5), lastDay: day(3), reason: 'verlof' });
    expect(noticeOf(reversed)).toBe('absenceOrder');
    expect(await absencesOf(sanneId)).toBe(0);

    // Away for the whole horizon: no free times any more.
    const added = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/absences`, { firstDay: day(0), lastDay: day(60), reason: 'training' });
    expect(noticeOf(added)).toBe('absenceAdded');
    expect(await findCoachFreeSlots(db(), { coachId: sanneId, now: new Date(), count: 3 })).toEqual([]);
    const page = await as('sanne', 'GET', '/dashboard/agenda');
    expect(page.body).toContain('Training of cursus');
    const [absence] = await t.db.sql`select id from coach_absences where coach_id = ${sanneId}`;
    const removed = await as('sanne', 'POST', `/dashboard/agenda/${sanneId}/absences/${absence!.id}/remove`);
    expect(noticeOf(removed)).toBe('absenceRemoved');
    expect(await absencesOf(sanneId)).toBe(0);
  });

  it('does not let another coach see or change a coach’s agenda; an admin may, and it is audited', async () => {
    const before = await hoursOf(sanneId);
    expect((await as('mohamed', 'GET', `/dashboard/agenda?coach=${sanneId}`)).statusCode).toBe(403);
    const post = await as('mohamed', 'POST', `/dashboard/agenda/${sanneId}/hours`, { 'd1-1-from': '08:00', 'd1-1-to': '20:00', places: 'werkplein', slotMinutes: '45', bufferMinutes: '15' });
    expect(post.statusCode).toBe(403);
    expect(post.body).toMatch(/<h1[ >]/);
    const absence = await as('mohamed', 'POST', `/dashboard/agenda/${sanneId}/absences`, { firstDay: inAmsterdam(new Date()).toISODate()!, reason: 'verlof' });
    expect(absence.statusCode).toBe(403);
    expect(await hoursOf(sanneId)).toEqual(before);
    expect(await absencesOf(sanneId)).toBe(0);

    const view = await as('admin', 'GET', `/dashboard/agenda?coach=${sanneId}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('Agenda van Sanne de Vries');
    const byAdmin = await as('admin', 'POST', `/dashboard/agenda/${sanneId}/hours`, {
      'd1-1-from': '09:00', 'd1-1-to': '12:00', 'd1-2-from': '13:00', 'd1-2-to': '16:30',
      'd4-1-from': '09:00', 'd4-1-to': '12:00',
      places: ['werkplein', 'video', 'telefoon'], slotMinutes: '45', bufferMinutes: '15',
    });
    expect(byAdmin.headers.location).toBe(`/dashboard/agenda?coach=${sanneId}&notice=hoursSaved`);
    expect(await hoursOf(sanneId)).toEqual(['1:540-720', '1:780-990', '4:540-720']);
    const audited = await t.db.sql`select action from audit_log where action = 'availability.changed' and target = ${`coach:${sanneId}`}`;
    expect(audited.length).toBe(1);
    // An admin without an agenda of their own chooses a coach first.
    expect((await as('admin', 'GET', '/dashboard/agenda')).body).toMatch(/<h1[^>]*>Kies een coach<\/h1>/);
  });

  describe('booking for a young person from the case page', () => {
    const phone = '+31612377701';
    let caseId: string;

    beforeAll(async () => {
      const [conversation] = await db()
        .insert(conversations)
        .values({ key: randomUUID(), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt(`whatsapp:${phone}`), lastInboundAt: new Date() })
        .returning();
      const [youth] = await db().insert(youths).values({ conversationId: conversation!.id, age: 20, municipality: 'amstelveen', locale: 'nl' }).returning();
      const [created] = await db()
        .insert(cases)
        .values({ youthId: youth!.id, sourceEventId: 910001, status: 'open', route: 'school', step: 'intake', wants: 'school', coachId: sanneId })
        .returning();
      caseId = created!.id;
    });

    it('offers the coach’s free times, confirms, books and tells the young person on WhatsApp', async () => {
      const page = await as('sanne', 'GET', `/dashboard/cases/${caseId}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Afspraak maken voor de jongere');
      const offered = [...page.body.matchAll(/name="startsAt" value="([^"]+)"/g)].map((m) => m[1]!);
      expect(offered.length).toBe(8);
      const [slot] = (await findCoachFreeSlots(db(), { coachId: sanneId, now: new Date(), count: 1 }))!;
      expect(offered[0]).toBe(slot!.startsAt.toISOString());

      const confirm = await as('sanne', 'GET', `/dashboard/cases/${caseId}/appointments/new?startsAt=${encodeURIComponent(offered[0]!)}&place=video`);
      expect(confirm.statusCode).toBe(200);
      expect(confirm.body).toContain('Afspraak bevestigen');
      expect(confirm.body).toContain('Videobellen');
      // Nothing is booked before the confirmation.
      expect(await db().select().from(appointments).where(eq(appointments.caseId, caseId))).toEqual([]);

      const booked = await as('sanne', 'POST', `/dashboard/cases/${caseId}/appointments`, { startsAt: offered[0]!, place: 'video' });
      expect(booked.headers.location).toBe(`/dashboard/cases/${caseId}?notice=appointmentBooked`);
      const rows = await db().select().from(appointments).where(eq(appointments.caseId, caseId));
      expect(rows.map((r) => [r.status, r.place, r.startsAt.toISOString(), r.coachId])).toEqual([['booked', 'video', offered[0], sanneId]]);
      const told = await eventually(() => t.twilio.messages.find((m) => m.to === `whatsapp:${phone}` && /Sanne heeft een afspraak met je gemaakt/.test(m.body ?? '')));
      expect(told.body).toContain('Videobellen');
      // With the calendar file, as when they book in the chat themselves.
      const link = /https:\/\/jongerenloket\.test(\/ics\/[A-Za-z0-9_-]{32}\.ics)/.exec(told.body ?? '');
      expect(link).not.toBeNull();
      expect((await app.inject({ url: link![1]! })).body).toContain('BEGIN:VEVENT');
      const events = await t.db.sql`select type, actor from case_events where case_id = ${caseId} and type like 'appointment.%'`;
      expect(events).toEqual([{ type: 'appointment.booked', actor: sanneId }]);

      const after = await as('sanne', 'GET', `/dashboard/cases/${caseId}?notice=appointmentBooked`);
      expect(after.body).toContain('De afspraak is gemaakt. De jongere krijgt een bericht.');
      expect(after.body).toContain('Videobellen · Gepland');
      expect(after.body).not.toContain(`value="${offered[0]}"`);
    });

    it('refuses a time that is taken or was never free, and a coach who is not the case’s', async () => {
      const [taken] = await db().select().from(appointments).where(eq(appointments.caseId, caseId));
      const again = await as('sanne', 'POST', `/dashboard/cases/${caseId}/appointments`, { startsAt: taken!.startsAt.toISOString(), place: 'video' });
      expect(noticeOf(again)).toBe('slotGone');
      const night = inAmsterdam(new Date()).plus({ days: 2 }).set({ hour: 3, minute: 0, second: 0, millisecond: 0 }).toJSDate().toISOString();
      expect(noticeOf(await as('sanne', 'POST', `/dashboard/cases/${caseId}/appointments`, { startsAt: night, place: 'video' }))).toBe('slotGone');
      expect(noticeOf(await as('sanne', 'POST', `/dashboard/cases/${caseId}/appointments`, { startsAt: 'morgen', place: 'video' }))).toBe('invalid');
      const [free] = (await findCoachFreeSlots(db(), { coachId: sanneId, now: new Date(), count: 1 }))!;
      expect((await as('mohamed', 'POST', `/dashboard/cases/${caseId}/appointments`, { startsAt: free!.startsAt.toISOString(), place: 'video' })).statusCode).toBe(403);
      expect(await db().select().from(appointments).where(eq(appointments.caseId, caseId))).toHaveLength(1);
    });

    it('books through the API with the same rule: only a free slot, at a place the coach offers then', async () => {
      const book = (payload: Record<string, string>) =>
        app.inject({ method: 'POST', url: `/api/cases/${caseId}/appointments`, headers: { authorization: `Bearer ${t.adminToken}` }, payload });
      const [free] = (await findCoachFreeSlots(db(), { coachId: sanneId, now: new Date(), count: 1 }))!;
      expect((await book({ startsAt: free!.startsAt.toISOString(), place: 'school' })).statusCode).toBe(400);
      const created = await book({ startsAt: free!.startsAt.toISOString(), place: 'telefoon' });
      expect(created.statusCode).toBe(201);
      expect(created.json().appointment).toMatchObject({ caseId, coachId: sanneId, place: 'telefoon', status: 'booked' });
      expect((await book({ startsAt: free!.startsAt.toISOString(), place: 'telefoon' })).statusCode).toBe(409);
      const events = await t.db.sql`select actor from case_events where case_id = ${caseId} and type = 'appointment.booked' order by id`;
      expect(events.map((e) => e.actor)).toEqual([sanneId, 'admin']);
    });

    it('marks a past appointment as not attended, and the young person gets a message without blame', async () => {
      // Two hours ago, but today in Amsterdam: the agenda lists from the start of today, so at 00:30 an
      // appointment of 22:30 would be yesterday's and not on it.
      const now = new Date();
      const startsAt = new Date(Math.max(now.getTime() - 2 * 3600_000, inAmsterdam(now).startOf('day').toMillis()));
      const [conversation] = await t.db.sql`select y.conversation_id from cases c join youths y on y.id = c.youth_id where c.id = ${caseId}`;
      const [past] = await db()
        .insert(appointments)
        .values({ caseId, coachId: sanneId, conversationId: conversation!.conversation_id as string, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000), place: 'werkplein', icsToken: randomBytes(24).toString('base64url') })
        .returning();
      const page = await as('sanne', 'GET', `/dashboard/cases/${caseId}`);
      expect(page.body).toContain(`action="/dashboard/appointments/${past!.id}/no-show"`);
      expect((await as('mohamed', 'POST', `/dashboard/appointments/${past!.id}/no-show`)).statusCode).toBe(403);
      const marked = await as('sanne', 'POST', `/dashboard/appointments/${past!.id}/no-show`);
      expect(marked.headers.location).toBe(`/dashboard/cases/${caseId}?notice=noShowRecorded`);
      const [row] = await db().select().from(appointments).where(eq(appointments.id, past!.id));
      expect(row!.status).toBe('no_show');
      await eventually(() => t.twilio.messages.find((m) => m.to === `whatsapp:${phone}` && /heeft je gemist/.test(m.body ?? '')));
      // A future appointment cannot be marked: it has not started.
      const [future] = await db().select().from(appointments).where(eq(appointments.status, 'booked'));
      expect(noticeOf(await as('sanne', 'POST', `/dashboard/appointments/${future!.id}/no-show`))).toBe('conflict');
      expect((await as('sanne', 'GET', `/dashboard/cases/${caseId}`)).body).toContain('Werkplein · Niet gekomen');
      // In English the values are words too, not codes.
      const english = await as('sanne', 'GET', `/dashboard/cases/${caseId}?lang=en`);
      expect(english.body).toContain('Werkplein (job centre) · Did not come');
      expect(english.body).toContain('Video call · Planned');
      expect(english.body).not.toMatch(/· (booked|no_show|rescheduled)</);
      const agenda = await as('sanne', 'GET', '/dashboard/agenda?lang=en');
      expect(agenda.body).toMatch(/<h1[^>]*>My agenda<\/h1>/);
      expect(agenda.body).toContain('Did not come');
    });
  });
});
