import { describe, expect, it } from 'vitest';
import { Directory, directorySeed, type DirectoryEntry } from './directory/directory';
import { conversation, flows, HOUR, last, texts, type Chat } from './front-door-chat.test-support';

describe.each(Object.keys(flows))('the safety net in the middle of the %s', (flow) => {
  const open = (chat: Chat) => flows[flow]!(chat);

  it('the safety net answers acute danger at once with the emergency numbers and an urgent handover', async () => {
    const chat = conversation();
    const question = await open(chat);
    const alarm = await chat.say('ik wil niet meer leven');
    expect(alarm).toHaveLength(2);
    expect(alarm[0]?.text).toContain('112');
    expect(alarm[0]?.text).toContain('0800-0113');
    // Only the numbers that fit: no Veilig Thuis for thoughts of suicide.
    expect(alarm[0]?.text).not.toContain('0800-2000');
    // The coach reads the young person's own words; the bot keeps none of them.
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'suicide', text: 'ik wil niet meer leven' }) },
    ]);
    expect(chat.stored()).not.toContain('niet meer leven');
    // The conversation goes on where it was: the open question again, with its choices (buttons).
    expect(alarm[1]).toEqual(question);
    const again = await chat.say('hallo');
    if (flow === 'intake') expect(last(again).text).toContain('leeftijd');
    else expect(last(again).choices).toEqual(question.choices);
    expect(texts(again)).not.toContain('112');
    const help = await chat.say('help');
    expect(texts(help)).toContain('MENU');
  });

  it('the safety net hears danger inside an answer, in slang, and names the category for the coach', async () => {
    const chat = conversation();
    const question = await open(chat);
    const alarm = await chat.say('mbo 2 maar eigenlijk wil ik gewoon dood');
    expect(alarm).toHaveLength(2);
    expect(alarm[0]?.text).toContain('112');
    expect(alarm[1]).toEqual(question);
    // Another signal right after: the emergency message again, and the question again.
    const violence = await chat.say('me vader slaat me');
    expect(violence[0]?.text).toContain('0800-2000');
    expect(violence.slice(1)).toEqual([question]);
    // Every signal is its own event with its own words: the coach sees each one.
    expect(chat.events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ reason: 'safety', category: 'suicide', locale: 'nl', text: 'mbo 2 maar eigenlijk wil ik gewoon dood' }),
      expect.objectContaining({ reason: 'safety', category: 'violence_home', locale: 'nl', text: 'me vader slaat me' }),
    ]);
  });

  it('an ambiguous message gets one check question; "ja" raises the alarm and goes on with the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    const check = await chat.say('ik wil niet meer');
    expect(check).toHaveLength(1);
    expect(check[0]?.text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(check[0]?.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(chat.events).toEqual([]);
    const alarm = await chat.press(check[0]!.choices![0]!);
    expect(alarm[0]?.text).toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    // The words that raised the check go to the coach, not the "ja"; then the bot forgets them.
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'suicide', text: 'ik wil niet meer' }) },
    ]);
    expect(chat.stored()).not.toContain('ik wil niet meer');
  });

  it('an ambiguous message gets one check question; "nee" goes on with the open question', async () => {
    const chat = conversation();
    const question = await open(chat);
    expect(last(await chat.say('ik kan niet meer')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    const back = await chat.say('nee');
    expect(back[0]?.text).toContain('COACH');
    expect(last(back).text).toBe(question.text);
    expect(chat.events).toEqual([]);
    expect(chat.stored()).not.toContain('ik kan niet meer');
    // The check question is answered: a later "nee" is an ordinary answer again, not a safety answer.
    expect(texts(await chat.say('help'))).toContain('MENU');
  });
});

