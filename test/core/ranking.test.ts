/**
 * §7 Ranking (ranking.ts), on synthetic employees:
 * "Talent-pool order: box 9, then 8, then 7; inside a box by nilai talenta (high first), then
 *  potential score, then performance score, then NIP ascending; an empty value sorts after every
 *  number. The order is total and stable."
 * "Ranks are given overall and within each target level …, and within each unor_induk."
 * End-to-end versions are in classify.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePool, poolComparator, rankPool } from '../../src/core/ranking.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import type { Employee } from '../../src/core/types.js';
import { fakeEmployee, nipN } from './helpers.js';
import { MIRROR, READING_ORDER } from '../output/renumbered-profiles.js';

type Spec = Parameters<typeof fakeEmployee>[0];
const mk = (specs: Omit<Spec, 'index'>[]): Employee[] => specs.map((s, index) => fakeEmployee({ ...s, index }));
const order = (es: Employee[]) => rankPool(es).map((i) => es[i]!.nip);

describe('§7 talent-pool order', () => {
  it('"box 9, then 8, then 7" — the box outranks a higher nilai talenta', () => {
    const es = mk([
      { nip: 'b7', box: 7, talentScore: 99, pot: 99, perf: 99 },
      { nip: 'b8', box: 8, talentScore: 85, pot: 90, perf: 80 },
      { nip: 'b9', box: 9, talentScore: 90, pot: 90, perf: 90 },
    ]);
    expect(order(es)).toEqual(['b9', 'b8', 'b7']);
  });
  it('"inside a box by nilai talenta (high first)"', () => {
    const es = mk([
      { nip: 'a', box: 9, talentScore: 91, pot: 92, perf: 90 },
      { nip: 'b', box: 9, talentScore: 95.5, pot: 91, perf: 100 },
      { nip: 'c', box: 9, talentScore: 93, pot: 96, perf: 90 },
    ]);
    expect(order(es)).toEqual(['b', 'c', 'a']);
  });
  it('"then potential score" (equal nilai talenta)', () => {
    const es = mk([
      { nip: 'a', box: 8, talentScore: 88, pot: 92, perf: 84 },
      { nip: 'b', box: 8, talentScore: 88, pot: 96, perf: 80 },
    ]);
    expect(order(es)).toEqual(['b', 'a']);
  });
  it('"then performance score" (equal nilai talenta and potential)', () => {
    const es = mk([
      { nip: 'a', box: 8, talentScore: null, pot: null, perf: 80 },
      { nip: 'b', box: 8, talentScore: null, pot: null, perf: 88 },
    ]);
    expect(order(es)).toEqual(['b', 'a']);
  });
  it('"then NIP ascending" (everything else equal; input order reversed)', () => {
    const es = mk([
      { nip: nipN(3), box: 9, talentScore: 95, pot: 95, perf: 95 },
      { nip: nipN(1), box: 9, talentScore: 95, pot: 95, perf: 95 },
      { nip: nipN(2), box: 9, talentScore: 95, pot: 95, perf: 95 },
    ]);
    expect(order(es)).toEqual([nipN(1), nipN(2), nipN(3)]);
  });
  it('"an empty value sorts after every number": nilai talenta', () => {
    const es = mk([
      { nip: 'a', box: 9, talentScore: null, pot: null, perf: 100 },
      { nip: 'b', box: 9, talentScore: 1, pot: 1, perf: 1 },
    ]);
    expect(order(es)).toEqual(['b', 'a']);
  });
  it('"an empty value sorts after every number": potential and performance', () => {
    expect(
      order(
        mk([
          { nip: 'a', box: 9, talentScore: null, pot: null, perf: 100 },
          { nip: 'b', box: 9, talentScore: null, pot: 0, perf: 0 },
        ]),
      ),
    ).toEqual(['b', 'a']);
    expect(
      order(
        mk([
          { nip: 'a', box: 9, talentScore: null, pot: null, perf: null },
          { nip: 'b', box: 9, talentScore: null, pot: null, perf: 0 },
        ]),
      ),
    ).toEqual(['b', 'a']);
  });
  it('only pool members are ranked; others keep rank null', () => {
    const es = mk([
      { nip: 'out', box: 9, talentScore: 100, pot: 100, perf: 100, talentPool: false },
      { nip: 'in', box: 7, talentScore: 80, pot: 80, perf: 80 },
    ]);
    expect(order(es)).toEqual(['in']);
    expect(es[0]!.rank).toBeNull();
    expect(es[1]!.rank).toBe(1);
  });
});

describe('§7 pool order under a profile that renumbers the boxes: the best box (by position) first', () => {
  // the pool boxes sit where the default has 9, 8, 7: mirror 1, 2, 3; reading order 3, 6, 2
  // (test/output/renumbered-profiles.ts); the box still outranks a higher nilai talenta
  it('mirror: box 1, then 2, then 3', () => {
    const es = mk([
      { nip: 'b3', box: 3, talentScore: 99, pot: 99, perf: 99 },
      { nip: 'b1', box: 1, talentScore: 90, pot: 90, perf: 90 },
      { nip: 'b2', box: 2, talentScore: 95, pot: 95, perf: 95 },
    ]);
    expect(rankPool(es, MIRROR).map((i) => es[i]!.nip)).toEqual(['b1', 'b2', 'b3']);
    expect(es.map((e) => [e.nip, e.rank])).toEqual([
      ['b3', 3],
      ['b1', 1],
      ['b2', 2],
    ]);
  });
  it('reading order: box 3, then 6, then 2 (neither ascending nor descending numbers)', () => {
    const es = mk([
      { nip: 'b2', box: 2, talentScore: 99, pot: 99, perf: 99 },
      { nip: 'b6', box: 6, talentScore: 97, pot: 97, perf: 97 },
      { nip: 'b3', box: 3, talentScore: 90, pot: 90, perf: 90 },
      { nip: 'b3b', box: 3, talentScore: 91, pot: 91, perf: 91 },
    ]);
    expect(rankPool(es, READING_ORDER).map((i) => es[i]!.nip)).toEqual(['b3b', 'b3', 'b6', 'b2']);
  });
  it('without a profile, and with the default one: box 9, then 8, then 7', () => {
    const specs = [
      { nip: 'b7', box: 7, talentScore: 99, pot: 99, perf: 99 },
      { nip: 'b9', box: 9, talentScore: 90, pot: 90, perf: 90 },
      { nip: 'b8', box: 8, talentScore: 95, pot: 95, perf: 95 },
    ];
    expect(order(mk(specs))).toEqual(['b9', 'b8', 'b7']);
    const es = mk(specs);
    expect(rankPool(es, DEFAULT_PROFILE).map((i) => es[i]!.nip)).toEqual(['b9', 'b8', 'b7']);
    expect(poolComparator(DEFAULT_PROFILE)).toBe(poolComparator(DEFAULT_PROFILE)); // memoised
  });
});

describe('§7 ranks overall, within target level, within unor_induk', () => {
  it('three rank series', () => {
    const es = mk([
      { nip: 'p1', box: 9, talentScore: 99, pot: 99, perf: 99, targetLevel: 'PENGAWAS', unorInduk: 'Dinas A' },
      { nip: 'f1', box: 9, talentScore: 98, pot: 98, perf: 98, targetLevel: 'JF_AHLI_MUDA', unorInduk: 'Dinas B' },
      { nip: 'p2', box: 8, talentScore: 90, pot: 95, perf: 85, targetLevel: 'PENGAWAS', unorInduk: 'Dinas B' },
      { nip: 'f2', box: 7, talentScore: 90, pot: 85, perf: 95, targetLevel: 'JF_AHLI_MUDA', unorInduk: 'Dinas A' },
      { nip: 'top', box: 7, talentScore: 80, pot: 80, perf: 90, targetLevel: null, unorInduk: 'Dinas A' },
    ]);
    expect(order(es)).toEqual(['p1', 'f1', 'p2', 'f2', 'top']);
    const ranks = Object.fromEntries(es.map((e) => [e.nip, [e.rank, e.rankInTargetLevel, e.rankInUnit]]));
    expect(ranks).toEqual({
      p1: [1, 1, 1],
      f1: [2, 1, 1],
      p2: [3, 2, 2],
      f2: [4, 2, 2],
      top: [5, null, 3], // choice: no target level (top of a ladder) → no rank within target level
    });
  });
});

describe('§7 "The order is total and stable" (property)', () => {
  const num = fc.option(fc.constantFrom(60, 70, 80, 85, 90, 95, 100), { nil: null });
  const spec = fc.record({
    nip: fc.constantFrom(nipN(1), nipN(2), nipN(3)),
    box: fc.constantFrom(7, 8, 9),
    talentScore: num,
    pot: num,
    perf: num,
  });
  it('antisymmetric, transitive, and independent of input order', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), fc.integer(), (specs, seed) => {
        const es = mk(specs);
        for (const a of es) {
          for (const b of es) {
            const ab = Math.sign(comparePool(a, b));
            if (ab !== -Math.sign(comparePool(b, a))) return false;
            if (a !== b && ab === 0) return false; // total: only an element equals itself
            for (const c of es) if (ab < 0 && comparePool(b, c) < 0 && !(comparePool(a, c) < 0)) return false;
          }
        }
        // sorting a shuffled copy gives the same sequence of values
        const key = (e: Employee) => JSON.stringify([e.box, e.talentScore, e.potential.score, e.performance.score, e.nip]);
        const sorted = [...es].sort(comparePool).map(key);
        const shuffled = [...es];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) | 0;
          const j = Math.abs(s) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        return JSON.stringify(shuffled.sort(comparePool).map(key)) === JSON.stringify(sorted);
      }),
    );
  });
  it('ranks are 1..n without gaps', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 0, maxLength: 12 }), (specs) => {
        const es = mk(specs);
        rankPool(es);
        return JSON.stringify(es.map((e) => e.rank).sort((a, b) => a! - b!)) === JSON.stringify(es.map((_, i) => i + 1));
      }),
    );
  });
});
