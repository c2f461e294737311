import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyTwilioSignature } from '../api/verify-twilio-signature';
import { contentTemplates } from '../drizzle/schema';
import { syncContentTemplates, templateSid, type SyncLog } from '../messages/content-sync';
import { contentTemplates as allTemplates } from '../messages/content-templates';

// The sync tests count resources: one template is enough to show create-once and adopt.
const templates = allTemplates.filter((t) => t.name === 'handover_coach');
import { PermanentSendError, RetryableSendError } from '../messages/send-errors';
import { createTwilioClient } from '../messages/twilio-client';
import { createWhatsAppSender } from '../messages/whatsapp-sender';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startFakeTwilio, type FakeTwilio } from './support/fake-twilio';

const accountSid = `AC${'1'.repeat(32)}`;
const authToken = 'fake-auth-token-0123456789';
const from = 'whatsapp:+3197010000001';
const statusCallbackUrl = 'https://jl.example.nl/twilio/status';
const silent: SyncLog = { info() {}, warn() {} };

let fake: FakeTwilio;

beforeAll(async () => {
  fake = await startFakeTwilio({ accountSid, authToken });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.messages.length = 0;
});

function sender(token = authToken, apiBaseUrl = fake.url) {
  const client = createTwilioClient({ accountSid, authToken: token, apiBaseUrl });
  return createWhatsAppSender({ client, from, statusCallbackUrl });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (error: unknown) => error,
  );
}

