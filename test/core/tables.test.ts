/**
 * Header recognition and table roles (tables.ts), docs/rules.md §2.1–2.2:
 * "A file or worksheet's role is recognised from its headers"; "The assessment columns may also
 * sit in the roster itself (one wide sheet)"; "The first name of each list is the canonical one;
 * the others are accepted aliases."
 */
import { describe, expect, it } from 'vitest';
import { assignRoles, candidateRoles, mapColumns, recogniseTable } from '../../src/core/tables.js';
import { prepareInputs } from '../../src/core/classify.js';
import type { Role } from '../../src/core/types.js';
import { AS_OF, P, emp, issuesOf, nipN, raw, runTables, skp, skpOf } from './helpers.js';

// The table of docs/rules.md §2.2, transcribed by hand: [role, field, accepted headers].
const SPEC: [Role, string, string[]][] = [
  ['roster', 'nip', ['NIP BARU', 'NIP', 'nip_baru']],
  ['roster', 'nama', ['NAMA', 'NAMA LENGKAP', 'Namapns']],
  ['roster', 'gelar_depan', ['GELAR DEPAN']],
  ['roster', 'gelar_belakang', ['GELAR BELAKANG']],
  ['roster', 'tanggal_lahir', ['TANGGAL LAHIR', 'TGL LAHIR', 'Tgl Lhr']],
  ['roster', 'jenis_kelamin', ['JENIS KELAMIN']],
  ['roster', 'jenis_pegawai', ['JENIS PEGAWAI NAMA', 'JENIS PEGAWAI', 'STATUS CPNS PNS']],
  ['roster', 'kedudukan_hukum', ['KEDUDUKAN HUKUM NAMA', 'KEDUDUKAN HUKUM']],
  ['roster', 'golongan', ['GOL AKHIR NAMA', 'GOLONGAN', 'GOL', 'Golru']],
  ['roster', 'jenis_jabatan', ['JENIS JABATAN NAMA', 'JENIS JABATAN']],
  ['roster', 'jabatan', ['JABATAN NAMA', 'JABATAN', 'NAMA JABATAN']],
  ['roster', 'eselon', ['ESELON NAMA', 'ESELON']],
  ['roster', 'unor', ['UNOR NAMA', 'UNIT KERJA', 'UNOR', 'NAMA UNOR']],
  ['roster', 'unor_induk', ['UNOR INDUK NAMA', 'SATUAN KERJA INDUK NAMA', 'PERANGKAT DAERAH', 'OPD']],
  ['roster', 'bup', ['BUP']],
  ['cact', 'nip', ['NIP BARU', 'NIP', 'nip_baru']],
  ['cact', 'jpm_potensi', ['JPM POTENSI', 'NILAI POTENSI', 'POTENSI']],
  ['cact', 'jpm_kompetensi', ['JPM KOMPETENSI', 'NILAI KOMPETENSI', 'KOMPETENSI']],
  ['cact', 'jpm_mansoskul', ['JPM MANSOSKUL']],
  ['cact', 'jpm_litdig', ['JPM LITERASI DIGITAL']],
  ['cact', 'jpm_emskil', ['JPM EMERGING SKILL']],
  ['cact', 'kategori', ['KATEGORI', 'KATEGORI POTENSI']],
  ['cact', 'tanggal_tes', ['TANGGAL TES', 'TANGGAL ASESMEN', 'TGL TES']],
  ['skp', 'nip', ['NIP BARU', 'NIP', 'nip_baru']],
  ['skp', 'tahun', ['TAHUN', 'TAHUN SKP', 'tahun_skp', 'PERIODE']],
  ['skp', 'predikat', ['PREDIKAT KINERJA', 'PREDIKAT', 'hasil_akhir', 'HASIL AKHIR']],
  ['skp', 'rating_hasil_kerja', ['RATING HASIL KERJA', 'hasil_kerja']],
  ['skp', 'rating_perilaku_kerja', ['RATING PERILAKU KERJA', 'perilaku_kerja']],
  ['skp', 'nilai', ['NILAI SKP', 'NILAI PRESTASI KERJA', 'NILAI KINERJA']],
  ['hukdis', 'nip', ['NIP BARU', 'NIP', 'nip_baru']],
  ['hukdis', 'tingkat', ['TINGKAT HUKUMAN', 'TINGKAT', 'JENIS HUKUMAN']],
  ['hukdis', 'tmt', ['TMT HUKUMAN', 'TMT', 'TANGGAL']],
];
// The "few more aliases than listed" of docs/rules.md §2.2 that real exports use (SIASN variants,
// e-Kinerja, assessment-centre tools; fixtures/README.md "layouts"), transcribed by hand.
const MORE_ALIASES: [Role, string, string[]][] = [
  ['roster', 'nip', ['NIP/NIK']],
  ['roster', 'nama', ['NAMA PEGAWAI']],
  ['roster', 'jenis_pegawai', ['STATUS PEGAWAI']],
  ['roster', 'golongan', ['PANGKAT/GOL', 'PANGKAT/GOLONGAN']],
  ['roster', 'jabatan', ['jabatan_saat_ini', 'skp_jabatan']],
  ['roster', 'unor', ['unit_organisasi', 'skp_unor']],
  ['roster', 'unor_induk', ['skp_unor_induk']],
  ['roster', 'jenjang', ['JENJANG JABATAN', 'JENJANG']],
  ['cact', 'nip', ['NIP/NIK']],
  ['cact', 'jpm_litdig', ['JPM LD']],
  ['cact', 'jpm_emskil', ['JPM ES']],
  ['cact', 'kategori', ['KESIMPULAN', 'KESIMPULAN POTENSI']],
  ['skp', 'nip', ['NIP/NIK']],
  // e-Kinerja annual vs periodic rows
  ['skp', 'jenis', ['JENIS', 'JENIS SKP', 'jenis_skp', 'JENIS PENILAIAN', 'JENIS PERIODE']],
  ['skp', 'bulan', ['BULAN', 'bulan_skp', 'BULAN SKP']],
  ['hukdis', 'nip', ['NIP/NIK']],
];
for (const [role, field, more] of MORE_ALIASES) {
  const row = SPEC.find(([r, f]) => r === role && f === field);
  if (row) row[2].push(...more);
  else SPEC.push([role, field, more]);
}
const CASES = SPEC.flatMap(([role, field, aliases]) => aliases.map((a, i) => [role, field, a, i === 0 ? 'canonical' : 'alias'] as const));

