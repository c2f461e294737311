import { describe, expect, it } from 'vitest';
import { TurnGroups } from './turn-groups';

/** A group runner whose groups finish when the test says so. */
function heldRunner() {
  const groups: { ids: string[]; finish: (outcomes?: Map<string, string>) => void; fail: (error: Error) => void }[] = [];
  const run = (ids: string[]) =>
    new Promise<Map<string, string>>((resolve, reject) => {
      groups.push({ ids, finish: (outcomes) => resolve(outcomes ?? new Map(ids.map((id) => [id, `done ${id}`]))), fail: reject });
    });
  return { groups, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('TurnGroups: group commit without waiting for a group to fill', () => {
  it('starts a turn at once when a slot is free, and groups the turns that arrive while both slots commit', async () => {
    const { groups, run } = heldRunner();
    const turns = new TurnGroups(run, { alone: 'alone', inFlight: 2 });
    const first = turns.run('a');
    const second = turns.run('b');
    const later = ['c', 'd', 'e'].map((id) => turns.run(id));
    await tick();
    expect(groups.map((g) => g.ids)).toEqual([['a'], ['b']]);
    groups[0]!.finish();
    await expect(first).resolves.toBe('done a');
    await tick();
    expect(groups[2]?.ids).toEqual(['c', 'd', 'e']);
    groups[1]!.finish();
    groups[2]!.finish();
    await expect(second).resolves.toBe('done b');
    await expect(Promise.all(later)).resolves.toEqual(['done c', 'done d', 'done e']);
  });

  it('puts one turn per conversation in a group; the second waits for the next group', async () => {
    const { groups, run } = heldRunner();
    const turns = new TurnGroups(run, { alone: 'alone', inFlight: 1 });
    const busy = turns.run('x');
    const waiting = [turns.run('a'), turns.run('a'), turns.run('b')];
    await tick();
    groups[0]!.finish();
    await busy;
    await tick();
    expect(groups[1]?.ids).toEqual(['a', 'b']);
    groups[1]!.finish();
    await tick();
    expect(groups[2]?.ids).toEqual(['a']);
    groups[2]!.finish();
    await expect(Promise.all(waiting)).resolves.toEqual(['done a', 'done a', 'done b']);
  });

  it('tells a turn the group left out to run alone, and a failed group fails each of its turns', async () => {
    const { groups, run } = heldRunner();
    const turns = new TurnGroups(run, { alone: 'alone', inFlight: 1 });
    const busy = turns.run('x');
    const [a, b] = [turns.run('a'), turns.run('b')];
    await tick();
    groups[0]!.fail(new Error('database went away'));
    await expect(busy).rejects.toThrow('database went away');
    await tick();
    groups[1]!.finish(new Map([['a', 'done a']]));
    await expect(a).resolves.toBe('done a');
    await expect(b).resolves.toBe('alone');
  });

  it('never puts more than maxSize turns in one group', async () => {
    const { groups, run } = heldRunner();
    const turns = new TurnGroups(run, { alone: 'alone', inFlight: 1, maxSize: 3 });
    const all = ['x', 'a', 'b', 'c', 'd'].map((id) => turns.run(id));
    await tick();
    groups[0]!.finish();
    await tick();
    groups[1]!.finish();
    await tick();
    groups[2]!.finish();
    await Promise.all(all);
    expect(groups.map((g) => g.ids)).toEqual([['x'], ['a', 'b', 'c'], ['d']]);
  });
});
