/** Talent-pool order and ranks: default-profile.md §7. Pure. */
import { gridOf } from './grid.js';
import { DEFAULT_PROFILE, type Profile } from './profile.js';
import type { Employee } from './types.js';

/** Descending numeric compare where null sorts after every number. */
function descNullLast(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

const comparators = new WeakMap<Profile, (a: Employee, b: Employee) => number>();

/**
 * The pool order of a profile: the best box first ("box 9, then 8, then 7" for the default
 * numbering; the box order is the grid's, by position: see src/core/grid.ts), an empty box
 * last; inside a box by nilai talenta (high first), then potential score, then performance
 * score, then NIP ascending. Empty values sort after every number. Memoised per profile object.
 */
export function poolComparator(profile: Profile): (a: Employee, b: Employee) => number {
  let c = comparators.get(profile);
  if (!c) {
    const grid = gridOf(profile);
    const boxRank = (box: number | null) => (box === null ? Number.MAX_SAFE_INTEGER : grid.rank(box));
    c = (a, b) =>
      boxRank(a.box) - boxRank(b.box) ||
      descNullLast(a.talentScore, b.talentScore) ||
      descNullLast(a.potential.score, b.potential.score) ||
      descNullLast(a.performance.score, b.performance.score) ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0) ||
      a.index - b.index;
    comparators.set(profile, c);
  }
  return c;
}

/** The pool order of the default profile (box 9, then 8, then 7, …). */
export function comparePool(a: Employee, b: Employee): number {
  return poolComparator(DEFAULT_PROFILE)(a, b);
}

/**
 * Sort the pool and set rank, rankInTargetLevel and rankInUnit. Returns indexes in order.
 * `profile` gives the box order (the default profile's when omitted).
 */
export function rankPool(employees: Employee[], profile: Profile = DEFAULT_PROFILE): number[] {
  const pool = employees.filter((e) => e.talentPool);
  pool.sort(poolComparator(profile));
  const byTarget = new Map<string, number>();
  const byUnit = new Map<string, number>();
  pool.forEach((e, i) => {
    e.rank = i + 1;
    if (e.targetLevel !== null) {
      const n = (byTarget.get(e.targetLevel) ?? 0) + 1;
      byTarget.set(e.targetLevel, n);
      e.rankInTargetLevel = n;
    }
    const u = (byUnit.get(e.unorInduk) ?? 0) + 1;
    byUnit.set(e.unorInduk, u);
    e.rankInUnit = u;
  });
  return pool.map((e) => e.index);
}
