import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from './support/fake-twilio';
import { eventually, PUBLIC_BASE_URL, startTestStack, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type TestStack } from './support/stack';
import { ensureInteractiveContent } from '../messages/interactive-content';
import { createTwilioClient } from '../messages/twilio-client';

/**
 * Choices on WhatsApp as buttons and lists (DESIGN.md rule 6), through the whole product: the bot
 * asks, the send job turns the question into a Twilio Content quick-reply or list-picker, the
 * young person taps, and the tap's id is understood.
 */
describe('interactive choices on WhatsApp', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = (phone: string) => (m: FakeMessage) => m.to === `whatsapp:${phone}`;
  const interactiveResources = () => t.twilio.contents.filter((c) => c.friendlyName.startsWith('jl_ix_'));

  /** Sends a message (or a tap) as the young person; resolves with the bot's answer once it is quiet. */
  async function send(phone: string, input: { body: string; buttonPayload?: string; listId?: string }): Promise<FakeMessage[]> {
    const before = t.twilio.messages.filter(to(phone)).length;
    const res = await t.twilio.sendInbound({ webhookUrl: `${t.baseUrl}/twilio/whatsapp`, from: phone, publicBaseUrl: PUBLIC_BASE_URL, ...input });
    expect(res.status).toBe(200);
    let seen = before;
    let quietSince = Date.now();
    return eventually(() => {
      const all = t.twilio.messages.filter(to(phone));
      if (all.length !== seen) {
        seen = all.length;
        quietSince = Date.now();
      }
      return all.length > before && Date.now() - quietSince > 300 && all.slice(before);
    });
  }
  const question = (messages: FakeMessage[], pattern: RegExp) => messages.find((m) => pattern.test(m.body ?? ''));

  it('sends the question as numbered text when the Content API fails, and a typed number still works', async () => {
    const phone = '+31612360001';
    await send(phone, { body: 'Hoi' });
    t.twilio.failContentNext({ status: 503 });
    const consent = question(await send(phone, { body: '20' }), /Is dat goed\?/);
    expect(consent?.contentSid).toBeUndefined();
    expect(consent?.interactive).toBeUndefined();
    expect(consent?.body).toMatch(/Is dat goed\?\n\n1\. Ja\n2\. Nee$/);
    expect(interactiveResources()).toHaveLength(0);
    expect((await send(phone, { body: '1' })).at(-1)?.body).toMatch(/In welke gemeente/);
  });

  let consentSid: string | undefined;

  it('asks for consent with two buttons, Ja and Nee, and understands a tap on Ja', async () => {
    const phone = '+31612360002';
    await send(phone, { body: 'Hoi' });
    const consent = question(await send(phone, { body: '19' }), /Is dat goed\?/);
    expect(consent?.contentSid).toMatch(/^HX/);
    expect(consent?.params.Body).toBeUndefined();
    expect(consent?.interactive).toMatchObject({
      type: 'twilio/quick-reply',
      choices: [
        { id: 'yes', title: 'Ja' },
        { id: 'no', title: 'Nee' },
      ],
    });
    expect(consent?.interactive?.body).toMatch(/privacy/);
    // The twilio/text fallback, for where buttons cannot be shown: the choices numbered.
    expect(consent?.body).toMatch(/Is dat goed\?\n\n1\. Ja\n2\. Nee$/);
    consentSid = consent?.contentSid;

    // A title the text matcher does not know, so only the button's id can be understood.
    const answer = await send(phone, { body: '✅', buttonPayload: 'yes' });
    expect(answer.at(-1)?.body).toMatch(/In welke gemeente/);
  });

  it('shows the ten diplomas as a list and understands a picked item', async () => {
    const phone = '+31612360002';
    const diploma = question(await send(phone, { body: 'Amstelveen' }), /diploma/);
    expect(diploma?.contentSid).toMatch(/^HX/);
    expect(diploma?.interactive?.type).toBe('twilio/list-picker');
    expect(diploma?.interactive?.button).toBe('Kies een antwoord');
    expect(diploma?.interactive?.choices.map((c) => c.id)).toEqual(['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo', 'hbo', 'wo', 'buitenlands', 'weet_niet', 'nog_op_school']);
    expect(diploma?.interactive?.choices[4]?.title).toBe('havo of vwo');
    expect(diploma?.body).toMatch(/\n1\. Geen diploma\n2\. vmbo\n/);

    const answer = await send(phone, { body: '✅', listId: 'havo_vwo' });
    expect(answer.at(-1)?.body).toMatch(/liefst/);
    const rows = await t.db.sql`select payload from inbound_messages order by id desc limit 1`;
    expect(rows[0]?.payload).toBe('havo_vwo');
  });

  it('sends the numbered text when Twilio refuses the interactive message itself', async () => {
    const phone = '+31612360004';
    await send(phone, { body: 'Hoi' });
    await send(phone, { body: '19' });
    t.twilio.failNext({ status: 400, code: 21655 });
    const municipality = question(await send(phone, { body: 'Ja', buttonPayload: 'yes' }), /gemeente/);
    expect(municipality?.contentSid).toBeUndefined();
    expect(municipality?.body).toMatch(/\n1\. Amstelveen\n2\. Aalsmeer\n3\. /);
    const [row] = await t.db.sql`select status from outbound_messages where provider_sid = ${municipality!.sid}`;
    expect(row?.status).toBe('sent');
  });

  it('reuses the Content resource when the same question is asked of another young person', async () => {
    const created = interactiveResources().length;
    await send('+31612360003', { body: 'Hoi' });
    const consent = question(await send('+31612360003', { body: '19' }), /Is dat goed\?/);
    expect(consent?.contentSid).toBe(consentSid);
    expect(interactiveResources()).toHaveLength(created);
  });

  it('creates one resource when several sends of a new question race', async () => {
    const client = createTwilioClient({ accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN, apiBaseUrl: t.twilio.url });
    const before = interactiveResources().length;
    const question = {
      client,
      db: t.stack.database.db,
      body: 'Hoe gaat het vandaag?',
      choices: [
        { id: 'goed', title: 'Goed' },
        { id: 'matig', title: 'Gaat wel' },
        { id: 'slecht', title: 'Niet goed' },
      ],
      listButton: 'Kies een antwoord',
      language: 'nl',
    };
    t.twilio.setContentLatency(50);
    const sids = await Promise.all(Array.from({ length: 5 }, () => ensureInteractiveContent(question))).finally(() => t.twilio.setContentLatency(0));
    expect(new Set(sids).size).toBe(1);
    expect(interactiveResources()).toHaveLength(before + 1);

    // Recorded on Twilio but not here (a crash between create and record): another process, which
    // has nothing in memory, adopts it and does not create it again.
    await t.db.sql`delete from content_templates where content_sid = ${sids[0]!}`;
    expect(await ensureInteractiveContent({ ...question, db: t.db.db })).toBe(sids[0]);
    expect(interactiveResources()).toHaveLength(before + 1);
  });
});