describe('after the emergency message', () => {
  it('the intake asks its open question again with the buttons, and a tap on one goes on', async () => {
    const chat = conversation();
    for (const answer of ['hoi', 'ja']) await chat.say(answer);
    const question = last(await chat.say('20'));
    expect(question.choices?.length).toBeGreaterThan(1);
    const alarm = await chat.say('ik wil dood');
    expect(alarm.map((r) => r.text)).toEqual([expect.stringContaining('0800-0113'), question.text]);
    expect(last(alarm).choices).toEqual(question.choices);
    const next = await chat.press(question.choices![0]!);
    expect(last(next).text).not.toBe(question.text);
    expect(texts(next)).not.toContain('112');
  });

  it('says in the same message when a person reads it, says nothing twice, and asks the open question last', async () => {
    const chat = conversation();
    for (const answer of ['hoi', 'ja']) await chat.say(answer);
    const question = last(await chat.say('20'));
    // Tuesday 1 December, 11:00 in Amsterdam: within office hours, due four hours later.
    const alarm = await chat.say('ik wil dood');
    expect(alarm).toHaveLength(2);
    const lines = alarm[0]!.text.split('\n');
    expect(lines.slice(-2)).toEqual(['Ik geef je bericht door aan het Jongerenloket.', 'Vandaag vóór 15:00 leest een medewerker je bericht.']);
    expect(new Set(lines).size).toBe(lines.length);
    expect(alarm[0]!.text).not.toContain('zo snel mogelijk');
    expect(alarm[1]).toEqual(question);
    // The handover is due when they were told.
    expect(chat.events[0]?.payload).toMatchObject({ dueAt: '2026-12-01T14:00:00.000Z' });
    // A later signal joins the same handover: the same time, not a new one.
    chat.later(2 * HOUR);
    const second = await chat.say('ik wil echt dood');
    expect(second[0]?.text).toContain('Vandaag vóór 15:00 leest een medewerker je bericht.');
    expect(last(second)).toEqual(question);
    expect(chat.events[1]?.payload).toMatchObject({ dueAt: '2026-12-01T14:00:00.000Z' });
  });

  it('is honest outside office hours: tomorrow at opening time, or Monday after a Friday evening', async () => {
    const evening = conversation();
    evening.later(10 * HOUR); // Tuesday 21:00
    expect((await evening.say('ik wil dood'))[0]?.text).toMatch(/\nMorgen om 09:00 leest een medewerker je bericht\.$/);
    const friday = conversation();
    friday.later(3 * 24 * HOUR + 9 * HOUR); // Friday 4 December, 20:00
    expect((await friday.say('ik wil dood'))[0]?.text).toMatch(/\nOp maandag 7 december om 09:00 leest een medewerker je bericht\.$/);
    expect(friday.events[0]?.payload).toMatchObject({ dueAt: '2026-12-07T08:00:00.000Z' });
  });

  it('booking an appointment asks for a time again with the same times', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const booked: string[] = [];
    const slot = { startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:30:00.000Z', places: ['Stadhuis'] };
    chat.withAppointments({
      canBook: async () => true,
      current: async () => undefined,
      freeSlots: async ({ skip }) => (skip === 0 ? [slot] : []),
      book: async (input) => {
        booked.push(input.slot.startsAt);
        return { ok: true, appointment: { id: 'a1', startsAt: slot.startsAt, endsAt: slot.endsAt, place: input.place, icsUrl: 'https://example.test/a1.ics' } };
      },
      cancel: async () => undefined,
    });
    await chat.say('hoi');
    const question = last(await chat.say('afspraak maken'));
    expect(question.choices?.[0]?.id).toBe(`slot:${slot.startsAt}`);
    const alarm = await chat.say('ik wil dood');
    expect(alarm[0]?.text).toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    await chat.press(question.choices![0]!);
    expect(booked).toEqual([slot.startsAt]);
  });

  it('with nothing open, says nothing more', async () => {
    const chat = conversation();
    const alarm = await chat.say('ik wil dood');
    expect(alarm).toHaveLength(1);
    expect(alarm[0]?.text).toContain('0800-0113');
  });

  it('a young person with a coach stays on their coach home question', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const home = last(await chat.say('hoi'));
    const alarm = await chat.say('ik wil dood');
    expect(alarm.slice(1)).toEqual([home]);
  });
});

describe('the emergency message fits the danger and the age', () => {
  const helplines = ['0800-0113', '113.nl', '0800-2000', '0800-0188', '0800-0432', 'Sociaal loket'];
  /** The first reply to a danger message (with nothing open): the emergency message, one short idea a line. */
  async function alarm(chat: Chat, text: string): Promise<string> {
    const message = (await chat.say(text))[0]?.text ?? '';
    const lines = message.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(12);
    return message;
  }
  const only = (message: string, expected: string[]) => {
    for (const number of expected) expect(message).toContain(number);
    for (const number of helplines.filter((n) => !expected.includes(n))) expect(message).not.toContain(number);
  };

  it.each([
    ['suicide', 'ik wil echt dood', ['0800-0113', '113.nl']],
    ['self_harm', 'ik snij in mn benen', ['0800-0113', '113.nl']],
    ['violence_home', 'me vader slaat me', ['0800-2000']],
    ['sexual_violence', 'iemand dreigt mn naaktfotos te delen als ik niet betaal', ['0800-0188']],
    ['threat', 'een jongen bedreigt me met een mes', []],
    ['homeless_runaway', 'ik slaap al een week in het park', ['Sociaal loket']],
  ])('%s: 112, and only the helplines that fit', async (category, text, expected) => {
    const chat = conversation();
    const message = await alarm(chat, text);
    expect(message.split('\n')[0]).toBe('Is je leven nu in gevaar? Bel 112.');
    only(message, expected);
    expect(message).toContain('leest een medewerker je bericht');
    expect(chat.events).toEqual([{ type: 'handover.requested', payload: expect.objectContaining({ category, text }) }]);
  });

  it('after pills: "call 112 now" first and plainly', async () => {
    const chat = conversation();
    const message = await alarm(chat, 'heb net 15 pillen genomen');
    expect(message.split('\n')[0]).toBe('Bel nu meteen 112.');
    only(message, []);
    expect(chat.events[0]?.payload).toMatchObject({ category: 'medical' });
  });

  it('under 18: De Kindertelefoon too; 18 and older: not', async () => {
    const young = conversation();
    for (const answer of ['hoi', '16', 'ja']) await young.say(answer);
    only(await alarm(young, 'me vader slaat me'), ['0800-2000', '0800-0432']);
    expect(young.events[0]?.payload).toMatchObject({ category: 'violence_home', age: 16 });
    const adult = conversation();
    for (const answer of ['hoi', '18', 'ja']) await adult.say(answer);
    only(await alarm(adult, 'me vader slaat me'), ['0800-2000']);
  });

  it("sleeping rough: the municipality's own night shelter, from the directory", async () => {
    const shelter: DirectoryEntry = { municipality: 'amstelveen', kind: 'nachtopvang', name: 'Nachtopvang Test', address: null, phone: '020-1234567', openingHours: null, webUrl: null };
    const directory = new Directory([...directorySeed(), shelter]);
    const chat = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'amstelveen']) await chat.say(answer);
    const message = await alarm(chat, 'ik slaap al een week in het park');
    expect(message).toContain('Bel Nachtopvang Test: 020-1234567.');
    only(message, []);
    // Another municipality without a shelter in the directory: the Sociaal loket.
    const other = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'aalsmeer']) await other.say(answer);
    const fallback = await alarm(other, 'ik slaap al een week in het park');
    expect(fallback).not.toContain('Nachtopvang');
    only(fallback, ['Sociaal loket']);
  });
});

