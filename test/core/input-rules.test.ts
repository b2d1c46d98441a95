/**
 * No silent wrong maps from real exports, on the pure core: every rule is met, not met, or said
 * to be unchecked; odd export layouts are read as meant; a second header with the same name.
 * Expected values are worked out by hand from docs/rules.md (§2–§8).
 */
import { describe, expect, it } from 'vitest';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE, parseProfile, type Profile } from '../../src/core/profile.js';
import type { Cell, RawTable } from '../../src/core/types.js';
import { eselonTier } from '../../src/core/levels.js';
import { splitNipName } from '../../src/core/values.js';
import { groupMessage } from '../../src/i18n.js';
import { collectUpstream } from '../../src/core/reconcile.js';
import { checkEselon, normaliseGolongan } from '../../src/core/vocab.js';
import { AS_OF, cact, emp, hukdis, issuesOf, nip, nipN, P, raw, roster, runTables, skp, skpOf } from './helpers.js';

const withRules = (rules: Partial<Profile['inputRules']>): Profile => ({ ...DEFAULT_PROFILE, inputRules: { ...DEFAULT_PROFILE.inputRules, ...rules } });
const runWith = (tables: RawTable[], profile: Profile, asOf = AS_OF) => classify(prepareInputs(tables, profile), profile, { asOf });

/** Sangat Baik 2025 + 2024 and JPM 95/95: box 9 (docs/rules.md §5–7). */
const box9Assessments = (nips: string[]) => [
  skp(nips.flatMap((n) => skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }))),
  cact(nips.map((n) => ({ nip: n, potensi: 95, kompetensi: 95 }))),
];

// A PNS NIP carries the TMT CPNS month in digits 13–14; a NI PPPK a code such as 21 (docs/rules.md §4.2).
const PNS = nip('1985-07-26', '2010-01', 1, 1); // 198507262010011001
const PPPK = '199009132021211001'; // born 1990-09-13, appointed 2021, code 21, male, 001