describe('WhatsApp sender against the fake Twilio', () => {
  it('sends a text with the whatsapp: prefix and our status callback', async () => {
    const sent = await sender().send({ to: '+31612345678', body: 'Hoi! Fijn dat je er bent.' });
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent.status).toBe('queued');
    const [message] = await fake.waitForMessages(1, 1000);
    expect(message).toMatchObject({
      sid: sent.sid,
      from,
      to: 'whatsapp:+31612345678',
      body: 'Hoi! Fijn dat je er bent.',
      statusCallback: statusCallbackUrl,
    });
  });

  it('deletes the record of a sent message once (204), then answers 404 as Twilio does for an unknown sid', async () => {
    const sent = await sender().send({ to: '+31612345678', body: 'Hoi!' });
    expect(await sender().deleteRecord!(sent.sid)).toBe('deleted');
    expect(fake.deleted).toContain(sent.sid);
    expect(await sender().deleteRecord!(sent.sid)).toBe('gone');
    expect(await sender().deleteRecord!(`SM${'0'.repeat(32)}`)).toBe('gone');
    const fetched = await fetch(`${fake.url}/2010-04-01/Accounts/${accountSid}/Messages/${sent.sid}.json`, {
      headers: { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}` },
    });
    expect(fetched.status).toBe(404);
    expect(await rejection(sender('wrong-token-0123456789').deleteRecord!(sent.sid))).toMatchObject({ status: 401 });
  });

  it('answers 401 to a wrong auth token, which is not worth retrying', async () => {
    const error = await rejection(sender('wrong-token-0123456789').send({ to: '+31612345678', body: 'hoi' }));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ status: 401, code: 20003 });
    expect(fake.messages).toHaveLength(0);
  });

  it('turns 429 with Retry-After and 5xx into RetryableSendError, then sends', async () => {
    fake.failNext({ status: 429, retryAfter: 7 });
    fake.failNext({ status: 503 });
    const s = sender();
    const first = await rejection(s.send({ to: '+31612345678', body: 'hoi' }));
    expect(first).toBeInstanceOf(RetryableSendError);
    expect(first).toMatchObject({ status: 429, code: 20429, retryAfterMs: 7000 });
    const second = await rejection(s.send({ to: '+31612345678', body: 'hoi' }));
    expect(second).toBeInstanceOf(RetryableSendError);
    expect(second).toMatchObject({ status: 503, retryAfterMs: undefined });
    await expect(s.send({ to: '+31612345678', body: 'hoi' })).resolves.toMatchObject({ status: 'queued' });
    expect(fake.messages).toHaveLength(1);
  });

  it('treats an unreachable Twilio as retryable', async () => {
    const closed = await startFakeTwilio({ accountSid, authToken });
    await closed.close();
    const error = await rejection(sender(authToken, closed.url).send({ to: '+31612345678', body: 'hoi' }));
    expect(error).toBeInstanceOf(RetryableSendError);
    expect(error).toMatchObject({ status: undefined });
  });

  it('refuses a body over 1,600 characters for good, and takes one of exactly 1,600', async () => {
    const error = await rejection(sender().send({ to: '+31612345678', body: 'a'.repeat(1601) }));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ status: 400, code: 21617 });
    await expect(sender().send({ to: '+31612345678', body: 'a'.repeat(1600) })).resolves.toMatchObject({ status: 'queued' });
  });

  it('keeps the phone number and text out of the error of an invalid number', async () => {
    const error = await rejection(sender().send({ to: '+0123', body: 'geheim verhaal' }));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ code: 21211 });
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(text).not.toContain('0123');
    expect(text).not.toContain('geheim');
  });
});

describe('content sync against the fake Twilio', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('creates each template once, asks WhatsApp approval once, and sends it by SID', async () => {
    const client = createTwilioClient({ accountSid, authToken, apiBaseUrl: fake.url });
    const input = { client, db: database.db, templates, configuredSids: {}, requestApproval: true, log: silent };

    const first = await syncContentTemplates(input);
    expect(first.handover_coach).toMatch(/^HX[0-9a-f]{32}$/);
    expect(fake.contents).toHaveLength(1);
    expect(fake.contents[0]).toMatchObject({
      sid: first.handover_coach,
      friendlyName: 'jl_handover_coach',
      language: 'nl',
      types: { 'twilio/text': { body: expect.stringContaining('{{3}}') } },
    });
    expect(fake.approvals).toEqual([
      { contentSid: first.handover_coach, name: 'jl_handover_coach', category: 'UTILITY', status: 'received' },
    ]);

    const second = await syncContentTemplates(input);
    expect(second).toEqual(first);
    expect(fake.contents).toHaveLength(1);
    expect(fake.approvals).toHaveLength(1);
    expect(await templateSid(database.db, 'handover_coach')).toBe(first.handover_coach);

    // After a crash between create and record, the resource is found again, not duplicated.
    await database.db.delete(contentTemplates);
    const third = await syncContentTemplates(input);
    expect(third).toEqual(first);
    expect(fake.contents).toHaveLength(1);
    expect(fake.approvals).toHaveLength(1);

    const sid = first.handover_coach!;
    await sender().send({
      to: '+31612345678',
      contentSid: sid,
      contentVariables: { '1': 'Sanne', '2': 'werk, licht', '3': 'https://jl.example.nl/inbox/h/1' },
    });
    const [message] = await fake.waitForMessages(1, 1000);
    expect(message?.contentSid).toBe(sid);
    expect(message?.body).toContain('Beste Sanne,');
    expect(message?.body).toContain('https://jl.example.nl/inbox/h/1');
  });

  it('records a SID from config without creating anything', async () => {
    const configured = `HX${'a'.repeat(32)}`;
    const client = createTwilioClient({ accountSid, authToken, apiBaseUrl: fake.url });
    const before = fake.contents.length;
    const sids = await syncContentTemplates({
      client,
      db: database.db,
      templates,
      configuredSids: { handover_coach: configured },
      requestApproval: true,
      log: silent,
    });
    expect(sids).toEqual({ handover_coach: configured });
    expect(fake.contents).toHaveLength(before);
    expect(await templateSid(database.db, 'handover_coach')).toBe(configured);
  });

  it('pages through the Content list the way twilio-node follows next_page_url', async () => {
    const client = createTwilioClient({ accountSid, authToken, apiBaseUrl: fake.url });
    for (const n of [1, 2]) {
      await client.content.v1.contents.create({
        friendly_name: `extra_${n}`,
        language: 'nl',
        types: { 'twilio/text': { body: `Tekst ${n}` } },
      } as unknown as Parameters<typeof client.content.v1.contents.create>[0]);
    }
    const all = await client.content.v1.contents.list({ pageSize: 2 });
    expect(all.map((c) => c.sid)).toEqual(fake.contents.map((c) => c.sid));
    expect(all.length).toBeGreaterThan(2);
  });
});

describe('webhooks from the fake Twilio', () => {
  const received: { url: string; headers: IncomingMessage['headers']; params: Record<string, string> }[] = [];
  const app = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, params: Object.fromEntries(new URLSearchParams(raw)) });
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end('<Response/>');
    });
  });
  let appUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => app.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
  });

  it('posts a signed status callback to the message StatusCallback', async () => {
    const client = createTwilioClient({ accountSid, authToken, apiBaseUrl: fake.url });
    const s = createWhatsAppSender({ client, from, statusCallbackUrl: `${appUrl}/twilio/status` });
    const sent = await s.send({ to: '+31612345678', body: 'hoi' });
    const result = await fake.sendStatusCallback({ sid: sent.sid, status: 'failed', publicBaseUrl: 'https://jl.example.nl' });
    expect(result).toEqual({ status: 200, body: '<Response/>' });
    const [call] = received;
    expect(call?.url).toBe('/twilio/status');
    expect(call?.params).toMatchObject({
      MessageSid: sent.sid,
      MessageStatus: 'failed',
      AccountSid: accountSid,
      To: 'whatsapp:+31612345678',
      From: from,
      ErrorCode: '63016',
    });
    const signature = call?.headers['x-twilio-signature'] as string;
    const params = call?.params ?? {};
    expect(verifyTwilioSignature({ authToken, url: 'https://jl.example.nl/twilio/status', params, signature })).toBe(true);
    expect(verifyTwilioSignature({ authToken, url: `${appUrl}/twilio/status`, params, signature })).toBe(false);
    expect(fake.messages[0]?.status).toBe('failed');
  });

  it('posts a signed inbound WhatsApp message with a button reply', async () => {
    const result = await fake.sendInbound({
      webhookUrl: `${appUrl}/twilio/whatsapp`,
      from: '+31612345678',
      body: 'Ja',
      buttonPayload: 'consent_yes',
      profileName: 'Sam',
    });
    expect(result.status).toBe(200);
    const [call] = received;
    expect(call?.params).toMatchObject({
      From: 'whatsapp:+31612345678',
      WaId: '31612345678',
      Body: 'Ja',
      NumMedia: '0',
      ProfileName: 'Sam',
      ButtonPayload: 'consent_yes',
      ButtonText: 'Ja',
      AccountSid: accountSid,
    });
    expect(call?.params.MessageSid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(call?.params.SmsMessageSid).toBe(call?.params.MessageSid);
    const signature = call?.headers['x-twilio-signature'] as string;
    expect(verifyTwilioSignature({ authToken, url: `${appUrl}/twilio/whatsapp`, params: call?.params ?? {}, signature })).toBe(true);
    expect(
      verifyTwilioSignature({ authToken, url: `${appUrl}/twilio/whatsapp`, params: { ...call?.params, Body: 'Nee' }, signature }),
    ).toBe(false);
  });
});
