/**
 * Tests written to kill the mutants that survived StrykerJS (`npm run mutate`) in the scoring
 * and ranking rules: src/core/performance.ts, potential.ts, ranking.ts and grid.ts. Each test states the
 * rule it pins; expected values are worked out by hand from docs/rules.md §5, §6 and §9.
 */
import { describe, expect, it } from 'vitest';
import { computePerformance, evaluateSkpRow, predikatFromLegacy, type SkpRowInput } from '../../src/core/performance.js';
import { computePotential } from '../../src/core/potential.js';
import { parseProfile, type Profile } from '../../src/core/profile.js';
import { gridOf } from '../../src/core/grid.js';
import { comparePool, rankPool } from '../../src/core/ranking.js';
import { fakeEmployee, nipN, P } from './helpers.js';

const row = (r: Partial<SkpRowInput>): SkpRowInput => ({ year: 2025, predikat: null, hasil: null, perilaku: null, nilai: null, ...r });

describe('§3.1 one SKP row → predikat: every refusal names its code and the field to fix', () => {
  it('an unreadable predikat with only one readable rating is refused (the matrix needs both ratings)', () => {
    expect(evaluateSkpRow(row({ predikat: 'Luar Biasa', hasil: 'Di Atas Ekspektasi' }), P)).toEqual({
      ok: false,
      code: 'PREDIKAT_TIDAK_DIKENAL',
      field: 'predikat',
      value: 'Luar Biasa',
    });
    expect(evaluateSkpRow(row({ predikat: 'Luar Biasa', perilaku: 'Sesuai' }), P)).toEqual({
      ok: false,
      code: 'PREDIKAT_TIDAK_DIKENAL',
      field: 'predikat',
      value: 'Luar Biasa',
    });
  });
  it('an unreadable predikat beside two readable ratings: the 6/2022 matrix (Di Atas × Sesuai → Baik), marked unread', () => {
    expect(evaluateSkpRow(row({ predikat: 'Luar Biasa', hasil: 'Di Atas', perilaku: 'Sesuai' }), P)).toEqual({ ok: true, predikat: 'BAIK', via: 'matrix', predikatUnread: true });
  });
  it('an unknown rating hasil kerja / perilaku kerja is refused with the column it sits in', () => {
    expect(evaluateSkpRow(row({ hasil: 'Hebat', perilaku: 'Sesuai' }), P)).toEqual({ ok: false, code: 'RATING_TIDAK_DIKENAL', field: 'rating_hasil_kerja', value: 'Hebat' });
    expect(evaluateSkpRow(row({ hasil: 'Sesuai', perilaku: 'Hebat' }), P)).toEqual({ ok: false, code: 'RATING_TIDAK_DIKENAL', field: 'rating_perilaku_kerja', value: 'Hebat' });
  });
  it('a legacy nilai that is not a number, or without a year, or in a year no rule covers, is refused', () => {
    expect(evaluateSkpRow(row({ nilai: 'sembilan puluh' }), P)).toEqual({ ok: false, code: 'NILAI_SKP_TIDAK_VALID', field: 'nilai', value: 'sembilan puluh' });
    expect(evaluateSkpRow(row({ year: null, nilai: 95 }), P)).toEqual({ ok: false, code: 'TAHUN_TIDAK_VALID', field: 'tahun', value: null });
    expect(evaluateSkpRow(row({ year: 2017, nilai: 95 }), ONLY_2019)).toEqual({ ok: false, code: 'NILAI_SKP_TIDAK_VALID', field: 'nilai', value: 95 });
  });
  it('a row with nothing to read: SKP_KOSONG on the predikat column', () => {
    expect(evaluateSkpRow(row({}), P)).toEqual({ ok: false, code: 'SKP_KOSONG', field: 'predikat', value: null });
  });
  it('a legacy nilai outside its scale names the era and the scale (PP 30/2019: 0–120)', () => {
    expect(evaluateSkpRow(row({ year: 2020, nilai: 121 }), P)).toEqual({
      ok: false,
      code: 'NILAI_SKP_DI_LUAR_SKALA',
      field: 'nilai',
      value: 121,
      params: { era: 'PP 30/2019', min: 0, max: 120 },
    });
  });
});

/** The default profile with only the PP 30/2019 era (from 2019): a year before 2019 has no rule. */
const ONLY_2019: Profile = parseProfile({
  ...structuredClone(P),
  id: 'only-2019',
  performance: { ...structuredClone(P.performance), legacyEras: P.performance.legacyEras.filter((e) => e.fromYear === 2019) },
});

