/**
 * Potential axis (potensial), docs/rules.md §6. Unit level: potential.ts.
 * CACT validity (§4.5) is end-to-end in classify.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { computePotential, parseKategori, potentialLevel, type CactValues } from '../../src/core/potential.js';
import type { PotentialLevel } from '../../src/core/types.js';
import { P } from './helpers.js';

const v = (o: Partial<CactValues>): CactValues => ({ potensi: null, kompetensi: null, parts: [null, null, null], kategori: null, ...o });

describe('§4.3 "Level, inclusive lower bounds: score ≥ 90 → Tinggi; ≥ 78 → Menengah; else Rendah"', () => {
  it.each<[number, PotentialLevel]>([
    [120, 'TINGGI'],
    [90, 'TINGGI'],
    [89.999999, 'MENENGAH'],
    [78, 'MENENGAH'],
    [77.999999, 'RENDAH'],
    [0, 'RENDAH'],
  ])('%d → %s', (score, level) => {
    expect(potentialLevel(score, P)).toBe(level);
  });
});

describe('§4.2 "Potential score = 0.5 × jpm_potensi + 0.5 × jpm_kompetensi"', () => {
  it.each<[number, number, number, PotentialLevel]>([
    [95, 85, 90, 'TINGGI'], // 47.5 + 42.5 = 90 (boundary, inclusive)
    [94, 85, 89.5, 'MENENGAH'], // 47 + 42.5 = 89.5
    [85.5, 70.5, 78, 'MENENGAH'], // 42.75 + 35.25 = 78 (boundary)
    [85, 70.5, 77.75, 'RENDAH'], // 42.5 + 35.25 = 77.75
    [60, 100, 80, 'MENENGAH'], // 30 + 50
    [100, 60, 80, 'MENENGAH'], // weights are equal
  ])('potensi %d, kompetensi %d → %d → %s', (potensi, kompetensi, score, level) => {
    const r = computePotential(v({ potensi, kompetensi }), P);
    expect(r).toMatchObject({ score, level, kompetensi, single: false, fromKategori: false, kompetensiFromParts: false });
  });

  it('"With only one of the two present, that one alone (noted)": potensi only', () => {
    expect(computePotential(v({ potensi: 91 }), P)).toMatchObject({ score: 91, level: 'TINGGI', single: true });
  });
  it('"… that one alone": kompetensi only', () => {
    expect(computePotential(v({ kompetensi: 77 }), P)).toMatchObject({ score: 77, level: 'RENDAH', single: true });
  });
  it('"No clamping: values above 100 are kept"', () => {
    // 0.5 × 110 + 0.5 × 104 = 55 + 52 = 107 (not 100)
    expect(computePotential(v({ potensi: 110, kompetensi: 104 }), P)).toMatchObject({ score: 107, level: 'TINGGI' });
    expect(computePotential(v({ potensi: 130 }), P)).toMatchObject({ score: 130 });
  });
});

describe('§4.1 "jpm_kompetensi: the given value, or, if absent, the mean of the parts present"', () => {
  it('all three parts: mean (80 + 90 + 100) / 3 = 90; score 0.5 × 80 + 0.5 × 90 = 85', () => {
    const r = computePotential(v({ potensi: 80, parts: [80, 90, 100] }), P);
    expect(r).toMatchObject({ kompetensi: 90, kompetensiFromParts: true, score: 85, level: 'MENENGAH', single: false });
  });
  it('only the parts present count: (70 + 95) / 2 = 82.5; score 0.5 × 97.5 + 0.5 × 82.5 = 48.75 + 41.25 = 90', () => {
    const r = computePotential(v({ potensi: 97.5, parts: [70, null, 95] }), P);
    expect(r).toMatchObject({ kompetensi: 82.5, kompetensiFromParts: true, score: 90, level: 'TINGGI' });
  });
  it('a given kompetensi wins over the parts', () => {
    const r = computePotential(v({ potensi: 80, kompetensi: 70, parts: [100, 100, 100] }), P);
    expect(r).toMatchObject({ kompetensi: 70, kompetensiFromParts: false, score: 75, level: 'RENDAH' });
  });
  it('parts alone (no potensi): the mean alone, noted as single', () => {
    // (88 + 92) / 2 = 90
    expect(computePotential(v({ parts: [88, 92, null] }), P)).toMatchObject({ score: 90, level: 'TINGGI', single: true, kompetensiFromParts: true });
  });
  it('a mean that is not a short decimal: (80 + 80 + 81) / 3 = 80.333333…', () => {
    const r = computePotential(v({ potensi: 80, parts: [80, 80, 81] }), P);
    expect(r.kompetensi).toBeCloseTo(80.333333, 5);
    expect(r.score).toBeCloseTo(80.166667, 5); // 40 + 40.1666…
  });
});

describe('§4.4 "With no score but a kategori: Optimal or MS → Tinggi; Cukup Optimal or MMS → Menengah; Kurang Optimal or KMS → Rendah; the score stays empty"', () => {
  it.each<[string, PotentialLevel]>([
    ['Optimal', 'TINGGI'],
    ['OPTIMAL', 'TINGGI'],
    ['MS', 'TINGGI'],
    ['ms', 'TINGGI'],
    ['Cukup Optimal', 'MENENGAH'],
    ['cukup  optimal', 'MENENGAH'],
    ['MMS', 'MENENGAH'],
    ['Kurang Optimal', 'RENDAH'],
    ['KMS', 'RENDAH'],
  ])('kategori %j → %s, score null', (k, level) => {
    const kategori = parseKategori(k, P);
    expect(kategori).toBe(level);
    expect(computePotential(v({ kategori }), P)).toMatchObject({ score: null, level, fromKategori: true });
  });
  it('unknown kategori → null', () => {
    expect(parseKategori('Sangat Optimal', P)).toBeNull();
    expect(parseKategori('', P)).toBeNull();
  });
  it('a score wins over the kategori ("With no score but a kategori")', () => {
    // 0.5 × 80 + 0.5 × 80 = 80 → Menengah, although the kategori says Optimal
    expect(computePotential(v({ potensi: 80, kompetensi: 80, kategori: 'TINGGI' }), P)).toMatchObject({
      score: 80,
      level: 'MENENGAH',
      fromKategori: false,
    });
  });
  it('nothing at all → no level', () => {
    expect(computePotential(v({}), P)).toMatchObject({ score: null, level: null, fromKategori: false });
  });
});
