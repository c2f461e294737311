/** Where a batch is stored: all together in one transaction, or one item on its own. */
export interface BatchStore<I, R> {
  /** Stores the items in one transaction; results in the items' order. Throws when it did not commit. */
  many(items: I[]): Promise<R[]>;
  /** Stores one item on its own (a batch of one, and each item of a batch that failed). */
  one(item: I): Promise<R>;
  /** Items of one group (a conversation) keep their order when a failed batch is stored item by item. */
  groupOf(item: I): string;
}

export interface InboundBatcher<I, R> {
  /** Resolves once the item is committed, with its result; rejects when it was not stored. */
  receive(item: I): Promise<R>;
}

interface Waiting<I, R> {
  item: I;
  resolve(result: R): void;
  reject(error: unknown): void;
}

type Outcome<R> = { ok: true; result: R } | { ok: false; error: unknown };

/**
 * Piggyback batching of the webhook's inserts: each commit costs PostgreSQL an fsync and the api a
 * round trip, so messages that arrive together are stored in one transaction. When nothing is being
 * stored, a message waits `windowMs` for company (0: every message is stored on its own at once, as
 * before); while a batch commits, new messages wait and go together in the next one, at most
 * `maxBatch` at a time. One batch at a time keeps arrival order: a conversation's messages get ids
 * in the order they came, across batches too.
 *
 * Each caller still gets its answer only after its own row committed (DESIGN.md rule 1). When a
 * batch fails (one bad row, a conflict), its items are stored one by one, so one bad message never
 * fails the others; a database that is down fails each of them, and Twilio retries.
 * `afterCommit` gets the results of what was stored, once per batch (to queue their turns together).
 */
export function createInboundBatcher<I, R>(options: {
  store: BatchStore<I, R>;
  windowMs: number;
  maxBatch: number;
  afterCommit?: (results: R[]) => void;
}): InboundBatcher<I, R> {
  const { store, windowMs, maxBatch, afterCommit } = options;
  const waiting: Waiting<I, R>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let storing = false;

  const settle = (batch: Waiting<I, R>[], outcomes: Outcome<R>[]) => {
    const stored = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.result] : []));
    try {
      if (stored.length > 0) afterCommit?.(stored);
    } finally {
      batch.forEach((entry, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) entry.resolve(outcome.result);
        else entry.reject(outcome ? outcome.error : new Error('batch result missing'));
      });
    }
  };

  const alone = async (item: I): Promise<Outcome<R>> => {
    try {
      return { ok: true, result: await store.one(item) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  /** Item by item: groups side by side, each group in its order. */
  const oneByOne = async (items: I[]): Promise<Outcome<R>[]> => {
    const outcomes: Outcome<R>[] = new Array<Outcome<R>>(items.length);
    const groups = new Map<string, number[]>();
    items.forEach((item, i) => {
      const key = store.groupOf(item);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        for (const i of indexes) outcomes[i] = await alone(items[i] as I);
      }),
    );
    return outcomes;
  };

  const storeBatch = async (batch: Waiting<I, R>[]): Promise<Outcome<R>[]> => {
    const items = batch.map((entry) => entry.item);
    if (items.length === 1) return [await alone(items[0] as I)];
    try {
      const results = await store.many(items);
      return results.map((result) => ({ ok: true, result }));
    } catch {
      // Nothing of the batch committed: each on its own finds out whether it was the bad one.
      return oneByOne(items);
    }
  };

  const flush = () => {
    timer = undefined;
    if (storing || waiting.length === 0) return;
    storing = true;
    const batch = waiting.splice(0, maxBatch);
    void storeBatch(batch)
      .then((outcomes) => settle(batch, outcomes))
      .finally(() => {
        storing = false;
        // Those that came meanwhile have waited long enough.
        if (waiting.length > 0) flush();
      });
  };

  return {
    receive(item) {
      if (windowMs <= 0) {
        return alone(item).then((outcome) => {
          if (!outcome.ok) throw outcome.error;
          afterCommit?.([outcome.result]);
          return outcome.result;
        });
      }
      return new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (storing) return;
        if (waiting.length >= maxBatch) {
          clearTimeout(timer);
          flush();
        } else {
          timer ??= setTimeout(flush, windowMs);
        }
      });
    },
  };
}