describe('no safe place to sleep tonight, answered in the zelfscan', () => {
  it('"nee" starts the same urgent path as a message about sleeping rough, then the zelfscan goes on', async () => {
    const shelter: DirectoryEntry = { municipality: 'amstelveen', kind: 'nachtopvang', name: 'Nachtopvang Test', address: null, phone: '020-1234567', openingHours: null, webUrl: null };
    const directory = new Directory([...directorySeed(), shelter]);
    const chat = conversation({ directory: { current: () => directory } });
    for (const answer of ['hoi', '20', 'ja', 'amstelveen', 'vmbo', 'naar school', '1', '1', '1']) await chat.say(answer);
    expect(last(await chat.say('Praten met mijn coach')).text).toBe('Heb je vannacht een veilige plek om te slapen?');
    expect(chat.events).toEqual([]);
    const replies = await chat.say('nee');
    expect(replies[0]?.text).toContain('Bel Nachtopvang Test: 020-1234567.');
    expect(last(replies).text).toContain('Heb je genoeg te doen op een dag?');
    expect(chat.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'homeless_runaway', municipality: 'amstelveen', age: 20 }) },
    ]);
    // The coach reads the category; there are no words of the young person to pass on.
    expect(chat.events[0]?.payload).not.toHaveProperty('text');
  });
});

describe('safety check question', () => {
  it('asks about what the message was ambiguous about, and "ja" raises the alarm of that kind', async () => {
    const home = conversation();
    const question = await flows.intake!(home);
    const check = await home.say('thuis is het gewoon niet chill');
    expect(check.map((reply) => reply.text)).toEqual(['Voel je je thuis onveilig?']);
    const alarm = await home.say('ja');
    // Veilig Thuis, not the suicide line: the numbers of what was asked about.
    expect(alarm[0]?.text).toContain('0800-2000');
    expect(alarm[0]?.text).not.toContain('0800-0113');
    expect(alarm.slice(1)).toEqual([question]);
    expect(home.events).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'violence_home', text: 'thuis is het gewoon niet chill' }) },
    ]);

    const night = conversation();
    await flows.intake!(night);
    expect(last(await night.say('ik weet niet waar ik heen moet')).text).toBe('Zoek je een veilige plek om vannacht te slapen?');
    expect((await night.say('ja'))[0]?.text).toContain('veilige plek om te slapen');
    expect(night.events[0]?.payload).toMatchObject({ category: 'homeless_runaway' });
  });

  it('a laugh after danger is asked about, never let go; a laugh about a test or a job is not', async () => {
    const masked = conversation();
    await flows.intake!(masked);
    expect(last(await masked.say('ik wil dood haha')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(masked.events).toEqual([]);
    for (const text of ['ik ga me ophangen aan een nieuwe baan haha', 'die toets maakt me dood lol']) {
      const chat = conversation();
      await flows.intake!(chat);
      expect(texts(await chat.say(text)), text).not.toMatch(/Bedoel je|112/);
      expect(chat.events, text).toEqual([]);
    }
  });

  it('with nothing open, "nee" leads into the intake, and another message passes the question by', async () => {
    const chat = conversation();
    expect(last(await chat.say('ik ben er klaar mee met alles')).text).toBe('Bedoel je dat je niet meer wilt leven?');
    expect(last(await chat.say('nee')).text).toBe('Hoe oud ben je?');
    const other = conversation();
    await other.say('ik kan het niet meer aan');
    // Not an answer to the check: the message is handled as if the question had not been asked.
    expect(last(await other.say('hoi')).text).toBe('Hoe oud ben je?');
    expect([...chat.events, ...other.events]).toEqual([]);
    expect(other.stored()).not.toContain('niet meer aan');
  });
});
