/**
 * End-to-end: talenta (in-process, main() as bin/talenta.js runs it) on small hand-made
 * scenarios. Expected values are computed by hand from docs/rules.md (arithmetic in comments).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenario } from './helpers.js';
import { talenta } from './in-process.js';

const ROSTER = [
  'NIP BARU,NAMA,JABATAN NAMA,JENIS JABATAN NAMA,SATUAN KERJA INDUK NAMA,JENIS PEGAWAI NAMA,KEDUDUKAN HUKUM NAMA',
  '198503122010011001,Budi Santoso,Analis Kebijakan Ahli Muda,Jabatan Fungsional,Dinas Kesehatan,PNS,Aktif',
  '199001012015032002,Siti Aminah,Pengadministrasi Umum,Jabatan Pelaksana,BKPSDM,PNS,Aktif',
  '199102022016031003,Rina Marlina,Pengadministrasi Umum,Jabatan Pelaksana,BKPSDM,PNS,Aktif',
].join('\n');
// Budi: potential 0.5×92 + 0.5×88 = 90 → Tinggi (≥ 90 inclusive)
// Siti: potential 0.5×80 + 0.5×76 = 78 → Menengah (≥ 78 inclusive)
// Rina: no CACT row → CACT_TIDAK_ADA
const CACT = ['NIP,JPM POTENSI,JPM KOMPETENSI,TANGGAL TES', '198503122010011001,92,88,2025-01-10', '199001012015032002,80,76,2025-01-10'].join('\n');
// Budi: 0.6×100 (2025 Sangat Baik) + 0.4×80 (2024 Baik) = 92 → Di Atas → box 9
// Siti: 0.6×80 (2025 Baik) + 0.4×100 (2024 Sangat Baik) = 88 → Sesuai → box 5
const SKP = [
  'NIP;TAHUN;PREDIKAT KINERJA',
  '198503122010011001;2025;Sangat Baik',
  '198503122010011001;2024;Baik',
  '199001012015032002;2025;Baik',
  '199001012015032002;2024;Sangat Baik',
  '199102022016031003;2025;Baik',
].join('\n');

const mini = (extra: Record<string, string | Buffer> = {}) => scenario({ 'pegawai.csv': ROSTER, 'cact.csv': CACT, 'skp.csv': SKP, ...extra });

describe('talenta classify --json', () => {
  it('prints one JSON document on stdout, nothing on stderr, and writes no files', async () => {
    const dir = mini();
    const r = await talenta(['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', '--as-of', '2026-09-30', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.asOf).toBe('2026-09-30');
    expect(doc.skpYears).toEqual([2024, 2025]);
    const [budi, siti, rina] = doc.employees;
    expect(budi).toMatchObject({
      nip: '198503122010011001',
      nama: 'Budi Santoso',
      box: 9,
      potential: { score: 90, level: 'Tinggi' },
      performance: { score: 92, level: 'Di Atas Ekspektasi' },
      talentScore: 91, // 0.5 × 92 + 0.5 × 90
      talentPool: true,
      krs: 'INSTANSI_NASIONAL',
      rank: 1,
      reasons: [],
    });
    expect(siti).toMatchObject({ box: 5, talentPool: false, performance: { score: 88 }, potential: { score: 78 } });
    // schemaVersion 2: krs and the ranks are there only for talent-pool members
    expect(Object.keys(siti).filter((k) => k === 'krs' || k.startsWith('rank'))).toEqual([]);
    expect(rina).toMatchObject({ box: null, talentPool: false, reasons: ['CACT_TIDAK_ADA'] });
    expect(doc.summary).toMatchObject({ rosterRows: 3, employees: 3, mapped: 2, notMapped: 1, talentPool: 1 });
    expect(doc.summary.notMappedByReason).toEqual({ CACT_TIDAK_ADA: 1 });
    expect(doc.summary.grid).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 1, '6': 0, '7': 0, '8': 0, '9': 1 });
    expect(doc.summary.inputRows).toEqual({ roster: 3, cact: 2, skp: 5, hukdis: 0 });
    expect(readdirSync(dir).sort()).toEqual(['cact.csv', 'pegawai.csv', 'skp.csv']);
  });

  it('reads the roster from stdin with -', async () => {
    const dir = mini();
    const r = await talenta(['classify', '-', 'cact.csv', 'skp.csv', '--as-of', '2026-09-30', '--json'], { cwd: dir, stdin: ROSTER });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.employees.map((e: { box: number | null }) => e.box)).toEqual([9, 5, null]);
    expect(doc.inputs[0].file).toBe('(stdin)');
  });

  it('names roles explicitly with --roster/--cact/--skp', async () => {
    const dir = mini();
    const r = await talenta(['classify', '--roster', 'pegawai.csv', '--cact', 'cact.csv', '--skp', 'skp.csv', '--as-of', '2026-09-30', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.mapped).toBe(2);
  });
});

describe('talenta classify report folder', () => {
  it('writes the XLSX and CSV set, the terminal report on stdout, "wrote" on stderr', async () => {
    const dir = mini();
    const r = await talenta(['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', '--as-of', '2026-09-30', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['hasil-talenta.json', 'laporan-talenta.xlsx', 'masalah-data.csv', 'pegawai.csv', 'ringkasan.csv', 'talent-pool.csv']);
    const csv = readFileSync(join(dir, 'out', 'pegawai.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM so Excel reads UTF-8
    const lines = csv.slice(1).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith('nip,nama,')).toBe(true);
    const pool = readFileSync(join(dir, 'out', 'talent-pool.csv'), 'utf8')
      .slice(1)
      .trim()
      .split('\n');
    expect(pool).toHaveLength(2);
    expect(pool[1]).toContain('198503122010011001');
    expect(r.stdout).toContain('[9] 1 (50,0%)'); // Indonesian: the decimal comma
    expect(r.stdout).toContain('CACT_TIDAK_ADA');
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
    expect(r.stderr).toContain('Laporan ditulis ke');
  });

  it('prints the default output folder on stderr and creates it', async () => {
    const dir = mini();
    const r = await talenta(['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', '--as-of', '2026-09-30', '--no-xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('laporan-talenta-2026-09-30');
    expect(existsSync(join(dir, 'laporan-talenta-2026-09-30', 'pegawai.csv'))).toBe(true);
    expect(existsSync(join(dir, 'laporan-talenta-2026-09-30', 'laporan-talenta.xlsx'))).toBe(false);
  });

  it('colours the terminal when FORCE_COLOR is set, and prints English with --lang en', async () => {
    const dir = mini();
    const r = await talenta(['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', '--as-of', '2026-09-30', '-o', 'o', '--lang', 'en'], {
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[/);
    expect(r.stdout).toContain('Above expectations');
    expect(r.stderr).toContain('Report written to');
  });
});

describe('exit codes', () => {
  it('2 when a required table is missing, listing what was found', async () => {
    const dir = mini();
    const r = await talenta(['classify', 'pegawai.csv', 'skp.csv', '--as-of', '2026-09-30'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CACT');
    expect(r.stderr).toContain('pegawai.csv: roster');
    expect(r.stderr).toContain('skp.csv: skp');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('1 with --fail-on warning when warnings exist, 0 with --fail-on error', async () => {
    const dir = mini({ 'skp2.csv': 'NIP,TAHUN,PREDIKAT\n197001012000011009,2025,Baik\n' });
    const base = ['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', 'skp2.csv', '--as-of', '2026-09-30', '--json'];
    const w = await talenta([...base, '--fail-on', 'warning'], { cwd: dir });
    expect(w.code).toBe(1);
    const doc = JSON.parse(w.stdout);
    expect(doc.issues).toContainEqual(expect.objectContaining({ code: 'NIP_TIDAK_DI_ROSTER', file: 'skp2.csv', row: 2, column: 'NIP', severity: 'warning' }));
    expect(doc.summary.unmatchedAssessmentRows.skp).toBe(1);
    expect((await talenta([...base, '--fail-on', 'error'], { cwd: dir })).code).toBe(0);
  });

  it('2 for usage errors: bad --as-of, unknown option, missing file, empty file, fake xlsx, old xls', async () => {
    const dir = mini({
      'kosong.csv': '',
      'palsu.xlsx': 'NIP,NAMA\n',
      'lama.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
    });
    const cases: [string[], RegExp][] = [
      [['classify', 'pegawai.csv', '--as-of', '30-09-2026'], /YYYY-MM-DD/],
      [['classify', 'pegawai.csv', '--bogus'], /opsi tidak dikenal/],
      [['classify', 'tidak-ada.csv'], /tidak ditemukan/],
      [['classify', 'kosong.csv'], /kosong/],
      [['classify', 'palsu.xlsx'], /simpan ulang sebagai \.xlsx/],
      [['classify', 'lama.xls'], /\.xls/],
    ];
    for (const [args, msg] of cases) {
      const r = await talenta(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stdout).toBe('');
    }
  });

  it('0 for --help and --version, with examples and exit codes in the help', async () => {
    const h = await talenta(['classify', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--as-of');
    expect(h.stdout).toContain('Kode keluar');
    const v = await talenta(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
