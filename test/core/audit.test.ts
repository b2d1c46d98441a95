/**
 * The calibration and fairness audit (src/core/audit.ts) and pseudonymisation
 * (src/io/pseudonym.ts): every statistic against values worked out by hand on small fixtures;
 * the arithmetic is in the comments. Reference values of the chi-square distribution are the
 * usual table values (critical values at p = 0.05, 0.01, 0.001) and closed forms (df 2: e^(−x/2)).
 */
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  ageBand,
  auditAttributes,
  buildAudit,
  createAuditAttributeCollector,
  golonganGroup,
  sexFromText,
  type Audit,
  type AuditAttributes,
} from '../../src/core/audit.js';
import { chiSquareSf, chiSquareTest, cramersV, funnelLimits, gammaQ, lnGamma, quantile, spreadOf, Z95, Z998 } from '../../src/core/audit/stats.js';
import { funnelFlag } from '../../src/core/audit/leniency.js';
import { prepareInputs, classify, type PreparedInputs } from '../../src/core/classify.js';
import { forEachDataRow } from '../../src/core/tables.js';
import { cellText, normHeader } from '../../src/core/values.js';
import { readInput } from '../../src/io/inputs.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
import type { Predikat, Profile } from '../../src/core/profile.js';
import type { ClassifyResult, Employee, PerformanceLevel, PotentialLevel, RawTable } from '../../src/core/types.js';
import { makePseudonymizer, pseudonymizeAudit, pseudonymizeResult, pseudonymOf, loadPseudonymKey } from '../../src/io/pseudonym.js';
import { AS_OF, P, nip, raw } from './helpers.js';

// ---- a synthetic employee ------------------------------------------------------------------------

interface Mk {
  unit?: string;
  perf?: number | null;
  pot?: number | null;
  /** predikat of the latest SKP year (2025) */
  predikat?: Predikat | null;
  via?: 'predikat' | 'matrix' | 'legacy';
  sex?: 1 | 2;
  birth?: string;
  golongan?: string;
  jenisPegawai?: string;
  /** false: in a pool box but excluded by a rule */
  pool?: boolean;
  nipValid?: boolean;
}

let seq = 0;
function mk(o: Mk = {}): Employee {
  const i = seq++;
  const perf = o.perf === undefined ? 80 : o.perf;
  const pot = o.pot === undefined ? 80 : o.pot;
  const pt = P.performance.thresholds;
  const qt = P.potential.thresholds;
  const perfLevel: PerformanceLevel | null = perf === null ? null : perf >= pt.high ? 'DI_ATAS' : perf >= pt.middle ? 'SESUAI' : 'DI_BAWAH';
  const potLevel: PotentialLevel | null = pot === null ? null : pot >= qt.high ? 'TINGGI' : pot >= qt.middle ? 'MENENGAH' : 'RENDAH';
  const box = perfLevel && potLevel ? P.boxes[potLevel][perfLevel] : null;
  const birth = o.birth ?? '1985-07-26';
  const n = nip(birth, '2010-01', o.sex ?? 1, (i % 998) + 1);
  const predikat = o.predikat === undefined ? 'BAIK' : o.predikat;
  return {
    index: i,
    source: { file: 'roster.csv', sheet: null, row: i + 2 },
    nip: n,
    nipValid: o.nipValid ?? true,
    nama: `Pegawai ${i}`,
    gelarDepan: '',
    gelarBelakang: '',
    jenisPegawai: o.jenisPegawai ?? 'PNS',
    kedudukanHukum: 'Aktif',
    golongan: o.golongan ?? 'III/a',
    jenisJabatan: '',
    jabatan: '',
    eselon: '',
    unor: '',
    unorInduk: o.unit ?? 'Dinas A',
    birthDate: birth,
    bupAge: 58,
    currentLevel: null,
    targetLevel: null,
    performance: {
      score: perf,
      level: perfLevel,
      years: predikat ? [{ year: 2025, predikat, via: o.via ?? 'predikat', score: 80, weight: 1, source: { file: 'skp.csv', sheet: null, row: i + 2 } }] : [],
    },
    potential: {
      score: pot,
      level: potLevel,
      jpmPotensi: pot,
      jpmKompetensi: pot,
      kompetensiFromParts: false,
      fromKategori: false,
      tanggalTes: '2025-03-01',
      source: null,
    },
    box,
    talentScore: null,
    talentPool: box !== null && box >= 7 && (o.pool ?? true),
    krs: null,
    rank: null,
    rankInTargetLevel: null,
    rankInUnit: null,
    reasons: [],
    notMappedReasons: box === null ? ['CACT_TIDAK_ADA'] : [],
    exclusions: [],
    notes: [],
  };
}

function result(employees: Employee[]): ClassifyResult {
  employees.forEach((e, i) => (e.index = i));
  const grid: Record<string, number> = {};
  for (let b = 1; b <= 9; b++) grid[String(b)] = employees.filter((e) => e.box === b).length;
  const mapped = employees.filter((e) => e.box !== null).length;
  return {
    profile: { id: P.id, version: P.version },
    summary: {
      asOf: AS_OF,
      skpYears: [2024, 2025],
      rosterRows: employees.length,
      duplicateRowsMerged: 0,
      employees: employees.length,
      mapped,
      notMapped: employees.length - mapped,
      notMappedByReason: {},
      grid,
      talentPool: employees.filter((e) => e.talentPool).length,
      excludedFromPoolByReason: {},
      inputRows: { roster: employees.length, cact: 0, skp: 0, hukdis: 0 },
      unmatchedAssessmentRows: { cact: 0, skp: 0, hukdis: 0 },
      issues: { error: 0, warning: 0, info: 0 },
    },
    employees,
    pool: employees.filter((e) => e.talentPool).map((e) => e.index),
    issues: [],
    inputs: [],
  };
}

const times = (n: number, o: Mk) => Array.from({ length: n }, () => mk(o));
// scores that land in a box: perf 95 = Di Atas, 80 = Sesuai, 60 = Di Bawah; pot 95 = Tinggi, 85 = Menengah, 70 = Rendah
const POOL: Mk = { perf: 95, pot: 85 }; // box 7
const MID: Mk = { perf: 80, pot: 85 }; // box 5

// ---- the chi-square distribution -------------------------------------------------------------------

