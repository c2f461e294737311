import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_BASE_URL, startTestStack, TEST_AUTH_TOKEN, type TestStack } from '../support/stack';

/**
 * 1,000 malformed or hostile requests at the Twilio webhooks: every one gets a 4xx, the process
 * neither crashes nor leaves a rejection unhandled, and nothing is stored.
 */
describe('1,000 malformed or hostile requests', () => {
  let t: TestStack;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    t = await startTestStack();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await t?.close();
  });

  const sign = (path: string, params: Record<string, string>) => twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${PUBLIC_BASE_URL}${path}`, params);
  const form = 'application/x-www-form-urlencoded';
  const sid = () => `SM${randomBytes(16).toString('hex')}`;
  const valid = () => ({ MessageSid: sid(), From: 'whatsapp:+31612399999', Body: 'Hoi', AccountSid: 'AC1', To: 'whatsapp:+14155238886' });
  const signedForm = (path: string, params: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': form, 'x-twilio-signature': sign(path, params) },
    body: new URLSearchParams(params).toString(),
  });
  const without = (params: Record<string, string>, key: string) => Object.fromEntries(Object.entries(params).filter(([k]) => k !== key));

  /** Each kind makes one request; the list is cycled to 1,000. */
  const kinds: { name: string; path: string; init: () => RequestInit }[] = [
    { name: 'huge body', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form }, body: `Body=${'a'.repeat(200_000)}` }) },
    { name: 'huge signed body', path: '/twilio/whatsapp', init: () => signedForm('/twilio/whatsapp', { ...valid(), Body: 'x'.repeat(70_000) }) },
    { name: 'binary', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: randomBytes(2048) }) },
    { name: 'binary as form', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': 'abc' }, body: randomBytes(2048) }) },
    { name: 'latin-1 form', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': `${form}; charset=iso-8859-1`, 'x-twilio-signature': 'x' }, body: Buffer.from('Body=caf\xe9&From=whatsapp%3A%2B31612399999', 'latin1') }) },
    { name: 'broken percent-encoding', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': 'x' }, body: 'Body=%E0%A4%A&From=%ZZ' }) },
    { name: 'missing MessageSid (signed)', path: '/twilio/whatsapp', init: () => signedForm('/twilio/whatsapp', without(valid(), 'MessageSid')) },
    { name: 'missing From (signed)', path: '/twilio/whatsapp', init: () => signedForm('/twilio/whatsapp', without(valid(), 'From')) },
    { name: 'script as sender (signed)', path: '/twilio/whatsapp', init: () => signedForm('/twilio/whatsapp', { ...valid(), From: 'whatsapp:<script>alert(1)</script>' }) },
    { name: 'script in text, bad signature', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': sign('/twilio/whatsapp', valid()) }, body: new URLSearchParams({ ...valid(), Body: '<script>alert(1)</script>' }).toString() }) },
    { name: 'SQL in text, no signature', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form }, body: new URLSearchParams({ ...valid(), Body: "'); drop table inbound_messages; --" }).toString() }) },
    { name: 'JSON instead of form', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-twilio-signature': 'x' }, body: JSON.stringify(valid()) }) },
    { name: 'malformed JSON', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"MessageSid": ' }) },
    { name: 'text/plain', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }) },
    { name: 'no content type', path: '/twilio/whatsapp', init: () => ({ method: 'POST', body: new Uint8Array([1, 2, 3]) }) },
    { name: 'signed for another URL', path: '/twilio/whatsapp', init: () => { const p = valid(); return { method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': sign('/other', p) }, body: new URLSearchParams(p).toString() }; } },
    { name: 'signed with another token', path: '/twilio/whatsapp', init: () => { const p = valid(); return { method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': twilio.getExpectedTwilioSignature('wrong-token', `${PUBLIC_BASE_URL}/twilio/whatsapp`, p) }, body: new URLSearchParams(p).toString() }; } },
    { name: 'repeated keys, bad signature', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': 'x' }, body: 'From=a&From=b&Body=1&Body=2&MessageSid=SM1' }) },
    { name: 'prototype pollution', path: '/twilio/whatsapp', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': 'x' }, body: '__proto__[admin]=1&constructor[prototype][x]=1' }) },
    { name: 'overlong Body (signed)', path: '/twilio/whatsapp', init: () => signedForm('/twilio/whatsapp', { ...valid(), Body: 'x'.repeat(5000) }) },
    { name: 'bad status callback (signed)', path: '/twilio/status', init: () => signedForm('/twilio/status', { MessageSid: 'nope', MessageStatus: '' }) },
    { name: 'status callback, bad signature', path: '/twilio/status', init: () => ({ method: 'POST', headers: { 'content-type': form, 'x-twilio-signature': 'x' }, body: `MessageSid=${sid()}&MessageStatus=delivered` }) },
  ];

  it('answers each with a 4xx, stores nothing and stays up', async () => {
    const statuses = new Map<string, Set<number | string>>();
    const bad: string[] = [];
    let next = 0;
    const runOne = async () => {
      for (;;) {
        const i = next++;
        if (i >= 1000) return;
        const kind = kinds[i % kinds.length]!;
        let status: number | string;
        try {
          const response = await fetch(`${t.baseUrl}${kind.path}`, kind.init());
          status = response.status;
          await response.arrayBuffer();
        } catch (error) {
          // The server may cut a body it refused before the client finished sending it.
          status = error instanceof Error ? `${error.name}: ${String((error.cause as Error | undefined)?.message ?? error.message)}` : 'error';
        }
        const seen = statuses.get(kind.name) ?? new Set();
        seen.add(status);
        statuses.set(kind.name, seen);
        if (typeof status !== 'number' || status < 400 || status >= 500) bad.push(`${kind.name}: ${status}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, runOne));

    expect([...new Set(bad)]).toEqual([]);
    expect(unhandled).toEqual([]);
    const [stored] = await t.db.sql<{ inbound: number; conversations: number }[]>`
      select (select count(*)::int from inbound_messages) as inbound, (select count(*)::int from conversations) as conversations`;
    expect(stored).toEqual({ inbound: 0, conversations: 0 });
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    // And a genuine message still goes through.
    const ok = await fetch(`${t.baseUrl}/twilio/whatsapp`, signedForm('/twilio/whatsapp', valid()));
    expect(ok.status).toBe(200);
    console.log(`[fault] 1,000 hostile requests: ${[...statuses].map(([k, v]) => `${k} → ${[...v].join('/')}`).join('; ')}`);
  }, 90_000);
});