describe('item 1: a rule whose column is absent is not passed silently', () => {
  // a roster without KEDUDUKAN HUKUM and JENIS PEGAWAI columns, and no hukdis table
  const thin = raw('roster.csv', [
    ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR NAMA'],
    [PNS, 'Ani', 'Analis', 'Dinas A'],
    [PPPK, 'Budi', 'Analis', 'Dinas A'],
  ]);

  it('one table-level finding per missing column: which column, which rule, the accepted headers', () => {
    const r = runTables([thin, ...box9Assessments([PNS, PPPK])]);
    const k = issuesOf(r, 'KOLOM_ATURAN_TIDAK_ADA');
    expect(k).toHaveLength(1);
    expect(k[0]!.params).toEqual({ field: 'kedudukan_hukum', rule: 'TIDAK_AKTIF', accepted: 'KEDUDUKAN HUKUM NAMA, KEDUDUKAN HUKUM' });
    expect(k[0]!.row).toBe(1);
    expect(issuesOf(r, 'KOLOM_STATUS_DARI_NIP')).toHaveLength(1);
    expect(issuesOf(r, 'TABEL_HUKDIS_TIDAK_ADA')).toHaveLength(1);
    expect(issuesOf(r, 'TABEL_HUKDIS_TIDAK_ADA')[0]!.severity).toBe('warning');
  });

  it('BUKAN_PNS without a jenis pegawai column: read from the NIP (a PPPK box-9 employee is not in the pool), and said so', () => {
    const r = runTables([thin, ...box9Assessments([PNS, PPPK])]);
    const pppk = emp(r, PPPK);
    expect(pppk.box).toBe(9);
    expect(pppk.exclusions).toEqual(['BUKAN_PNS']);
    expect(pppk.talentPool).toBe(false);
    expect(pppk.notes).toContain('STATUS_DARI_NIP');
    const pns = emp(r, PNS);
    expect(pns.exclusions).toEqual([]);
    expect(pns.notes).toContain('STATUS_DARI_NIP');
  });

  it('default (include): a pool member whose rules could not be checked stays in the pool with a note per rule', () => {
    const r = runTables([thin, ...box9Assessments([PNS, PPPK])]);
    const pns = emp(r, PNS);
    expect(pns.talentPool).toBe(true);
    expect(pns.notes).toEqual(expect.arrayContaining(['TIDAK_DIPERIKSA:TIDAK_AKTIF', 'TIDAK_DIPERIKSA:HUKDIS']));
    expect(pns.notes).not.toContain('TIDAK_DIPERIKSA:BUKAN_PNS'); // checked through the NIP
    expect(pns.notes).not.toContain('TIDAK_DIPERIKSA:MENDEKATI_BUP'); // birth date from the NIP
  });

  it('profile inputRules.uncheckedExclusion = exclude: the same employee is kept out, reason TIDAK_DIPERIKSA', () => {
    const r = runWith([thin, ...box9Assessments([PNS, PPPK])], withRules({ uncheckedExclusion: 'exclude' }));
    const pns = emp(r, PNS);
    expect(pns.box).toBe(9);
    expect(pns.talentPool).toBe(false);
    expect(pns.exclusions).toEqual(['TIDAK_DIPERIKSA']);
    expect(r.summary.excludedFromPoolByReason).toEqual({ BUKAN_PNS: 1, TIDAK_DIPERIKSA: 2 });
  });

  it('an empty cell is not a pass: a blank KEDUDUKAN HUKUM leaves TIDAK_AKTIF unchecked for that employee', () => {
    const r = runTables([roster([{ nip: PNS, kedudukan_hukum: '' }]), ...box9Assessments([PNS]), hukdis([])]);
    const e = emp(r, PNS);
    expect(e.notes).toEqual(['TIDAK_DIPERIKSA:TIDAK_AKTIF']);
    expect(issuesOf(r, 'KOLOM_ATURAN_TIDAK_ADA')).toHaveLength(0); // the column is there
  });

  it('a complete roster with a (header-only) hukdis table: every rule checked, no note, no finding', () => {
    const r = runTables([roster([{ nip: PNS }]), ...box9Assessments([PNS]), raw('hukdis.csv', [['NIP BARU', 'TINGKAT HUKUMAN', 'TMT HUKUMAN']])]);
    expect(emp(r, PNS).notes).toEqual([]);
    expect(emp(r, PNS).talentPool).toBe(true);
    expect(r.issues.filter((i) => i.code.startsWith('KOLOM_') || i.code === 'TABEL_HUKDIS_TIDAK_ADA')).toEqual([]);
  });

  it('status headers spelled STATUS PEGAWAI / NAMA PEGAWAI / PANGKAT/GOL are read', () => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA PEGAWAI', 'STATUS PEGAWAI', 'PANGKAT/GOL', 'KEDUDUKAN HUKUM'],
      [PNS, 'Ani', 'PPPK', 'III/a', 'Aktif'],
    ]);
    const r = runTables([t, ...box9Assessments([PNS]), hukdis([])]);
    const e = emp(r, PNS);
    expect(e.nama).toBe('Ani');
    expect(e.golongan).toBe('III/a');
    expect(e.exclusions).toEqual(['BUKAN_PNS']);
  });
});

