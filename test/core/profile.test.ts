/**
 * The default profile as data (docs/rules.md, profile `permenpanrb-3-2020` v1).
 * Expected values are transcribed by hand from docs/rules.md, not from profile.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, parseProfile } from '../../src/core/profile.js';

const P = DEFAULT_PROFILE;

describe('profile identity', () => {
  it('"Profile id: `permenpanrb-3-2020` · version 1"', () => {
    expect(P.id).toBe('permenpanrb-3-2020');
    expect(P.version).toBe(1);
  });

  it('"keep it as data (a zod-validated profile object)": the default profile validates', () => {
    expect(() => parseProfile(P)).not.toThrow();
    expect(parseProfile(structuredClone(P))).toEqual(P);
  });

  it('a profile with an unknown key or a wrong type is rejected by the schema', () => {
    expect(() => parseProfile({ ...structuredClone(P), extra: 1 })).toThrow();
    const bad = structuredClone(P) as unknown as { boxes: { TINGGI: { DI_ATAS: number } } };
    bad.boxes.TINGGI.DI_ATAS = 10; // box numbers are 1..9
    expect(() => parseProfile(bad)).toThrow();
  });
});

describe('§5 the box (PermenPANRB 3/2020): all nine cells of profile.boxes', () => {
  // | potensial \ kinerja | Di Bawah | Sesuai | Di Atas |
  // | Tinggi              |    6     |   8    |    9    |
  // | Menengah            |    3     |   5    |    7    |
  // | Rendah              |    1     |   2    |    4    |
  const table: [string, string, number][] = [
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
  it.each(table)('potensial %s × kinerja %s → box %i', (pot, perf, box) => {
    expect((P.boxes as Record<string, Record<string, number>>)[pot]![perf]).toBe(box);
  });

  it('the nine cells hold each box number 1..9 exactly once', () => {
    const all = Object.values(P.boxes).flatMap((row) => Object.values(row));
    expect([...all].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('docs/rules.md §7: "Each box carries its label … and its follow-up (rekomendasi)"', () => {
  // docs/rules.md §7 (the label and the rekomendasi table), majority form
  const expected: Record<string, [string, string]> = {
    '1': ['Kinerja di bawah ekspektasi dan potensial rendah', 'Diproses sesuai ketentuan peraturan perundang-undangan'],
    '2': ['Kinerja sesuai ekspektasi dan potensial rendah', '1. Bimbingan kinerja; 2. Pengembangan kompetensi; 3. Penempatan yang sesuai'],
    '3': ['Kinerja di bawah ekspektasi dan potensial menengah', '1. Bimbingan kinerja; 2. Konseling kinerja; 3. Pengembangan kompetensi; 4. Penempatan yang sesuai'],
    '4': ['Kinerja di atas ekspektasi dan potensial rendah', '1. Rotasi; 2. Pengembangan kompetensi'],
    '5': ['Kinerja sesuai ekspektasi dan potensial menengah', '1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Pengembangan kompetensi'],
    '6': ['Kinerja di bawah ekspektasi dan potensial tinggi', '1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Konseling kinerja'],
    '7': [
      'Kinerja di atas ekspektasi dan potensial menengah',
      '1. Dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi; 3. Rotasi/Pengayaan jabatan; 4. Pengembangan kompetensi; 5. Tugas belajar',
    ],
    '8': ['Kinerja sesuai ekspektasi dan potensial tinggi', '1. Dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi; 3. Rotasi/Perluasan jabatan; 4. Bimbingan kinerja'],
    '9': ['Kinerja di atas ekspektasi dan potensial tinggi', '1. Dipromosikan dan dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi/Nasional; 3. Penghargaan'],
  };
  it.each(Object.entries(expected))('box %s: label and rekomendasi (id)', (box, [label, rek]) => {
    expect(P.boxText[box]!.label.id).toBe(label);
    expect(P.boxText[box]!.rekomendasi.id).toBe(rek);
    expect(P.boxText[box]!.label.en.length).toBeGreaterThan(0);
    expect(P.boxText[box]!.rekomendasi.en.length).toBeGreaterThan(0);
  });
});

describe('profile parameters stated in docs/rules.md', () => {
  it('§3.2 "Sangat Baik 100, Baik 80, Butuh Perbaikan 60, Kurang (Kurang/Misconduct) 40, Sangat Kurang 20"', () => {
    expect(P.performance.scores).toEqual({
      SANGAT_BAIK: 100,
      BAIK: 80,
      BUTUH_PERBAIKAN: 60,
      KURANG: 40,
      SANGAT_KURANG: 20,
    });
  });
  it('§3.3 "0.6 × score(N) + 0.4 × score(N-1)"', () => {
    expect(P.performance.yearWeights).toEqual([0.6, 0.4]);
  });
  it('§3.4 "score ≥ 90 → Di Atas; ≥ 70 → Sesuai"', () => {
    expect(P.performance.thresholds).toEqual({ high: 90, middle: 70 });
  });
  it('§4.2/§4.3 "0.5 × jpm_potensi + 0.5 × jpm_kompetensi", "≥ 90 → Tinggi; ≥ 78 → Menengah"', () => {
    expect(P.potential.potensiWeight).toBe(0.5);
    expect(P.potential.kompetensiWeight).toBe(0.5);
    expect(P.potential.thresholds).toEqual({ high: 90, middle: 78 });
  });
  it('§4.5 "more than 3 years before the reference date"', () => {
    expect(P.potential.validityYears).toBe(3);
  });
  it('§6 talent pool = boxes 7, 8, 9; box 9 → KRS Instansi/Nasional', () => {
    expect([...P.talentPool.boxes].sort()).toEqual([7, 8, 9]);
    expect(P.talentPool.nationalBoxes).toEqual([9]);
  });
  it('§6 BUP: 60 for JPT and JF Ahli Madya, 65 for JF Ahli Utama, 58 otherwise; 12 months; hukdis 2 years sedang/berat', () => {
    expect(P.talentPool.bup).toMatchObject({ monthsBefore: 12, default: 58, jpt: 60, ahliMadya: 60, ahliUtama: 65 });
    expect(P.talentPool.hukdis.years).toBe(2);
    expect([...P.talentPool.hukdis.levels].sort()).toEqual(['BERAT', 'SEDANG']);
  });
  it('§7 "Nilai talenta = 0.5 × performance score + 0.5 × potential score"', () => {
    expect(P.talentScore).toEqual({ performanceWeight: 0.5, potentialWeight: 0.5 });
  });
});
