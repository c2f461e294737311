/**
 * Small counts (AVG art. 5(1)(c) and (f)): a count of 1 to 4 young people can point at a person
 * ("the one girl from Aalsmeer who left school in March"), so whoever has no right to read the cases
 * behind it sees "< 5" instead. This is the one rule; the dashboard page, its CSV export and
 * `GET /api/indicators` all call {@link suppressSmallCounts}.
 *
 * - 0 is shown: "nobody" says nothing about a person, and statistics offices (CBS) show it too.
 * - Secondary suppression: cells that add up to a total someone can see or work out (the routes of
 *   the young people in trajectory, the handovers in time, late and waiting) never have exactly one
 *   hidden cell, or it could be computed back from the total and the other cells; the smallest other
 *   non-zero cell is hidden with it, or else the total itself.
 * - A median or percentage over 1 to 4 cases is that person's own number: it is hidden with its base.
 */

/** The smallest count shown to a reader without the right to see the cases behind it. */
export const SMALLEST_SHOWN_COUNT = 5;

/** Cells (by index) that add up to a total a reader can see or derive; `total` is the total's own cell, if shown. */
export interface CountGroup {
  parts: readonly number[];
  total?: number;
}

/** A cell that is no count itself but is computed over a count (a median, a percentage): hidden with it. */
export interface DependentCell {
  cell: number;
  base: number;
}

export const isSmallCount = (value: number | null): boolean => value !== null && value > 0 && value < SMALLEST_SHOWN_COUNT;

/**
 * Which cells to hide. `counts` are the indexes of cells that count young people or cases (others,
 * like weights and capacity points, are never hidden for being small). Returns one flag per value.
 */
export function suppressSmallCounts(input: {
  values: readonly (number | null)[];
  counts: readonly number[];
  groups?: readonly CountGroup[];
  dependents?: readonly DependentCell[];
}): boolean[] {
  const { values } = input;
  const hidden = values.map(() => false);
  for (const cell of input.counts) if (isSmallCount(values[cell] ?? null)) hidden[cell] = true;

  // Until nothing changes: hiding one cell may leave another group with a single hidden cell.
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of input.groups ?? []) {
      const hiddenParts = group.parts.filter((cell) => hidden[cell] && (values[cell] ?? 0) > 0);
      const totalHidden = group.total !== undefined && hidden[group.total];
      if (hiddenParts.length !== 1 || totalHidden) continue;
      const candidates = group.parts.filter((cell) => !hidden[cell] && (values[cell] ?? 0) > 0);
      const smallest = candidates.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0))[0];
      const next = smallest ?? group.total;
      if (next === undefined) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  for (const { cell, base } of input.dependents ?? []) if (hidden[base]) hidden[cell] = true;
  return hidden;
}