describe('item 2: a CACT row without a test date is reported', () => {
  it('default useWithNote: mapped with the note CACT_TANPA_TANGGAL, and one table-level finding with the count', () => {
    const r = runTables([
      roster([{ nip: nipN(1) }, { nip: nipN(2) }]),
      skp([...skpOf(nipN(1), { 2025: 'Baik' }), ...skpOf(nipN(2), { 2025: 'Baik' })]),
      cact([
        { nip: nipN(1), potensi: 80, kompetensi: 80, tanggal_tes: null },
        { nip: nipN(2), potensi: 80, kompetensi: 80, tanggal_tes: null },
      ]),
      hukdis([]),
    ]);
    expect(emp(r, nipN(1)).box).toBe(5);
    expect(emp(r, nipN(1)).notes).toContain('CACT_TANPA_TANGGAL');
    const t = issuesOf(r, 'TANGGAL_TES_KOSONG');
    expect(t).toHaveLength(1);
    expect(t[0]!.params).toMatchObject({ count: 2, choice: 'useWithNote' });
  });
  it('notMapped: not mapped, reason CACT_TANPA_TANGGAL', () => {
    const r = runWith(
      [roster([{ nip: nipN(1) }]), skp(skpOf(nipN(1), { 2025: 'Baik' })), cact([{ nip: nipN(1), potensi: 80, kompetensi: 80, tanggal_tes: null }])],
      withRules({ undatedCact: 'notMapped' }),
    );
    expect(emp(r, nipN(1)).box).toBeNull();
    expect(emp(r, nipN(1)).notMappedReasons).toEqual(['CACT_TANPA_TANGGAL']);
    expect(r.summary.notMappedByReason).toEqual({ CACT_TANPA_TANGGAL: 1 });
  });
  it('a CACT table without a test-date column: one finding that names the missing column', () => {
    const t = raw('cact.csv', [
      ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI'],
      [nipN(1), 80, 80],
    ]);
    const r = runTables([roster([{ nip: nipN(1) }]), skp(skpOf(nipN(1), { 2025: 'Baik' })), t]);
    expect(issuesOf(r, 'KOLOM_TANGGAL_TES_TIDAK_ADA')).toHaveLength(1);
    expect(issuesOf(r, 'KOLOM_TANGGAL_TES_TIDAK_ADA')[0]!.params).toMatchObject({ count: 1, accepted: 'TANGGAL TES, TANGGAL ASESMEN, TGL TES' });
  });
});

describe('item 3: a year-only date is a year, never an Excel serial', () => {
  it('"2025" as a CSV test date is 1 January 2025 (valid at 2026-09-30), with a warning; not 1905-07-17 (expired)', () => {
    const { r, e } = runOne({ tanggal_tes: '2025' });
    expect(e.potential.tanggalTes).toBe('2025-01-01');
    expect(e.notMappedReasons).toEqual([]);
    expect(e.box).toBe(9);
    expect(issuesOf(r, 'TANGGAL_HANYA_TAHUN')[0]!.params).toEqual({ date: '2025-01-01' });
  });
  it('the number 2025 (a workbook number cell) is a year too', () => {
    expect(runOne({ tanggal_tes: 2025 }).e.potential.tanggalTes).toBe('2025-01-01');
  });
  it('profile yearOnlyDate = end: 31 December; middle: 1 July', () => {
    const tables = () => [roster([{ nip: nipN(1) }]), skp(skpOf(nipN(1), { 2025: 'Sangat Baik' })), cact([{ nip: nipN(1), potensi: 95, kompetensi: 95, tanggal_tes: '2023' }])];
    // 2023-12-31 is within 3 years of 2026-09-30 (cut-off 2023-09-30); 2023-07-01 is not
    expect(emp(runWith(tables(), withRules({ yearOnlyDate: 'end' })), nipN(1)).notMappedReasons).toEqual([]);
    expect(emp(runWith(tables(), withRules({ yearOnlyDate: 'middle' })), nipN(1)).notMappedReasons).toEqual(['CACT_KEDALUWARSA']);
  });
  it('a hukdis TMT written "2025" counts within the 2 years before 2026-09-30', () => {
    const n = nipN(1);
    const r = runTables([roster([{ nip: n }]), ...box9Assessments([n]), hukdis([{ nip: n, tingkat: 'Sedang', tmt: '2025' }])]);
    expect(emp(r, n).exclusions).toEqual(['HUKDIS']);
  });
  function runOne(c: { tanggal_tes: Cell }) {
    const n = nipN(1);
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' })), cact([{ nip: n, potensi: 95, kompetensi: 95, ...c }]), hukdis([])]);
    return { r, e: emp(r, n) };
  }
});

