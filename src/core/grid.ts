/**
 * The 3×3 talent grid of a profile, derived once from `profile.boxes` and `profile.talentPool`:
 * where each box is drawn, which boxes are the pool, the colour group of each box and the order
 * of the boxes from best to worst. Every renderer and the pool ranking use this; none assumes
 * that box 9 is top right or that a higher number is better. Pure; memoised per profile object.
 *
 * Layout (docs/rules.md §7): kinerja (performance) up the Y axis, potensial along the X
 * axis, so the rows run top → bottom DI_ATAS, SESUAI, DI_BAWAH and the columns left → right
 * RENDAH, MENENGAH, TINGGI.
 *
 * Colour groups: `pool` = the boxes of `talentPool.boxes`; `risk` = the boxes of the lowest
 * performance row (DI_BAWAH) that are not in the pool; `middle` = the rest. The default profile
 * gives pool 7/8/9, risk 1/3/6, middle 2/4/5.
 *
 * Box order (best first), by the box's position alone, with the levels counted
 * RENDAH/DI_BAWAH = 0, MENENGAH/SESUAI = 1, TINGGI/DI_ATAS = 2:
 *   1. the higher potential level + performance level first (the diagonal nearer the top right);
 *   2. on the same diagonal, the higher potential level first.
 * For the PermenPANRB 3/2020 numbering this is exactly 9, 8, 7, 6, 5, 4, 3, 2, 1, so the pool
 * order of §7 ("box 9, then 8, then 7") is the order of the pool boxes in it; a profile that
 * numbers the boxes differently keeps the same positions in the same order.
 */
import type { Profile } from './profile.js';
import type { PerformanceLevel, PotentialLevel } from './types.js';

export type BoxGroup = 'pool' | 'middle' | 'risk';

/** Rows of the drawn grid, top → bottom. */
export const PERFORMANCE_ROWS: readonly PerformanceLevel[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
/** Columns of the drawn grid, left → right. */
export const POTENTIAL_COLUMNS: readonly PotentialLevel[] = ['RENDAH', 'MENENGAH', 'TINGGI'];

const POT_STEP: Record<PotentialLevel, number> = { RENDAH: 0, MENENGAH: 1, TINGGI: 2 };
const PERF_STEP: Record<PerformanceLevel, number> = { DI_BAWAH: 0, SESUAI: 1, DI_ATAS: 2 };

interface GridCell {
  box: number;
  potential: PotentialLevel;
  performance: PerformanceLevel;
  group: BoxGroup;
}

interface GridRow {
  performance: PerformanceLevel;
  /** left → right: potential RENDAH, MENENGAH, TINGGI */
  cells: [GridCell, GridCell, GridCell];
}

export interface BoxGrid {
  /** top → bottom: performance DI_ATAS, SESUAI, DI_BAWAH */
  rows: [GridRow, GridRow, GridRow];
  /** the nine boxes, best first (see the rule above) */
  order: number[];
  /** the pool boxes (talentPool.boxes), best first */
  poolOrder: number[];
  /** the colour group of a box */
  group(box: number): BoxGroup;
  /** true for a pool box */
  isPool(box: number): boolean;
  /** 0 for the best box … 8 for the worst; 9 for anything that is not a box of the grid */
  rank(box: number): number;
  /** where a box sits; undefined for a number that is not a box of the grid */
  cell(box: number): GridCell | undefined;
}

const memo = new WeakMap<Profile, BoxGrid>();

/** The grid of a profile (validated by the profile schema). Memoised per profile object. */
export function gridOf(profile: Profile): BoxGrid {
  let g = memo.get(profile);
  if (!g) {
    g = buildGrid(profile);
    memo.set(profile, g);
  }
  return g;
}

function buildGrid(profile: Pick<Profile, 'boxes' | 'talentPool'>): BoxGrid {
  const pool = new Set(profile.talentPool.boxes);
  const cells = new Map<number, GridCell>();
  const rows = PERFORMANCE_ROWS.map((performance): GridRow => {
    const line = POTENTIAL_COLUMNS.map((potential): GridCell => {
      const box = profile.boxes[potential]?.[performance];
      if (box === undefined || cells.has(box)) throw new Error(`profile.boxes: no single box for ${potential} × ${performance}`);
      const group: BoxGroup = pool.has(box) ? 'pool' : performance === 'DI_BAWAH' ? 'risk' : 'middle';
      const cell = { box, potential, performance, group };
      cells.set(box, cell);
      return cell;
    });
    return { performance, cells: line as GridRow['cells'] };
  }) as BoxGrid['rows'];
  const all = [...cells.values()];
  all.sort((a, b) => PERF_STEP[b.performance] + POT_STEP[b.potential] - (PERF_STEP[a.performance] + POT_STEP[a.potential]) || POT_STEP[b.potential] - POT_STEP[a.potential]);
  const order = all.map((c) => c.box);
  const rankOf = new Map(order.map((b, i) => [b, i]));
  return {
    rows,
    order,
    poolOrder: order.filter((b) => pool.has(b)),
    group: (box) => cells.get(box)?.group ?? 'middle',
    isPool: (box) => pool.has(box),
    rank: (box) => rankOf.get(box) ?? order.length,
    cell: (box) => cells.get(box),
  };
}
