import { describe, expect, it } from 'vitest';
import { conversation, flows, HOUR, last, texts } from './front-door-chat.test-support';

describe('resume', () => {
  it('asks "continue or start again" after a long pause, and continues where they were', async () => {
    const chat = conversation();
    await flows.zelfscan!(chat);
    chat.later(13 * HOUR);
    const welcome = await chat.say('hoi');
    expect(last(welcome).text).toContain('Welkom terug');
    expect(last(welcome).choices?.map((c) => c.id)).toEqual(['continue', 'restart']);
    const continued = await chat.say('verder');
    expect(last(continued).text).toContain('geld');
  });

  it('starts again when they choose to', async () => {
    const chat = conversation();
    await flows.keuzehulp!(chat);
    chat.later(2 * 24 * HOUR);
    await chat.say('hallo');
    expect(last(await chat.say('opnieuw beginnen')).text).toBe('Hoe oud ben je?');
  });

  it('forgets an unfinished flow after it expired and starts afresh', async () => {
    const chat = conversation();
    await flows.zelfscan!(chat);
    chat.later(31 * 24 * HOUR);
    const fresh = await chat.say('hoi');
    expect(texts(fresh)).not.toContain('Welkom terug');
    expect(last(fresh).text).toBe('Hoe oud ben je?');
  });

  it('does not ask after a short pause', async () => {
    const chat = conversation();
    await flows.intake!(chat);
    chat.later(2 * HOUR);
    expect(last(await chat.say('17')).text).toContain('Is dat goed?');
  });
});

describe('a young person with an open case', () => {
  it('comes home to their own coach instead of the intake', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const home = await chat.say('hoi');
    expect(texts(home)).toContain('Petra');
    expect(texts(home)).not.toContain('privacy');
    expect(last(home).choices?.map((c) => c.id)).toEqual(['message_coach', 'appointment', 'menu']);

    expect(last(await chat.say('1')).text).toContain('Wat wil je tegen Petra zeggen?');
    const sent = await chat.say('Ik heb morgen een gesprek op school, kun je mee?');
    expect(last(sent).text).toContain('doorgestuurd naar Petra');
    expect(chat.events).toEqual([{ type: 'youth.message_for_coach', payload: { text: 'Ik heb morgen een gesprek op school, kun je mee?' } }]);
  });

  it('offers making an appointment through a message to the coach until booking exists', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    await chat.say('hoi');
    const appointment = await chat.say('afspraak maken');
    expect(texts(appointment)).toContain('Petra');
    expect(last(appointment).text).toContain('Wat wil je tegen Petra zeggen?');
  });

  it('while the thread with the coach is open, passes free text to the coach; commands still work', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach', threadOpen: true, coachWroteToday: false });
    const forwarded = await chat.say('Ik kan morgen pas na drieën');
    expect(forwarded.map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar Petra. Typ MENU als je iets anders wilt.']);
    expect(chat.events).toEqual([{ type: 'youth.message_for_coach', payload: { text: 'Ik kan morgen pas na drieën' } }]);
    // While the coach is in the conversation (wrote today) the bot stays quiet.
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach', threadOpen: true, coachWroteToday: true });
    expect(await chat.say('oké top')).toEqual([]);
    expect(last(await chat.say('stop')).text).toContain('Wil je stoppen?');
  });

  it('names whoever reads the message: the holder of an open urgent handover, not the new coach', async () => {
    const chat = conversation();
    // Lotte is the vaste contactpersoon; the urgent handover is still with the Sociaal team.
    chat.withCase({ coachFirstName: 'Lotte', coachRole: 'doorstroomcoach', threadOpen: true, reader: { firstName: 'Yusuf', urgentTeam: true } });
    const forwarded = await chat.say('Ik ben nu veilig');
    expect(forwarded.map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar een medewerker van het Jongerenloket. Typ MENU als je iets anders wilt.']);
    // Their own coach holds the urgent handover: named.
    chat.withCase({ coachFirstName: 'Lotte', coachRole: 'doorstroomcoach', threadOpen: true, reader: { firstName: 'Petra', urgentTeam: false } });
    expect((await chat.say('Bel je me?')).map((r) => r.text)).toEqual(['Je bericht is doorgestuurd naar Petra. Typ MENU als je iets anders wilt.']);
  });

  it('shows the coach options in the menu', async () => {
    const chat = conversation();
    chat.withCase({ coachFirstName: 'Petra', coachRole: 'doorstroomcoach' });
    const menu = await chat.say('menu');
    expect(last(menu).choices?.map((c) => c.id)).toEqual(['message_coach', 'appointment', 'person', 'trusted_person', 'language', 'restart', 'stop']);
  });
});