describe('item 4: e-Kinerja periodic rows beside the annual row', () => {
  const n = nipN(1);
  const ekinerja = (rows: Cell[][]) => raw('ekinerja.csv', [['nip', 'tahun', 'jenis', 'bulan', 'hasil_akhir'], ...rows]);
  it('the annual row decides the year; periodic rows are ignored with one info count (no SKP_GANDA)', () => {
    const r = runTables([
      roster([{ nip: n }]),
      ekinerja([
        [n, 2025, 'Tahunan', '', 'Sangat Baik'],
        [n, 2025, 'Periodik', 3, 'Butuh Perbaikan'],
        [n, 2025, 'Periodik', 6, 'Butuh Perbaikan'],
        [n, 2024, 'Tahunan', '', 'Sangat Baik'],
      ]),
      cact([{ nip: n, potensi: 95, kompetensi: 95 }]),
      hukdis([]),
    ]);
    const e = emp(r, n);
    // 0.6 × 100 + 0.4 × 100 = 100 → Di Atas; with the Q1 row the worse predikat (60) would have won
    expect(e.performance.score).toBe(100);
    expect(e.box).toBe(9);
    expect(issuesOf(r, 'SKP_GANDA')).toEqual([]);
    const info = issuesOf(r, 'SKP_PERIODIK_DIABAIKAN');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
    expect(info[0]!.params).toEqual({ count: 2 });
  });
  it('a year with periodic rows only is absent by default, with a warning', () => {
    const r = runTables([
      roster([{ nip: n }]),
      ekinerja([
        [n, 2025, 'Tahunan', '', 'Baik'],
        [n, 2024, 'Periodik', 12, 'Sangat Baik'],
      ]),
      cact([{ nip: n, potensi: 95, kompetensi: 95 }]),
    ]);
    const e = emp(r, n);
    expect(e.performance.years.map((y) => y.year)).toEqual([2025]);
    expect(e.notes).toContain('SKP_SATU_TAHUN');
    expect(issuesOf(r, 'SKP_HANYA_PERIODIK')[0]!.params).toEqual({ year: 2024 });
  });
  it('periodicOnlyYear = latestPeriod: the latest period of that year is used, with a note', () => {
    const r = runWith(
      [
        roster([{ nip: n }]),
        ekinerja([
          [n, 2025, 'Tahunan', '', 'Baik'],
          [n, 2024, 'Periodik', 12, 'Sangat Baik'],
          [n, 2024, 'Periodik', 6, 'Kurang'],
        ]),
        cact([{ nip: n, potensi: 95, kompetensi: 95 }]),
      ],
      withRules({ periodicOnlyYear: 'latestPeriod' }),
    );
    const e = emp(r, n);
    // 0.6 × 80 (2025 Baik) + 0.4 × 100 (2024, month 12: Sangat Baik) = 88
    expect(e.performance.score).toBe(88);
    expect(e.notes).toContain('SKP_DARI_PERIODIK');
  });
  it('without a JENIS column, BULAN 1–12 marks a periodic row and BULAN 13 the annual one', () => {
    const t = raw('ekinerja.csv', [
      ['NIP BARU', 'TAHUN', 'BULAN', 'PREDIKAT'],
      [n, 2025, 13, 'Sangat Baik'],
      [n, 2025, 3, 'Kurang'],
    ]);
    const r = runTables([roster([{ nip: n }]), t, cact([{ nip: n, potensi: 95, kompetensi: 95 }])]);
    expect(emp(r, n).performance.years).toHaveLength(1);
    expect(emp(r, n).performance.years[0]!.predikat).toBe('SANGAT_BAIK');
  });
});