describe('§3.1 the legacy rule of a year: an era applies from its first year on', () => {
  it('the profile under test has one era, from 2019, open-ended', () => {
    expect(ONLY_2019.performance.legacyEras.map((e) => [e.name, e.fromYear, e.toYear])).toEqual([['PP 30/2019', 2019, null]]);
  });
  it('2018 and 2017 are before it: no rule (era null); 2019 is in it: 110 → Sangat Baik', () => {
    expect(predikatFromLegacy(110, 2018, ONLY_2019)).toEqual({ ok: false, era: null });
    expect(predikatFromLegacy(95, 2017, ONLY_2019)).toEqual({ ok: false, era: null });
    expect(predikatFromLegacy(110, 2019, ONLY_2019)).toEqual({ ok: true, predikat: 'SANGAT_BAIK', era: 'PP 30/2019' });
  });
  it('in the default profile 2018 is PP 46/2011 (91 → Sangat Baik) and 2019 PP 30/2019 (91 → Baik)', () => {
    expect(predikatFromLegacy(91, 2018, P)).toEqual({ ok: true, predikat: 'SANGAT_BAIK', era: 'PP 46/2011' });
    expect(predikatFromLegacy(91, 2019, P)).toEqual({ ok: true, predikat: 'BAIK', era: 'PP 30/2019' });
  });
});

describe('§3.3 two SKP rows of one year: the worse predikat; on a tie the first row read', () => {
  const src = (r: number) => ({ file: 'skp.csv', sheet: null, row: r });
  it('equal predikat: the first row is the one traced', () => {
    const r = computePerformance(
      [
        { year: 2025, predikat: 'BAIK', via: 'predikat', source: src(2) },
        { year: 2025, predikat: 'BAIK', via: 'matrix', source: src(3) },
      ],
      [2025, 2024],
      P,
    );
    // only year N present: its score alone, 80 → Sesuai Ekspektasi
    expect(r).toEqual({ score: 80, level: 'SESUAI', years: [{ year: 2025, predikat: 'BAIK', via: 'predikat', score: 80, weight: 1, source: src(2) }] });
  });
  it('the worse one wins whatever the order (Baik 80 before Kurang 40, and after)', () => {
    for (const order of [
      [2, 3],
      [3, 2],
    ]) {
      const rows = order.map((n) => ({ year: 2025, predikat: n === 2 ? ('BAIK' as const) : ('KURANG' as const), via: 'predikat' as const, source: src(n) }));
      const r = computePerformance(rows, [2025, 2024], P);
      expect(r.score).toBe(40);
      expect(r.years[0]!.source).toEqual(src(3));
    }
  });
});

describe('§4 the potential computation says how it got its level', () => {
  it('from the kategori alone: no score, fromKategori, not "one component"', () => {
    expect(computePotential({ potensi: null, kompetensi: null, parts: [null, null, null], kategori: 'TINGGI' }, P)).toEqual({
      score: null,
      level: 'TINGGI',
      kompetensi: null,
      kompetensiFromParts: false,
      fromKategori: true,
      single: false,
    });
  });
  it('nothing at all: no score, no level, nothing claimed', () => {
    expect(computePotential({ potensi: null, kompetensi: null, parts: [null, null, null], kategori: null }, P)).toEqual({
      score: null,
      level: null,
      kompetensi: null,
      kompetensiFromParts: false,
      fromKategori: false,
      single: false,
    });
  });
  it('kompetensi alone (potensi empty): that one alone, noted as one component; 80 → Menengah', () => {
    expect(computePotential({ potensi: null, kompetensi: 80, parts: [null, null, null], kategori: null }, P)).toEqual({
      score: 80,
      level: 'MENENGAH',
      kompetensi: 80,
      kompetensiFromParts: false,
      fromKategori: false,
      single: true,
    });
  });
});

describe('§7 pool order: an empty value sorts after every number, 0 included; NIP ascending on a tie', () => {
  const e = (index: number, nip: string, pot: number | null) => fakeEmployee({ index, nip, box: 9, talentScore: null, pot, perf: 80 });
  it('potential 0 sorts before an empty potential (and the answer does not depend on the argument order)', () => {
    const zero = e(0, nipN(2), 0);
    const empty = e(1, nipN(1), null);
    expect(comparePool(zero, empty)).toBeLessThan(0);
    expect(comparePool(empty, zero)).toBeGreaterThan(0);
    expect(rankPool([empty, zero])).toEqual([0, 1]);
  });
  it('all scores equal: NIP ascending, whatever the roster order (the later roster row first when its NIP is smaller)', () => {
    const a = e(0, nipN(7), 85);
    const b = e(1, nipN(3), 85);
    expect(comparePool(a, b)).toBeGreaterThan(0);
    expect(comparePool(b, a)).toBeLessThan(0);
    expect(rankPool([a, b])).toEqual([1, 0]);
    expect([b.rank, a.rank]).toEqual([1, 2]);
  });
  it('same NIP (a NIP repeated in the roster): roster order', () => {
    const a = e(0, nipN(5), 85);
    const b = e(1, nipN(5), 85);
    expect(rankPool([b, a])).toEqual([0, 1]);
  });
});

describe('grid: a number that is not a box of the grid', () => {
  it('is in the middle colour group, not in the pool, ranked after every box, and has no cell', () => {
    const g = gridOf(P);
    for (const n of [0, 10]) {
      expect(g.group(n)).toBe('middle');
      expect(g.isPool(n)).toBe(false);
      expect(g.rank(n)).toBe(9);
      expect(g.cell(n)).toBeUndefined();
    }
    expect(g.cell(4)).toEqual({ box: 4, potential: 'RENDAH', performance: 'DI_ATAS', group: 'middle' });
    expect(g.isPool(7)).toBe(true);
  });
});
