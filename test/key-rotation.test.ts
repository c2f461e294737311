import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector, dataKeyId } from '../cases/privacy/data-protector';
import { encryptedColumns } from '../cases/privacy/encrypted-columns';
import { rotateKeys } from '../cases/privacy/rotate-keys';
import { pino } from 'pino';
import { createChatSessions } from '../api/chat-session';
import { createWebChatGateway } from '../messages/web-chat-gateway';
import { createTestDatabase, type TestDatabase } from './support/database';
import { newChatSession } from './support/web-chat';
import { eventually, sayOnWhatsApp, shownText, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';

/**
 * Changing DATA_KEY while young people keep writing: the old key becomes a previous key, the product
 * restarts, `npm run keys:rotate` re-encrypts in the background, and after that the old key can go.
 * Nobody loses their conversation, case or coach on the way.
 */
describe('rotating the data key', () => {
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);
  const intake = ['Hoi', '20', 'ja', 'Aalsmeer', 'geen diploma', 'aan het werk', 'opstapbaan', ...zelfscanAnswers];
  const early = '+31612370001';
  const late = '+31612370002';
  const during = '+31612370003';
  let db: TestDatabase;
  let t: TestStack | undefined;

  const start = (env: Record<string, string>) => startTestStack({ db, env: { ...env } });
  const stop = async () => {
    await t?.close();
    t = undefined;
  };
  /** The young person's conversation, youth record and cases, found by what is stored (not by key). */
  const recordOf = async (stack: TestStack, phone: string) => {
    const rows = await stack.stack.database.sql<{ id: string; addressEnc: string }[]>`select id, address_enc as "addressEnc" from conversations where channel = 'whatsapp'`;
    const mine = rows.filter((row) => stack.stack.protector.decrypt(row.addressEnc) === phone);
    const cases = await stack.stack.database.sql<{ id: string }[]>`
      select c.id from cases c join youths y on y.id = c.youth_id where y.conversation_id in ${stack.stack.database.sql(mine.map((m) => m.id))}`;
    return { conversations: mine.map((m) => m.id), cases: cases.map((c) => c.id) };
  };
  const ciphertextKeyIds = async (stack: TestStack) => {
    const ids = new Map<string, number>();
    for (const c of encryptedColumns) {
      const value = c.jsonField ? sql`${sql.identifier(c.column)}->>${c.jsonField}` : sql.identifier(c.column);
      const rows = (await stack.stack.database.db.execute(sql`
        select split_part(${value}, '.', 2) as kid, count(*)::int as n from ${sql.identifier(c.table)} where ${value} is not null group by 1`)) as unknown as { kid: string; n: number }[];
      for (const row of rows) ids.set(row.kid, (ids.get(row.kid) ?? 0) + row.n);
    }
    return ids;
  };

  /** What the web chat shows of the session (the bot's messages), as the page reads it after a reconnect. */
  const webChatShows = (stack: TestStack, token: string) => {
    const id = createChatSessions(stack.stack.protector).read(token);
    if (!id) throw new Error('the session is not valid');
    const gateway = createWebChatGateway({ database: stack.stack.database, protector: stack.stack.protector, logger: pino({ level: 'silent' }), enqueueTurn: async () => {} });
    return gateway.messagesAfter(id, 0);
  };
  const writeOnWebChat = (stack: TestStack, token: string, text: string) =>
    fetch(`${stack.baseUrl}/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: token, text }) });

  beforeAll(async () => {
    db = await createTestDatabase({ max: 2 });
  });
  afterAll(async () => {
    await stop();
    await db?.drop();
  });

  it('keeps every young person with their conversation and case, and leaves nothing under the old key', async () => {
    // Under key A: two young people finish their intake and are handed over.
    t = await start({ DATA_KEY: keyA.toString('base64') });
    for (const phone of [early, late]) {
      for (const body of intake) await sayOnWhatsApp(t, { phone, body });
    }
    // The case store opens the case after the last turn, from its events: wait for it.
    const handedOver = async (stack: TestStack, phone: string) => eventually(async () => {
      const record = await recordOf(stack, phone);
      return record.cases.length > 0 && record;
    }, 60_000);
    const before = { early: await handedOver(t, early), late: await handedOver(t, late) };
    const session = await newChatSession(t.baseUrl);
    expect((await writeOnWebChat(t, session, 'Hoi')).status).toBe(202);
    const shownBefore = (await eventually(async () => (await webChatShows(t!, session)).length > 0 && webChatShows(t!, session))).length;
    expect(before.early.cases).toHaveLength(1);
    expect(before.late.cases).toHaveLength(1);
    expect([...(await ciphertextKeyIds(t)).keys()]).toEqual([dataKeyId(keyA)]);
    await stop();

    // Key B is current, A a previous key; the product restarts.
    t = await start({ DATA_KEY: keyB.toString('hex'), DATA_KEYS_PREVIOUS: keyA.toString('base64') });
    const stack = t;
    // Before any rotation, the one who writes first is still recognised: same conversation, same case.
    const welcomeBack = await sayOnWhatsApp(stack, { phone: early, body: 'Hoi' });
    expect(welcomeBack.map(shownText).join('\n')).not.toMatch(/Hoe oud ben je/);
    expect(await recordOf(stack, early)).toEqual(before.early);
    // The web chat too: the page, reconnecting, still shows the conversation, and the session still writes to it.
    expect((await webChatShows(stack, session)).length).toBe(shownBefore);
    expect((await writeOnWebChat(stack, session, '20')).status).toBe(202);
    await eventually(async () => (await webChatShows(stack, session)).length > shownBefore);
    expect(await stack.stack.database.sql`select id from conversations where channel = 'web'`).toHaveLength(1);

    // keys:rotate runs in small batches while a new young person goes through the intake.
    const turns = (async () => {
      for (const body of intake) await sayOnWhatsApp(stack, { phone: during, body });
    })();
    const batches: number[] = [];
    const rotation = rotateKeys({ db: stack.stack.database.db, protector: stack.stack.protector, batchSize: 5, onBatch: (b) => batches.push(b.reencrypted) });
    const [results] = await Promise.all([rotation, turns]);
    expect(batches.length).toBeGreaterThan(5);
    expect(results.reduce((sum, r) => sum + r.reencrypted, 0)).toBeGreaterThan(50);
    // Whatever a turn held during a batch was done in a later pass: nothing unreadable, nothing left.
    expect(results.filter((r) => r.unreadable > 0 || r.left > 0)).toEqual([]);
    expect([...(await ciphertextKeyIds(stack)).keys()]).toEqual([dataKeyId(keyB)]);
    // Run again: nothing to do.
    const again = await rotateKeys({ db: stack.stack.database.db, protector: stack.stack.protector });
    expect(again.reduce((sum, r) => sum + r.reencrypted, 0)).toBe(0);

    // The one who writes after the rotation is recognised too, and the one who wrote during it got their case.
    expect((await sayOnWhatsApp(stack, { phone: late, body: 'Hoi' })).map(shownText).join('\n')).not.toMatch(/Hoe oud ben je/);
    expect(await recordOf(stack, late)).toEqual(before.late);
    expect((await handedOver(stack, during)).cases).toHaveLength(1);
    await stop();

    // Key A removed: everything still reads, and everyone is still who they were.
    t = await start({ DATA_KEY: keyB.toString('base64') });
    const onlyB = createDataProtector(keyB);
    for (const c of encryptedColumns) {
      const value = c.jsonField ? sql`${sql.identifier(c.column)}->>${c.jsonField}` : sql.identifier(c.column);
      const rows = (await t.stack.database.db.execute(sql`select ${value} as value from ${sql.identifier(c.table)} where ${value} is not null`)) as unknown as { value: string }[];
      for (const row of rows) expect(() => onlyB.decrypt(row.value)).not.toThrow();
    }
    for (const [phone, record] of [[early, before.early], [late, before.late]] as const) {
      const replies = await sayOnWhatsApp(t, { phone, body: 'Hoi' });
      expect(replies.map(shownText).join('\n')).not.toMatch(/Hoe oud ben je/);
      expect(await recordOf(t, phone)).toEqual(record);
      const detail = await fetch(`${t.baseUrl}/api/cases/${record.cases[0]}`, { headers: { authorization: `Bearer ${t.adminToken}` } });
      expect(detail.status).toBe(200);
    }
  }, 240_000);
});