describe('chi-square distribution (regularized upper incomplete gamma)', () => {
  it('lnΓ: Γ(5) = 24, Γ(1/2) = √π, Γ(1) = 1', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(1)).toBeCloseTo(0, 12);
  });

  it('critical values of the χ² table give their p', () => {
    // df 1: 3.841459 (0.05), 6.634897 (0.01), 10.827566 (0.001); df 5: 11.070498 (0.05);
    // df 10: 23.209251 (0.01); df 14: 23.684791 (0.05); df 30: 43.772972 (0.05)
    expect(chiSquareSf(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSf(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquareSf(10.827566, 1)).toBeCloseTo(0.001, 7);
    expect(chiSquareSf(11.070498, 5)).toBeCloseTo(0.05, 6);
    expect(chiSquareSf(23.209251, 10)).toBeCloseTo(0.01, 6);
    expect(chiSquareSf(23.684791, 14)).toBeCloseTo(0.05, 6);
    expect(chiSquareSf(43.772972, 30)).toBeCloseTo(0.05, 6);
  });

  it('df 2 is exponential: P(χ²₂ ≥ x) = e^(−x/2); df 1 at x = 1 is 2(1 − Φ(1)) = 0.3173105', () => {
    for (const x of [0.1, 1, 4.5, 13.8155]) expect(chiSquareSf(x, 2)).toBeCloseTo(Math.exp(-x / 2), 10);
    expect(chiSquareSf(1, 1)).toBeCloseTo(0.3173105, 7);
  });

  it('edges: x ≤ 0 gives 1; Q(a, x) falls with x and stays in [0, 1]', () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(gammaQ(2, -1)).toBe(1);
    let last = 1;
    for (let x = 0.5; x < 200; x *= 1.7) {
      const q = gammaQ(3.5, x);
      expect(q).toBeLessThanOrEqual(last);
      expect(q).toBeGreaterThanOrEqual(0);
      last = q;
    }
  });
});

describe("chi-square test of independence, Cramér's V", () => {
  it('2×2 by hand', () => {
    // rows 30/70, columns 40/60, N 100 → expected 12, 18, 28, 42
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651; V = √(0.793651/100) = 0.089087
    // p = erfc(√(χ²/2)) = 0.372998 (df 1)
    const t = chiSquareTest([
      [10, 20],
      [30, 40],
    ])!;
    expect(t.statistic).toBeCloseTo(0.793651, 6);
    expect(t.df).toBe(1);
    expect(t.p).toBeCloseTo(0.372998, 6);
    expect(t.cramersV).toBeCloseTo(0.089087, 6);
    expect(t.n).toBe(100);
    expect(t.minExpected).toBe(12);
    expect(t.expectedBelow5).toBe(0);
  });

  it('3×2 by hand, p = e^(−χ²/2) for df 2', () => {
    // rows 10/10/10, columns 12/18, N 30 → expected 4 and 6 in every row
    // χ² = (8−4)²/4 + (2−6)²/6 + 2·((2−4)²/4 + (8−6)²/6) = 4 + 2.666667 + 2·(1 + 0.666667) = 10
    const t = chiSquareTest([
      [8, 2],
      [2, 8],
      [2, 8],
    ])!;
    expect(t.statistic).toBeCloseTo(10, 6);
    expect(t.df).toBe(2);
    // p = e^(−5) = 0.006738
    expect(t.p).toBeCloseTo(0.006738, 6);
    // V = √(10 / (30 · 1)) = 0.577350
    expect(t.cramersV).toBeCloseTo(0.57735, 6);
    // expected 4 < 5 in the three first-column cells: 3 of 6
    expect(t.expectedBelow5).toBe(0.5);
  });

  it("Cramér's V on its own: |φ| for a 2×2, √(χ²/(N·(k − 1))) with k the smaller side", () => {
    // 2×2 [[10, 20], [30, 40]]: φ = (ad − bc)/√(r1·r2·c1·c2) = (400 − 600)/√(30·70·40·60) = −200/2244.99 = −0.089087
    expect(cramersV(0.793651, 100, 2, 2)).toBeCloseTo(0.089087, 6);
    // 3×4 table, χ² 24, N 50: k = min(3, 4) − 1 = 2 → √(24/100) = 0.489898
    expect(cramersV(24, 50, 3, 4)).toBeCloseTo(0.489898, 6);
    expect(cramersV(24, 50, 4, 3)).toBeCloseTo(0.489898, 6);
    // a table with one row or no counts has no association to measure
    expect(cramersV(0, 0, 2, 2)).toBe(0);
    expect(cramersV(3, 10, 1, 5)).toBe(0);
  });

  it('empty rows are dropped; no variation or one row → null', () => {
    expect(
      chiSquareTest([
        [5, 5],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      chiSquareTest([
        [5, 0],
        [7, 0],
      ]),
    ).toBeNull();
    expect(chiSquareTest([[5, 5]])).toBeNull();
    const t = chiSquareTest([
      [10, 20],
      [0, 0],
      [30, 40],
    ])!;
    expect(t.df).toBe(1);
    expect(t.statistic).toBeCloseTo(0.793651, 6);
  });
});

describe('funnel limits, quantiles, spread', () => {
  it('p₀ ± z·√(p₀(1−p₀)/n), clamped to [0, 1]', () => {
    // p0 0.25, n 12: se = √(0.1875/12) = 0.125
    // 95%: 0.25 ± 1.959964·0.125 = 0.25 ± 0.2449955 = 0.005005 … 0.494995 (6 decimals)
    // 99.8%: 0.25 − 3.090232·0.125 < 0 → 0; 0.25 + 0.386279 = 0.636279
    expect(funnelLimits(0.25, 12, Z95)).toEqual([0.005005, 0.494995]);
    expect(funnelLimits(0.25, 12, Z998)).toEqual([0, 0.636279]);
    expect(funnelLimits(0.9, 4, Z998)[1]).toBe(1);
  });

  it('the funnel flag: above/below each limit; a share on a limit is within it', () => {
    const l95: [number, number] = [0.2, 0.4];
    const l998: [number, number] = [0.1, 0.5];
    expect(funnelFlag(0.3, l95, l998)).toBe('WITHIN');
    expect(funnelFlag(0.4, l95, l998)).toBe('WITHIN');
    expect(funnelFlag(0.2, l95, l998)).toBe('WITHIN');
    expect(funnelFlag(0.41, l95, l998)).toBe('ABOVE_95');
    expect(funnelFlag(0.5, l95, l998)).toBe('ABOVE_95');
    expect(funnelFlag(0.51, l95, l998)).toBe('ABOVE_99_8');
    expect(funnelFlag(0.19, l95, l998)).toBe('BELOW_95');
    expect(funnelFlag(0.09, l95, l998)).toBe('BELOW_99_8');
  });

  it('quantile type 7 against textbook values (R quantile(), Excel QUARTILE.INC)', () => {
    // R: quantile(c(1, 2, 3, 4), c(0, .25, .5, .75, 1)) = 1, 1.75, 2.5, 3.25, 4
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    // Excel QUARTILE.INC({7, 15, 36, 39, 40, 41}, 1) = 20.25, (…, 3) = 39.75
    expect(quantile([7, 15, 36, 39, 40, 41], 0.25)).toBe(20.25);
    expect(quantile([7, 15, 36, 39, 40, 41], 0.75)).toBe(39.75);
    expect(quantile([42], 0.5)).toBe(42);
  });

  it('quartiles by linear interpolation (QUARTILE.INC), population SD, histogram', () => {
    const xs = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    // sorted 1..10: h = 9p → Q1 at 2.25 → 3 + 0.25 = 3.25; median 5.5; Q3 at 6.75 → 7.75
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25)).toBe(3.25);
    const s = spreadOf(xs, { middle: 4, high: 8 });
    expect([s.n, s.min, s.q1, s.median, s.q3, s.max, s.mean]).toEqual([10, 1, 3.25, 5.5, 7.75, 10, 5.5]);
    // Σ(x − 5.5)² = 2·(0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5; /10 = 8.25; √ = 2.872281
    expect(s.sd).toBeCloseTo(2.872281, 6);
    // bins of 5 from 0: [0,5) 1 2 3 4 · [5,10) 5 6 7 8 9 · [10,15) 10
    expect(s.histogram).toEqual({ from: 0, width: 5, counts: [4, 5, 1] });
    // all distinct: the lowest value, 1 of 10
    expect([s.mode, s.modeShare]).toEqual([1, 0.1]);
    const m = spreadOf([80, 88, 80, 60, 88, 80], { middle: 70, high: 90 });
    expect([m.mode, m.modeShare]).toEqual([80, 0.5]);
    expect(spreadOf([], { middle: 1, high: 2 }).median).toBeNull();
  });
});

