import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotChannelData, Choice, DomainEventDraft } from '../bot/bot-message';
import { setCaseContext, type CaseContext } from '../bot/case-context';
import { turnEffects } from '../bot/turn-effects';
import { createI18n } from '../locales/index';
import { FrontDoorBot } from './front-door-bot';
import { setNazorgPending } from './nazorg-dialog';

interface Reply {
  text: string;
  choices?: Choice[] | undefined;
}

const i18n = createI18n();

/** The front door over TestAdapter with the rating after the intake on, as the worker runs it. */
function conversation(openCase?: CaseContext, options: { nazorgPending?: boolean } = {}) {
  const bot = new FrontDoorBot({ conversationState: new ConversationState(new MemoryStorage()), i18n, settings: { feedbackAfterIntake: true } });
  const events: DomainEventDraft[] = [];
  const adapter = new TestAdapter(async (context) => {
    setCaseContext(context, openCase);
    setNazorgPending(context, options.nazorgPending === true);
    await bot.run(context);
    events.push(...turnEffects(context).events);
  });
  async function send(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.processActivity({ type: 'message', ...activity });
    return adapter.activeQueue.splice(0).map((r) => ({ text: r.text ?? '', choices: (r.channelData as BotChannelData | undefined)?.choices }));
  }
  return {
    events,
    say: (text: string) => send({ text }),
    press: (id: string, title = id) => send({ text: title, value: { choice: id } }),
  };
}

const last = (replies: Reply[]) => replies.at(-1) ?? { text: '' };

/** A referral (28, so no zelfscan) is the shortest complete intake. */
async function finishIntake(chat: ReturnType<typeof conversation>): Promise<Reply[]> {
  for (const answer of ['hoi', '28', 'ja', 'amstelveen']) await chat.say(answer);
  return chat.say('aan het werk');
}

describe('feedback after the intake', () => {
  it('asks a one-tap rating after the referral, then an optional tip, and records both', async () => {
    const chat = conversation();
    const done = await finishIntake(chat);
    expect(done.map((r) => r.text).join('\n')).toContain('Je bent 27 jaar of ouder. Dan helpt het Werkcentrum je verder');
    expect(last(done).text).toContain('Hoe vond je dit gesprek?');
    expect(last(done).choices?.map((c) => c.id)).toEqual(['great', 'good', 'okay', 'bad']);

    const tip = await chat.say('🙂');
    expect(last(tip).text).toContain('Heb je een tip');
    expect(last(await chat.say('ja'))).toMatchObject({ text: 'Typ je tip. We zetten je naam er niet bij.' });
    const thanks = await chat.say('Minder vragen graag');
    expect(last(thanks).text).toBe('Dank je wel! Wij lezen alle tips.');
    expect(chat.events.filter((e) => e.type === 'feedback.given')).toEqual([
      { type: 'feedback.given', payload: { source: 'intake', rating: 'good', text: 'Minder vragen graag' } },
    ]);
  });

  it('a message that is no rating passes it by: nothing recorded, the message is answered as usual', async () => {
    const chat = conversation();
    await finishIntake(chat);
    const replies = await chat.say('oké, bedankt');
    expect(texts(replies)).toContain('Wat wil je doen?');
    expect(chat.events.some((e) => e.type === 'feedback.given')).toBe(false);
  });

  it('a danger message while the rating is open gets the emergency message, and no rating after it', async () => {
    const chat = conversation();
    await finishIntake(chat);
    const alarm = await chat.say('ik wil dood');
    expect(alarm).toHaveLength(1);
    expect(alarm[0]?.text).toContain('0800-0113');
    expect(chat.events.filter((e) => e.type === 'handover.requested')).toEqual([
      { type: 'handover.requested', payload: expect.objectContaining({ reason: 'safety', category: 'suicide', text: 'ik wil dood' }) },
    ]);
  });

  it('a rating without a tip is stored when the young person says no', async () => {
    const chat = conversation();
    await finishIntake(chat);
    await chat.press('bad', '🙁 Niet goed');
    await chat.say('nee');
    expect(chat.events.filter((e) => e.type === 'feedback.given')).toEqual([{ type: 'feedback.given', payload: { source: 'intake', rating: 'bad' } }]);
  });
});

