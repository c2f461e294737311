import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sayOnWhatsApp, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';

/**
 * Age first, then the consent that fits the age (issue 14), over the signed WhatsApp webhook: a
 * 12-year-old gets a kind message and nothing of them is kept; a 15-year-old is asked whether the
 * coach may contact a parent; a 24-year-old who types "hbo" is understood.
 */
describe('age and consent over WhatsApp', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const say = async (phone: string, body: string) => (await sayOnWhatsApp(t, { phone, body })).map((m) => m.body ?? '');
  const handoverSummaries = async () => {
    const res = await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    return ((await res.json()) as { handovers: { summary: string }[] }).handovers.map((h) => h.summary);
  };

  it('a 12-year-old: a kind message with the Kindertelefoon, no consent asked, no case, no youth, no event', async () => {
    const phone = '+31612390012';
    expect((await say(phone, 'hoi')).at(-1)).toMatch(/Hoe oud ben je/);
    const reply = (await say(phone, '12')).join('\n');
    expect(reply).toContain('De Kindertelefoon: 0800-0432');
    expect(reply).toContain('mentor op school');
    expect(reply).not.toContain('Is dat goed?');
    // Give the worker time to process anything it might have been given.
    await new Promise((r) => setTimeout(r, 500));
    const [kept] = await t.db.sql`select
      (select count(*)::int from youths) as youths,
      (select count(*)::int from cases) as cases,
      (select count(*)::int from domain_events) as events,
      (select count(*)::int from handovers) as handovers`;
    expect(kept).toEqual({ youths: 0, cases: 0, events: 0, handovers: 0 });
    expect(await handoverSummaries()).toEqual([]);
    // Writing again starts again with the age: nothing of the first answer was remembered.
    expect((await say(phone, 'hallo')).at(-1)).toMatch(/Hoe oud ben je/);
  });

  it('a 15-year-old: the leerplicht notice, the parent question, and the answer in the coach’s summary', async () => {
    const phone = '+31612390015';
    await say(phone, 'hoi');
    const notice = (await say(phone, '15')).join('\n');
    expect(notice).toContain('Je bent 15. Dan helpt de leerplichtambtenaar');
    expect(notice).toContain('ouder of verzorger');
    expect((await say(phone, 'ja')).at(-1)).toMatch(/Mag je coach ook contact opnemen met je ouder of verzorger\?/);
    const next = (await say(phone, 'nee')).join('\n');
    expect(next).toContain('Je coach praat daar eerst met jou over.');
    expect(next).toContain('In welke gemeente');
    for (const body of ['Amstelveen', 'zit nog op school', 'naar school', ...zelfscanAnswers]) await say(phone, body);
    const summary = await eventually(async () => (await handoverSummaries()).find((s) => s.includes('15 jaar')));
    expect(summary).toContain('Jonger dan 16: wil niet dat je een ouder of verzorger belt.');
    expect(summary).toContain('Hoogste diploma: zit nog op school.');
    expect(summary).toContain('Route: leerplicht');
  });

  it('a 24-year-old who types "hbo": understood, a startkwalificatie, on to what they want', async () => {
    const phone = '+31612390024';
    await say(phone, 'hoi');
    expect((await say(phone, '24')).join('\n')).not.toContain('leerplicht');
    await say(phone, 'ja');
    await say(phone, 'Amstelveen');
    expect((await say(phone, 'hbo')).at(-1)).toMatch(/Wat wil je het liefst\?/);
    for (const body of ['aan het werk', 'opstapbaan', ...zelfscanAnswers]) await say(phone, body);
    const summary = await eventually(async () => (await handoverSummaries()).find((s) => s.includes('24 jaar')));
    expect(summary).toContain('Hoogste diploma: hbo.');
    expect(summary).toContain('Heeft een startkwalificatie.');
    expect(summary).toContain('Route: werk');
  });
});