// ---- distributions --------------------------------------------------------------------------------

describe('distributions: predikat against the 6/2022 guidance, ceilings, spread', () => {
  const build = () => {
    seq = 0;
    return result([
      // Dinas A, 10 with a 2025 predikat: 8 Baik, 2 Sangat Baik → Baik 80% > 70%; no BP/K
      ...times(8, { unit: 'Dinas A', predikat: 'BAIK', ...MID }),
      ...times(2, { unit: 'Dinas A', predikat: 'SANGAT_BAIK', ...POOL }),
      // Dinas B, 10: 6 Baik, 3 Sangat Baik, 1 Butuh Perbaikan → Baik 60%, BP+K 1 → met
      ...times(6, { unit: 'Dinas B', predikat: 'BAIK', ...MID }),
      ...times(3, { unit: 'Dinas B', predikat: 'SANGAT_BAIK', ...POOL }),
      mk({ unit: 'Dinas B', predikat: 'BUTUH_PERBAIKAN', perf: 60, pot: 85 }),
      // Kantor C, 4 people: suppressed
      ...times(4, { unit: 'Kantor C', predikat: 'KURANG', perf: 60, pot: 70 }),
      // one legacy predikat of the year: not counted
      mk({ unit: 'Dinas B', predikat: 'BAIK', via: 'legacy', ...MID }),
      // no predikat in 2025
      mk({ unit: 'Dinas B', predikat: null, ...MID }),
    ]);
  };

  it('agency and units, suppression, legacy', () => {
    const a = buildAudit(build(), P);
    expect(a.year).toBe(2025);
    const d = a.distribution;
    expect(d.orgPredikat).toBe('BAIK');
    // agency: 24 with a 6/2022 predikat: SB 5, B 14, BP 1, K 4
    expect(d.agency.n).toBe(24);
    expect(d.agency.counts).toEqual({ SANGAT_BAIK: 5, BAIK: 14, BUTUH_PERBAIKAN: 1, KURANG: 4, SANGAT_KURANG: 0 });
    expect(d.agency.shares.BAIK).toBeCloseTo(14 / 24, 6);
    expect(d.agency.checks.map((c) => [c.id, c.actual, c.ok])).toEqual([
      ['BAIK_MAX_70', 0.583333, true],
      ['BUTUH_PERBAIKAN_ATAU_KURANG_MIN_1', 5, true],
    ]);
    expect(d.legacy).toBe(1);
    expect(d.units.map((u) => u.unit)).toEqual(['Dinas A', 'Dinas B']);
    expect(d.suppressed).toBe(1);
    const [A, B] = d.units;
    expect(A!.checks.map((c) => [c.actual, c.ok])).toEqual([
      [0.8, false],
      [0, false],
    ]);
    expect(A!.ok).toBe(false);
    expect(B!.n).toBe(10);
    expect(B!.checks.map((c) => [c.actual, c.ok])).toEqual([
      [0.6, true],
      [1, true],
    ]);
    // the suppressed unit is not named anywhere in the audit
    expect(JSON.stringify(a)).not.toContain('Kantor C');
  });

  it('exactly 70% Baik meets "at most 70%"; other organisation predikat use their own rules', () => {
    seq = 0;
    const r = result([...times(7, { predikat: 'BAIK' }), ...times(2, { predikat: 'SANGAT_BAIK' }), mk({ predikat: 'KURANG' })]);
    expect(buildAudit(r, P).distribution.agency.checks[0]!.ok).toBe(true);
    // ISTIMEWA: at most 70% Sangat Baik → 20% ok
    const ist = buildAudit(r, P, { orgPredikat: 'ISTIMEWA' }).distribution.agency;
    expect(ist.checks.map((c) => [c.id, c.ok])).toEqual([['SANGAT_BAIK_MAX_70', true]]);
    // BUTUH_PERBAIKAN: at least 60% BP (0% → fails), at most 10% SB (20% → fails)
    const bp = buildAudit(r, P, { orgPredikat: 'BUTUH_PERBAIKAN' }).distribution.agency;
    expect(bp.checks.map((c) => [c.id, c.actual, c.ok])).toEqual([
      ['BUTUH_PERBAIKAN_MIN_60', 0, false],
      ['SANGAT_BAIK_MAX_10', 0.2, false],
    ]);
    // SANGAT_KURANG: no Sangat Baik at all (2 → fails)
    const sk = buildAudit(r, P, { orgPredikat: 'SANGAT_KURANG' }).distribution.agency;
    expect(sk.checks.find((c) => c.id === 'SANGAT_BAIK_NONE')).toMatchObject({ actual: 2, ok: false });
  });

  it('ceiling warnings: one predikat or one box above the ceiling, in the agency and in shown units', () => {
    const a = buildAudit(build(), P);
    // Dinas A: Baik 8/10 = 80% > 70% (also a guidance failure); box 5 8/10 > 70%
    // Dinas B: box 5 8/12 (6 + the legacy one + the one without predikat) = 66.7% → no
    expect(a.distribution.ceilings.map((c) => [c.unit, c.kind, c.key, c.count, c.n, c.coveredByGuidance])).toEqual([
      ['Dinas A', 'predikat', 'BAIK', 8, 10, true],
      ['Dinas A', 'box', '5', 8, 10, false],
    ]);
    // a lower ceiling: the agency's Baik 14/24 = 58.3% > 50%; its box 5 too: 16 of 26 mapped
    // (Dinas A 10, Dinas B 12, Kantor C 4) = 61.5%
    const low = buildAudit(build(), P, { ceiling: 0.5 }).distribution.ceilings;
    expect(low.filter((c) => c.unit === null).map((c) => [c.kind, c.key, c.count, c.n])).toEqual([
      ['predikat', 'BAIK', 14, 24],
      ['box', '5', 16, 26],
    ]);
    // the suppressed unit never gets a warning (Kantor C: 4 of 4 Kurang, box 1)
    expect(low.some((c) => c.unit === 'Kantor C')).toBe(false);
  });

  it('spread of each axis over mapped employees', () => {
    seq = 0;
    const r = result([mk({ perf: 60, pot: 70 }), mk({ perf: 80, pot: 80 }), mk({ perf: 100, pot: 90 }), mk({ perf: 88, pot: null })]);
    const sp = buildAudit(r, P).distribution.spread;
    // mapped: the first three (pot null → not mapped); perf 60, 80, 100 → Q1 70, median 80, Q3 90
    expect([sp.performance.n, sp.performance.q1, sp.performance.median, sp.performance.q3]).toEqual([3, 70, 80, 90]);
    // SD = √((400 + 0 + 400)/3) = 16.329932
    expect(sp.performance.sd).toBeCloseTo(16.329932, 6);
    expect(sp.potential.cutoffs).toEqual({ high: 90, middle: 78 });
  });
});

