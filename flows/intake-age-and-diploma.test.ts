import { describe, expect, it } from 'vitest';
import { conversation, finishFlow, last, whatsApp } from './intake-chat.test-support';

describe('age first, then the consent that fits the age', () => {
  it('12: a kind message with where to go instead, no consent asked, nothing sent on', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const reply = await chat.say('ik ben 12');
    expect(reply).toHaveLength(1);
    expect(last(reply).text).toContain('vanaf 15 jaar');
    expect(last(reply).text).toContain('mentor op school');
    expect(last(reply).text).toContain('ouders');
    expect(last(reply).text).toContain('De Kindertelefoon: 0800-0432');
    expect(last(reply).text).not.toContain('Is dat goed?');
    expect(chat.events).toEqual([]);
    // A later message starts again with the age: nothing of the first answer was kept.
    expect(last(await chat.say('hallo')).text).toContain('Hoe oud ben je?');
    expect(chat.events).toEqual([]);
  });

  it('14 is too young as well; 9 is understood as an age, not re-asked', async () => {
    for (const age of ['14', '9']) {
      const chat = conversation();
      await chat.say('hoi');
      expect(last(await chat.say(age)).text).toContain('De Kindertelefoon');
    }
  });

  it('15: the notice says a parent or carer may take part, then asks whether the coach may contact them', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const notice = (await chat.say('15')).map((message) => message.text).join('\n');
    expect(notice).toContain('Je bent 15. Dan helpt de leerplichtambtenaar');
    expect(notice).toContain('ouder of verzorger ook meedoen');
    const parent = last(await chat.say('ja'));
    expect(parent.text).toBe('Mag je coach ook contact opnemen met je ouder of verzorger?');
    expect(parent.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    const next = await chat.say('nee');
    expect(next[0]?.text).toBe('Oké. Je coach praat daar eerst met jou over.');
    expect(last(next).text).toContain('In welke gemeente');
    await chat.say('amstelveen');
    await chat.say('zit nog op school');
    await finishFlow(chat, await chat.say('school'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 15, diploma: 'nog_op_school', hasStartkwalificatie: false, mayContactParent: false });
  });

  it('15 who says yes to the parent question: the outcome says the coach may contact them', async () => {
    const chat = conversation();
    for (const answer of ['hoi', '15', 'ja']) await chat.say(answer);
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    for (const answer of ['aalsmeer', 'vmbo']) await chat.say(answer);
    await finishFlow(chat, await chat.say('school'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 15, mayContactParent: true });
  });

  it('18 and older: no leerplicht in the notice and no parent question', async () => {
    const chat = conversation();
    await chat.say('hoi');
    const consent = last(await chat.say('18'));
    expect(consent.text).not.toMatch(/leerplicht|ouder/);
    expect(last(await chat.say('ja')).text).toContain('In welke gemeente');
    for (const answer of ['amstelveen', 'hbo']) await chat.say(answer);
    await finishFlow(chat, await chat.say('werk'));
    expect(chat.events[0]?.payload).not.toHaveProperty('mayContactParent');
  });
});

describe('the diploma question understands what young people type', () => {
  // [typed, diploma, startkwalificatie]
  it.each([
    ['hbo', 'hbo', true],
    ['HBO!', 'hbo', true],
    ['uni', 'wo', true],
    ['universiteit', 'wo', true],
    ['bachelor', 'hbo', true],
    ['master', 'wo', true],
    ['diploma uit Syrië', 'buitenlands', false],
    ['uit het buitenland', 'buitenlands', false],
    ['weet niet', 'weet_niet', false],
    ['geen idee', 'weet_niet', false],
    ['zit nog op school', 'nog_op_school', false],
    ['havo', 'havo_vwo', true],
    ['mbo 3', 'mbo2plus', true],
    ['entree', 'mbo1', false],
    ['geen diploma', 'geen', false],
    ['vmbo', 'vmbo', false],
  ] as const)('a 24-year-old who types "%s" has %s', async (typed, diploma, startkwalificatie) => {
    const chat = conversation();
    for (const answer of ['hoi', '24', 'ja', 'amstelveen']) await chat.say(answer);
    expect(last(await chat.say(typed)).text).toContain('Wat wil je het liefst?');
    await finishFlow(chat, await chat.say('werk'));
    expect(chat.events[0]?.payload).toMatchObject({ age: 24, diploma, hasStartkwalificatie: startkwalificatie });
  });

  it('offers ten diplomas, each with a title that fits a WhatsApp list', async () => {
    const chat = conversation();
    for (const answer of ['hoi', '24', 'ja']) await chat.say(answer);
    const question = last(await chat.say('amstelveen'));
    expect(question.choices).toHaveLength(10);
    expect(whatsApp(question)).toContain('6. hbo\n7. wo (universiteit)\n8. Diploma uit buitenland\n9. Weet ik niet\n10. Zit nog op school');
  });
});
