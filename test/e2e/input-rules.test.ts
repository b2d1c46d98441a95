/**
 * Through the command line (in-process): messages a user sees when an export is laid out
 * differently (synthetic files written into a temp folder by the test).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenario } from './helpers.js';
import { talenta } from './in-process.js';

const AS_OF = '2026-09-30';
const nips = [1, 2, 3, 4, 5, 6].map((k) => `19850726201001100${k}`);
// a roster without KEDUDUKAN HUKUM and JENIS PEGAWAI columns (and no hukdis table)
const ROSTER = ['NIP BARU,NAMA,JABATAN NAMA,UNOR NAMA', ...nips.map((n, k) => `${n},Pegawai ${k + 1},Analis,Dinas A`)].join('\n');
const SKP = ['NIP BARU,TAHUN,PREDIKAT KINERJA', ...nips.flatMap((n) => [`${n},2025,Sangat Baik`, `${n},2024,Sangat Baik`])].join('\n');
const CACT = ['NIP BARU,JPM POTENSI,JPM KOMPETENSI,TANGGAL TES', ...nips.map((n) => `${n},95,95,2025-03-01`)].join('\n');
// the same CACT sheet saved through a spreadsheet: every NIP became a number
const CACT_NUMBERS = ['NIP BARU,JPM POTENSI,JPM KOMPETENSI,TANGGAL TES', ...nips.map(() => `1.98507E+17,95,95,2025-03-01`)].join('\n');

// validate and explain wrap long lines to the terminal width (80 here): read them with the wraps undone
const unwrap = <R extends { stdout: string }>(r: R): R => ({ ...r, stdout: r.stdout.replace(/\n {4,}/g, ' ') });

describe('item 1 on the terminal, in validate and in explain', () => {
  const dir = scenario({ 'pegawai.csv': ROSTER, 'skp.csv': SKP, 'cact.csv': CACT });
  const files = ['pegawai.csv', 'skp.csv', 'cact.csv'].map((f) => join(dir, f));

  it('validate: no "Tidak ada temuan, 100%": the missing columns are findings; the column mapping is shown', async () => {
    const r = unwrap(await talenta(['validate', ...files, '--as-of', AS_OF]));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Tidak ada temuan');
    expect(r.stdout).toContain('KOLOM_ATURAN_TIDAK_ADA');
    expect(r.stdout).toContain('TABEL_HUKDIS_TIDAK_ADA');
    expect(r.stdout).toMatch(/dibaca: A "NIP BARU" → roster\.nip, B "NAMA" → roster\.nama/);
    expect(r.stdout).toMatch(/tidak ditemukan: .*roster\.kedudukan_hukum \(TIDAK_AKTIF\)/);
  });

  it('validate --json: the same mapping, field by field', async () => {
    const doc = JSON.parse((await talenta(['validate', ...files, '--as-of', AS_OF, '--json', '--lang', 'en'])).stdout) as {
      tables: { file: string; columns?: { mapped: { field: string; header: string }[]; missing: { field: string; rules: string[] }[] } }[];
    };
    const roster = doc.tables.find((t) => t.file.endsWith('pegawai.csv'))!;
    expect(roster.columns!.mapped.map((m) => m.field)).toEqual(['roster.nip', 'roster.nama', 'roster.jabatan', 'roster.unor']);
    expect(roster.columns!.missing).toContainEqual({ field: 'roster.kedudukan_hukum', rules: ['TIDAK_AKTIF'] });
  });

  it('explain: an unchecked rule is [?], not [✓]', async () => {
    const r = unwrap(await talenta(['explain', nips[0]!, ...files, '--as-of', AS_OF]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[\?\] TIDAK_AKTIF .*TIDAK DAPAT DIPERIKSA/);
    expect(r.stdout).toMatch(/\[\?\] HUKDIS /);
    expect(r.stdout).toMatch(/\[✓\] BUKAN_PNS .*fromNip=01 → PNS/);
  });

  it('classify: the terminal counts the box 7–9 employees whose rules could not be checked', async () => {
    const r = await talenta(['classify', ...files, '--as-of', AS_OF, '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kotak 7–9 dengan syarat talent pool yang tidak dapat diperiksa');
    expect(r.stdout).toMatch(/TIDAK_AKTIF\s+6/);
    expect(r.stdout).toMatch(/HUKDIS\s+6/);
  });
});

describe('item 9: a table that is mostly unusable', () => {
  it('classify says so in one line on stderr and points to talenta validate', async () => {
    const dir = scenario({ 'pegawai.csv': ROSTER, 'skp.csv': SKP, 'cact.csv': CACT_NUMBERS });
    const r = await talenta(['classify', join(dir, 'pegawai.csv'), join(dir, 'skp.csv'), join(dir, 'cact.csv'), '--as-of', AS_OF, '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('cact.csv') && l.includes('talenta validate'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('6 dari 6 baris tidak dapat dipakai (terbanyak NIP_ANGKA)');
  });
});

describe('item 7: --reconcile with a file that has no usable NIP or box column', () => {
  it('exit 2 with the accepted headers, not "0 compared"', async () => {
    const dir = scenario({ 'pegawai.csv': ROSTER, 'skp.csv': SKP, 'cact.csv': CACT, 'simata.csv': `NIP BARU,NAMA,HASIL\n${nips[0]},A,9\n` });
    const r = await talenta([
      'classify',
      join(dir, 'pegawai.csv'),
      join(dir, 'skp.csv'),
      join(dir, 'cact.csv'),
      '--as-of',
      AS_OF,
      '--reconcile',
      join(dir, 'simata.csv'),
      '-o',
      join(dir, 'out'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no box column found');
    expect(r.stderr).toContain('KOTAK TALENTA, KOTAK');
  });
});

describe('messages', () => {
  it('a forced --cact table without a NIP header says so and lists the accepted headers', async () => {
    const dir = scenario({ 'pegawai.csv': ROSTER, 'skp.csv': SKP, 'nilai.csv': 'ID,JPM POTENSI,JPM KOMPETENSI\n1,95,95\n' });
    const r = unwrap(await talenta(['validate', join(dir, 'pegawai.csv'), join(dir, 'skp.csv'), '--cact', join(dir, 'nilai.csv'), '--as-of', AS_OF, '--lang', 'en']));
    expect(r.stdout).toContain('TABEL_TANPA_NIP');
    expect(r.stdout).toContain('Accepted NIP headers: NIP BARU, NIP, nip_baru, NIP/NIK');
    expect(r.stdout).not.toContain('No findings.');
  });
  it('a forced --skp table without TAHUN: one table-level message, not one error per row', async () => {
    const dir = scenario({ 'pegawai.csv': ROSTER, 'cact.csv': CACT, 'kinerja.csv': ['NIP BARU,PREDIKAT KINERJA', ...nips.map((n) => `${n},Baik`)].join('\n') });
    const doc = JSON.parse(
      (await talenta(['validate', join(dir, 'pegawai.csv'), join(dir, 'cact.csv'), '--skp', join(dir, 'kinerja.csv'), '--as-of', AS_OF, '--json'])).stdout,
    ) as {
      groups: { code: string; count: number }[];
    };
    expect(doc.groups.find((g) => g.code === 'KOLOM_TAHUN_TIDAK_ADA')?.count).toBe(1);
    expect(doc.groups.find((g) => g.code === 'TAHUN_TIDAK_VALID')).toBeUndefined();
  });
});