describe('item 5: SIASN placeholders null, NULL, -, -- are blank', () => {
  it.each(['null', 'NULL', '-', '--', ' null '])('gelar belakang %j reaches no report', (v) => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'GELAR BELAKANG', 'JENIS PEGAWAI NAMA', 'KEDUDUKAN HUKUM NAMA'],
      [PNS, 'Ani', v, 'PNS', 'Aktif'],
    ]);
    const r = runTables([t, ...box9Assessments([PNS]), hukdis([])]);
    expect(emp(r, PNS).gelarBelakang).toBe('');
  });
  it('a NIP cell holding null is an empty NIP (NIP_KOSONG), not a malformed one', () => {
    const r = runTables([roster([{ nip: 'NULL' }]), ...box9Assessments([PNS])]);
    expect(issuesOf(r, 'NIP_KOSONG')).toHaveLength(1);
  });
  it('a kedudukan hukum of "null" is unchecked, not "not Aktif"', () => {
    const r = runTables([roster([{ nip: PNS, kedudukan_hukum: 'null' }]), ...box9Assessments([PNS]), hukdis([])]);
    expect(emp(r, PNS).exclusions).toEqual([]);
    expect(emp(r, PNS).notes).toEqual(['TIDAK_DIPERIKSA:TIDAK_AKTIF']);
  });
});

describe('item 6: structural officials without an eselon column', () => {
  it('one finding with the count (their jenjang cannot be read)', () => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'JENIS JABATAN NAMA', 'JABATAN NAMA', 'KEDUDUKAN HUKUM NAMA', 'JENIS PEGAWAI NAMA'],
      [nipN(1), 'A', 'Jabatan Struktural', 'Kepala Bidang', 'Aktif', 'PNS'],
      [nipN(2), 'B', 'Struktural', 'Kepala Seksi', 'Aktif', 'PNS'],
      [nipN(3), 'C', 'Jabatan Pelaksana', 'Pengadministrasi', 'Aktif', 'PNS'],
    ]);
    const r = runTables([t, ...box9Assessments([nipN(1)])]);
    const f = issuesOf(r, 'KOLOM_ESELON_TIDAK_ADA');
    expect(f).toHaveLength(1);
    expect(f[0]!.params).toEqual({ count: 2, accepted: 'ESELON NAMA, ESELON' });
  });
  it('no finding when the eselon column is there', () => {
    const r = runTables([roster([{ nip: nipN(1), jenis_jabatan: 'Jabatan Struktural', eselon: 'III.a' }]), ...box9Assessments([nipN(1)])]);
    expect(issuesOf(r, 'KOLOM_ESELON_TIDAK_ADA')).toEqual([]);
  });
});

describe('a second header with the same name', () => {
  it('two NIP BARU columns: a warning naming both columns; the first is read', () => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'NIP BARU', 'JABATAN NAMA'],
      [nipN(1), 'Ani', nipN(2), 'Analis'],
    ]);
    const r = runTables([t, ...box9Assessments([nipN(1)])]);
    const w = issuesOf(r, 'HEADER_GANDA');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('warning');
    expect(w[0]!.params).toEqual({ header: 'NIP BARU', used: 'A', ignored: 'C' });
    expect(r.employees[0]!.nip).toBe(nipN(1));
  });
  it('two different aliases of one field (NIP BARU, NIP) are the documented priority, not a duplicate', () => {
    const t = raw('roster.csv', [
      ['NIP', 'NAMA', 'NIP BARU', 'JABATAN NAMA'],
      [nipN(1), 'Ani', nipN(1), 'Analis'],
    ]);
    expect(issuesOf(runTables([t]), 'HEADER_GANDA')).toEqual([]);
  });
});

