import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
import { adminApi, eventually, sayOnWhatsApp, shownText, startTestStack, toPhone, zelfscanAnswers, type TestStack } from '../support/stack';

/**
 * A conversation that never traps, over the signed WhatsApp webhook: a command word that is also an
 * answer, the way back from MENU, AFSPRAAK before a coach, "praat met iemand" in the middle of the
 * intake, a case closed with an appointment booked, and voice notes with and without a coach.
 */
describe('a conversation that never traps, on WhatsApp', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The young person writes (or sends a voice note); resolves with the texts the bot sent since, once one matches `until`. */
  const send = async (phone: string, input: { body: string; until: RegExp; listId?: string; mediaContentType?: string }): Promise<string[]> =>
    (await sayOnWhatsApp(t, { phone, quietMs: 400, ...input })).map(shownText);
  const say = (phone: string, body: string, until: RegExp) => send(phone, { body, until });
  const api = adminApi(() => t);

  it('"quit" at the school question is "Quit, no diploma" in English', async () => {
    const english = '+31612390001';
    for (const [body, until] of [
      ['hi', /Hoe oud ben je/],
      ['english', /How old are you/],
      ['20', /Is that okay\?/],
      ['yes', /municipality/],
      ['amstelveen', /highest diploma/],
      ['vmbo', /like most/],
      ['go to school', /school or your training/],
    ] as const) {
      await say(english, body, until);
    }
    const quit = await say(english, 'quit', /job or a side job/);
    expect(quit.join('\n')).not.toMatch(/Do you want to stop/);
  }, 120_000);

  it('"quit" at the school question is "Quit, no diploma" in Arabic', async () => {
    const arabic = '+31612390002';
    const ar = createI18n().getFixedT('ar', ['bot', 'zelfscan']);
    const shows = (key: string) => new RegExp(ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await say(arabic, 'hoi', /Hoe oud ben je/);
    await say(arabic, 'العربية', /كم عمرك/);
    for (const [body, until] of [
      ['20', /الخصوصية/],
      ['نعم', shows('intake.municipality.question')],
      ['amstelveen', shows('intake.diploma.question')],
      ['vmbo', shows('intake.wants.question')],
      ['go to school', shows('zelfscan:domains.school.question')],
    ] as const) {
      await say(arabic, body, until);
    }
    const arabicQuit = await say(arabic, 'quit', shows('zelfscan:domains.werk.question'));
    expect(arabicQuit.join('\n')).not.toContain('هل تريد التوقف؟');
    expect((await t.db.sql`select count(*)::int as n from conversations where opted_out_at is not null`)[0]?.n).toBe(0);
  }, 120_000);

  it('MENU in the middle of the intake offers the way back, and "20" goes on with the age question', async () => {
    const phone = '+31612390003';
    await say(phone, 'hoi', /Hoe oud ben je/);
    const menu = await say(phone, 'MENU', /Wat wil je doen\?/);
    expect(menu.join('\n')).toContain('Verder waar ik was');
    const resumed = await say(phone, '20', /Is dat goed\?/);
    expect(resumed.join('\n')).not.toContain('Wat wil je doen?');
    await say(phone, 'ja', /In welke gemeente woon je/);
    await say(phone, 'Amstelveen', /hoogste diploma/);
  });

  it('AFSPRAAK before there is a coach says an appointment comes after the intake, and goes on', async () => {
    const phone = '+31612390004';
    await say(phone, 'hoi', /Hoe oud ben je/);
    await say(phone, '20', /Is dat goed\?/);
    await say(phone, 'ja', /In welke gemeente woon je/);
    const replies = await say(phone, 'afspraak', /In welke gemeente woon je/);
    expect(replies.join('\n')).toContain('Een afspraak maak je met je coach');
    expect(replies.join('\n')).not.toContain('Kies een gemeente uit de lijst');
  });

  it('a voice note without a coach gets a clear answer', async () => {
    const phone = '+31612390005';
    const replies = await send(phone, { body: '', mediaContentType: 'audio/ogg', until: /Hoe oud ben je/ });
    expect(replies[0]).toContain('Ik kan nog geen spraakberichten lezen. Wil je het typen?');
  });

  it('a person asked for mid-intake and the finished intake share one case and one handover; the coach sees a voice note; closing cancels the appointment; a later message reaches the thread', async () => {
    const phone = '+31612390006';
    await say(phone, 'hoi', /Hoe oud ben je/);
    await say(phone, '19', /Is dat goed\?/);
    await say(phone, 'ja', /In welke gemeente woon je/);
    await say(phone, 'Amstelveen', /hoogste diploma/);
    await say(phone, 'praat met iemand', /contact met je opneemt\?/);
    await say(phone, 'ja', /contact met je op/);
    await say(phone, 'vmbo', /liefst/);
    await say(phone, 'naar school', /hoe het met je gaat/);
    for (const answer of zelfscanAnswers.slice(0, -1)) await send(phone, { body: answer, until: /./ });
    const done = await say(phone, zelfscanAnswers.at(-1)!, /Hoe vond je dit gesprek/);
    // The rating comes after "Goed nieuws! … wordt je vaste contactpersoon", never before.
    const goodNews = done.findIndex((m) => /vaste contactpersoon/.test(m));
    expect(goodNews).toBeGreaterThanOrEqual(0);
    expect(done.findIndex((m) => /Hoe vond je dit gesprek/.test(m))).toBeGreaterThan(goodNews);

    const cases = await t.db.sql`select c.id, c.status, c.coach_id, co.first_name from cases c join youths y on y.id = c.youth_id join coaches co on co.id = c.coach_id
      join conversations cv on cv.id = y.conversation_id where y.age = 19 and cv.channel = 'whatsapp'`;
    expect(cases).toHaveLength(1);
    const caseId = cases[0]!.id as string;
    const coach = cases[0]!.first_name as string;
    const handovers = await t.db.sql`select status, coach_id from handovers where case_id = ${caseId}`;
    expect(handovers).toEqual([{ status: 'open', coach_id: cases[0]!.coach_id }]);
    expect((await t.db.sql`select count(*)::int as n from handovers h join cases c on c.id = h.case_id where c.status = 'closed' and h.status = 'open'`)[0]?.n).toBe(0);

    // A voice note now reaches the coach's thread.
    const voice = await send(phone, { body: '', mediaContentType: 'audio/ogg', until: /spraakbericht/ });
    expect(voice.join('\n')).toContain(`${coach} ziet dat je een spraakbericht stuurde`);
    const thread = async () => ((await api('GET', `/api/cases/${caseId}/messages`)).body.messages as { direction: string; text: string }[]).map((m) => m.text);
    expect(await eventually(async () => (await thread()).find((text) => /Stuurde een spraakbericht/.test(text)))).toBeTruthy();

    // An appointment is booked in the chat, then the coach closes the case.
    const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00', places: ['werkplein'] }));
    expect((await api('PUT', `/api/coaches/${cases[0]!.coach_id}/availability`, { slotMinutes: 45, bufferMinutes: 15, weekly })).status).toBe(200);
    const offered = t.twilio.messages.filter(toPhone(phone));
    await say(phone, 'afspraak', /Wanneer kun je met/);
    const list = t.twilio.messages.filter(toPhone(phone)).slice(offered.length).reverse().find((m) => m.interactive?.choices?.some((c) => c.id.startsWith('slot:')));
    const slot = list!.interactive!.choices!.find((c) => c.id.startsWith('slot:'))!;
    await send(phone, { body: slot.title, listId: slot.id, until: /Gelukt, je hebt een afspraak/ });
    expect((await api('POST', `/api/cases/${caseId}/close`, { outcome: 'onderwijs' })).status).toBe(200);
    await eventually(() => t.twilio.messages.filter(toPhone(phone)).find((m) => /Daarom gaat je afspraak op .+ niet door/.test(m.body ?? '')));
    expect((await t.db.sql`select status from appointments where case_id = ${caseId}`).map((r) => r.status)).toEqual(['cancelled']);

    // Their next message reaches the coach who closed it, with a clear way back, and one "Wat wil je doen?".
    const after = await say(phone, 'Hoi, ik heb toch nog een vraag', /Wat wil je doen\?/);
    expect(after.join('\n')).toContain(`Je traject bij ${coach} is afgesloten`);
    expect(after.join('\n').match(/Wat wil je doen\?/g)).toHaveLength(1);
    expect(await eventually(async () => (await thread()).find((text) => text === 'Hoi, ik heb toch nog een vraag'))).toBeTruthy();
  }, 180_000);
});
