/**
 * End to end through the pure core: RawTable[] → prepareInputs → classify (classify.ts).
 * Every expected value is derived by hand from docs/rules.md; the arithmetic is in comments.
 * Reference date AS_OF = 2026-09-30 unless stated.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AS_OF, emp, issueCodes, issuesOf, nip, nipN, one, raw, run, runTables, roster, skp, skpOf, cact, type CactRec, type RosterRec } from './helpers.js';

// perf: Sangat Baik both years → 0.6×100 + 0.4×100 = 100 → Di Atas; Baik both → 80 → Sesuai;
//       Butuh Perbaikan both → 60 → Di Bawah
const PERF = {
  DI_ATAS: { 2025: 'Sangat Baik', 2024: 'Sangat Baik' },
  SESUAI: { 2025: 'Baik', 2024: 'Baik' },
  DI_BAWAH: { 2025: 'Butuh Perbaikan', 2024: 'Butuh Perbaikan' },
} as const;
// pot: 0.5×95 + 0.5×95 = 95 → Tinggi; 85 → Menengah; 70 → Rendah
const POT = { TINGGI: 95, MENENGAH: 85, RENDAH: 70 } as const;

describe('§5 the box, end to end: all nine cells', () => {
  const cells: [keyof typeof POT, keyof typeof PERF, number][] = [
    ['TINGGI', 'DI_BAWAH', 6],
    ['TINGGI', 'SESUAI', 8],
    ['TINGGI', 'DI_ATAS', 9],
    ['MENENGAH', 'DI_BAWAH', 3],
    ['MENENGAH', 'SESUAI', 5],
    ['MENENGAH', 'DI_ATAS', 7],
    ['RENDAH', 'DI_BAWAH', 1],
    ['RENDAH', 'SESUAI', 2],
    ['RENDAH', 'DI_ATAS', 4],
  ];
  const nips = cells.map((_, i) => nipN(i + 1));
  const r = run({
    roster: nips.map((n) => ({ nip: n })),
    skp: cells.flatMap(([, perf], i) => skpOf(nips[i]!, PERF[perf])),
    cact: cells.map(([pot], i) => ({ nip: nips[i]!, potensi: POT[pot], kompetensi: POT[pot] })),
  });

  it.each(cells.map((c, i) => [...c, i] as const))('potensial %s × kinerja %s → box %i', (pot, perf, box, i) => {
    const e = emp(r, nips[i]!);
    expect(e.potential.level).toBe(pot);
    expect(e.performance.level).toBe(perf);
    expect(e.box).toBe(box);
    expect(e.notMappedReasons).toEqual([]);
  });
  it('§6 "Box 9 → KRS Instansi/Nasional; boxes 7 and 8 → KRS Instansi"; boxes 1–6 are not in the pool', () => {
    const krs = Object.fromEntries(r.employees.map((e) => [e.box, [e.talentPool, e.krs]]));
    expect(krs).toEqual({
      1: [false, null],
      2: [false, null],
      3: [false, null],
      4: [false, null],
      5: [false, null],
      6: [false, null],
      7: [true, 'INSTANSI'],
      8: [true, 'INSTANSI'],
      9: [true, 'INSTANSI_NASIONAL'],
    });
  });
  it('the grid counts one employee per box; talent pool = 3', () => {
    expect(r.summary.grid).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1 });
    expect(r.summary.mapped).toBe(9);
    expect(r.summary.talentPool).toBe(3);
  });
});

describe('§2 reference date and the SKP window', () => {
  it('"The performance window … takes that year (N) and the year before (N-1)"', () => {
    const { r, e } = one({ skp: { 2025: 'Sangat Baik', 2024: 'Baik' } });
    expect(r.summary.skpYears).toEqual([2024, 2025]);
    expect(r.summary.asOf).toBe(AS_OF);
    // 0.6 × 100 + 0.4 × 80 = 92
    expect(e.performance.score).toBe(92);
    expect(e.performance.years.map((y) => [y.year, y.predikat, y.score, y.weight])).toEqual([
      [2025, 'SANGAT_BAIK', 100, 0.6],
      [2024, 'BAIK', 80, 0.4],
    ]);
  });
  it('"ends at the latest SKP year present in the data that is not after the reference date\'s year": a 2027 row is ignored', () => {
    const { r, e } = one({ skp: { 2027: 'Sangat Kurang', 2025: 'Baik', 2024: 'Baik' } });
    expect(r.summary.skpYears).toEqual([2024, 2025]);
    expect(e.performance.score).toBe(80); // 0.6×80 + 0.4×80; the 2027 Sangat Kurang does not count
  });
  it('the as-of year itself counts when present (2026 ≤ 2026)', () => {
    const { r, e } = one({ skp: { 2026: 'Baik', 2025: 'Sangat Baik', 2024: 'Sangat Kurang' } });
    expect(r.summary.skpYears).toEqual([2025, 2026]);
    expect(e.performance.score).toBe(88); // 0.6×80 + 0.4×100 = 48 + 40
  });
  it('the window end is the latest year over all employees, not per employee', () => {
    const a = nipN(1);
    const b = nipN(2);
    const r = run({
      roster: [{ nip: a }, { nip: b }],
      skp: [...skpOf(a, { 2025: 'Baik', 2024: 'Baik' }), ...skpOf(b, { 2024: 'Sangat Baik', 2023: 'Sangat Baik' })],
      cact: [
        { nip: a, potensi: 95, kompetensi: 95 },
        { nip: b, potensi: 95, kompetensi: 95 },
      ],
    });
    // window 2025/2024: b has only 2024 → 100 alone, noted
    expect(emp(r, b).performance.score).toBe(100);
    expect(emp(r, b).performance.years.map((y) => y.year)).toEqual([2024]);
    expect(emp(r, b).notes).toContain('SKP_SATU_TAHUN');
  });
  it('the window moves with the reference date: as of 2025-06-30 the 2026 row is after the as-of year', () => {
    const { r, e } = one({ skp: { 2026: 'Sangat Kurang', 2025: 'Baik', 2024: 'Sangat Baik' } }, { asOf: '2025-06-30' });
    expect(r.summary.skpYears).toEqual([2024, 2025]);
    expect(e.performance.score).toBe(88); // 0.6×80 + 0.4×100
  });
  it('"(override: `--year`)": year 2024 → window 2024/2023', () => {
    const { r, e } = one({ skp: { 2025: 'Sangat Kurang', 2024: 'Baik', 2023: 'Sangat Baik' } }, { year: 2024 });
    expect(r.summary.skpYears).toEqual([2023, 2024]);
    expect(e.performance.score).toBe(88); // 0.6×80 + 0.4×100 = 48 + 40
  });
  it('SKP present only outside the window → SKP_TIDAK_ADA', () => {
    const a = nipN(1);
    const b = nipN(2);
    const r = run({
      roster: [{ nip: a }, { nip: b }],
      skp: [...skpOf(a, { 2025: 'Baik' }), ...skpOf(b, { 2022: 'Sangat Baik', 2021: 'Sangat Baik' })],
      cact: [
        { nip: a, potensi: 95, kompetensi: 95 },
        { nip: b, potensi: 95, kompetensi: 95 },
      ],
    });
    expect(emp(r, b).box).toBeNull();
    expect(emp(r, b).notMappedReasons).toEqual(['SKP_TIDAK_ADA']);
  });
});

describe('§3 performance, end to end', () => {
  it('§3.3 "With only one of the two years present, that year\'s score alone (the row carries a note)"', () => {
    const { e } = one({ skp: { 2025: 'Baik' } });
    expect(e.performance.score).toBe(80);
    expect(e.performance.level).toBe('SESUAI');
    expect(e.notes).toContain('SKP_SATU_TAHUN');
    expect(e.box).toBe(8); // Tinggi × Sesuai
  });
  it('two years present → no SKP_SATU_TAHUN note', () => {
    expect(one().e.notes).not.toContain('SKP_SATU_TAHUN');
  });
  it('§3.3 "With neither: not mapped, reason SKP_TIDAK_ADA"', () => {
    const { e, r } = one({ skp: {} });
    expect(e.box).toBeNull();
    expect(e.notMappedReasons).toEqual(['SKP_TIDAK_ADA']);
    expect(e.talentPool).toBe(false);
    expect(r.summary.notMappedByReason).toEqual({ SKP_TIDAK_ADA: 1 });
  });
  it('§3.3 "Two SKP rows for the same NIP and year: … the row with the worse predikat is used and the issue is reported"', () => {
    const n = nipN(1);
    const r = run({
      roster: [{ nip: n }],
      skp: [
        { nip: n, tahun: 2025, predikat: 'Sangat Baik' }, // row 2
        { nip: n, tahun: 2025, predikat: 'Baik' }, // row 3: worse, used
        { nip: n, tahun: 2024, predikat: 'Baik' }, // row 4
      ],
      cact: [{ nip: n, potensi: 95, kompetensi: 95 }],
    });
    const e = emp(r, n);
    // 0.6 × 80 + 0.4 × 80 = 80 (not 0.6×100 + 0.4×80 = 92)
    expect(e.performance.score).toBe(80);
    expect(e.performance.years[0]).toMatchObject({ year: 2025, predikat: 'BAIK', source: { file: 'skp.csv', row: 3 } });
    const dup = issuesOf(r, 'SKP_GANDA');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ file: 'skp.csv', row: 2, params: { year: 2025, used: 3 } });
  });
  it('duplicate rows with the same predikat are reported too', () => {
    const n = nipN(1);
    const r2 = run({
      roster: [{ nip: n }],
      skp: [
        { nip: n, tahun: 2025, predikat: 'Baik' },
        { nip: n, tahun: 2025, predikat: 'BAIK' },
      ],
      cact: [{ nip: n, potensi: 95, kompetensi: 95 }],
    });
    expect(issuesOf(r2, 'SKP_GANDA')).toHaveLength(1);
    expect(emp(r2, n).performance.score).toBe(80);
  });
  it('choice: a duplicate year outside the window is not reported (it is not used)', () => {
    const n = nipN(1);
    const r = run({
      roster: [{ nip: n }],
      skp: [...skpOf(n, { 2025: 'Baik', 2024: 'Baik' }), { nip: n, tahun: 2020, predikat: 'Baik' }, { nip: n, tahun: 2020, predikat: 'Kurang' }],
      cact: [{ nip: n, potensi: 95, kompetensi: 95 }],
    });
    expect(issuesOf(r, 'SKP_GANDA')).toHaveLength(0);
  });
  it('§1 predikat spellings in the data: `BAIK`, ` Baik `, `Kurang/Misconduct`, `Kurang`, `sangat  baik`', () => {
    const ns = [1, 2, 3, 4, 5].map(nipN);
    const spellings = ['BAIK', ' Baik ', 'Kurang/Misconduct', 'Kurang', 'sangat  baik'];
    const r = run({
      roster: ns.map((n) => ({ nip: n })),
      skp: ns.map((n, i) => ({ nip: n, tahun: 2025, predikat: spellings[i] })),
      cact: ns.map((n) => ({ nip: n, potensi: 95, kompetensi: 95 })),
    });
    // one year alone: Baik 80, Kurang 40, Sangat Baik 100
    expect(ns.map((n) => emp(r, n).performance.score)).toEqual([80, 80, 40, 40, 100]);
    expect(issueCodes(r)).not.toContain('PREDIKAT_TIDAK_DIKENAL');
  });
  it('§3.1 predikat derived from the two ratings when the predikat is empty', () => {
    const n = nipN(1);
    const r = run({
      roster: [{ nip: n }],
      skp: [
        { nip: n, tahun: 2025, predikat: '', hasil: 'Di Atas Ekspektasi', perilaku: 'Di Atas Ekspektasi' }, // Sangat Baik
        { nip: n, tahun: 2024, hasil: 'Sesuai Ekspektasi', perilaku: 'Di Bawah Ekspektasi' }, // Kurang/Misconduct
      ],
      cact: [{ nip: n, potensi: 95, kompetensi: 95 }],
    });
    const e = emp(r, n);
    expect(e.performance.years.map((y) => [y.predikat, y.via])).toEqual([
      ['SANGAT_BAIK', 'matrix'],
      ['KURANG', 'matrix'],
    ]);
    expect(e.performance.score).toBe(76); // 0.6×100 + 0.4×40 = 60 + 16
  });
  it('§3.1 legacy nilai by the rule of its year; "A value outside its scale is a data problem, and that year counts as absent"', () => {
    const n = nipN(1);
    const r = run(
      {
        roster: [{ nip: n }],
        skp: [
          { nip: n, tahun: 2019, nilai: '95' }, // PP 30/2019: 95 ≥ 90 → Baik (80)
          { nip: n, tahun: 2018, nilai: '105' }, // PP 46/2011 scale 0–100: out of scale → absent
        ],
        cact: [{ nip: n, potensi: 95, kompetensi: 95, tanggal_tes: '2019-06-01' }],
      },
      { asOf: '2020-12-31' },
    );
    const e = emp(r, n);
    expect(r.summary.skpYears).toEqual([2018, 2019]);
    expect(e.performance.score).toBe(80);
    expect(e.performance.years).toHaveLength(1);
    expect(e.notes).toContain('SKP_SATU_TAHUN');
    expect(issuesOf(r, 'NILAI_SKP_DI_LUAR_SKALA')).toHaveLength(1);
    expect(issuesOf(r, 'NILAI_SKP_DI_LUAR_SKALA')[0]).toMatchObject({ row: 3, column: 'NILAI SKP', value: '105' });
  });
  it('legacy nilai at the era boundary: 2018 "≥91 Sangat Baik" vs 2019 "≥90 Baik" for the same 91', () => {
    const n = nipN(1);
    const r = run(
      {
        roster: [{ nip: n }],
        skp: [
          { nip: n, tahun: 2019, nilai: 91 }, // 2019: 91 ≥ 90 → Baik 80
          { nip: n, tahun: 2018, nilai: 91 }, // 2018: 91 ≥ 91 → Sangat Baik 100
        ],
        cact: [{ nip: n, potensi: 95, kompetensi: 95, tanggal_tes: '2019-06-01' }],
      },
      { asOf: '2020-12-31' },
    );
    expect(emp(r, n).performance.score).toBe(88); // 0.6×80 + 0.4×100 = 48 + 40
  });
  it('an unusable SKP row (unknown predikat) is reported and its year counts as absent', () => {
    const { r, e } = one({ skp: { 2025: 'Istimewa', 2024: 'Baik' } });
    expect(issuesOf(r, 'PREDIKAT_TIDAK_DIKENAL')).toHaveLength(1);
    expect(e.performance.score).toBe(80); // 2024 alone
  });
});

describe('§4 potential, end to end', () => {
  it('"Percent values may use a decimal comma and a trailing %"', () => {
    const { e } = one({ cact: { potensi: '85,5%', kompetensi: '70,5 %' } });
    // 0.5 × 85.5 + 0.5 × 70.5 = 42.75 + 35.25 = 78 → Menengah (inclusive bound)
    expect(e.potential.score).toBe(78);
    expect(e.potential.level).toBe('MENENGAH');
    expect(e.box).toBe(7); // Menengah × Di Atas
  });
  it('§4.1 kompetensi from the mean of the parts (noted)', () => {
    const { e } = one({ cact: { potensi: 94, kompetensi: null, mansoskul: 80, litdig: 90, emskil: 88 } });
    // kompetensi = (80 + 90 + 88) / 3 = 86; score = 0.5×94 + 0.5×86 = 47 + 43 = 90 → Tinggi
    expect(e.potential.jpmKompetensi).toBe(86);
    expect(e.potential.kompetensiFromParts).toBe(true);
    expect(e.potential.score).toBe(90);
    expect(e.notes).toContain('KOMPETENSI_DARI_SUB');
  });
  it('§4.2 "With only one of the two present, that one alone (noted)"', () => {
    const { e } = one({ cact: { potensi: 91, kompetensi: null } });
    expect(e.potential.score).toBe(91);
    expect(e.potential.level).toBe('TINGGI');
    expect(e.notes).toContain('POTENSIAL_SATU_KOMPONEN');
  });
  it('§4.2 "No clamping: values above 100 are kept (and noted)"', () => {
    const { r, e } = one({ cact: { potensi: 112, kompetensi: 100 } });
    expect(e.potential.score).toBe(106); // 56 + 50, not capped at 100
    expect(e.notes).toContain('JPM_DI_ATAS_100');
    expect(issuesOf(r, 'JPM_DI_ATAS_100')).toHaveLength(1);
  });
  it.each<[string, string, number]>([
    ['Optimal', 'TINGGI', 9],
    ['MS', 'TINGGI', 9],
    ['Cukup Optimal', 'MENENGAH', 7],
    ['MMS', 'MENENGAH', 7],
    ['Kurang Optimal', 'RENDAH', 4],
    ['KMS', 'RENDAH', 4],
  ])('§4.4 kategori %j with no score → %s, box %i with perf Di Atas; "the score stays empty"', (k, level, box) => {
    const { e } = one({ cact: { potensi: null, kompetensi: null, kategori: k } });
    expect(e.potential.level).toBe(level);
    expect(e.potential.score).toBeNull();
    expect(e.potential.fromKategori).toBe(true);
    expect(e.box).toBe(box);
    expect(e.talentScore).toBeNull(); // §7 "empty when either is empty"
    expect(e.notes).toContain('POTENSIAL_DARI_KATEGORI');
  });
  it('§4.5 "With no CACT data at all: not mapped, reason CACT_TIDAK_ADA"', () => {
    const { e } = one({ cact: null });
    expect(e.box).toBeNull();
    expect(e.notMappedReasons).toEqual(['CACT_TIDAK_ADA']);
  });
  it('a CACT row without any value counts as no CACT (and is reported)', () => {
    const { r, e } = one({ cact: { potensi: null, kompetensi: null } });
    expect(e.notMappedReasons).toEqual(['CACT_TIDAK_ADA']);
    expect(issuesOf(r, 'CACT_KOSONG')).toHaveLength(1);
  });
  it('§8 "every reason that applies is listed": no SKP and no CACT', () => {
    const { e } = one({ skp: {}, cact: null });
    expect(e.notMappedReasons).toEqual(['SKP_TIDAK_ADA', 'CACT_TIDAK_ADA']);
    expect(e.reasons).toEqual(['SKP_TIDAK_ADA', 'CACT_TIDAK_ADA']);
  });

  // §4.5 "A tanggal_tes more than 3 years before the reference date: not mapped, reason CACT_KEDALUWARSA."
  // AS_OF 2026-09-30 − 3 years = 2023-09-30.
  it.each<[string, boolean]>([
    ['2023-09-30', false], // exactly 3 years → still valid
    ['30-09-2023', false], // same date, DD-MM-YYYY
    ['30 September 2023', false],
    ['2023-09-29', true], // 3 years and 1 day → expired
    ['29/09/2023', true],
    ['2020-01-01', true],
    ['2026-09-30', false],
  ])('tanggal_tes %s → expired: %s', (tgl, expired) => {
    const { e } = one({ cact: { tanggal_tes: tgl } });
    if (expired) {
      expect(e.notMappedReasons).toEqual(['CACT_KEDALUWARSA']);
      expect(e.box).toBeNull();
    } else {
      expect(e.notMappedReasons).toEqual([]);
      expect(e.box).toBe(9);
    }
  });
  it('CACT expiry measured at the reference date: a 2023-09-29 test is valid as of 2026-09-29', () => {
    expect(one({ cact: { tanggal_tes: '2023-09-29' } }, { asOf: '2026-09-29' }).e.box).toBe(9);
  });
  it('tanggal_tes as an Excel serial (45198 = 2023-09-29) → expired', () => {
    // 2023-09-29 − 1970-01-01 = 53 years ×365 + 13 leap days (72…2020) = 19358 + (31+28+31+30+31+30+31+31) + 28 = 19358 + 271 = 19629; 25569 + 19629 = 45198
    expect(one({ cact: { tanggal_tes: 45198 } }).e.notMappedReasons).toEqual(['CACT_KEDALUWARSA']);
    expect(one({ cact: { tanggal_tes: 45199 } }).e.notMappedReasons).toEqual([]);
  });
  it('§8 every reason listed: no SKP and an expired CACT', () => {
    expect(one({ skp: {}, cact: { tanggal_tes: '2020-01-01' } }).e.notMappedReasons).toEqual(['SKP_TIDAK_ADA', 'CACT_KEDALUWARSA']);
  });
  it('choice: a JPM above 200 (or negative) is a data error (JPM_TIDAK_VALID), treated as absent', () => {
    const { r, e } = one({ cact: { potensi: 250, kompetensi: 80 } });
    expect(issuesOf(r, 'JPM_TIDAK_VALID')).toHaveLength(1);
    expect(e.potential.score).toBe(80); // kompetensi alone
    expect(e.notes).toContain('POTENSIAL_SATU_KOMPONEN');
  });
  it('choice: a CACT row without tanggal_tes is not treated as expired (noted CACT_TANPA_TANGGAL)', () => {
    const { e } = one({ cact: { tanggal_tes: null } });
    expect(e.box).toBe(9);
    expect(e.notes).toContain('CACT_TANPA_TANGGAL');
  });
});

describe('§6 talent pool exclusions', () => {
  it('in the pool by default (box 9, active PNS, no hukdis, far from BUP)', () => {
    const { e } = one();
    expect(e.box).toBe(9);
    expect(e.talentPool).toBe(true);
    expect(e.krs).toBe('INSTANSI_NASIONAL');
    expect(e.exclusions).toEqual([]);
    expect(e.rank).toBe(1);
  });

  describe('TIDAK_AKTIF: "kedudukan_hukum present and not `Aktif`"', () => {
    it.each(['Tugas Belajar', 'Pemberhentian Sementara', 'CLTN'])('%j → excluded, box kept', (k) => {
      const { e, r } = one({ roster: { kedudukan_hukum: k } });
      expect(e.box).toBe(9); // "the box is still reported"
      expect(e.talentPool).toBe(false);
      expect(e.krs).toBeNull();
      expect(e.rank).toBeNull();
      expect(e.exclusions).toEqual(['TIDAK_AKTIF']);
      expect(e.reasons).toEqual(['TIDAK_AKTIF']);
      expect(r.summary.excludedFromPoolByReason).toEqual({ TIDAK_AKTIF: 1 });
      expect(r.pool).toEqual([]);
    });
    it.each([['Aktif'], ['AKTIF'], [' aktif '], [null], ['']])('%j → not excluded (absent counts as not stated)', (k) => {
      expect(one({ roster: { kedudukan_hukum: k } }).e.talentPool).toBe(true);
    });
  });

  describe('HUKDIS: "a hukdis of tingkat sedang or berat whose tmt is within the 2 years before the reference date"', () => {
    // AS_OF 2026-09-30 − 2 years = 2024-09-30
    it.each<[string, string, boolean]>([
      ['Sedang', '2025-01-15', true],
      ['Berat', '2026-09-30', true],
      ['Hukuman Disiplin Berat', '15-03-2026', true],
      ['SEDANG', '2024-09-30', true], // choice: exactly 2 years before is "within"
      ['Sedang', '2024-09-29', false], // older than 2 years
      ['Berat', '2020-01-01', false],
      ['Ringan', '2026-01-15', false], // ringan never excludes
      ['Hukuman Disiplin Ringan', '2026-09-01', false],
    ])('%s on %s → excluded: %s', (tingkat, tmt, excluded) => {
      const { e } = one({ hukdis: [{ tingkat, tmt }] });
      expect(e.box).toBe(9);
      expect(e.talentPool).toBe(!excluded);
      expect(e.exclusions).toEqual(excluded ? ['HUKDIS'] : []);
    });
    it('choice: a hukdis with a tmt after the reference date does not (yet) exclude', () => {
      expect(one({ hukdis: [{ tingkat: 'Berat', tmt: '2026-10-01' }] }).e.exclusions).toEqual([]);
    });
    it('one qualifying record among several is enough', () => {
      const { e } = one({
        hukdis: [
          { tingkat: 'Ringan', tmt: '2026-01-01' },
          { tingkat: 'Berat', tmt: '2019-01-01' },
          { tingkat: 'Sedang', tmt: '2025-05-05' },
        ],
      });
      expect(e.exclusions).toEqual(['HUKDIS']);
    });
  });

  describe('MENDEKATI_BUP: "the reference date is within 12 months of the employee reaching BUP"', () => {
    // AS_OF 2026-09-30. Excluded when AS_OF ≥ (birth + BUP years) − 12 months,
    // i.e. birth + BUP ≤ 2027-09-30.
    type Case = [string, Partial<RosterRec>, string, boolean];
    const PEL = { jenis_jabatan: 'Jabatan Pelaksana', jabatan: 'Pengadministrasi Perkantoran', eselon: '' };
    const cases: Case[] = [
      // BUP 58 (pelaksana): 1969-09-30 + 58 = 2027-09-30 → boundary, excluded; one day later not
      ['pelaksana, BUP 58, reaches it 2027-09-30 (exactly 12 months)', PEL, '1969-09-30', true],
      ['pelaksana, BUP 58, reaches it 2027-10-01 (12 months + 1 day)', PEL, '1969-10-01', false],
      ['pelaksana, BUP 58, already past it', PEL, '1960-01-01', true],
      // BUP 60 (eselon I/II): 1967-09-30 + 60 = 2027-09-30; with 58 the 1967-10-01 case would be excluded
      ['eselon II.a, BUP 60, 1967-09-30', { eselon: 'II.a', jabatan: 'Kepala Dinas' }, '1967-09-30', true],
      ['eselon II.a, BUP 60, 1967-10-01', { eselon: 'II.a', jabatan: 'Kepala Dinas' }, '1967-10-01', false],
      ['eselon I.b, BUP 60, 1967-10-01', { eselon: 'I.b', jabatan: 'Sekretaris Daerah' }, '1967-10-01', false],
      ['eselon II.b, BUP 60, 1969-09-30 (58 would exclude)', { eselon: 'II.b' }, '1969-09-30', false],
      // administrator (eselon III) is "otherwise" → 58
      ['eselon III.a, BUP 58, 1969-09-30', { eselon: 'III.a', jabatan: 'Kepala Bidang' }, '1969-09-30', true],
      // JF Ahli Madya → 60
      ['JF Ahli Madya, BUP 60, 1967-09-30', { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Analis Kebijakan Ahli Madya' }, '1967-09-30', true],
      ['JF Ahli Madya, BUP 60, 1967-10-01', { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Analis Kebijakan Ahli Madya' }, '1967-10-01', false],
      // JF Ahli Utama → 65: 1962-09-30 + 65 = 2027-09-30
      ['JF Ahli Utama, BUP 65, 1962-09-30', { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Peneliti Ahli Utama' }, '1962-09-30', true],
      ['JF Ahli Utama, BUP 65, 1962-10-01', { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Peneliti Ahli Utama' }, '1962-10-01', false],
      // JF Ahli Muda is "otherwise" → 58
      ['JF Ahli Muda, BUP 58, 1969-09-30', { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Analis Kebijakan Ahli Muda' }, '1969-09-30', true],
      // "BUP is the roster's `bup` when present"
      ['pelaksana with roster BUP 60, 1969-09-30 (58 would exclude)', { ...PEL, bup: 60 }, '1969-09-30', false],
      ['pelaksana with roster BUP "60", 1967-09-30', { ...PEL, bup: '60' }, '1967-09-30', true],
      ['eselon II.a with roster BUP 58, 1969-09-30 (60 would not exclude)', { eselon: 'II.a', bup: 58 }, '1969-09-30', true],
      ['eselon II.a with roster BUP 58, 1969-10-01', { eselon: 'II.a', bup: 58 }, '1969-10-01', false],
    ];
    it.each(cases)('%s → excluded: %s', (_name, ros, birth, excluded) => {
      // "Birth date from tanggal_lahir, else from the NIP": tanggal_lahir is empty here, the NIP carries the birth date
      const n = nip(birth, `${Number(birth.slice(0, 4)) + 25}-03`, 1, 1);
      const { e } = one({ nip: n, roster: { tanggal_lahir: '', ...ros } });
      expect(e.birthDate).toBe(birth);
      expect(e.box).toBe(9);
      expect(e.exclusions).toEqual(excluded ? ['MENDEKATI_BUP'] : []);
      expect(e.talentPool).toBe(!excluded);
    });
    it('bupAge on the employee record', () => {
      expect(one({ roster: { eselon: 'II.a' } }).e.bupAge).toBe(60);
      expect(one({ roster: { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Peneliti Ahli Utama' } }).e.bupAge).toBe(65);
      expect(one({ roster: { bup: 62 } }).e.bupAge).toBe(62);
      expect(one().e.bupAge).toBe(58);
    });
    it('"Birth date from tanggal_lahir" first: it wins over the NIP', () => {
      // NIP says 1985 (far from BUP), tanggal_lahir says 30-09-1969 → 58 reached 2027-09-30 → excluded
      const { e } = one({ roster: { tanggal_lahir: '30-09-1969' } });
      expect(e.birthDate).toBe('1969-09-30');
      expect(e.exclusions).toEqual(['MENDEKATI_BUP']);
    });
    it('tanggal_lahir as "1 Oktober 1969" → 2027-10-01 → not excluded', () => {
      const n = nip('1969-09-30', '1994-03', 1, 1); // the NIP alone would exclude
      const { e } = one({ nip: n, roster: { tanggal_lahir: '1 Oktober 1969' } });
      expect(e.birthDate).toBe('1969-10-01');
      expect(e.exclusions).toEqual([]);
    });
    it('the 12-month window is measured at the reference date', () => {
      const n = nip('1969-10-01', '1994-03', 1, 1); // BUP 58 on 2027-10-01
      expect(one({ nip: n }, { asOf: '2026-09-30' }).e.exclusions).toEqual([]);
      expect(one({ nip: n }, { asOf: '2026-10-01' }).e.exclusions).toEqual(['MENDEKATI_BUP']);
    });
  });

  describe('BUKAN_PNS: "jenis_pegawai present and not PNS (`PNS` or `P` count as PNS; PPPK are mapped but not in the KRS)"', () => {
    it.each([['PNS'], ['P'], ['pns'], [null], ['']])('%j → in the pool', (j) => {
      const { e } = one({ roster: { jenis_pegawai: j } });
      expect(e.exclusions).toEqual([]);
      expect(e.talentPool).toBe(true);
    });
    it('PPPK (NI PPPK with a non-month code in digits 13–14) → mapped, box kept, excluded', () => {
      const n = '199009132021211002'; // born 1990-09-13, appointed 2021, code 21, male, seq 002
      const { e } = one({ nip: n, roster: { jenis_pegawai: 'PPPK' } });
      expect(e.nipValid).toBe(true);
      expect(e.box).toBe(9);
      expect(e.exclusions).toEqual(['BUKAN_PNS']);
      expect(e.talentPool).toBe(false);
      expect(e.krs).toBeNull();
    });
    it.each(['CPNS', 'C', 'PPPK Paruh Waktu'])('%j → not PNS → excluded', (j) => {
      expect(one({ roster: { jenis_pegawai: j } }).e.exclusions).toEqual(['BUKAN_PNS']);
    });
  });

  it('§6/§8 "each that holds is listed as a reason"; the box is still reported', () => {
    const n = nip('1969-09-30', '1994-03', 1, 1);
    const { e, r } = one({
      nip: n,
      roster: { kedudukan_hukum: 'Tugas Belajar', jenis_pegawai: 'PPPK' },
      hukdis: [{ tingkat: 'Berat', tmt: '2026-01-01' }],
    });
    expect(e.box).toBe(9);
    expect(e.talentPool).toBe(false);
    // choice: listed in the order of §6
    expect(e.exclusions).toEqual(['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS']);
    expect(e.reasons).toEqual(['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS']);
    expect(r.summary.excludedFromPoolByReason).toEqual({ TIDAK_AKTIF: 1, HUKDIS: 1, MENDEKATI_BUP: 1, BUKAN_PNS: 1 });
    expect(r.summary.talentPool).toBe(0);
  });
  it('exclusions of boxes 7 and 8 too', () => {
    const a = nipN(1);
    const b = nipN(2);
    const r = run({
      roster: [
        { nip: a, jenis_pegawai: 'PPPK' },
        { nip: b, kedudukan_hukum: 'Tugas Belajar' },
      ],
      skp: [...skpOf(a, PERF.DI_ATAS), ...skpOf(b, PERF.SESUAI)],
      cact: [
        { nip: a, potensi: 85, kompetensi: 85 },
        { nip: b, potensi: 95, kompetensi: 95 },
      ],
    });
    expect([emp(r, a).box, emp(r, a).talentPool]).toEqual([7, false]);
    expect([emp(r, b).box, emp(r, b).talentPool]).toEqual([8, false]);
  });
});

describe('§7 nilai talenta = 0.5 × performance score + 0.5 × potential score', () => {
  it('perf 92, pot 91.5 → 91.75', () => {
    // perf 0.6×100 + 0.4×80 = 92; pot 0.5×95 + 0.5×88 = 91.5; talent 46 + 45.75 = 91.75
    const { e } = one({ skp: { 2025: 'Sangat Baik', 2024: 'Baik' }, cact: { potensi: 95, kompetensi: 88 } });
    expect(e.performance.score).toBe(92);
    expect(e.potential.score).toBe(91.5);
    expect(e.talentScore).toBe(91.75);
  });
  it('also outside the pool (box 5): perf 80, pot 85 → 82.5', () => {
    const { e } = one({ skp: PERF.SESUAI, cact: { potensi: 85, kompetensi: 85 } });
    expect(e.box).toBe(5);
    expect(e.talentScore).toBe(82.5);
  });
  it('"(empty when either is empty)": potential from kategori → null', () => {
    expect(one({ cact: { potensi: null, kompetensi: null, kategori: 'Optimal' } }).e.talentScore).toBeNull();
  });
  it('not mapped → null', () => {
    expect(one({ cact: null }).e.talentScore).toBeNull();
  });
});

describe('§7 ranking, end to end', () => {
  /** run a pool; each entry: [skp by year, cact] → employee nipN(i+1) */
  const pool = (entries: [Record<number, string>, Partial<CactRec>, Partial<RosterRec>?][], order?: number[]) => {
    const ns = entries.map((_, i) => nipN(i + 1));
    const idx = order ?? entries.map((_, i) => i);
    const r = run({
      roster: idx.map((i) => ({ nip: ns[i]!, ...entries[i]![2] })),
      skp: idx.flatMap((i) => skpOf(ns[i]!, entries[i]![0])),
      cact: idx.map((i) => ({ nip: ns[i]!, ...entries[i]![1] })),
    });
    return { r, ns, ranked: r.pool.map((i) => r.employees[i]!.nip) };
  };

  it('"box 9, then 8, then 7" even when a lower box has a higher nilai talenta', () => {
    const { ranked, ns, r } = pool([
      [PERF.DI_ATAS, { potensi: 89, kompetensi: 89 }], // box 7: perf 100, pot 89 → talent 94.5
      [PERF.SESUAI, { potensi: 90, kompetensi: 90 }], // box 8: perf 80, pot 90 → 85
      [
        { 2025: 'Sangat Baik', 2024: 'Baik' },
        { potensi: 90, kompetensi: 90 },
      ], // box 9: perf 92, pot 90 → 91
    ]);
    expect(ns.map((n) => [emp(r, n).box, emp(r, n).talentScore])).toEqual([
      [7, 94.5],
      [8, 85],
      [9, 91],
    ]);
    expect(ranked).toEqual([ns[2], ns[1], ns[0]]);
  });
  it('"inside a box by nilai talenta (high first)"', () => {
    const { ranked, ns } = pool([
      [PERF.DI_ATAS, { potensi: 90, kompetensi: 90 }], // 0.5×100 + 0.5×90 = 95
      [
        { 2025: 'Sangat Baik', 2024: 'Baik' },
        { potensi: 100, kompetensi: 100 },
      ], // 0.5×92 + 0.5×100 = 96
    ]);
    expect(ranked).toEqual([ns[1], ns[0]]);
  });
  it('"then potential score": equal nilai talenta 88, potential 96 before 92', () => {
    const { ranked, ns, r } = pool([
      [
        { 2025: 'Sangat Baik', 2024: 'Butuh Perbaikan' },
        { potensi: 92, kompetensi: 92 },
      ], // perf 60+24 = 84; 0.5×84 + 0.5×92 = 88
      [PERF.SESUAI, { potensi: 96, kompetensi: 96 }], // perf 80; 0.5×80 + 0.5×96 = 88
    ]);
    expect(ns.map((n) => [emp(r, n).box, emp(r, n).talentScore])).toEqual([
      [8, 88],
      [8, 88],
    ]);
    expect(ranked).toEqual([ns[1], ns[0]]);
  });
  it('"then performance score": both from kategori (no scores), perf 88 before 80', () => {
    const { ranked, ns } = pool([
      [PERF.SESUAI, { potensi: null, kompetensi: null, kategori: 'Optimal' }], // perf 80, box 8
      [
        { 2025: 'Baik', 2024: 'Sangat Baik' },
        { potensi: null, kompetensi: null, kategori: 'MS' },
      ], // perf 48 + 40 = 88, box 8
    ]);
    expect(ranked).toEqual([ns[1], ns[0]]);
  });
  it('"then NIP ascending" (input order reversed)', () => {
    const { ranked, ns } = pool(
      [
        [PERF.DI_ATAS, { potensi: 95, kompetensi: 95 }],
        [PERF.DI_ATAS, { potensi: 95, kompetensi: 95 }],
        [PERF.DI_ATAS, { potensi: 95, kompetensi: 95 }],
      ],
      [2, 1, 0],
    );
    expect(ranked).toEqual([ns[0], ns[1], ns[2]]);
  });
  it('"an empty value sorts after every number": nilai talenta null after 91', () => {
    const { ranked, ns } = pool([
      [PERF.DI_ATAS, { potensi: null, kompetensi: null, kategori: 'Optimal' }], // box 9, talent null
      [
        { 2025: 'Sangat Baik', 2024: 'Baik' },
        { potensi: 90, kompetensi: 90 },
      ], // box 9, 0.5×92 + 0.5×90 = 91
    ]);
    expect(ranked).toEqual([ns[1], ns[0]]);
  });
  it('"Ranks are given overall and within each target level …, and within each unor_induk"', () => {
    const PEL = { jenis_jabatan: 'Jabatan Pelaksana', jabatan: 'Pengadministrasi Perkantoran' };
    const AP = { jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Analis Kebijakan Ahli Pertama' };
    const { r, ns, ranked } = pool([
      [PERF.DI_ATAS, { potensi: 98, kompetensi: 98 }, { ...PEL, unor_induk: 'Dinas A' }], // talent 99
      [PERF.DI_ATAS, { potensi: 96, kompetensi: 96 }, { ...AP, unor_induk: 'Dinas B' }], // 98
      [PERF.DI_ATAS, { potensi: 94, kompetensi: 94 }, { ...PEL, unor_induk: 'Dinas B' }], // 97
      [PERF.DI_ATAS, { potensi: 92, kompetensi: 92 }, { ...AP, unor_induk: 'Dinas A' }], // 96
      [PERF.DI_ATAS, { potensi: 90, kompetensi: 90 }, { eselon: 'IV.a', jabatan: 'Kepala Seksi', unor_induk: 'Dinas A' }], // 95
    ]);
    expect(ranked).toEqual(ns);
    const got = ns.map((n) => {
      const e = emp(r, n);
      return [e.currentLevel, e.targetLevel, e.rank, e.rankInTargetLevel, e.rankInUnit];
    });
    expect(got).toEqual([
      ['PELAKSANA', 'PENGAWAS', 1, 1, 1], // Pelaksana → Pengawas
      ['JF_AHLI_PERTAMA', 'JF_AHLI_MUDA', 2, 1, 1], // JF Ahli Pertama → Ahli Muda
      ['PELAKSANA', 'PENGAWAS', 3, 2, 2],
      ['JF_AHLI_PERTAMA', 'JF_AHLI_MUDA', 4, 2, 2],
      ['PENGAWAS', 'ADMINISTRATOR', 5, 1, 3], // Pengawas → Administrator
    ]);
  });
});