describe('layouts to accept', () => {
  it('headers with a test prefix (Potensi - JPM Potensi, Cakap Digital - JPM Literasi Digital) and KESIMPULAN', () => {
    const n = nipN(1);
    const t = raw('cact.csv', [
      ['NIP/NIK', 'Potensi - JPM Potensi', 'Cakap Digital - JPM Literasi Digital', 'KESIMPULAN', 'TANGGAL TES'],
      [n, 92, 90, 'Tinggi', '2025-03-01'],
    ]);
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sangat Baik' })), t]);
    const e = emp(r, n);
    // kompetensi from its one part (90): 0.5 × 92 + 0.5 × 90 = 91 → Tinggi
    expect(e.potential.score).toBe(91);
    expect(e.box).toBe(9);
  });
  it('kategori values Tinggi / potensial menengah / Rendah', () => {
    for (const [v, level] of [
      ['Tinggi', 'TINGGI'],
      ['potensial menengah', 'MENENGAH'],
      ['Rendah', 'RENDAH'],
    ] as const) {
      const n = nipN(1);
      const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Baik' })), cact([{ nip: n, kategori: v }])]);
      expect(emp(r, n).potential.level).toBe(level);
    }
  });
  it('predikat Sedang/Butuh Perbaikan is Butuh Perbaikan (60)', () => {
    const n = nipN(1);
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sedang/Butuh Perbaikan' })), cact([{ nip: n, potensi: 95, kompetensi: 95 }])]);
    expect(emp(r, n).performance.score).toBe(60);
  });
  it('a profile written before inputRules existed still loads, with the defaults', () => {
    const { inputRules: _drop, ...old } = DEFAULT_PROFILE;
    expect(parseProfile(old).inputRules).toEqual({ uncheckedExclusion: 'include', undatedCact: 'useWithNote', yearOnlyDate: 'start', periodicOnlyYear: 'absent' });
    expect(P.inputRules.uncheckedExclusion).toBe('include');
  });
});

describe('messages: CACT_GANDA names the kept row with its sheet', () => {
  it('usedAt = sheet!row of the row that was kept', () => {
    const n = nipN(1);
    const a = raw(
      'cact.xlsx',
      [
        ['NIP BARU', 'JPM POTENSI', 'TANGGAL TES'],
        [n, 80, '2024-01-01'],
      ],
      { sheet: 'Lama' },
    );
    const b = raw(
      'cact.xlsx',
      [
        ['NIP BARU', 'JPM POTENSI', 'TANGGAL TES'],
        [n, 90, '2025-01-01'],
      ],
      { sheet: 'Baru' },
    );
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Baik' })), a, b]);
    const g = issuesOf(r, 'CACT_GANDA');
    expect(g).toHaveLength(1);
    expect(g[0]!.sheet).toBe('Lama');
    expect(g[0]!.params).toEqual({ used: 2, usedAt: 'Baru!2' });
  });
});

