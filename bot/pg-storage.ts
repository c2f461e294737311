import type { Storage, StoreItems } from 'botbuilder';
import { inArray } from 'drizzle-orm';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { botState } from '../drizzle/schema';

/**
 * botbuilder `Storage` on PostgreSQL, used inside the turn's transaction: reads see the state as
 * of the conversation lock; writes are buffered and the turn writes them together with its
 * messages, in one statement (worker/turn-store.ts), so they commit together (DESIGN.md rule 4).
 * State is last-writer-wins (eTags are not checked); the per-conversation lock is what keeps it
 * consistent (DESIGN.md rule 3). It is encrypted because it holds the young person's answers.
 */
export class PgStorage implements Storage {
  /** Keys whose stored state is known without a query: key → encrypted data (absent: no state). */
  private readonly known: Set<string>;
  private readonly states: Map<string, string>;
  /** Buffered writes, key → encrypted data, until the turn takes them. */
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly tx: DbOrTx,
    private readonly protector: DataProtector,
    /** State the turn already read with its other data, for `keys`. */
    preloaded: { keys: string[]; states: Map<string, string> } = { keys: [], states: new Map() },
  ) {
    this.known = new Set(preloaded.keys);
    this.states = new Map(preloaded.states);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const unknown = keys.filter((key) => !this.known.has(key));
    if (unknown.length > 0) {
      for (const row of await this.tx.select().from(botState).where(inArray(botState.key, unknown))) this.states.set(row.key, row.dataEnc);
      for (const key of unknown) this.known.add(key);
    }
    const items: StoreItems = {};
    for (const key of keys) {
      const dataEnc = this.states.get(key);
      if (dataEnc !== undefined) items[key] = JSON.parse(this.protector.decrypt(dataEnc));
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const dataEnc = this.protector.encrypt(JSON.stringify(value));
      this.known.add(key);
      this.states.set(key, dataEnc);
      this.pending.set(key, dataEnc);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) {
      this.known.add(key);
      this.states.delete(key);
      this.pending.delete(key);
    }
    await this.tx.delete(botState).where(inArray(botState.key, keys));
  }

  /** The buffered writes, for the turn to write; the buffer is empty afterwards. */
  takeWrites(): { key: string; dataEnc: string }[] {
    const writes = [...this.pending].map(([key, dataEnc]) => ({ key, dataEnc }));
    this.pending.clear();
    return writes;
  }
}

/**
 * The keys under which botbuilder's ConversationState keeps a conversation's state
 * (`<channelId>/conversations/<conversation id>/`), for both channels: a turn reads them with its
 * other data in one round trip (worker/turn-store.ts).
 */
export function botStateKeys(conversationId: string): string[] {
  return ['whatsapp', 'webchat'].map((channelId) => `${channelId}/conversations/${conversationId}/`);
}

/**
 * The one `Storage` of a process's bot, which is built once (its dialogs, words and translations):
 * each key is served by the {@link PgStorage} of the turn that holds the key's conversation, on that
 * turn's transaction, for as long as the turn runs. The conversation's lock lets one turn at a time
 * hold a key (DESIGN.md rule 3), so turns of different conversations share the bot safely.
 */
export class TurnStorage implements Storage {
  private readonly owners = new Map<string, Storage>();

  /** Serves `keys` from `storage` until the returned function is called. */
  bind(keys: readonly string[], storage: Storage): () => void {
    const held = keys.filter((key) => this.owners.has(key));
    if (held.length > 0) throw new Error(`conversation state already held by another turn: ${held.join(', ')}`);
    for (const key of keys) this.owners.set(key, storage);
    return () => {
      for (const key of keys) if (this.owners.get(key) === storage) this.owners.delete(key);
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    return keys.length === 0 ? {} : this.ownerOf(keys).read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    if (keys.length > 0) await this.ownerOf(keys).write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.ownerOf(keys).delete(keys);
  }

  private ownerOf(keys: readonly string[]): Storage {
    const owners = new Set(keys.map((key) => this.owners.get(key)));
    const [owner] = owners;
    if (owners.size !== 1 || !owner) throw new Error(`no single turn holds the conversation state: ${keys.join(', ')}`);
    return owner;
  }
}
