/** Talent-pool order and ranks: docs/rules.md §9.1. Pure. */
import { performanceScore, potentialScore } from './employee-read.js';
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

/** What the pool order compares, read once per employee. */
interface PoolKey {
  box: number;
  talentScore: number | null;
  potential: number | null;
  performance: number | null;
  nip: string;
  index: number;
  e: Employee;
}

function compareKeys(a: PoolKey, b: PoolKey): number {
  return (
    a.box - b.box ||
    descNullLast(a.talentScore, b.talentScore) ||
    descNullLast(a.potential, b.potential) ||
    descNullLast(a.performance, b.performance) ||
    (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0) ||
    a.index - b.index
  );
}

const keyMakers = new WeakMap<Profile, (e: Employee) => PoolKey>();

/** The sort key of an employee under a profile's box order (an empty box last). */
function poolKey(profile: Profile): (e: Employee) => PoolKey {
  let k = keyMakers.get(profile);
  if (!k) {
    const grid = gridOf(profile);
    k = (e) => ({
      box: e.box === null ? Number.MAX_SAFE_INTEGER : grid.rank(e.box),
      talentScore: e.talentScore,
      potential: potentialScore(e),
      performance: performanceScore(e),
      nip: e.nip,
      index: e.index,
      e,
    });
    keyMakers.set(profile, k);
  }
  return k;
}

/**
 * The pool order of a profile: the best box first ("box 9, then 8, then 7" for the default
 * numbering; the box order is the grid's, by position: see src/core/grid.ts), an empty box
 * last; inside a box by nilai talenta (high first), then potential score, then performance
 * score, then NIP ascending. Empty values sort after every number. Memoised per profile object.
 */
const comparators = new WeakMap<Profile, (a: Employee, b: Employee) => number>();

export function poolComparator(profile: Profile): (a: Employee, b: Employee) => number {
  let c = comparators.get(profile);
  if (!c) {
    const key = poolKey(profile);
    c = (a, b) => compareKeys(key(a), key(b));
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
  // each employee's key is read once, then sorted (the scores are not re-read per comparison)
  const key = poolKey(profile);
  const pool = employees
    .filter((e) => e.talentPool)
    .map(key)
    .sort(compareKeys)
    .map((k) => k.e);
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
