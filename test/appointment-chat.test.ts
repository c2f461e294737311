import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from './support/fake-twilio';
import { adminApi, eventually, PUBLIC_BASE_URL, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';

/**
 * Appointments end to end over the signed webhook: a young person with an open case books a meeting with
 * their coach in the chat, gets the `.ics` file, moves it, cancels it, and after a no-show is invited
 * to pick a new time.
 */
describe('afspraak maken in the chat', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const phone = '+31612370001';
  const to = (m: FakeMessage) => m.to === `whatsapp:${phone}`;
  async function send(input: { body: string; listId?: string; buttonPayload?: string }): Promise<FakeMessage[]> {
    const before = t.twilio.messages.filter(to).length;
    const res = await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, publicBaseUrl: PUBLIC_BASE_URL, ...input });
    expect(res.status).toBe(200);
    let seen = before;
    let quietSince = Date.now();
    return eventually(() => {
      const all = t.twilio.messages.filter(to);
      if (all.length !== seen) {
        seen = all.length;
        quietSince = Date.now();
      }
      return all.length > before && Date.now() - quietSince > 300 && all.slice(before);
    });
  }
  const api = adminApi(() => t);
  /** The list the bot offered last: its items as WhatsApp shows them (or the numbered text). */
  const listOf = (messages: FakeMessage[]) => {
    const list = [...messages].reverse().find((m) => m.interactive?.type === 'twilio/list-picker' || /\n1\. /.test(m.body ?? ''));
    return { list, items: list?.interactive?.choices ?? [] };
  };

  let caseId: string;
  let coachFirstName: string;

  it('a young person with an open case books in three taps and gets date, time, place and an .ics link', async () => {
    for (const body of ['hoi', '19', 'ja', 'Aalsmeer', 'vmbo', 'naar school', ...zelfscanAnswers]) await send({ body });
    await eventually(() => t.twilio.messages.filter(to).some((m) => /vaste contactpersoon/.test(m.body ?? '')));
    const [row] = await t.db.sql`select c.id, c.coach_id, co.first_name from cases c join youths y on y.id = c.youth_id join coaches co on co.id = c.coach_id where y.age = 19`;
    caseId = row!.id as string;
    coachFirstName = row!.first_name as string;
    const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00', places: ['werkplein', 'video'] }));
    const put = await api('PUT', `/api/coaches/${row!.coach_id}/availability`, { slotMinutes: 45, bufferMinutes: 15, weekly });
    expect(put.status).toBe(200);
    expect((put.body.weekly as unknown[]).length).toBe(5);

    // Tap 1: "Afspraak maken" in the menu.
    await send({ body: 'menu' });
    const offered = listOf(await send({ body: 'Afspraak maken', listId: 'appointment' }));
    expect(offered.list?.body).toContain(`Wanneer kun je met ${coachFirstName} afspreken?`);
    expect(offered.items.length).toBeLessThanOrEqual(10);
    expect(offered.items.at(-2)?.title).toBe('Andere tijden');
    const slots = offered.items.filter((i) => i.id.startsWith('slot:'));
    expect(slots.length).toBe(8);
    for (const item of slots) {
      expect(item.title.length).toBeLessThanOrEqual(24);
      expect(item.title).toMatch(/^(ma|di|wo|do|vr) \d{1,2} [a-z]{3} \d\d:\d\d$/);
    }

    // "Andere tijden" pages further: the next eight, later than the first page.
    const page2 = listOf(await send({ body: 'Andere tijden', listId: 'more' }));
    const slots2 = page2.items.filter((i) => i.id.startsWith('slot:'));
    expect(slots2[0]!.id > slots.at(-1)!.id).toBe(true);

    // Tap 2: a time. Tap 3: the place (this coach meets at the Werkplein and by video).
    const chosen = slots2[0]!;
    const place = await send({ body: chosen.title, listId: chosen.id });
    expect(place.at(-1)?.body).toContain('Waar wil je afspreken?');
    const confirmed = (await send({ body: 'Videobellen', buttonPayload: 'video' })).map((m) => m.body).join('\n');
    expect(confirmed).toContain(`Gelukt, je hebt een afspraak met ${coachFirstName}!`);
    expect(confirmed).toContain(`🕙 ${chosen.title.slice(-5)}`);
    expect(confirmed).toContain('📍 Videobellen');
    const link = /https:\/\/jongerenloket\.test(\/ics\/[A-Za-z0-9_-]+\.ics)/.exec(confirmed)?.[1];
    expect(link).toBeDefined();

    // The .ics file, parsed back by a calendar library, holds the booked time.
    const ics = await fetch(`${t.baseUrl}${link}`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(chosen.id.slice('slot:'.length));
    expect(event.location).toBe('Videobellen');
    expect(event.summary).toContain(coachFirstName);
    expect((await fetch(`${t.baseUrl}/ics/${'x'.repeat(32)}.ics`)).status).toBe(404);

    // The coach API shows it, with its case event.
    const listed = await api('GET', `/api/cases/${caseId}/appointments`);
    expect(listed.body.appointments).toEqual([expect.objectContaining({ status: 'booked', place: 'video', startsAt: chosen.id.slice(5) })]);
    const events = await t.db.sql`select type, actor from case_events where case_id = ${caseId} and type like 'appointment.%'`;
    expect(events).toEqual([{ type: 'appointment.booked', actor: 'youth' }]);
    // And the handover summary the coach opens carries it.
    const [handover] = await t.db.sql`select summary_enc from handovers where case_id = ${caseId}`;
    expect(t.stack.protector.decrypt(String(handover?.summary_enc))).toMatch(/Afspraak: \w+dag \d+ \w+ om \d\d:\d\d, video\./);
  });

  it('"afspraak" with one booked offers to move it; moving keeps one booked appointment', async () => {
    const manage = await send({ body: 'afspraak' });
    expect(manage.at(-1)?.body).toMatch(/Je hebt een afspraak met .+ om \d\d:\d\d \(Videobellen\)\. Wat wil je doen\?/);
    const offered = listOf(await send({ body: 'Andere tijd', buttonPayload: 'reschedule' }));
    expect(offered.list?.body).toContain('Naar welke tijd wil je je afspraak verzetten?');
    const first = offered.items.find((i) => i.id.startsWith('slot:'))!;
    await send({ body: first.title, listId: first.id });
    const moved = (await send({ body: 'Werkplein', buttonPayload: 'werkplein' })).map((m) => m.body).join('\n');
    expect(moved).toContain('is verzet');
    const rows = await t.db.sql`select status, place from appointments where case_id = ${caseId} order by created_at`;
    expect(rows).toEqual([{ status: 'rescheduled', place: 'video' }, { status: 'booked', place: 'werkplein' }]);
  });

  it('the menu shows "Mijn afspraak"; cancelling from there frees the appointment', async () => {
    const menu = await send({ body: 'menu' });
    expect(menu.at(-1)?.body).toContain('Mijn afspraak');
    await send({ body: 'Mijn afspraak', listId: 'my_appointment' });
    const cancelled = await send({ body: 'Afzeggen', buttonPayload: 'cancel' });
    expect(cancelled.at(-1)?.body).toContain('Je afspraak is afgezegd');
    const rows = await t.db.sql`select status from appointments where case_id = ${caseId} order by created_at`;
    expect(rows.map((r) => r.status)).toEqual(['rescheduled', 'cancelled']);
    const events = await t.db.sql`select type from case_events where case_id = ${caseId} and type like 'appointment.%' order by id`;
    expect(events.map((e) => e.type)).toEqual(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']);
  });

  it('after a no-show the coach marks, the young person hears they were missed and can pick a new time', async () => {
    const offered = listOf(await send({ body: 'afspraak' }));
    const slot = offered.items.find((i) => i.id.startsWith('slot:'))!;
    await send({ body: slot.title, listId: slot.id });
    await send({ body: 'Werkplein', buttonPayload: 'werkplein' });
    const [booked] = await t.db.sql`select id from appointments where case_id = ${caseId} and status = 'booked'`;
    // Too early: the appointment has not started.
    expect((await api('POST', `/api/appointments/${booked!.id}/no-show`)).status).toBe(409);
    // The clock moves on: the appointment was yesterday.
    await t.db.sql`update appointments set starts_at = now() - interval '1 day', ends_at = now() - interval '1 day' + interval '45 minutes' where id = ${booked!.id}`;
    const before = t.twilio.messages.filter(to).length;
    const marked = await api('POST', `/api/appointments/${booked!.id}/no-show`);
    expect(marked.status).toBe(200);
    expect(marked.body.appointment).toMatchObject({ status: 'no_show' });
    const missed = await eventually(() => t.twilio.messages.filter(to).slice(before).find((m) => /gemist/.test(m.body ?? '')));
    expect(missed.body).toContain('Geeft niks');
    const again = listOf(await send({ body: 'afspraak' }));
    expect(again.items.filter((i) => i.id.startsWith('slot:')).length).toBe(8);
  });

  it('coaches manage absences; a day of leave takes its slots out of the chat', async () => {
    const [row] = await t.db.sql`select coach_id from cases where id = ${caseId}`;
    const availability = await api('GET', `/api/coaches/${row!.coach_id}/availability`);
    expect(availability.status).toBe(200);
    const bad = await api('PUT', `/api/coaches/${row!.coach_id}/availability`, { slotMinutes: 45, bufferMinutes: 15, weekly: [{ weekday: 1, start: '17:00', end: '09:00', places: ['werkplein'] }] });
    expect(bad.status).toBe(400);
    const created = await api('POST', `/api/coaches/${row!.coach_id}/availability/exceptions`, {
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      reason: 'verlof',
    });
    expect(created.status).toBe(201);
    await send({ body: 'Laat maar', buttonPayload: 'none' });
    const none = await send({ body: 'afspraak' });
    expect(none.map((m) => m.body).join('\n')).toContain('geen tijd vrij');
    // No times to offer: the young person can write to the coach at once, to agree on a time.
    expect(none.at(-1)?.body).toContain(`Wat wil je tegen ${coachFirstName} zeggen?`);
    expect((await api('DELETE', `/api/coaches/${row!.coach_id}/availability/exceptions/${created.body.id}`)).status).toBe(204);
  });
});
