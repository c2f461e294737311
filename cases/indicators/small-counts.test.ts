import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from './small-counts';

const shown = (values: (number | null)[], hidden: boolean[]) => values.map((value, i) => (hidden[i] ? '< 5' : value));

describe('suppressSmallCounts', () => {
  it('hides every count from 1 to 4, shows 0 and 5 and more', () => {
    const values = [0, 1, 4, 5, 12];
    expect(shown(values, suppressSmallCounts({ values, counts: [0, 1, 2, 3, 4] }))).toEqual([0, '< 5', '< 5', 5, 12]);
  });

  it('never hides what is not a count (a weight, capacity points)', () => {
    const values = [2, 3];
    expect(suppressSmallCounts({ values, counts: [0] })).toEqual([true, false]);
  });

  it('hides a second cell when one hidden cell could be computed back from the total and the others', () => {
    // school 3, werk 10, leerplicht 20: 3 = total − 10 − 20, so 10 goes too.
    const values = [3, 10, 20];
    const hidden = suppressSmallCounts({ values, counts: [0, 1, 2], groups: [{ parts: [0, 1, 2] }] });
    expect(shown(values, hidden)).toEqual(['< 5', '< 5', 20]);
  });

  it('hides the total itself when there is no other cell to hide with the small one', () => {
    // handovers 13: in time 3, late 10 would do; here the only other part is 0.
    const values = [13, 3, 0];
    const hidden = suppressSmallCounts({ values, counts: [0, 1, 2], groups: [{ total: 0, parts: [1, 2] }] });
    expect(shown(values, hidden)).toEqual(['< 5', '< 5', 0]);
  });

  it('leaves a group alone when two cells are small already', () => {
    const values = [2, 3, 40];
    expect(shown(values, suppressSmallCounts({ values, counts: [0, 1, 2], groups: [{ parts: [0, 1, 2] }] }))).toEqual(['< 5', '< 5', 40]);
  });

  it('hides a median over a small count with it', () => {
    const values = [2, 31];
    expect(suppressSmallCounts({ values, counts: [0], dependents: [{ cell: 1, base: 0 }] })).toEqual([true, true]);
  });
});
