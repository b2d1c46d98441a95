/** Talent-pool order and ranks: default-profile.md §7. Pure. */
import type { Employee } from './types.js';

/** Descending numeric compare where null sorts after every number. */
function descNullLast(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * Box 9, then 8, then 7; inside a box by nilai talenta (high first), then potential score,
 * then performance score, then NIP ascending. Empty values sort after every number.
 */
export function comparePool(a: Employee, b: Employee): number {
  return (
    descNullLast(a.box, b.box) ||
    descNullLast(a.talentScore, b.talentScore) ||
    descNullLast(a.potential.score, b.potential.score) ||
    descNullLast(a.performance.score, b.performance.score) ||
    (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0) ||
    a.index - b.index
  );
}

/** Sort the pool and set rank, rankInTargetLevel and rankInUnit. Returns indexes in order. */
export function rankPool(employees: Employee[]): number[] {
  const pool = employees.filter((e) => e.talentPool);
  pool.sort(comparePool);
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
