import { describe, expect, it } from 'vitest';
import { conversation, last, type Reply } from './intake-chat.test-support';

const NAME_QUESTION = 'Hoe mag je coach je noemen? Je voornaam of een naam die je zelf kiest.';

/** An intake up to the name question: 20, Amstelveen, havo, school, the zelfscan skipped. */
async function atNameQuestion(): Promise<{ chat: ReturnType<typeof conversation>; question: Reply }> {
  const chat = conversation();
  await chat.say('hoi');
  await chat.say('20');
  await chat.say('ja');
  await chat.say('amstelveen');
  await chat.say('havo');
  let replies = await chat.say('school');
  for (let i = 0; i < 20 && last(replies).text !== NAME_QUESTION; i += 1) {
    const choice = last(replies).choices?.at(-1);
    if (!choice) throw new Error(`No choice to tap after: ${last(replies).text}`);
    replies = await chat.press(choice.title, choice.id);
  }
  expect(last(replies).text).toBe(NAME_QUESTION);
  return { chat, question: last(replies) };
}

const completed = (chat: ReturnType<typeof conversation>) => chat.events.find((e) => e.type === 'intake.completed');
const nameOf = (chat: ReturnType<typeof conversation>) => (completed(chat)?.payload as { name?: string } | undefined)?.name;

describe('the name the coach may use, asked last before the handover', () => {
  it('is asked with a "Liever niet" button, and the name given goes with the outcome', async () => {
    const { chat, question } = await atNameQuestion();
    expect(question.choices).toEqual([{ id: 'rather_not', title: 'Liever niet' }]);
    expect(completed(chat)).toBeUndefined();
    const done = await chat.say('ik heet Samira');
    expect(last(done).text).toContain('Ik zoek nu uit wie je kan helpen');
    expect(nameOf(chat)).toBe('Samira');
  });

  it('"Liever niet" (tapped or typed) goes on without a name', async () => {
    const tapped = await atNameQuestion();
    await tapped.chat.press('Liever niet', 'rather_not');
    expect(completed(tapped.chat)).toBeDefined();
    expect(nameOf(tapped.chat)).toBeUndefined();

    const typed = await atNameQuestion();
    await typed.chat.say('nee');
    expect(completed(typed.chat)).toBeDefined();
    expect(nameOf(typed.chat)).toBeUndefined();
  });

  it('takes a name that looks like "Liever niet" as a name', async () => {
    const { chat } = await atNameQuestion();
    await chat.say('Lieve');
    expect(nameOf(chat)).toBe('Lieve');
  });

  it('asks once more after an answer that is no name, then goes on without one', async () => {
    const { chat } = await atNameQuestion();
    const retry = await chat.say('https://example.com');
    expect(last(retry).text).toContain('Dat lijkt geen naam');
    expect(completed(chat)).toBeUndefined();
    const second = await chat.say('12345');
    expect(last(second).text).toContain('Ik zoek nu uit wie je kan helpen');
    expect(second.map((r) => r.text).join(' ')).not.toContain('coach van het Jongerenloket kan je ook helpen');
    expect(completed(chat)).toBeDefined();
    expect(nameOf(chat)).toBeUndefined();
  });

  it('a danger signal as the answer gets help first, and the name question comes again', async () => {
    const { chat, question } = await atNameQuestion();
    const alarm = await chat.say('ik wil niet meer leven');
    expect(alarm[0]?.text).toContain('112');
    expect(chat.events.map((e) => e.type)).toEqual(['handover.requested']);
    expect(last(alarm)).toEqual(question);
    await chat.say('Noor');
    expect(nameOf(chat)).toBe('Noor');
  });
});