describe('layouts: values', () => {
  it.each([
    ['Penata Muda, III/a', 'III/a'],
    ['Pembina Tk. I (IV/b)', 'IV/b'],
    ['Pengatur Muda Tingkat I, II/b', 'II/b'],
  ])('golongan written with the pangkat %j → %s', (v, g) => {
    expect(normaliseGolongan(v)).toEqual({ ok: true, value: g });
  });
  it.each([
    ['JPT Pratama (Eselon II)', 2],
    ['Administrator (Eselon III)', 3],
    ['Pengawas (Eselon IV)', 4],
    ['Non Eselon', null],
    ['Staf', null],
  ])('eselon %j → tier %s', (v, tier) => {
    expect(eselonTier(v)).toBe(tier);
    expect(checkEselon(v).ok).toBe(true);
  });
  it('eselon "Fungsional Ahli Pertama": no eselon, jenjang JF Ahli Pertama (target Ahli Muda)', () => {
    const r = runTables([
      roster([{ nip: nipN(1), eselon: 'Fungsional Ahli Pertama', jenis_jabatan: 'Jabatan Fungsional', jabatan: 'Analis Kebijakan' }]),
      ...box9Assessments([nipN(1)]),
    ]);
    expect(emp(r, nipN(1)).currentLevel).toBe('JF_AHLI_PERTAMA');
    expect(emp(r, nipN(1)).targetLevel).toBe('JF_AHLI_MUDA');
    expect(issuesOf(r, 'ESELON_TIDAK_DIKENAL')).toEqual([]);
  });
  it('a JENJANG JABATAN column is read directly', () => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'JENJANG JABATAN'],
      [nipN(1), 'A', 'Kepala Seksi Umum', 'Pengawas'],
      [nipN(2), 'B', 'Analis', 'Ahli Madya'],
    ]);
    const r = runTables([t, ...box9Assessments([nipN(1), nipN(2)])]);
    expect(emp(r, nipN(1)).currentLevel).toBe('PENGAWAS');
    expect(emp(r, nipN(1)).targetLevel).toBe('ADMINISTRATOR');
    expect(emp(r, nipN(2)).currentLevel).toBe('JF_AHLI_MADYA');
    // JF Ahli Madya retires at 60 (PP 11/2017 Pasal 239, docs/rules.md §8.2)
    expect(emp(r, nipN(2)).bupAge).toBe(60);
  });
  it('an unreadable predikat beside two readable ratings: the 6/2022 matrix, with a warning', () => {
    const n = nipN(1);
    const r = runTables([
      roster([{ nip: n }]),
      skp([{ nip: n, tahun: 2025, predikat: 'B', hasil: 'Di Atas Ekspektasi', perilaku: 'Sesuai Ekspektasi' }]),
      cact([{ nip: n, potensi: 95, kompetensi: 95 }]),
    ]);
    // matrix: hasil Di Atas × perilaku Sesuai → Baik (docs/rules.md §5.1) → 80
    expect(emp(r, n).performance.years[0]).toMatchObject({ predikat: 'BAIK', via: 'matrix', score: 80 });
    expect(issuesOf(r, 'PREDIKAT_DARI_RATING')[0]!.params).toEqual({ year: 2025, predikat: 'Baik' });
    expect(issuesOf(r, 'PREDIKAT_TIDAK_DIKENAL')).toEqual([]);
  });
  it.each(['198507262010011001\nAni Suryani', '198507262010011001 - Ani Suryani'])('a NIP and the name in one cell %j: the NIP is read, with a warning', (cell) => {
    const n = '198507262010011001';
    const t = raw('roster.csv', [
      ['NIP BARU', 'JABATAN NAMA', 'UNOR NAMA'],
      [cell, 'Analis', 'Dinas A'],
    ]);
    const c = raw('cact.csv', [
      ['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES'],
      [cell, 95, 95, '2025-03-01'],
    ]);
    const r = runTables([t, skp(skpOf(n, { 2025: 'Sangat Baik' })), c]);
    expect(emp(r, n).nama).toBe('Ani Suryani');
    expect(emp(r, n).potential.score).toBe(95);
    expect(issuesOf(r, 'NIP_DENGAN_NAMA')).toHaveLength(2);
    expect(splitNipName('198507262010011001')).toBeNull();
  });
});

