import { randomBytes, randomUUID } from 'node:crypto';
import { ConversationState } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundActivity } from '../bot/channel-mapping';
import { CollectingAdapter } from '../bot/collecting-adapter';
import { botStateKeys, PgStorage } from '../bot/pg-storage';
import { createDataProtector } from '../cases/privacy/data-protector';
import { finishTurn } from '../worker/turn-store';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The bot's state on PostgreSQL, as a turn uses it: reads, buffered writes that the turn writes
 * with its messages (worker/turn-store.ts `finishTurn`), and deletes.
 */
describe('PgStorage', () => {
  let database: TestDatabase;
  const protector = createDataProtector(randomBytes(32));
  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Writes what the storage buffered, as the end of a turn does. */
  const flush = (storage: PgStorage) => finishTurn(database.db, { inboundId: 0, states: storage.takeWrites() });
  const stored = async (key: string) => (await database.sql<{ data_enc: string }[]>`select data_enc from bot_state where key = ${key}`)[0]?.data_enc;

  // A turn reads the state with its other data under these keys; were botbuilder to store it under
  // another key, every young person would start over at each message.
  it.each([
    ['whatsapp', 0],
    ['web', 1],
  ] as const)('writes the state of a turn on %s under the keys a turn reads', async (channel, index) => {
    const conversationId = randomUUID();
    const storage = new PgStorage(database.db, protector);
    const state = new ConversationState(storage);
    const step = state.createProperty<number>('step');
    await new CollectingAdapter().runTurn(inboundActivity({ conversationId, channel, locale: 'nl', text: 'Hoi', inboundId: 1 }), async (context) => {
      await step.set(context, 1);
      await state.saveChanges(context);
    });
    const writes = storage.takeWrites();
    expect(writes.map((w) => w.key)).toEqual([botStateKeys(conversationId)[index]]);
  });

  it('buffers writes until the turn writes them, encrypted, and reads them back', async () => {
    const [key] = botStateKeys(randomUUID()) as [string];
    const storage = new PgStorage(database.db, protector);
    await storage.write({ [key]: { step: 'leeftijd', age: 19 } });
    // The turn's own reads see its writes before they are written.
    expect(await storage.read([key])).toEqual({ [key]: { step: 'leeftijd', age: 19 } });
    expect(await stored(key)).toBeUndefined();

    await flush(storage);
    const row = await stored(key);
    expect(row).toBeDefined();
    expect(row).not.toContain('leeftijd');
    expect(storage.takeWrites()).toEqual([]);
    expect(await new PgStorage(database.db, protector).read([key])).toEqual({ [key]: { step: 'leeftijd', age: 19 } });

    // A later turn overwrites it.
    const next = new PgStorage(database.db, protector);
    await next.write({ [key]: { step: 'gemeente', age: 19 } });
    await flush(next);
    expect(await new PgStorage(database.db, protector).read([key])).toEqual({ [key]: { step: 'gemeente', age: 19 } });
  });

  it('reads only the keys that have state, and preloaded state without a query', async () => {
    const [whatsapp, web] = botStateKeys(randomUUID()) as [string, string];
    const writer = new PgStorage(database.db, protector);
    await writer.write({ [whatsapp]: { step: 'zelfscan' } });
    await flush(writer);
    expect(await new PgStorage(database.db, protector).read([whatsapp, web])).toEqual({ [whatsapp]: { step: 'zelfscan' } });
    // What the turn loaded with its other data is used as is: an empty preload means no state.
    const preloaded = new PgStorage(database.db, protector, { keys: [whatsapp, web], states: new Map() });
    expect(await preloaded.read([whatsapp, web])).toEqual({});
  });

  it('deletes the stored state and a buffered write of the same key', async () => {
    const [key] = botStateKeys(randomUUID()) as [string];
    const writer = new PgStorage(database.db, protector);
    await writer.write({ [key]: { step: 'menu' } });
    await flush(writer);
    expect(await stored(key)).toBeDefined();

    const storage = new PgStorage(database.db, protector);
    await storage.write({ [key]: { step: 'opnieuw' } });
    await storage.delete([key]);
    expect(await stored(key)).toBeUndefined();
    expect(await storage.read([key])).toEqual({});
    expect(storage.takeWrites()).toEqual([]);
    expect(await new PgStorage(database.db, protector).read([key])).toEqual({});
  });
});