const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

describe('nazorg check-in answers', () => {
  const coach: CaseContext = { coachFirstName: 'Sanne', coachRole: 'jongerencoach_werk' };

  it('"Gaat goed" is recorded and followed by the rating', async () => {
    const chat = conversation(coach);
    const replies = await chat.press('nazorg_good', 'Gaat goed');
    expect(texts(replies)).toContain('Fijn om te horen!');
    expect(last(replies).text).toContain('Hoe vind je de hulp van het Jongerenloket?');
    await chat.say('😀');
    await chat.say('nee');
    expect(chat.events).toEqual([
      { type: 'nazorg.answered', payload: { answer: 'good' } },
      { type: 'feedback.given', payload: { source: 'nazorg', rating: 'great' } },
    ]);
  });

  it('a typed answer counts while a check-in is open: "kan beter", "I want help"', async () => {
    const chat = conversation(coach, { nazorgPending: true });
    expect(texts(await chat.say('Kan beter!'))).toContain('Dank je dat je het eerlijk zegt.');
    const english = conversation(coach, { nazorgPending: true });
    await english.say('english');
    expect(texts(await english.say('I want help'))).toContain('I will pass it on right away.');
    expect([...chat.events, ...english.events].filter((e) => e.type === 'nazorg.answered')).toEqual([
      { type: 'nazorg.answered', payload: { answer: 'better' } },
      { type: 'nazorg.answered', payload: { answer: 'help' } },
    ]);
  });

  it('without an open check-in "gaat goed" is just a message, not a check-in answer', async () => {
    const chat = conversation(coach);
    await chat.say('gaat goed');
    expect(chat.events.some((e) => e.type === 'nazorg.answered')).toBe(false);
  });

  it('"Ik wil hulp" is recorded and nobody is asked to rate anything', async () => {
    const chat = conversation(coach);
    const replies = await chat.press('nazorg_help', 'Ik wil hulp');
    expect(texts(replies)).toContain('Ik geef het meteen door.');
    expect(texts(replies)).not.toContain('Hoe vind je');
    expect(chat.events).toEqual([{ type: 'nazorg.answered', payload: { answer: 'help' } }]);
  });
});

describe('trusted person', () => {
  it('is named from the menu: name, relation, how to reach them, and whether the coach may contact them', async () => {
    const chat = conversation({ coachFirstName: 'Sanne', coachRole: 'doorstroomcoach' });
    await chat.say('menu');
    const intro = await chat.press('trusted_person', 'Iemand die mij helpt');
    expect(texts(intro)).toContain('Je coach kan iemand erbij halen die je helpt.');
    expect(last(intro).text).toBe('Hoe heet die persoon?');
    expect(last(await chat.say('Fatima'))).toMatchObject({ text: 'Wie is deze persoon voor jou?' });
    await chat.say('ouder');
    expect(last(await chat.say('morgen misschien')).text).toContain('Dat snap ik niet');
    await chat.say('06 1234 5678');
    const saved = await chat.say('ja');
    expect(last(saved).text).toContain('Ik heb Fatima bewaard');
    const named = chat.events.filter((e) => e.type === 'trusted_person.named');
    expect(named).toHaveLength(1);
    expect(named[0]?.payload.mayContact).toBe(true);
    // The details travel only as `text`, which the turn runner encrypts (worker/process-turn.ts).
    expect(Object.keys(named[0]?.payload ?? {}).sort()).toEqual(['mayContact', 'text']);
    expect(JSON.parse(String(named[0]?.payload.text))).toEqual({ name: 'Fatima', relation: 'parent', reach: '06 1234 5678' });
  });
});