describe('layouts: CACT parts of one person on two sheets', () => {
  const n = nipN(1);
  const potensi = (date: string) =>
    raw(
      'cact.xlsx',
      [
        ['NIP BARU', 'JPM POTENSI', 'TANGGAL TES'],
        [n, 92, date],
      ],
      { sheet: 'Potensi' },
    );
  const digital = raw(
    'cact.xlsx',
    [
      ['NIP BARU', 'JPM LITERASI DIGITAL', 'JPM EMERGING SKILL', 'TANGGAL TES'],
      [n, 88, 94, '2025-03-01'],
    ],
    { sheet: 'Cakap Digital' },
  );
  it('merged by NIP and test date: kompetensi from the parts of the other sheet, no CACT_GANDA', () => {
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sangat Baik' })), potensi('2025-03-01'), digital]);
    const e = emp(r, n);
    // kompetensi = (88 + 94) / 2 = 91; potential = 0.5 × 92 + 0.5 × 91 = 91.5 → Tinggi
    expect(e.potential.jpmKompetensi).toBe(91);
    expect(e.potential.score).toBe(91.5);
    expect(e.notes).toContain('CACT_DIGABUNG');
    expect(issuesOf(r, 'CACT_GANDA')).toEqual([]);
  });
  it('another test date is another test: the latest is used and the other reported', () => {
    const r = runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sangat Baik' })), potensi('2024-01-01'), digital]);
    expect(emp(r, n).potential.jpmPotensi).toBeNull();
    expect(issuesOf(r, 'CACT_GANDA')).toHaveLength(1);
  });
});

describe('layouts: an e-Kinerja export used as the roster', () => {
  it.each([false, true])('one employee per NIP from the latest year row (skp_jabatan, skp_unor), not NIP_GANDA; counts add up (older row first: %s)', (olderFirst) => {
    const n = nipN(1);
    const rows: Cell[][] = [
      [n, 'Ani', 2025, 'Sangat Baik', 'Analis Ahli Muda', 'Bidang B', 'Dinas B'],
      [n, 'Ani', 2024, 'Baik', 'Analis Ahli Pertama', 'Bidang A', 'Dinas A'],
    ];
    const t = raw('ekinerja.csv', [['nip', 'nama', 'tahun', 'hasil_akhir', 'skp_jabatan', 'skp_unor', 'skp_unor_induk'], ...(olderFirst ? rows.reverse() : rows)]);
    const r = runTables([t, cact([{ nip: n, potensi: 95, kompetensi: 95 }]), hukdis([])]);
    expect(r.employees).toHaveLength(1);
    const e = emp(r, n);
    expect(e.jabatan).toBe('Analis Ahli Muda');
    expect(e.unorInduk).toBe('Dinas B');
    expect(e.notMappedReasons).toEqual([]);
    // SKP: 0.6 × 100 (2025) + 0.4 × 80 (2024) = 92 → Di Atas; potential 95 → box 9
    expect(e.performance.score).toBe(92);
    expect(e.box).toBe(9);
    expect(issuesOf(r, 'NIP_GANDA')).toEqual([]);
    expect(issuesOf(r, 'ROSTER_TAHUN_TERAKHIR')[0]!.params).toEqual({ count: 1 });
    expect(r.summary.rosterRows).toBe(r.summary.employees + r.summary.duplicateRowsMerged);
  });
});

describe('messages: a group message does not repeat the first example', () => {
  it('a value that differs between the examples is shown as …; one they share is kept', () => {
    const mk = (row: number, year: number) => ({
      severity: 'warning' as const,
      code: 'SKP_GANDA',
      file: 'skp.csv',
      sheet: null,
      row,
      column: 'TAHUN',
      value: String(year),
      params: { year, used: row + 10 },
    });
    expect(groupMessage([mk(2, 2025), mk(3, 2025)], 'en')).toBe('Duplicate SKP for year 2025; the worse predikat is used (row …).');
    expect(groupMessage([mk(2, 2025)], 'id')).toBe('SKP tahun 2025 ganda untuk NIP ini; dipakai predikat yang lebih rendah (baris 12).');
  });
});

describe('layouts: an upstream box under KOTAK 9 / kotak_9', () => {
  it.each(['KOTAK 9', 'kotak_9'])('%s is read as the upstream box', (h) => {
    const t = raw('simata.csv', [
      ['NIP', 'NAMA', h],
      [nipN(1), 'A', '9'],
    ]);
    expect(collectUpstream([t], P).boxes.map((b) => [b.nip, b.box])).toEqual([[nipN(1), 9]]);
  });
});