// ---- near the line --------------------------------------------------------------------------------

describe('near the line', () => {
  it('a change of at most `near` points crosses a cut-off; the box across the line', () => {
    seq = 0;
    const r = result([
      mk({ perf: 89, pot: 85 }), // 1 below 90 → near; box 5 → 7 (enters the pool boxes)
      mk({ perf: 91, pot: 85 }), // 1 above: a drop of 1 gives 90, still Di Atas → not near
      mk({ perf: 90.5, pot: 85 }), // 0.5 above → near; box 7 → 5 (leaves)
      mk({ perf: 80, pot: 78 }), // exactly on the potential cut-off → near; box 5 → 2
      mk({ perf: 80, pot: 76.5 }), // 1.5 below 78 → not near with 1, near with 2
      mk({ perf: 80, pot: 85 }), // far from everything
    ]);
    const a = buildAudit(r, P);
    const near = a.near.employees.map((x) => [
      x.index,
      x.performance && [x.performance.distance, x.performance.otherBox],
      x.potential && [x.potential.distance, x.potential.otherBox],
      x.poolBoundary,
    ]);
    // pool boundary first, then by distance: index 0 (−1, enters), 2 (+0.5, leaves) → 2 first by distance
    expect(near).toEqual([
      [2, [0.5, 5], null, true],
      [0, [-1, 7], null, true],
      [3, null, [0, 2], false],
    ]);
    expect([a.near.performance, a.near.potential, a.near.poolBoundary]).toEqual([2, 1, 2]);
    expect(
      buildAudit(r, P, { near: 2 })
        .near.employees.map((x) => x.index)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it('box 5 with both scores in the top quarter of their band', () => {
    seq = 0;
    // performance band 70–90: top quarter ≥ 85; potential band 78–90: top quarter ≥ 87
    const r = result([mk({ perf: 88, pot: 88 }), mk({ perf: 85, pot: 87 }), mk({ perf: 88, pot: 86.9 }), mk({ perf: 84, pot: 89 }), mk({ perf: 95, pot: 88 })]);
    const a = buildAudit(r, P);
    expect(a.near.box5).toBe(4);
    // gaps to the upper cut-off: (2, 2) and (5, 3)
    expect(a.near.box5Top.map((x) => [x.index, x.performanceGap, x.potentialGap])).toEqual([
      [0, 2, 2],
      [1, 5, 3],
    ]);
    // the top half (performance ≥ 80, potential ≥ 84): all four, by the sum of the gaps
    // 0: 2 + 2 = 4 · 2: 2 + 3.1 = 5.1 · 3: 6 + 1 = 7 · 1: 5 + 3 = 8
    expect(buildAudit(r, P, { topBand: 0.5 }).near.box5Top.map((x) => x.index)).toEqual([0, 2, 3, 1]);
  });
});

// ---- leniency ------------------------------------------------------------------------------------

describe('leniency scan per unit', () => {
  const build = () => {
    seq = 0;
    return result([
      ...times(5, { unit: 'Unit A', ...POOL }),
      ...times(5, { unit: 'Unit A', ...MID }),
      ...times(1, { unit: 'Unit B', ...POOL }),
      ...times(9, { unit: 'Unit B', ...MID }),
      ...times(2, { unit: 'Unit C', ...POOL }),
      ...times(2, { unit: 'Unit C', ...MID }),
      mk({ unit: 'Unit A', pot: null }), // not mapped: not counted
    ]);
  };

  it('p₀, z, funnel limits; the small unit suppressed and left out of the test', () => {
    const s = buildAudit(build(), P).leniency.units;
    // p0 = (5 + 1 + 2) / 24 = 1/3 (the suppressed unit counts in the agency figure)
    expect([s.agencyN, s.agencyPool, s.agencyShare]).toEqual([24, 8, 0.333333]);
    expect(s.suppressed).toBe(1);
    expect(s.rows.map((r) => r.key)).toEqual(['Unit A', 'Unit B']);
    const [A, B] = s.rows;
    // A: 5/10; se = √((1/3)(2/3)/10) = 0.149071; z = (0.5 − 0.333333)/0.149071 = 1.118034
    expect([A!.n, A!.pool, A!.share, A!.z]).toEqual([10, 5, 0.5, 1.118034]);
    // 95%: 0.333333 ± 1.959964·0.149071 = 0.333333 ± 0.292174 = 0.041159 … 0.625508
    expect(A!.limits95).toEqual([0.041159, 0.625508]);
    expect(A!.flag).toBe('WITHIN');
    // B: 1/10 → z = −1.565248; 0.1 > 0.041159 → within
    expect(B!.z).toBeCloseTo(-1.565248, 6);
    expect(B!.boxes[6]).toBe(1); // box 7
    expect(B!.boxes[4]).toBe(9); // box 5
    // test over A and B: [[5,5],[1,9]] → expected 3, 7, 3, 7
    // χ² = 4/3 + 4/7 + 4/3 + 4/7 = 3.809524; V = √(3.809524/20) = 0.436436; p = erfc(√1.904762) = 0.050962
    expect(s.test!.statistic).toBeCloseTo(3.809524, 6);
    expect(s.test!.p).toBeCloseTo(0.050962, 6);
    expect(s.test!.cramersV).toBeCloseTo(0.436436, 6);
    expect(s.test!.n).toBe(20);
  });

  it('flags above and below the 95% and 99.8% limits', () => {
    seq = 0;
    // p0 = 40/100 = 0.4. Big: 30/40 = 0.75; se = √(0.24/40) = 0.077460 → 99.8% upper 0.4 + 0.239368 = 0.639368 → ABOVE_99_8
    // Low: 2/20 = 0.1; se = √(0.24/20) = 0.109545; 95% lower 0.185294, 99.8% lower 0.061480 → BELOW_95
    // Mid: 8/40 = 0.2; se = 0.077460; 95% lower 0.248181, 99.8% lower 0.160632 → BELOW_95
    const r = result([
      ...times(30, { unit: 'Big', ...POOL }),
      ...times(10, { unit: 'Big', ...MID }),
      ...times(2, { unit: 'Low', ...POOL }),
      ...times(18, { unit: 'Low', ...MID }),
      ...times(8, { unit: 'Mid', ...POOL }),
      ...times(32, { unit: 'Mid', ...MID }),
    ]);
    const s = buildAudit(r, P).leniency.units;
    expect(s.agencyShare).toBe(0.4);
    expect(s.rows.map((x) => [x.key, x.flag])).toEqual([
      ['Big', 'ABOVE_99_8'],
      ['Low', 'BELOW_95'],
      ['Mid', 'BELOW_95'],
    ]);
    expect(s.rows[0]!.limits998[1]).toBeCloseTo(0.639368, 6);
    expect(s.test!.p).toBeLessThan(0.001);
  });

  it('per rater only with an atasan column; raters under 5 suppressed', () => {
    const r = build();
    expect(buildAudit(r, P).leniency.raters).toBeNull();
    const atasan = new Map<number, string>();
    r.employees.forEach((e) => atasan.set(e.index, e.index < 12 ? 'Atasan 1' : e.index < 20 ? 'Atasan 2' : 'Atasan 3'));
    const a = buildAudit(r, P, { attributes: { jenisKelamin: new Map(), atasan, atasanColumn: 'NIP ATASAN' } });
    const raters = a.leniency.raters!;
    // mapped: 0–9 Unit A (5 pool), 10–19 Unit B (1 pool), 20–23 Unit C; Atasan 1 = 0–11 (6 pool of 12)
    expect(raters.rows.map((x) => [x.key, x.n, x.pool])).toEqual([
      ['Atasan 1', 12, 6],
      ['Atasan 2', 8, 0],
    ]);
    expect(raters.suppressed).toBe(1);
    expect(a.leniency.raterColumn).toBe('NIP ATASAN');
  });
});

// ---- fairness ------------------------------------------------------------------------------------

describe('fairness audit', () => {
  it('selection rate, adverse-impact ratio against the highest group, the four-fifths flag', () => {
    seq = 0;
    const r = result([
      // men: 10 mapped, 5 in boxes 7–9 (one kept out of the pool by a rule) → 0.5
      ...times(4, { sex: 1, ...POOL }),
      mk({ sex: 1, ...POOL, pool: false }),
      ...times(5, { sex: 1, ...MID }),
      // women: 10 mapped, 3 selected → 0.3; AIR = 0.3/0.5 = 0.6 < 0.8
      ...times(3, { sex: 2, ...POOL }),
      ...times(7, { sex: 2, ...MID }),
      // a woman not mapped: counted as an employee, not in the rate
      mk({ sex: 2, pot: null }),
    ]);
    const sex = buildAudit(r, P).fairness.dimensions.find((d) => d.id === 'sex')!;
    expect(sex.reference).toBe('L');
    expect(sex.groups.map((g) => [g.key, g.employees, g.mapped, g.selected, g.rate, g.air, g.excludedByRule, g.belowFourFifths])).toEqual([
      ['L', 10, 10, 5, 0.5, 1, 1, false],
      ['P', 11, 10, 3, 0.3, 0.6, 0, true],
    ]);
    // test: [[5,5],[3,7]] → expected 4, 6, 4, 6; χ² = 1/4 + 1/6 + 1/4 + 1/6 = 0.833333
    expect(sex.test!.statistic).toBeCloseTo(0.833333, 6);
  });

  it('AIR exactly 0.8 is not flagged; suppressed groups have no numbers and are not the reference', () => {
    seq = 0;
    const r = result([
      ...times(5, { golongan: 'III/b', ...POOL }),
      ...times(5, { golongan: 'III/d', ...MID }), // III: 5/10 = 0.5
      ...times(4, { golongan: 'IV/a', ...POOL }),
      ...times(6, { golongan: 'IV/c', ...MID }), // IV: 4/10 = 0.4 → AIR 0.8
      ...times(4, { golongan: 'II/a', ...POOL }), // II: 4 people → suppressed (rate 1.0 would otherwise lead)
      ...times(6, { jenisPegawai: 'PPPK', golongan: 'IX', ...MID }), // PPPK: 0/6 → AIR 0
    ]);
    const g = buildAudit(r, P).fairness.dimensions.find((d) => d.id === 'golongan')!;
    expect(g.reference).toBe('III');
    expect(g.groups.map((x) => [x.key, x.rate, x.air, x.belowFourFifths, x.suppressed])).toEqual([
      ['II', null, null, false, true],
      ['III', 0.5, 1, false, false],
      ['IV', 0.4, 0.8, false, false],
      ['PPPK', 0, 0, true, false],
    ]);
    expect(g.groups[0]).toMatchObject({ employees: null, mapped: null, selected: null, excludedByRule: null });
    // the test leaves the suppressed group out: 3 groups → df 2
    expect(g.test!.df).toBe(2);
  });

  it("sex: JENIS KELAMIN first, else the NIP's 15th digit; mismatches and unknowns counted", () => {
    seq = 0;
    const r = result([mk({ sex: 1 }), mk({ sex: 1 }), mk({ sex: 2 }), mk({ sex: 2, nipValid: false })]);
    const jk = new Map<number, string>([
      [0, 'Perempuan'], // NIP says 1: column wins, a mismatch
      [1, 'L'],
      [2, '???'], // unreadable: the NIP (2) is used
    ]);
    const a = buildAudit(r, P, { attributes: { jenisKelamin: jk, atasan: new Map(), atasanColumn: null } });
    expect(a.fairness.sexSource).toEqual({ column: 2, nip: 1, mismatch: 1 });
    const sex = a.fairness.dimensions.find((d) => d.id === 'sex')!;
    expect(sex.unknown).toBe(1); // invalid NIP, no column value
    expect(sexFromText('laki-laki')).toBe('L');
    expect(sexFromText('WANITA')).toBe('P');
    expect(sexFromText('x')).toBeNull();
  });

  it('age bands at the reference date (whole years, birthday inclusive); golongan groups', () => {
    expect(AGE_BANDS).toEqual(['<30', '30-39', '40-49', '>=50']);
    expect(ageBand('1996-09-30', '2026-09-30')).toBe('30-39'); // 30 on the day
    expect(ageBand('1996-10-01', '2026-09-30')).toBe('<30');
    expect(ageBand('1976-09-30', '2026-09-30')).toBe('>=50');
    expect(ageBand('1976-10-01', '2026-09-30')).toBe('40-49');
    expect(ageBand(null, '2026-09-30')).toBeNull();
    seq = 0;
    expect(golonganGroup(mk({ golongan: 'III/b' }))).toBe('III');
    expect(golonganGroup(mk({ golongan: 'IV/e' }))).toBe('IV');
    expect(golonganGroup(mk({ golongan: 'I/a' }))).toBe('I');
    expect(golonganGroup(mk({ jenisPegawai: 'PPPK', golongan: 'IX' }))).toBe('PPPK');
    expect(golonganGroup(mk({ golongan: 'VII' }))).toBe('PPPK');
    expect(golonganGroup(mk({ golongan: '' }))).toBeNull();
  });
});

// ---- attributes from the input tables ------------------------------------------------------------

describe('JENIS KELAMIN and the rater from the input tables', () => {
  it('reads JENIS KELAMIN from the roster and NIP ATASAN from the SKP row of the latest year', () => {
    const n1 = nip('1985-07-26', '2010-01', 1, 1);
    const n2 = nip('1986-01-02', '2011-03', 2, 1);
    const tables = [
      raw('roster.csv', [
        ['NIP BARU', 'NAMA', 'JENIS KELAMIN', 'JENIS PEGAWAI NAMA', 'KEDUDUKAN HUKUM NAMA', 'UNOR INDUK NAMA'],
        [n1, 'Satu', 'P', 'PNS', 'Aktif', 'Dinas A'],
        [n2, 'Dua', '', 'PNS', 'Aktif', 'Dinas A'],
      ]),
      raw('skp.csv', [
        ['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA', 'NIP ATASAN'],
        [n1, 2024, 'Baik', '197001012000011001'],
        [n1, 2025, 'Baik', '197202022000011002'],
        [n2, 2025, 'Sangat Baik', '197001012000011001'],
      ]),
      raw('cact.csv', [
        ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES'],
        [n1, 85, 85, '2025-03-01'],
        [n2, 85, 85, '2025-03-01'],
      ]),
    ];
    const prepared = prepareInputs(tables, P);
    const r = classify(prepared, P, { asOf: AS_OF });
    const at = auditAttributes(prepared, r);
    expect(at.jenisKelamin.get(0)).toBe('P');
    expect(at.jenisKelamin.has(1)).toBe(false);
    expect(at.atasan.get(0)).toBe('197202022000011002'); // the 2025 row, not 2024
    expect(at.atasan.get(1)).toBe('197001012000011001');
    expect(at.atasanColumn).toBe('NIP ATASAN');
    const a = buildAudit(r, P, { attributes: at });
    expect(a.fairness.sexSource).toEqual({ column: 1, nip: 1, mismatch: 1 });
    // two raters of one person each: both suppressed
    expect(a.leniency.raters!.rows).toEqual([]);
    expect(a.leniency.raters!.suppressed).toBe(2);
  });

  it('no atasan column: raters not available', () => {
    const n1 = nip('1985-07-26', '2010-01', 1, 1);
    const tables = [
      raw('roster.csv', [
        ['NIP BARU', 'NAMA', 'UNOR INDUK NAMA'],
        [n1, 'Satu', 'Dinas A'],
      ]),
      raw('skp.csv', [
        ['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA'],
        [n1, 2025, 'Baik'],
      ]),
      raw('cact.csv', [
        ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI'],
        [n1, 85, 85],
      ]),
    ];
    const prepared = prepareInputs(tables, P);
    const r = classify(prepared, P, { asOf: AS_OF });
    const at = auditAttributes(prepared, r);
    expect(at.atasanColumn).toBeNull();
    expect(buildAudit(r, P, { attributes: at }).leniency.raters).toBeNull();
  });
});

// ---- the attribute collector -----------------------------------------------------------------------

/**
 * The audit's attribute reading as it was before the per-row collector (723cd85: its own header
 * scan over every prepared row), kept here verbatim as the oracle the collector must agree with.
 */
function attributesBefore(prepared: PreparedInputs, result: ClassifyResult): AuditAttributes {
  const HEADERS = [
    'NIP ATASAN',
    'NIP ATASAN LANGSUNG',
    'NIP PEJABAT PENILAI',
    'PEGAWAI ATASAN NIP',
    'ATASAN NIP',
    'NIP PENILAI',
    'ATASAN',
    'ATASAN LANGSUNG',
    'NAMA ATASAN',
    'NAMA ATASAN LANGSUNG',
    'PEJABAT PENILAI',
    'NAMA PEJABAT PENILAI',
    'PEGAWAI ATASAN NAMA',
    'ATASAN NAMA',
    'PENILAI',
  ];
  const tableKey = (file: string, sheet: string | null) => `${file}\u0000${sheet ?? ''}`;
  const jk = new Map<string, Map<number, string>>();
  const atasanBy = new Map<string, Map<number, string>>();
  let atasanColumn: string | null = null;
  const wanted = HEADERS.map(normHeader);
  const carried = result.employees.length > 0 && result.employees[0]!.jenisKelamin !== undefined;
  for (const t of prepared.tables) {
    if (t.headerIndex === null) continue;
    const isRoster = t.roles.includes('roster');
    const isSkp = t.roles.includes('skp');
    if (!isRoster && !isSkp) continue;
    const normalized = t.headers.map((h) => normHeader(h));
    let aCol = -1;
    for (const w of wanted) {
      aCol = normalized.indexOf(w);
      if (aCol >= 0) break;
    }
    const jkCol = isRoster && !carried ? t.columns.roster?.jenis_kelamin : undefined;
    if (jkCol === undefined && aCol < 0) continue;
    if (aCol >= 0 && atasanColumn === null) atasanColumn = t.headers[aCol] ?? null;
    const key = tableKey(t.raw.file, t.raw.sheet);
    const jkRows = jk.get(key) ?? new Map<number, string>();
    const aRows = atasanBy.get(key) ?? new Map<number, string>();
    forEachDataRow(t, (row, rowNumber) => {
      if (jkCol !== undefined) {
        const v = cellText(row[jkCol] ?? null);
        if (v !== '') jkRows.set(rowNumber, v);
      }
      if (aCol >= 0) {
        const v = cellText(row[aCol] ?? null).replace(/^'/, '');
        if (v !== '') aRows.set(rowNumber, v);
      }
    });
    if (jkRows.size > 0) jk.set(key, jkRows);
    if (aRows.size > 0) atasanBy.set(key, aRows);
  }
  const jenisKelamin = new Map<number, string>();
  const atasan = new Map<number, string>();
  for (const e of result.employees) {
    const v = carried ? e.jenisKelamin || undefined : jk.get(tableKey(e.source.file, e.source.sheet))?.get(e.source.row);
    if (v !== undefined) jenisKelamin.set(e.index, v);
    let latest = e.performance.years[0];
    for (const y of e.performance.years) if (latest && y.year > latest.year) latest = y;
    const fromSkp = latest ? atasanBy.get(tableKey(latest.source.file, latest.source.sheet))?.get(latest.source.row) : undefined;
    const a = fromSkp ?? atasanBy.get(tableKey(e.source.file, e.source.sheet))?.get(e.source.row);
    if (a !== undefined) atasan.set(e.index, a);
  }
  return { jenisKelamin, atasan, atasanColumn: atasan.size > 0 ? atasanColumn : null };
}

/** Feed the collector as a streaming reader would: header, then each row once, nothing kept. */
function collectStreaming(prepared: PreparedInputs, result: ClassifyResult, profile: Profile, jenisKelamin: boolean): AuditAttributes {
  const c = createAuditAttributeCollector(profile, { jenisKelamin });
  for (const t of prepared.tables) {
    if (t.headerIndex === null) continue;
    const slot = c.addTable({ file: t.raw.file, sheet: t.raw.sheet, roles: [...t.roles], headers: [...t.headers], columns: t.columns });
    if (!slot) continue;
    // a copy of each row, handed over and forgotten: the collector must not hold on to the row
    forEachDataRow(t, (row, n) => c.addRow(slot, [...row], n));
  }
  return c.result(result.employees);
}

/** The result as a classifier that does not keep JENIS KELAMIN would give it (employees are views: the rest read through). */
const withoutJenisKelamin = (r: ClassifyResult): ClassifyResult => ({
  ...r,
  employees: r.employees.map((e) => Object.create(e, { jenisKelamin: { value: undefined, enumerable: true } }) as Employee),
});

const RATERS = ['197001012000011001', '197202022000011002', '197303032000011003'];

/** The sample agency (fixtures/contoh/csv), with a rater column added to the 2025 SKP and a name-rater to the roster. */
async function sampleWithRaters(): Promise<RawTable[]> {
  const dir = join(ROOT, 'fixtures/contoh/csv');
  const tables: RawTable[] = [];
  for (const f of ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv']) {
    tables.push(...(await readInput(readFileSync(join(dir, f)), f)));
  }
  for (const t of tables) {
    if (t.file === 'skp-2025.csv') {
      // every third data row has no rater: those fall back to the roster's ATASAN
      t.rows = t.rows.map((r, i) => [...r, i === 0 ? 'NIP ATASAN' : i % 3 === 0 ? null : `'${RATERS[i % RATERS.length]}`]);
    }
    if (t.file === 'pegawai.csv') t.rows = t.rows.map((r, i) => [...r, i === 0 ? 'ATASAN' : `Atasan ${i % 2}`]);
  }
  return tables;
}

describe('the attribute collector (row by row) gives what the audit read before', () => {
  it('on the sample agency with rater columns: same JENIS KELAMIN and raters, carried or read from the roster', async () => {
    const tables = await sampleWithRaters();
    const prepared = prepareInputs(tables, P);
    const r = classify(prepared, P, { asOf: AS_OF });
    const before = attributesBefore(prepared, r);
    expect(before.atasan.size).toBeGreaterThan(0);
    expect(before.jenisKelamin.size).toBeGreaterThan(0);
    expect(auditAttributes(prepared, r, P)).toEqual(before);
    expect(auditAttributes(prepared, r)).toEqual(before);
    expect(collectStreaming(prepared, r, P, false).atasan).toEqual(before.atasan);
    // a result without JENIS KELAMIN per employee: read from the roster rows instead
    const bare: ClassifyResult = withoutJenisKelamin(r);
    const beforeBare = attributesBefore(prepared, bare);
    expect(beforeBare.jenisKelamin).toEqual(before.jenisKelamin);
    expect(auditAttributes(prepared, bare, P)).toEqual(beforeBare);
    expect(collectStreaming(prepared, bare, P, true)).toEqual(beforeBare);
    // by hand: the 2025 SKP's first data row (row 2, 196710131994091001) has rater RATERS[1]
    // (the leading apostrophe of a text cell dropped); its 3rd data row (no rater) falls back to
    // the roster's ATASAN of that employee
    const byNip = new Map(r.employees.map((e) => [e.nip, e]));
    expect(before.atasan.get(byNip.get('196710131994091001')!.index)).toBe(RATERS[1]);
    const skp = tables.find((t) => t.file === 'skp-2025.csv')!;
    const third = byNip.get(String(skp.rows[3]![0]))!;
    const rosterRow = tables.find((t) => t.file === 'pegawai.csv')!.rows.findIndex((x) => String(x[0]) === third.nip);
    expect(before.atasan.get(third.index)).toBe(`Atasan ${rosterRow % 2}`);
    // the column named is the first input's that has one (the roster, read first)
    expect(before.atasanColumn).toBe('ATASAN');
    expect(before.jenisKelamin.get(byNip.get('196710131994091001')!.index)).toBe('Laki-laki');
  });

  it("an aliased JENIS KELAMIN header (the profile's) and a profile-declared rater header", () => {
    const profile: Profile = {
      ...P,
      headers: {
        ...P.headers,
        roster: { ...P.headers.roster, jenis_kelamin: ['JK', 'JENIS KELAMIN'] },
        skp: { ...P.headers.skp, atasan: ['PENILAI KINERJA'] },
      },
    };
    const n1 = nip('1985-07-26', '2010-01', 1, 1);
    const n2 = nip('1986-01-02', '2011-03', 2, 1);
    const tables = () => [
      raw('roster.csv', [
        ['NIP BARU', 'NAMA', 'JK', 'JENIS PEGAWAI NAMA', 'UNOR INDUK NAMA'],
        [n1, 'Satu', 'Perempuan', 'PNS', 'Dinas A'],
        [n2, 'Dua', 'L', 'PNS', 'Dinas A'],
      ]),
      raw('skp.csv', [
        ['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA', 'Pejabat  Penilai'],
        [n1, 2025, 'Baik', 'Bu Ani'],
        [n2, 2025, 'Baik', 'Pak Budi'],
      ]),
      raw('cact.csv', [
        ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI'],
        [n1, 85, 85],
        [n2, 85, 85],
      ]),
    ];
    const prepared = prepareInputs(tables(), profile);
    const r = classify(prepared, profile, { asOf: AS_OF });
    const bare: ClassifyResult = withoutJenisKelamin(r);
    const before = attributesBefore(prepared, bare);
    // read under the alias JK, the rater under "Pejabat  Penilai" (case and spaces folded)
    expect([...before.jenisKelamin.values()]).toEqual(['Perempuan', 'L']);
    expect([...before.atasan.values()]).toEqual(['Bu Ani', 'Pak Budi']);
    expect(collectStreaming(prepared, bare, profile, true)).toEqual(before);
    expect(auditAttributes(prepared, bare, profile)).toEqual(before);
    // the profile's own rater header comes before the usual ones
    const t2 = tables();
    t2[1] = raw('skp.csv', [
      ['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA', 'PENILAI', 'Penilai Kinerja'],
      [n1, 2025, 'Baik', 'x', '199001012015011001'],
      [n2, 2025, 'Baik', 'y', '199001012015011001'],
    ]);
    const p2 = prepareInputs(t2, profile);
    const r2 = classify(p2, profile, { asOf: AS_OF });
    const at = auditAttributes(p2, r2, profile);
    expect(at.atasanColumn).toBe('Penilai Kinerja');
    expect([...at.atasan.values()]).toEqual(['199001012015011001', '199001012015011001']);
    // without the profile, the usual header PENILAI is read
    expect([...auditAttributes(p2, r2).atasan.values()]).toEqual(['x', 'y']);
  });

  it('a table with nothing the audit reads gets no slot; rows of other tables are not looked at', () => {
    const c = createAuditAttributeCollector(P);
    expect(c.addTable({ file: 'cact.csv', sheet: null, roles: ['cact'], headers: ['NIP BARU', 'JPM POTENSI', 'ATASAN'], columns: {} })).toBeNull();
    expect(c.addTable({ file: 'skp.csv', sheet: null, roles: ['skp'], headers: ['NIP BARU', 'TAHUN', 'PREDIKAT'], columns: {} })).toBeNull();
    expect(c.result([]).atasanColumn).toBeNull();
  });
});

// ---- pseudonymisation ----------------------------------------------------------------------------

describe('pseudonyms', () => {
  const KEY = 'kunci-rahasia-bkpsdm-0123456789';

  it('HMAC-SHA256 keyed: same key same pseudonym, another key another; NIP decorations ignored', () => {
    const n = '198503122010011001';
    const p = pseudonymOf(KEY, n);
    expect(p).toMatch(/^P[0-9A-F]{17}$/);
    expect(pseudonymOf(KEY, n)).toBe(p);
    expect(pseudonymOf(KEY, `'19850312 201001 1 001`)).toBe(p);
    expect(pseudonymOf(`${KEY}x`, n)).not.toBe(p);
    expect(pseudonymOf(KEY, '198503122010011002')).not.toBe(p);
    // a fixed value, checked independently with Python's hmac module:
    //   'P' + hmac.new(b'0123456789abcdef', b'talenta/nip/v1\x00198503122010011001', sha256).hexdigest()[:17].upper()
    // pseudonyms must not change between talenta versions, or compare across runs breaks
    expect(pseudonymOf('0123456789abcdef', '198503122010011001')).toBe('P87AAD655F7C84CD0B');
    expect(pseudonymOf(Buffer.from('0123456789abcdef'), '198503122010011001')).toBe('P87AAD655F7C84CD0B');
  });

  it('result and audit: NIPs replaced, names, titles and birth dates removed, issue values scrubbed', () => {
    seq = 0;
    const r = result([...times(6, { ...POOL }), ...times(6, { ...MID, sex: 2 })]);
    r.employees[0]!.gelarDepan = 'Dr.';
    r.issues.push(
      { severity: 'error', code: 'NIP_FORMAT', file: 'roster.csv', sheet: null, row: 2, column: 'NIP BARU', value: r.employees[0]!.nip },
      { severity: 'warning', code: 'TANGGAL_LAHIR_TIDAK_VALID', file: 'roster.csv', sheet: null, row: 3, column: 'TANGGAL LAHIR', value: '31/02/1985' },
      { severity: 'warning', code: 'GOLONGAN_TIDAK_DIKENAL', file: 'roster.csv', sheet: null, row: 4, column: 'GOL', value: 'III-z' },
      // a JPM warning reported on the NIP column carries the NIP
      { severity: 'warning', code: 'JPM_DI_ATAS_100', file: 'cact.csv', sheet: null, row: 5, column: 'NIP BARU', value: r.employees[1]!.nip },
      { severity: 'error', code: 'JPM_TIDAK_VALID', file: 'cact.csv', sheet: null, row: 6, column: 'JPM POTENSI', value: '1.99611242010042E+17' },
    );
    const a: Audit = buildAudit(r, P, { near: 100 });
    const ps = makePseudonymizer(KEY);
    const pr = pseudonymizeResult(r, ps);
    const pa = pseudonymizeAudit(a, ps);
    const text = JSON.stringify(pr) + JSON.stringify(pa);
    for (const e of r.employees) {
      expect(text).not.toContain(e.nip);
      expect(text).not.toContain(e.nama);
    }
    expect(text).not.toContain('Dr.');
    expect(text).not.toContain('31/02/1985');
    expect(pr.employees.every((e) => e.birthDate === null && e.nama === '')).toBe(true);
    expect(pr.employees[0]!.nip).toBe(pseudonymOf(KEY, r.employees[0]!.nip));
    expect(pr.issues.map((i) => i.value)).toEqual([
      pseudonymOf(KEY, r.employees[0]!.nip),
      null,
      'III-z',
      pseudonymOf(KEY, r.employees[1]!.nip),
      pseudonymOf(KEY, '1.99611242010042E+17'),
    ]);
    expect(pa.near.employees[0]!.nip).toBe(pseudonymOf(KEY, a.near.employees[0]!.nip));
    // the input is left as it was; the aggregates are the same
    expect(r.employees[0]!.nama).not.toBe('');
    expect(pa.fairness).toEqual(a.fairness);
  });

  it('the key: from TALENTA_PSEUDONYM_KEY or a file; missing or short keys refused', async () => {
    await expect(loadPseudonymKey({ env: {}, lang: 'en' })).rejects.toThrow(/needs a secret key/);
    await expect(loadPseudonymKey({ env: { TALENTA_PSEUDONYM_KEY: 'short' }, lang: 'en' })).rejects.toThrow(/too short/);
    expect((await loadPseudonymKey({ env: { TALENTA_PSEUDONYM_KEY: `  ${KEY}\n` }, lang: 'id' })).toString()).toBe(KEY);
    await expect(loadPseudonymKey({ keyFile: '/nonexistent/talenta.key', env: {}, lang: 'en' })).rejects.toThrow(/Cannot read the pseudonym key file/);
  });
});
