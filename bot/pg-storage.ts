import type { Storage, StoreItems } from 'botbuilder';
import { inArray, sql } from 'drizzle-orm';
import type { DataProtector } from '../cases/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { botState } from '../drizzle/schema';

/**
 * botbuilder `Storage` on PostgreSQL, used inside the turn's transaction: reads see the state as
 * of the conversation lock, writes commit together with the turn's messages and events.
 * State is last-writer-wins (eTags are not checked); the per-conversation lock is what keeps it
 * consistent (DESIGN.md rule 3). It is encrypted because it holds the young person's answers.
 */
export class PgStorage implements Storage {
  constructor(
    private readonly tx: DbOrTx,
    private readonly protector: DataProtector,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.tx.select().from(botState).where(inArray(botState.key, keys));
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = JSON.parse(this.protector.decrypt(row.dataEnc));
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const dataEnc = this.protector.encrypt(JSON.stringify(value));
      await this.tx
        .insert(botState)
        .values({ key, dataEnc })
        .onConflictDoUpdate({ target: botState.key, set: { dataEnc, updatedAt: sql`now()` } });
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.tx.delete(botState).where(inArray(botState.key, keys));
  }
}
