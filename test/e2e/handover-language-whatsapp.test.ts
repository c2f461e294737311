import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sayOnWhatsApp, startTestStack, toPhone, type TestStack } from '../support/stack';

/**
 * The young person's language at the moment of the handover, not at the start: a chat begun in
 * Arabic that switches to English during the zelfscan gets its handover message in English, and
 * the coach's summary says the young person chats in English.
 */
describe('the handover in the language the young person chats in', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('after Arabic, then English mid-intake: the handover message is English and the summary says so', async () => {
    const phone = '+31612380001';
    const say = (body: string) => sayOnWhatsApp(t, { phone, body });

    // A first message in Arabic is answered in Arabic; the age comes in Arabic-Indic digits.
    expect((await say('مرحبا أبحث عن عمل')).at(-1)?.body).toContain('كم عمرك؟');
    for (const body of ['٢٠', 'نعم', 'Amstelveen', '1', '1', '2']) await say(body);
    const switched = await say('english');
    expect(switched.map((m) => m.body).join('\n')).toContain('English');
    for (const body of ['4', '3', '2', '3', '2', 'no', 'no', 'evening', 'rather not']) await say(body);

    const told = await eventually(() => t.twilio.messages.filter(toPhone(phone)).find((m) => /Good news!/.test(m.body ?? '')));
    expect(told.body).toMatch(/will be your fixed contact person/);
    expect(t.twilio.messages.filter(toPhone(phone)).some((m) => /Goed nieuws/.test(m.body ?? ''))).toBe(false);

    const list = await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json());
    const [handover] = (list as { handovers: { summary: string }[] }).handovers;
    expect(handover?.summary).toContain('Chat in het Engels.');
  });
});
