/**
 * The grid of a profile (src/core/grid.ts): where each box is drawn, the pool, the colour
 * groups and the box order, from `profile.boxes` and `profile.talentPool` alone.
 *
 * docs/rules.md §7:
 *   | potensial \ kinerja | Di Bawah | Sesuai | Di Atas |
 *   | Tinggi              | 6        | 8      | 9       |
 *   | Menengah            | 3        | 5      | 7       |
 *   | Rendah              | 1        | 2      | 4       |
 *   "Drawn with kinerja up the Y axis and potensial along the X axis (box 9 top right, box 1
 *   bottom left)."
 * §6: the pool boxes are 7, 8 and 9. §7: "box 9, then 8, then 7".
 *
 * Expected values below are read off that table by hand (and, for the renumbered profiles, off
 * the renumbering), not computed.
 */
import { describe, expect, it } from 'vitest';
import { gridOf, PERFORMANCE_ROWS, POTENTIAL_COLUMNS } from '../../src/core/grid.js';
import { DEFAULT_PROFILE, parseProfile, type Profile } from '../../src/core/profile.js';
import { MIRROR, READING_ORDER } from '../output/renumbered-profiles.js';

/** The drawn grid as box numbers, top row first, each row left to right. */
const drawn = (p: Profile) => gridOf(p).rows.map((r) => r.cells.map((c) => c.box));
const groups = (p: Profile) => gridOf(p).rows.map((r) => r.cells.map((c) => c.group));

describe('the default profile (§5–7)', () => {
  const g = gridOf(DEFAULT_PROFILE);
  it('rows top → bottom are kinerja Di Atas, Sesuai, Di Bawah; columns left → right potensial Rendah, Menengah, Tinggi', () => {
    expect(PERFORMANCE_ROWS).toEqual(['DI_ATAS', 'SESUAI', 'DI_BAWAH']);
    expect(POTENTIAL_COLUMNS).toEqual(['RENDAH', 'MENENGAH', 'TINGGI']);
    expect(g.rows.map((r) => r.performance)).toEqual(['DI_ATAS', 'SESUAI', 'DI_BAWAH']);
    for (const r of g.rows) expect(r.cells.map((c) => [c.potential, c.performance])).toEqual(POTENTIAL_COLUMNS.map((p) => [p, r.performance]));
  });
  it('box 9 top right, box 1 bottom left: 4 7 9 / 2 5 8 / 1 3 6', () => {
    expect(drawn(DEFAULT_PROFILE)).toEqual([
      [4, 7, 9],
      [2, 5, 8],
      [1, 3, 6],
    ]);
  });
  it('colour groups: pool 7/8/9, risk 1/3/6 (the Di Bawah row), middle 2/4/5', () => {
    expect(groups(DEFAULT_PROFILE)).toEqual([
      ['middle', 'pool', 'pool'],
      ['middle', 'middle', 'pool'],
      ['risk', 'risk', 'risk'],
    ]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => g.group(b))).toEqual(['risk', 'middle', 'risk', 'middle', 'middle', 'risk', 'pool', 'pool', 'pool']);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((b) => g.isPool(b))).toEqual([7, 8, 9]);
  });
  it('box order: 9, 8, 7, 6, 5, 4, 3, 2, 1; pool order 9, 8, 7', () => {
    expect(g.order).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(g.poolOrder).toEqual([9, 8, 7]);
    expect([9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => g.rank(b))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(g.rank(0)).toBe(9); // not a box: after every box
  });
  it('cell(box): where a box sits', () => {
    expect(g.cell(7)).toEqual({ box: 7, potential: 'MENENGAH', performance: 'DI_ATAS', group: 'pool' });
    expect(g.cell(6)).toEqual({ box: 6, potential: 'TINGGI', performance: 'DI_BAWAH', group: 'risk' });
    expect(g.cell(10)).toBeUndefined();
  });
});

describe('a profile that renumbers the boxes', () => {
  it('mirror (n → 10 − n): 6 3 1 / 8 5 2 / 9 7 4, pool 1/2/3 coloured where the default pool is', () => {
    expect(drawn(MIRROR)).toEqual([
      [6, 3, 1],
      [8, 5, 2],
      [9, 7, 4],
    ]);
    // the same positions as the default: the Di Bawah row is risk, the top-right corner the pool
    expect(groups(MIRROR)).toEqual(groups(DEFAULT_PROFILE));
    expect(gridOf(MIRROR).order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(gridOf(MIRROR).poolOrder).toEqual([1, 2, 3]);
  });
  it('reading order (1–9 left to right, top to bottom): the order follows the positions, not the numbers', () => {
    expect(drawn(READING_ORDER)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(groups(READING_ORDER)).toEqual(groups(DEFAULT_PROFILE));
    const g = gridOf(READING_ORDER);
    // by hand: diagonal (potential + performance level) 4: box 3; 3: 6 (Tinggi), 2 (Menengah);
    // 2: 9 (Tinggi), 5 (Menengah), 1 (Rendah); 1: 8 (Menengah), 4 (Rendah); 0: 7
    expect(g.order).toEqual([3, 6, 2, 9, 5, 1, 8, 4, 7]);
    expect(g.poolOrder).toEqual([3, 6, 2]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => g.group(b))).toEqual(['middle', 'pool', 'pool', 'middle', 'middle', 'pool', 'risk', 'risk', 'risk']);
  });
  it('risk is the Di Bawah row minus the pool: a pool box in the lowest row is pool, not risk', () => {
    const p = parseProfile({ ...structuredClone(DEFAULT_PROFILE), talentPool: { ...structuredClone(DEFAULT_PROFILE.talentPool), boxes: [6, 7, 8, 9] } });
    expect(groups(p)).toEqual([
      ['middle', 'pool', 'pool'],
      ['middle', 'middle', 'pool'],
      ['risk', 'risk', 'pool'],
    ]);
    expect(gridOf(p).poolOrder).toEqual([9, 8, 7, 6]);
  });
});

describe('memoised per profile object', () => {
  it('the same object gives the same grid; an equal copy is computed again, with equal content', () => {
    expect(gridOf(DEFAULT_PROFILE)).toBe(gridOf(DEFAULT_PROFILE));
    const copy = structuredClone(DEFAULT_PROFILE);
    expect(gridOf(copy)).not.toBe(gridOf(DEFAULT_PROFILE));
    expect(gridOf(copy).order).toEqual(gridOf(DEFAULT_PROFILE).order);
  });
});
