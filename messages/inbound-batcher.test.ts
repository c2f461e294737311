import { describe, expect, it } from 'vitest';
import { createInboundBatcher, type BatchStore } from './inbound-batcher';

interface Item {
  id: string;
  group: string;
}

/** A store whose commits finish when the test says so; it records what was stored how. */
function fakeStore(options: { bad?: string[] } = {}) {
  const calls: { kind: 'many' | 'one'; ids: string[] }[] = [];
  const open: (() => void)[] = [];
  const commit = (ids: string[], kind: 'many' | 'one') =>
    new Promise<void>((resolve) => {
      calls.push({ kind, ids });
      open.push(resolve);
    }).then(() => {
      if (ids.some((id) => options.bad?.includes(id))) throw new Error(`bad ${ids.join(',')}`);
    });
  const store: BatchStore<Item, string> = {
    many: async (items) => {
      await commit(
        items.map((i) => i.id),
        'many',
      );
      return items.map((i) => `stored ${i.id}`);
    },
    one: async (item) => {
      await commit([item.id], 'one');
      return `stored ${item.id}`;
    },
    groupOf: (item) => item.group,
  };
  /** Lets every commit in flight finish, and waits until the batcher reacted. */
  const finish = async () => {
    for (const resolve of open.splice(0)) resolve();
    await new Promise((r) => setTimeout(r, 5));
  };
  return { store, calls, finish };
}

const item = (id: string, group = id) => ({ id, group });
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('createInboundBatcher', () => {
  it('stores a lone message on its own after the window, and answers only after its commit', async () => {
    const { store, calls, finish } = fakeStore();
    const batcher = createInboundBatcher({ store, windowMs: 2, maxBatch: 64 });
    let answered = false;
    const done = batcher.receive(item('a')).then((r) => ((answered = true), r));
    await tick();
    expect(calls).toEqual([{ kind: 'one', ids: ['a'] }]);
    expect(answered).toBe(false);
    await finish();
    await expect(done).resolves.toBe('stored a');
  });

  it('collects what arrives while a batch commits into the next one, in arrival order', async () => {
    const { store, calls, finish } = fakeStore();
    const committed: string[][] = [];
    const batcher = createInboundBatcher({ store, windowMs: 2, maxBatch: 64, afterCommit: (results) => committed.push(results) });
    const first = batcher.receive(item('a'));
    await tick();
    const later = ['b', 'c', 'd'].map((id) => batcher.receive(item(id, 'same')));
    await tick();
    // Still one commit in flight: the three wait for it.
    expect(calls).toEqual([{ kind: 'one', ids: ['a'] }]);
    await finish();
    await expect(first).resolves.toBe('stored a');
    expect(calls[1]).toEqual({ kind: 'many', ids: ['b', 'c', 'd'] });
    let settled = 0;
    for (const p of later) void p.then(() => (settled += 1));
    await tick();
    expect(settled).toBe(0);
    await finish();
    await expect(Promise.all(later)).resolves.toEqual(['stored b', 'stored c', 'stored d']);
    // Once per batch, before the callers are answered.
    expect(committed).toEqual([['stored a'], ['stored b', 'stored c', 'stored d']]);
  });

  it('puts messages that arrive within the window together, at most maxBatch at a time', async () => {
    const { store, calls, finish } = fakeStore();
    const batcher = createInboundBatcher({ store, windowMs: 2, maxBatch: 3 });
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => batcher.receive(item(id)));
    // A full batch goes without waiting for the window.
    expect(calls).toEqual([{ kind: 'many', ids: ['a', 'b', 'c'] }]);
    await finish();
    expect(calls[1]).toEqual({ kind: 'many', ids: ['d', 'e'] });
    await finish();
    await expect(Promise.all(all)).resolves.toHaveLength(5);
  });

  it('stores each message of a failed batch on its own: only the bad one fails, each group in order', async () => {
    const { store, calls, finish } = fakeStore({ bad: ['b'] });
    const committed: string[] = [];
    const batcher = createInboundBatcher({ store, windowMs: 2, maxBatch: 64, afterCommit: (results) => committed.push(...results) });
    const outcomes = [item('a', 'x'), item('b', 'y'), item('c', 'x'), item('d', 'y')].map((i) =>
      batcher.receive(i).then(
        (r) => r,
        (error: unknown) => `failed: ${(error as Error).message}`,
      ),
    );
    await tick();
    expect(calls).toEqual([{ kind: 'many', ids: ['a', 'b', 'c', 'd'] }]);
    await finish();
    // The first of each group, side by side; the second of a group only after the first.
    expect(calls.slice(1)).toEqual([
      { kind: 'one', ids: ['a'] },
      { kind: 'one', ids: ['b'] },
    ]);
    await finish();
    expect(calls.slice(3)).toEqual([
      { kind: 'one', ids: ['c'] },
      { kind: 'one', ids: ['d'] },
    ]);
    // A message arriving meanwhile waits until the fallback is done, so it cannot overtake.
    const next = batcher.receive(item('e', 'x'));
    await tick();
    expect(calls).toHaveLength(5);
    await finish();
    await expect(Promise.all(outcomes)).resolves.toEqual(['stored a', 'failed: bad b', 'stored c', 'stored d']);
    expect(committed).toEqual(['stored a', 'stored c', 'stored d']);
    expect(calls[5]).toEqual({ kind: 'one', ids: ['e'] });
    await finish();
    await expect(next).resolves.toBe('stored e');
  });

  it('fails every message while the store is down, and stores again once it is back', async () => {
    let down = true;
    const refused = () => Promise.reject(new Error('connection refused'));
    const store: BatchStore<Item, string> = {
      many: async (items) => (down ? refused() : items.map((i) => `stored ${i.id}`)),
      one: async (i) => (down ? refused() : `stored ${i.id}`),
      groupOf: (i) => i.group,
    };
    const batcher = createInboundBatcher({ store, windowMs: 2, maxBatch: 64 });
    const results = await Promise.allSettled(['a', 'b', 'c'].map((id) => batcher.receive(item(id))));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    down = false;
    await expect(Promise.all(['d', 'e'].map((id) => batcher.receive(item(id))))).resolves.toEqual(['stored d', 'stored e']);
  });

  it('with a window of 0 stores every message on its own at once', async () => {
    const { store, calls, finish } = fakeStore();
    const committed: string[][] = [];
    const batcher = createInboundBatcher({ store, windowMs: 0, maxBatch: 64, afterCommit: (results) => committed.push(results) });
    const all = ['a', 'b'].map((id) => batcher.receive(item(id)));
    await tick(0);
    expect(calls).toEqual([
      { kind: 'one', ids: ['a'] },
      { kind: 'one', ids: ['b'] },
    ]);
    await finish();
    await expect(Promise.all(all)).resolves.toEqual(['stored a', 'stored b']);
    expect(committed).toEqual([['stored a'], ['stored b']]);
  });
});