describe('§1 every accepted header of the table maps to its field', () => {
  it.each(CASES)('%s.%s ← %j (%s)', (role, field, header) => {
    // the header alone, with a dummy column in front so the column index is 1
    expect(mapColumns(['x', header], P)[role]?.[field]).toBe(1);
  });
  it.each(CASES)('%s.%s ← %j written in lower case with `_`, `-` or `.` separators', (role, field, header) => {
    for (const v of [header.toLowerCase().replace(/ /g, '_'), header.toUpperCase().replace(/ /g, '-'), ` ${header.replace(/ /g, '.')} `]) {
      expect(mapColumns([v], P)[role]?.[field]).toBe(0);
    }
  });
  it('the profile holds no header that the spec table does not list (no silent extras)', () => {
    for (const [role, field, aliases] of SPEC) {
      expect([...(P.headers[role][field] ?? [])].sort()).toEqual([...aliases].sort());
    }
    for (const role of ['roster', 'cact', 'skp', 'hukdis'] as const) {
      expect(Object.keys(P.headers[role]).sort()).toEqual(
        SPEC.filter(([r]) => r === role)
          .map(([, f]) => f)
          .sort(),
      );
    }
  });
  it('"The first name in each list is the canonical one": canonical wins when both are present', () => {
    expect(mapColumns(['NIP', 'NIP BARU'], P).roster?.nip).toBe(1);
    expect(mapColumns(['JABATAN', 'JABATAN NAMA'], P).roster?.jabatan).toBe(1);
    expect(mapColumns(['PREDIKAT', 'PREDIKAT KINERJA'], P).skp?.predikat).toBe(1);
  });
  it('unknown headers are ignored (NIP LAMA is never the key: docs/rules.md §4.3)', () => {
    const m = mapColumns(['NIP LAMA', 'PNS ID', 'TMT CPNS', 'NAMA'], P);
    expect(m.roster?.nip).toBeUndefined();
    expect(m.roster?.nama).toBe(3);
  });
});

describe('recogniseTable: header row found below title rows', () => {
  const rows = [
    ['DAFTAR NOMINATIF PEGAWAI', null, null],
    ['PEMERINTAH KABUPATEN CONTOH', null, null],
    [null, null, null],
    ['NIP BARU', 'NAMA', 'JABATAN NAMA'],
    [nipN(1), 'Ani', 'Analis'],
    [null, '', '  '], // blank row: not a data row
    [nipN(2), 'Budi', 'Pengadministrasi'],
  ];
  it('the header is the row matching the most known headers; blank rows are not data', () => {
    const t = recogniseTable(raw('r.xlsx', rows, { sheet: 'Sheet1' }), P);
    expect(t.headerIndex).toBe(3);
    expect(t.headers).toEqual(['NIP BARU', 'NAMA', 'JABATAN NAMA']);
    expect(t.dataRows).toEqual([4, 6]);
    expect(t.candidates).toEqual(['roster']);
  });
  it('the input summary reports the 1-based source row of the header', () => {
    const prepared = prepareInputs([raw('r.xlsx', rows, { sheet: 'Sheet1' })], P);
    expect(prepared.tables[0]!.raw.rowNumbers[prepared.tables[0]!.headerIndex!]).toBe(4);
  });
  it('a title row holding a single known word ("NAMA") does not win over the real header', () => {
    const t = recogniseTable(raw('r.csv', [['NAMA'], ['NIP', 'NAMA', 'GOLONGAN'], [nipN(1), 'Ani', 'III/a']]), P);
    expect(t.headerIndex).toBe(1);
  });
  it('no header at all → headerIndex null, no roles', () => {
    const t = recogniseTable(
      raw('x.csv', [
        ['a', 'b'],
        ['1', '2'],
      ]),
      P,
    );
    expect(t.headerIndex).toBeNull();
    expect(t.candidates).toEqual([]);
  });
});