describe('§8 "Counts always add up"; duplicates; invalid NIPs', () => {
  const [n1, n2, n3, n4, n5] = [1, 2, 3, 4, 5].map(nipN) as [string, string, string, string, string];
  const BAD = '19850726201001100'; // 17 digits
  const full = (n: string) => ({ skp: skpOf(n, PERF.DI_ATAS), cact: [{ nip: n, potensi: 95, kompetensi: 95 }] });
  const r = run({
    roster: [
      { nip: n1 }, // row 2: mapped
      { nip: n2 }, // row 3: mapped
      { nip: n2 }, // row 4: identical to row 3 → merged
      { nip: n3, nama: 'Ani' }, // row 5: same NIP, different row → NIP_GANDA
      { nip: n3, nama: 'Ana' }, // row 6: NIP_GANDA
      { nip: BAD }, // row 7: NIP_TIDAK_VALID (+ no SKP, no CACT)
      { nip: n4 }, // row 8: no SKP
      { nip: n5 }, // row 9: no CACT
    ],
    skp: [...full(n1).skp, ...full(n2).skp, ...full(n3).skp, ...full(n5).skp],
    cact: [...full(n1).cact, ...full(n2).cact, ...full(n3).cact, ...full(n4).cact],
  });

  it('roster rows = mapped + not mapped + identical duplicates merged (8 = 2 + 5 + 1)', () => {
    const s = r.summary;
    expect(s.rosterRows).toBe(8);
    expect(s.duplicateRowsMerged).toBe(1);
    expect(s.employees).toBe(7);
    expect(s.mapped).toBe(2);
    expect(s.notMapped).toBe(5);
    expect(s.mapped + s.notMapped + s.duplicateRowsMerged).toBe(s.rosterRows);
    expect(s.inputRows.roster).toBe(8);
  });
  it('"Every roster row ends in exactly one of: mapped (box 1–9) or not mapped with its reason codes"', () => {
    for (const e of r.employees) {
      expect(e.box === null).toBe(e.notMappedReasons.length > 0);
    }
    expect(r.employees.map((e) => [e.source.row, e.box, e.notMappedReasons])).toEqual([
      [2, 9, []],
      [3, 9, []],
      [5, null, ['NIP_GANDA']],
      [6, null, ['NIP_GANDA']],
      [7, null, ['NIP_TIDAK_VALID', 'SKP_TIDAK_ADA', 'CACT_TIDAK_ADA']],
      [8, null, ['SKP_TIDAK_ADA']],
      [9, null, ['CACT_TIDAK_ADA']],
    ]);
    expect(r.summary.notMappedByReason).toEqual({ NIP_TIDAK_VALID: 1, NIP_GANDA: 2, SKP_TIDAK_ADA: 2, CACT_TIDAK_ADA: 2 });
  });
  it('duplicates are reported: identical row as a warning, conflicting rows as errors', () => {
    expect(issuesOf(r, 'NIP_GANDA_IDENTIK')).toEqual([expect.objectContaining({ severity: 'warning', row: 4, params: { row: 3 } })]);
    expect(issuesOf(r, 'NIP_GANDA').map((i) => [i.severity, i.row])).toEqual([
      ['error', 5],
      ['error', 6],
    ]);
    expect(issuesOf(r, 'NIP_FORMAT')).toEqual([expect.objectContaining({ row: 7, column: 'NIP BARU', value: BAD })]);
  });
  it('the grid adds up to the mapped count', () => {
    expect(Object.values(r.summary.grid).reduce((a, b) => a + b, 0)).toBe(r.summary.mapped);
  });

  it('property: for any mix of rows, mapped + not mapped + merged = roster rows, and each employee is exactly one of mapped / not mapped', () => {
    const rowArb = fc.record({
      seq: fc.integer({ min: 1, max: 6 }),
      nama: fc.constantFrom('A', 'B'),
      skp: fc.constantFrom<Record<number, string>>({}, { 2025: 'Baik' }, PERF.DI_ATAS, PERF.DI_BAWAH),
      cact: fc.option(fc.constantFrom(70, 85, 95), { nil: null }),
      bad: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 0, maxLength: 10 }), (rows) => {
        const nipOf = (x: (typeof rows)[number]) => (x.bad ? `X${x.seq}` : nipN(x.seq));
        const res = run({
          roster: rows.map((x) => ({ nip: nipOf(x), nama: x.nama })),
          skp: rows.flatMap((x) => skpOf(nipOf(x), x.skp)),
          cact: rows.filter((x) => x.cact !== null).map((x) => ({ nip: nipOf(x), potensi: x.cact, kompetensi: x.cact })),
        });
        const s = res.summary;
        return (
          s.rosterRows === rows.length &&
          s.mapped + s.notMapped + s.duplicateRowsMerged === s.rosterRows &&
          s.employees === res.employees.length &&
          res.employees.every((e) => (e.box === null) === e.notMappedReasons.length > 0) &&
          Object.values(s.grid).reduce((a, b) => a + b, 0) === s.mapped
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('§8 "Assessment rows whose NIP is not in the roster are reported, not dropped in silence"', () => {
  const n1 = nipN(1);
  const stranger = nipN(9);
  const r = run({
    roster: [{ nip: n1 }],
    skp: [...skpOf(n1, PERF.DI_ATAS), ...skpOf(stranger, PERF.DI_ATAS)],
    cact: [
      { nip: n1, potensi: 95, kompetensi: 95 },
      { nip: stranger, potensi: 95, kompetensi: 95 },
    ],
    hukdis: [{ nip: stranger, tingkat: 'Berat', tmt: '2026-01-01' }],
  });
  it('NIP_TIDAK_DI_ROSTER for each such row, with file and row', () => {
    const iss = issuesOf(r, 'NIP_TIDAK_DI_ROSTER');
    expect(iss.map((i) => [i.file, i.row, i.params?.table])).toEqual([
      ['skp.csv', 4, 'skp'],
      ['skp.csv', 5, 'skp'],
      ['cact.csv', 3, 'cact'],
      ['hukdis.csv', 2, 'hukdis'],
    ]);
  });
  it('counted: unmatched rows per table, and all input rows', () => {
    expect(r.summary.unmatchedAssessmentRows).toEqual({ skp: 2, cact: 1, hukdis: 1 });
    expect(r.summary.inputRows).toEqual({ roster: 1, skp: 4, cact: 2, hukdis: 1 });
    expect(emp(r, n1).box).toBe(9);
  });
  it('an assessment NIP decorated with an apostrophe / spaces still joins', () => {
    const rr = run({
      roster: [{ nip: `'${n1}` }],
      skp: [
        { nip: '19850726 201001 1 001', tahun: 2025, predikat: 'Baik' },
        { nip: `'${n1}`, tahun: 2024, predikat: 'Baik' },
      ],
      cact: [{ nip: '19850726.201001.1.001', potensi: 95, kompetensi: 95 }],
    });
    expect(rr.summary.unmatchedAssessmentRows).toEqual({ skp: 0, cact: 0, hukdis: 0 });
    expect(emp(rr, n1).box).toBe(8); // perf 80 → Sesuai, pot 95 → Tinggi
  });
  it('an assessment NIP in scientific notation behind a SIASN apostrophe ("\'1.98…E+17") → NIP_ANGKA, as in the roster', () => {
    // docs/rules.md §4.3: strip the apostrophe, then reject scientific notation (never repair)
    const rr = run({
      roster: [{ nip: n1 }],
      skp: [...skpOf(n1, PERF.DI_ATAS), { nip: "'1.98507262010011E+17", tahun: 2023, predikat: 'Baik' }],
      cact: [{ nip: n1, potensi: 95, kompetensi: 95 }],
    });
    expect(rr.summary.unmatchedAssessmentRows.skp).toBe(1);
    expect(issueCodes(rr)).toContain('NIP_ANGKA');
  });
  it('an assessment NIP stored as a number → NIP_ANGKA, counted as unmatched', () => {
    const rr = run({
      roster: [{ nip: n1 }],
      skp: [...skpOf(n1, PERF.DI_ATAS), { nip: Number('198507262010011001'), tahun: 2023, predikat: 'Baik' }],
      cact: [{ nip: n1, potensi: 95, kompetensi: 95 }],
    });
    expect(issuesOf(rr, 'NIP_ANGKA')).toHaveLength(1);
    expect(rr.summary.unmatchedAssessmentRows.skp).toBe(1);
  });
});

describe('NIP validation in the roster → NIP_TIDAK_VALID (docs/rules.md §4.3)', () => {
  it.each<[string, RosterRec['nip'], string]>([
    ['number cell', Number('198507262010011001'), 'NIP_ANGKA'], // a number cell: the last digits are already gone
    ['scientific notation text', '1.98507262010011E+17', 'NIP_ANGKA'],
    ['invalid birth date (Feb 30)', '198502302010011001', 'NIP_TANGGAL_LAHIR'],
    ['sex digit 3', '198507262010013001', 'NIP_JENIS_KELAMIN'],
    ['sequence 000', '198507262010011000', 'NIP_URUTAN'],
    ['17 digits', '19850726201001100', 'NIP_FORMAT'],
    ['TMT month 13 for a PNS', '198507262010131001', 'NIP_TMT'],
    ['empty', '', 'NIP_KOSONG'],
  ])('%s → not mapped, reason NIP_TIDAK_VALID, issue %s', (_name, cell, code) => {
    const r = run({ roster: [{ nip: cell }] });
    const e = r.employees[0]!;
    expect(e.nipValid).toBe(false);
    expect(e.box).toBeNull();
    expect(e.notMappedReasons[0]).toBe('NIP_TIDAK_VALID');
    expect(issueCodes(r)).toContain(code);
  });
  it('a leading apostrophe (SIASN export) is stripped: valid', () => {
    const { e } = one({ roster: { nip: `'${nipN(1)}` } });
    expect(e.nip).toBe(nipN(1));
    expect(e.nipValid).toBe(true);
    expect(e.box).toBe(9);
  });
  it('docs/rules.md §4.3: "for a PNS digits 13–14 a month" — a CPNS NIP with month 21 is invalid', () => {
    const r = run({ roster: [{ nip: '199001012015211001', jenis_pegawai: 'CPNS' }] });
    expect(r.employees[0]!.nipValid).toBe(false);
    expect(issueCodes(r)).toContain('NIP_TMT');
  });
});

describe('§1 header aliases end to end (Title-Case "data utama" export, e-Kinerja SKP, CACT aliases)', () => {
  it('Namapns / Tgl Lhr / Golru / nip_baru / hasil_akhir / tahun_skp / NILAI POTENSI / KATEGORI POTENSI / TGL TES', () => {
    const n = nip('1969-09-30', '1994-03', 1, 1);
    const tables = [
      raw('data-utama.xlsx', [
        ['Nip Baru', 'Namapns', 'Tgl Lhr', 'Golru', 'Jenis Jabatan', 'Nama Jabatan', 'OPD', 'Kedudukan Hukum', 'Status Cpns Pns'],
        [`'${n}`, 'Ani', '1 Oktober 1969', 'III/a', 'Jabatan Pelaksana', 'Pengadministrasi', 'Dinas A', 'Aktif', 'P'],
      ]),
      raw('ekinerja.csv', [
        ['nip_baru', 'tahun_skp', 'hasil_akhir'],
        [n, '2025', 'SANGAT BAIK'],
        [n, '2024', 'baik'],
      ]),
      raw('cact.csv', [
        ['NIP', 'NILAI POTENSI', 'NILAI KOMPETENSI', 'KATEGORI POTENSI', 'TGL TES'],
        [n, '92,5', '90', 'Optimal', '15/01/2025'],
      ]),
    ];
    const r = runTables(tables);
    const e = r.employees[0]!;
    expect(r.inputs.map((i) => i.roles)).toEqual([['roster'], ['skp'], ['cact']]);
    expect(e.nama).toBe('Ani');
    expect(e.birthDate).toBe('1969-10-01'); // from Tgl Lhr, not from the NIP (1969-09-30)
    expect(e.exclusions).toEqual([]); // BUP 58 on 2027-10-01: not within 12 months of 2026-09-30
    expect(e.performance.score).toBe(92); // 0.6×100 + 0.4×80
    expect(e.potential.score).toBe(91.25); // 0.5×92.5 + 0.5×90 = 46.25 + 45
    expect(e.potential.tanggalTes).toBe('2025-01-15');
    expect(e.box).toBe(9);
    expect(e.krs).toBe('INSTANSI_NASIONAL');
    expect(e.unorInduk).toBe('Dinas A');
  });
  it('a CACT sheet under title rows, 1904 date system, serial tanggal_tes', () => {
    const n = nipN(1);
    const tables = [
      roster([{ nip: n }]),
      skp(skpOf(n, PERF.DI_ATAS)),
      raw(
        'cact.xlsx',
        [
          ['HASIL CACT BKN'],
          [null],
          ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES'],
          // 2023-09-29 in the 1904 system: 45198 − 1462 = 43736 → expired at 2026-09-30
          [n, 95, 95, 43736],
        ],
        { sheet: 'Hasil', firstRow: 1, date1904: true },
      ),
    ];
    const r = runTables(tables);
    expect(r.inputs[2]).toMatchObject({ roles: ['cact'], headerRow: 3, rows: 1 });
    expect(r.employees[0]!.potential.tanggalTes).toBe('2023-09-29');
    expect(r.employees[0]!.notMappedReasons).toEqual(['CACT_KEDALUWARSA']);
  });
  it('a wide roster with CACT columns and a separate SKP file', () => {
    const n = nipN(1);
    const r = runTables([
      raw('wide.xlsx', [
        ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES'],
        [n, 'Ani', 'Pengadministrasi', '85,5', '70,5', '2024-02-01'],
      ]),
      skp(skpOf(n, PERF.SESUAI)),
    ]);
    expect(r.inputs[0]!.roles).toEqual(['roster', 'cact']);
    // pot 0.5×85.5 + 0.5×70.5 = 78 → Menengah; perf 80 → Sesuai → box 5
    expect(r.employees[0]!.box).toBe(5);
    expect(r.summary.inputRows).toMatchObject({ roster: 1, cact: 1, skp: 2 });
  });
  it('cact() helper sanity: a CACT record without potensi/kompetensi but with parts is read', () => {
    const t = cact([{ nip: nipN(1), mansoskul: 1 }]);
    expect(t.rows[0]).toContain('JPM MANSOSKUL');
  });
});
