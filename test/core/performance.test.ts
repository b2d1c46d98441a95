/**
 * Performance axis (kinerja), docs/rules.md §5, and the PermenPANRB 6/2022 matrix (docs/rules.md §5.1).
 * Unit level: performance.ts. End-to-end checks of the window and duplicates are in classify.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  computePerformance,
  evaluateSkpRow,
  parsePredikat,
  parseRating,
  performanceLevel,
  predikatFromLegacy,
  predikatFromRatings,
  type SkpCandidate,
} from '../../src/core/performance.js';
import type { Predikat, Rating } from '../../src/core/profile.js';
import { P } from './helpers.js';

describe('§1 "predikat and ratings are matched case-insensitively with whitespace folded"', () => {
  it.each<[string, Predikat]>([
    ['BAIK', 'BAIK'],
    [' Baik ', 'BAIK'],
    ['baik', 'BAIK'],
    ['Kurang/Misconduct', 'KURANG'],
    ['Kurang', 'KURANG'],
    ['KURANG / MISCONDUCT', 'KURANG'],
    ['sangat  baik', 'SANGAT_BAIK'],
    ['Sangat Baik', 'SANGAT_BAIK'],
    ['Butuh Perbaikan', 'BUTUH_PERBAIKAN'],
    ['BUTUH\tPERBAIKAN', 'BUTUH_PERBAIKAN'],
    ['Sangat Kurang', 'SANGAT_KURANG'],
  ])('predikat %j → %s', (text, p) => {
    expect(parsePredikat(text, P)).toBe(p);
  });
  it.each(['Istimewa', 'Luar Biasa', '', 'Baik sekali'])('unknown predikat %j → null', (text) => {
    expect(parsePredikat(text, P)).toBeNull();
  });
  it.each<[string, Rating]>([
    ['Di Atas Ekspektasi', 'DI_ATAS'],
    ['DI ATAS EKSPEKTASI', 'DI_ATAS'],
    ['  di   atas ekspektasi ', 'DI_ATAS'],
    ['Sesuai Ekspektasi', 'SESUAI'],
    ['SESUAI', 'SESUAI'],
    ['Di Bawah Ekspektasi', 'DI_BAWAH'],
    ['dibawah ekspektasi', 'DI_BAWAH'],
  ])('rating %j → %s', (text, r) => {
    expect(parseRating(text, P)).toBe(r);
  });
});

describe('PermenPANRB 6/2022 matrix (docs/rules.md §5.1): rating hasil kerja × rating perilaku kerja → predikat', () => {
  // | Hasil kerja ↓ / Perilaku → | Di bawah          | Sesuai          | Di atas         |
  // | Di atas ekspektasi         | Kurang/Misconduct | Baik            | Sangat Baik     |
  // | Sesuai ekspektasi          | Kurang/Misconduct | Baik            | Baik            |
  // | Di bawah ekspektasi        | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
  const cells: [Rating, Rating, Predikat][] = [
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ];
  it.each(cells)('hasil %s × perilaku %s → %s', (hasil, perilaku, p) => {
    expect(predikatFromRatings(hasil, perilaku, P)).toBe(p);
  });
  it('hasil kerja is the row and perilaku the column (the matrix is not symmetric)', () => {
    expect(predikatFromRatings('DI_ATAS', 'DI_BAWAH', P)).toBe('KURANG');
    expect(predikatFromRatings('DI_BAWAH', 'DI_ATAS', P)).toBe('BUTUH_PERBAIKAN');
  });
});

describe('§3.1 one SKP row → predikat', () => {
  const row = (o: Partial<Parameters<typeof evaluateSkpRow>[0]>) => evaluateSkpRow({ year: 2025, predikat: null, hasil: null, perilaku: null, nilai: null, ...o }, P);

  it('"take the predikat"; it wins over ratings and nilai', () => {
    expect(row({ predikat: 'Baik', hasil: 'Di Atas Ekspektasi', perilaku: 'Di Atas Ekspektasi', nilai: 119 })).toEqual({
      ok: true,
      predikat: 'BAIK',
      via: 'predikat',
    });
  });
  it('"if it is empty but both ratings are present, derive it with the PermenPANRB 6/2022 matrix"', () => {
    expect(row({ predikat: '  ', hasil: 'Di Atas Ekspektasi', perilaku: 'Sesuai Ekspektasi' })).toEqual({
      ok: true,
      predikat: 'BAIK',
      via: 'matrix',
    });
  });
  it('only one rating present (no nilai) → no predikat (year absent)', () => {
    expect(row({ hasil: 'Di Atas Ekspektasi' })).toMatchObject({ ok: false, code: 'SKP_KOSONG' });
  });
  it('only one rating and a legacy nilai → the nilai is used', () => {
    // 2019+: 95 ≥ 90 → Baik
    expect(row({ year: 2019, hasil: 'Di Atas Ekspektasi', nilai: 95 })).toEqual({ ok: true, predikat: 'BAIK', via: 'legacy' });
  });
  it('"if only a legacy nilai is present, map it by the rule of its year" (decimal comma accepted)', () => {
    // 2018 (PP 46/2011): 91,5 ≥ 91 → Sangat Baik
    expect(row({ year: 2018, nilai: '91,5' })).toEqual({ ok: true, predikat: 'SANGAT_BAIK', via: 'legacy' });
  });
  it('unknown predikat or rating, or non-numeric nilai, is reported, not guessed', () => {
    expect(row({ predikat: 'Istimewa' })).toMatchObject({ ok: false, code: 'PREDIKAT_TIDAK_DIKENAL' });
    expect(row({ hasil: 'Bagus', perilaku: 'Sesuai' })).toMatchObject({ ok: false, code: 'RATING_TIDAK_DIKENAL' });
    expect(row({ nilai: 'delapan puluh' })).toMatchObject({ ok: false, code: 'NILAI_SKP_TIDAK_VALID' });
  });
  it('"A value outside its scale is a data problem, and that year counts as absent"', () => {
    expect(row({ year: 2018, nilai: 105 })).toMatchObject({
      ok: false,
      code: 'NILAI_SKP_DI_LUAR_SKALA',
      params: { min: 0, max: 100 },
    });
    expect(row({ year: 2020, nilai: 121 })).toMatchObject({
      ok: false,
      code: 'NILAI_SKP_DI_LUAR_SKALA',
      params: { min: 0, max: 120 },
    });
  });
});

describe('§3.1 legacy bands, every boundary and just below', () => {
  // "up to 2018 the PP 46/2011 bands (≥91 Sangat Baik, ≥76 Baik, ≥61 Butuh Perbaikan, ≥51 Kurang,
  //  else Sangat Kurang; scale 0–100)"
  const pp46: [number, Predikat][] = [
    [100, 'SANGAT_BAIK'],
    [91, 'SANGAT_BAIK'],
    [90.99, 'BAIK'],
    [76, 'BAIK'],
    [75.99, 'BUTUH_PERBAIKAN'],
    [61, 'BUTUH_PERBAIKAN'],
    [60.99, 'KURANG'],
    [51, 'KURANG'],
    [50.99, 'SANGAT_KURANG'],
    [0, 'SANGAT_KURANG'],
  ];
  it.each(pp46)('PP 46/2011 (2018): %d → %s', (v, p) => {
    expect(predikatFromLegacy(v, 2018, P)).toMatchObject({ ok: true, predikat: p });
  });
  it.each([2010, 2015, 2018])('PP 46/2011 applies to every year ≤ 2018 (%i): 91 → Sangat Baik, 100.5 out of scale', (y) => {
    expect(predikatFromLegacy(91, y, P)).toMatchObject({ ok: true, predikat: 'SANGAT_BAIK', era: 'PP 46/2011' });
    expect(predikatFromLegacy(100.5, y, P)).toMatchObject({ ok: false, era: 'PP 46/2011' });
  });

  // "from 2019 the PP 30/2019 bands (≥110 Sangat Baik, ≥90 Baik, ≥70 Butuh Perbaikan, ≥50 Kurang,
  //  else Sangat Kurang; scale 0–120)"
  const pp30: [number, Predikat][] = [
    [120, 'SANGAT_BAIK'],
    [110, 'SANGAT_BAIK'],
    [109.99, 'BAIK'],
    [90, 'BAIK'],
    [89.99, 'BUTUH_PERBAIKAN'],
    [70, 'BUTUH_PERBAIKAN'],
    [69.99, 'KURANG'],
    [50, 'KURANG'],
    [49.99, 'SANGAT_KURANG'],
    [0, 'SANGAT_KURANG'],
  ];
  it.each(pp30)('PP 30/2019 (2019): %d → %s', (v, p) => {
    expect(predikatFromLegacy(v, 2019, P)).toMatchObject({ ok: true, predikat: p });
  });
  it.each([2019, 2021, 2025])('PP 30/2019 applies from 2019 (%i): 110 → Sangat Baik, 95 → Baik', (y) => {
    expect(predikatFromLegacy(110, y, P)).toMatchObject({ ok: true, predikat: 'SANGAT_BAIK', era: 'PP 30/2019' });
    expect(predikatFromLegacy(95, y, P)).toMatchObject({ ok: true, predikat: 'BAIK' });
  });
  it('the same value maps by the rule of its year: 95 is Sangat Baik in 2018 but Baik in 2019', () => {
    expect(predikatFromLegacy(95, 2018, P)).toMatchObject({ ok: true, predikat: 'SANGAT_BAIK' });
    expect(predikatFromLegacy(95, 2019, P)).toMatchObject({ ok: true, predikat: 'BAIK' });
  });
  it.each<[number, number]>([
    [100.01, 2018],
    [101, 2018],
    [-0.01, 2018],
    [120.01, 2019],
    [150, 2022],
    [-1, 2019],
  ])('out of scale: %d in %i → not ok (year absent)', (v, y) => {
    expect(predikatFromLegacy(v, y, P).ok).toBe(false);
  });
});

describe('§3.4 "Level, inclusive lower bounds: score ≥ 90 → Di Atas Ekspektasi; ≥ 70 → Sesuai Ekspektasi; else Di Bawah"', () => {
  it.each<[number, Rating]>([
    [100, 'DI_ATAS'],
    [90, 'DI_ATAS'],
    [89.999999, 'SESUAI'],
    [70, 'SESUAI'],
    [69.999999, 'DI_BAWAH'],
    [20, 'DI_BAWAH'],
  ])('%d → %s', (score, level) => {
    expect(performanceLevel(score, P)).toBe(level);
  });
});

describe('§3.2/§3.3 computePerformance', () => {
  const src = (row: number) => ({ file: 'skp.csv', sheet: null, row });
  const c = (year: number, predikat: Predikat, row = year): SkpCandidate => ({ year, predikat, via: 'predikat', source: src(row) });
  const W = [2025, 2024];

  // "Predikat → score: Sangat Baik 100, Baik 80, Butuh Perbaikan 60, Kurang 40, Sangat Kurang 20"
  // "(So one year alone maps Sangat Baik → Di Atas, Baik → Sesuai, the rest → Di Bawah.)"
  it.each<[Predikat, number, Rating]>([
    ['SANGAT_BAIK', 100, 'DI_ATAS'],
    ['BAIK', 80, 'SESUAI'],
    ['BUTUH_PERBAIKAN', 60, 'DI_BAWAH'],
    ['KURANG', 40, 'DI_BAWAH'],
    ['SANGAT_KURANG', 20, 'DI_BAWAH'],
  ])('one year alone: %s → score %i → %s', (p, score, level) => {
    const r = computePerformance([c(2025, p)], W, P);
    expect(r.score).toBe(score);
    expect(r.level).toBe(level);
    expect(r.years).toEqual([{ year: 2025, predikat: p, via: 'predikat', score, weight: 1, source: src(2025) }]);
  });
  it('only year N-1 present: that year alone', () => {
    expect(computePerformance([c(2024, 'BAIK')], W, P)).toMatchObject({ score: 80, level: 'SESUAI' });
  });

  // "Performance score = 0.6 × score(N) + 0.4 × score(N-1)"
  it.each<[Predikat, Predikat, number, Rating]>([
    ['SANGAT_BAIK', 'BAIK', 92, 'DI_ATAS'], // 0.6×100 + 0.4×80 = 60 + 32 = 92
    ['BAIK', 'SANGAT_BAIK', 88, 'SESUAI'], // 0.6×80 + 0.4×100 = 48 + 40 = 88 (order matters)
    ['SANGAT_BAIK', 'BUTUH_PERBAIKAN', 84, 'SESUAI'], // 60 + 24 = 84
    ['BAIK', 'BAIK', 80, 'SESUAI'], // 48 + 32
    ['SANGAT_BAIK', 'KURANG', 76, 'SESUAI'], // 60 + 16
    ['BUTUH_PERBAIKAN', 'SANGAT_BAIK', 76, 'SESUAI'], // 36 + 40
    ['BUTUH_PERBAIKAN', 'BAIK', 68, 'DI_BAWAH'], // 36 + 32
    ['SANGAT_BAIK', 'SANGAT_KURANG', 68, 'DI_BAWAH'], // 60 + 8
    ['KURANG', 'SANGAT_KURANG', 32, 'DI_BAWAH'], // 24 + 8
  ])('N = %s, N-1 = %s → %d → %s', (pn, pn1, score, level) => {
    const r = computePerformance([c(2024, pn1), c(2025, pn)], W, P);
    expect(r.score).toBe(score);
    expect(r.level).toBe(level);
    expect(r.years.map((y) => [y.year, y.weight])).toEqual([
      [2025, 0.6],
      [2024, 0.4],
    ]);
  });
  it('"With neither: not mapped" → score and level null', () => {
    expect(computePerformance([], W, P)).toEqual({ score: null, level: null, years: [] });
    expect(computePerformance([c(2023, 'SANGAT_BAIK'), c(2026, 'SANGAT_BAIK')], W, P)).toEqual({ score: null, level: null, years: [] });
  });
  it('"Two SKP rows for the same NIP and year: … the row with the worse predikat is used"', () => {
    // 2025: Sangat Baik (row 2) and Butuh Perbaikan (row 3) → Butuh Perbaikan 60; 2024 Baik 80
    // 0.6 × 60 + 0.4 × 80 = 36 + 32 = 68
    const r = computePerformance([c(2025, 'SANGAT_BAIK', 2), c(2025, 'BUTUH_PERBAIKAN', 3), c(2024, 'BAIK', 4)], W, P);
    expect(r.score).toBe(68);
    expect(r.years[0]).toMatchObject({ year: 2025, predikat: 'BUTUH_PERBAIKAN', source: src(3) });
    // and independent of input order
    const r2 = computePerformance([c(2025, 'BUTUH_PERBAIKAN', 3), c(2025, 'SANGAT_BAIK', 2), c(2024, 'BAIK', 4)], W, P);
    expect(r2.score).toBe(68);
  });
});