describe('§1 "A file or worksheet\'s role is recognised from its headers"', () => {
  const roles = (header: string[]) => candidateRoles(mapColumns(header, P));
  it('roster: NIP + descriptive columns', () => {
    expect(roles(['NIP BARU', 'NAMA', 'JABATAN NAMA'])).toEqual(['roster']);
  });
  it('cact: NIP + a JPM or kategori column', () => {
    expect(roles(['NIP', 'JPM POTENSI', 'JPM KOMPETENSI'])).toEqual(['cact']);
    expect(roles(['NIP', 'KATEGORI'])).toEqual(['cact']);
  });
  it('skp: NIP + tahun + predikat / ratings / nilai (e-Kinerja names)', () => {
    expect(roles(['nip_baru', 'tahun_skp', 'hasil_akhir'])).toEqual(['skp']);
    expect(roles(['NIP', 'PERIODE', 'hasil_kerja', 'perilaku_kerja'])).toEqual(['skp']);
    expect(roles(['NIP', 'TAHUN', 'NILAI PRESTASI KERJA'])).toEqual(['skp']);
  });
  it('hukdis: NIP + tingkat + tmt', () => {
    expect(roles(['NIP', 'JENIS HUKUMAN', 'TMT'])).toEqual(['hukdis']);
  });
  it('a wide roster with CACT columns is both roster and cact', () => {
    expect(roles(['NIP BARU', 'NAMA', 'JABATAN NAMA', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES'])).toEqual(['roster', 'cact']);
  });
  it('roles do not depend on the file name', () => {
    const prepared = prepareInputs(
      [
        raw('data1.csv', [
          ['NIP', 'TAHUN', 'PREDIKAT'],
          [nipN(1), 2025, 'Baik'],
        ]),
        raw('data2.csv', [
          ['NIP', 'NAMA', 'GOLONGAN'],
          [nipN(1), 'Ani', 'III/a'],
        ]),
        raw('data3.csv', [
          ['NIP', 'POTENSI', 'KOMPETENSI'],
          [nipN(1), 80, 80],
        ]),
      ],
      P,
    );
    expect(prepared.tables.map((t) => t.roles)).toEqual([['skp'], ['roster'], ['cact']]);
    expect(prepared.missing).toEqual([]);
  });
  it('missing required roles are listed (roster, cact, skp)', () => {
    const prepared = prepareInputs(
      [
        raw('r.csv', [
          ['NIP', 'NAMA', 'GOLONGAN'],
          [nipN(1), 'Ani', 'III/a'],
        ]),
      ],
      P,
    );
    expect(prepared.missing).toEqual(['cact', 'skp']);
  });
});

describe('assignRoles', () => {
  const wide = () =>
    raw('wide.xlsx', [
      ['Rekap Talenta 2026'],
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'JENIS JABATAN NAMA', 'JPM POTENSI', 'JPM KOMPETENSI', 'KATEGORI', 'TANGGAL TES'],
      [nipN(1), 'Ani', 'Pengadministrasi', 'Jabatan Pelaksana', '95', '93,5', 'Optimal', '2025-03-01'],
      [nipN(2), 'Budi', 'Pengadministrasi', 'Jabatan Pelaksana', null, null, null, null],
    ]);
  it('one wide sheet (roster + CACT columns) is the roster and the CACT source', () => {
    const tables = [recogniseTable(wide(), P), recogniseTable(skp(skpOf(nipN(1), { 2025: 'Baik' })), P)];
    assignRoles(tables);
    expect(tables[0]!.roles).toEqual(['roster', 'cact']);
    expect(tables[1]!.roles).toEqual(['skp']);
  });
  it('choice: when a pure roster exists, a roster-like sheet that also holds CACT columns is only a CACT source', () => {
    const pure = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'GOLONGAN'],
      [nipN(1), 'Ani', 'III/a'],
    ]);
    const tables = [recogniseTable(pure, P), recogniseTable(wide(), P)];
    assignRoles(tables);
    expect(tables[0]!.roles).toEqual(['roster']);
    expect(tables[1]!.roles).toEqual(['cact']);
  });
  it('a CACT export that also carries NAMA / JABATAN is only a CACT source when a pure roster exists', () => {
    const pure = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'GOLONGAN'],
      [nipN(1), 'Ani', 'III/a'],
    ]);
    const cactNamed = raw('cact.xlsx', [
      ['NIP', 'NAMA', 'JABATAN', 'JPM POTENSI', 'JPM KOMPETENSI'],
      [nipN(1), 'Ani', 'Analis', 90, 90],
    ]);
    const tables = [recogniseTable(pure, P), recogniseTable(cactNamed, P)];
    assignRoles(tables);
    expect(tables.map((t) => t.roles)).toEqual([['roster'], ['cact']]);
  });
  it('a wide roster (roster + CACT) next to an e-Kinerja SKP export that also carries NAMA / JABATAN: the SKP export is not a roster', () => {
    // §1 "A file or worksheet's role … is recognised from its headers"; "The assessment columns may also sit
    // directly in the roster (one wide sheet)". The e-Kinerja export has one row per NIP and year: taking it
    // as a second roster turns every employee into NIP_GANDA and counts SKP rows as roster rows (§8).
    const n = nipN(1);
    const wideRoster = raw('wide.xlsx', [
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'JPM POTENSI', 'JPM KOMPETENSI'],
      [n, 'Ani', 'Analis', '95', '95'],
    ]);
    const ekinerja = raw('ekinerja.xlsx', [
      ['NIP', 'NAMA', 'JABATAN', 'TAHUN', 'PREDIKAT KINERJA'],
      [n, 'Ani', 'Analis', 2025, 'Baik'],
      [n, 'Ani', 'Analis', 2024, 'Baik'],
    ]);
    const r = runTables([wideRoster, ekinerja]);
    expect(r.inputs.map((i) => i.roles)).toEqual([['roster', 'cact'], ['skp']]);
    expect(r.summary.rosterRows).toBe(1);
    // perf 0.6×80 + 0.4×80 = 80 → Sesuai; pot 0.5×95 + 0.5×95 = 95 → Tinggi → box 8
    expect(emp(r, n).box).toBe(8);
  });
  it('a wide roster that carries SKP columns (one year per row) is the roster and the SKP source', () => {
    const n = nipN(1);
    const wideRoster = raw('wide.xlsx', [
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'TAHUN', 'PREDIKAT KINERJA'],
      [n, 'Ani', 'Analis', 2025, 'Sangat Baik'],
    ]);
    const c = raw('cact.csv', [
      ['NIP', 'JPM POTENSI', 'JPM KOMPETENSI'],
      [n, 80, 80],
    ]);
    const r = runTables([wideRoster, c]);
    expect(r.inputs.map((i) => i.roles)).toEqual([['roster', 'skp'], ['cact']]);
    // perf 100 (one year, noted) → Di Atas; pot 80 → Menengah → box 7
    expect(emp(r, n).box).toBe(7);
    expect(emp(r, n).notes).toContain('SKP_SATU_TAHUN');
  });
  it('a role forced by the user wins; then no other table becomes the roster', () => {
    const forced = raw(
      'pegawai.csv',
      [
        ['NIP', 'NAMA', 'KETERANGAN'],
        [nipN(1), 'Ani', 'x'],
      ],
      { forcedRole: 'roster' },
    );
    const other = raw('r.csv', [
      ['NIP BARU', 'NAMA', 'GOLONGAN'],
      [nipN(1), 'Ani', 'III/a'],
    ]);
    const tables = [recogniseTable(forced, P), recogniseTable(other, P)];
    assignRoles(tables);
    expect(tables[0]!.roles).toEqual(['roster']);
    expect(tables[1]!.roles).toEqual([]);
  });

  it('end to end: "The assessment columns may also sit directly in the roster (one wide sheet); they are then read from there"', () => {
    const r = runTables([wide(), skp(skpOf(nipN(1), { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }))]);
    // Ani: potensial 0.5 × 95 + 0.5 × 93.5 = 47.5 + 46.75 = 94.25 → Tinggi; kinerja 100 → Di Atas → box 9
    const ani = emp(r, nipN(1));
    expect(ani.potential.score).toBe(94.25);
    expect(ani.box).toBe(9);
    // Budi: a wide row without assessment values is simply "no CACT" (and no SKP either)
    expect(emp(r, nipN(2)).notMappedReasons).toEqual(['SKP_TIDAK_ADA', 'CACT_TIDAK_ADA']);
    expect(issuesOf(r, 'CACT_KOSONG')).toHaveLength(0);
    expect(r.summary.rosterRows).toBe(2);
    expect(r.summary.asOf).toBe(AS_OF);
  });
});
