/**
 * `talenta template`: an import workbook with the canonical headers, NIP columns as
 * text, a filled example row and the accepted values; talenta reads it back as it wrote it.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { talenta, type InProcessRun } from './in-process.js';
import { cellText } from '../../src/io/cell-text.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('talenta template', () => {
  const dir = tempDir();
  const file = join(dir, 'templat.xlsx');
  let r: InProcessRun;
  beforeAll(async () => {
    r = await talenta(['template', '-o', file]);
  });

  it('writes one sheet per table and "Nilai yang diterima"', async () => {
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Pegawai', 'CACT', 'SKP', 'Hukdis', 'Nilai yang diterima']);
    const roster = wb.getWorksheet('Pegawai')!;
    // canonical headers: the first alias of each field (docs/rules.md §2.2)
    expect((roster.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['NIP BARU', 'NAMA', 'GELAR DEPAN']);
    // the NIP column is text, and so is the example NIP
    expect(roster.getColumn(1).numFmt).toBe('@');
    expect(roster.getCell('A2').value).toBe('198507262010011001');
    const accepted = wb.getWorksheet('Nilai yang diterima')!;
    const values = accepted.getSheetValues().flatMap((row) => (Array.isArray(row) ? [cellText(row[3])] : []));
    for (const v of ['Sangat Baik', 'Butuh Perbaikan', 'Cukup Optimal', 'III/a', 'IV/e', 'II.a', 'Jabatan Pelaksana', 'Tugas Belajar', 'PPPK', 'Berat']) {
      expect(values).toContain(v);
    }
  });

  it('talenta reads its own template: every table recognised, the example employee mapped (box 5)', async () => {
    const doc = JSON.parse((await talenta(['classify', file, '--as-of', '2026-09-30', '--json'])).stdout) as {
      inputs: { sheet: string; roles: string[] }[];
      employees: { nip: string; box: number | null; performance: { score: number }; potential: { score: number } }[];
    };
    expect(doc.inputs.map((t) => [t.sheet, t.roles])).toEqual([
      ['Pegawai', ['roster']],
      ['CACT', ['cact']],
      ['SKP', ['skp']],
      ['Hukdis', ['hukdis']],
      ['Nilai yang diterima', []],
    ]);
    const e = doc.employees[0]!;
    // SKP 2025 Baik alone = 80 → Sesuai; potential 0.5 × 82.5 + 0.5 × 79 = 80.75 → Menengah → box 5
    expect(e).toMatchObject({ nip: '198507262010011001', box: 5, performance: { score: 80 }, potential: { score: 80.75 } });
  });

  it('one table, in English; an unknown table or an existing file is refused (exit 2)', async () => {
    const one = join(dir, 'cact.xlsx');
    expect((await talenta(['template', 'cact', '-o', one, '--lang', 'en'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['CACT', 'Accepted values']);
    expect((await talenta(['template', 'cact', '-o', one])).code).toBe(2);
    const bad = await talenta(['template', 'gaji', '-o', join(dir, 'x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('roster, cact, skp, hukdis, jabatan, all');
  });

  it('jabatan: the target-post table of suksesi (docs/rules.md §12.2), which suksesi reads back', async () => {
    const jab = join(dir, 'jabatan.xlsx');
    expect((await talenta(['template', 'jabatan', '-o', jab])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(jab);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Jabatan', 'Nilai yang diterima']);
    const sheet = wb.getWorksheet('Jabatan')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    // the first header of each §5.2 field
    expect(headers.slice(0, 6)).toEqual(['KODE JABATAN', 'NAMA JABATAN', 'UNIT KERJA', 'PERANGKAT DAERAH', 'JENJANG', 'ESELON']);
    const nipCol = headers.indexOf('NIP PEJABAT') + 1;
    expect(sheet.getColumn(nipCol).numFmt).toBe('@');
    expect(sheet.getRow(2).getCell(nipCol).value).toBe('196803142000031001');
    // suksesi reads the filled example as one target post of the agency, with no error about the table
    const out = await talenta(['suksesi', join(ROOT, 'fixtures', 'contoh', 'roster.xlsx'), '--jabatan', jab, '--as-of', '2026-09-30', '--json']);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout) as {
      succession: { positions: { code: string; name: string; level: string; critical: boolean }[] };
      issues: { severity: string; code: string; file: string | null }[];
    };
    expect(doc.succession.positions.find((p) => p.code === 'BKPSDM-KABID-MUTASI')).toMatchObject({
      name: 'Kepala Bidang Mutasi dan Promosi',
      level: 'ADMINISTRATOR',
      critical: true,
    });
    expect(doc.issues.filter((i) => i.severity === 'error' && (i.file ?? '').endsWith('jabatan.xlsx'))).toEqual([]);
    // a --jabatan workbook none of whose sheets is a positions table is refused (exit 2), naming it
    const cactOnly = join(dir, 'cact-only.xlsx');
    expect((await talenta(['template', 'cact', '-o', cactOnly])).code).toBe(0);
    const refused = await talenta(['suksesi', join(ROOT, 'fixtures', 'contoh', 'roster.xlsx'), '--jabatan', cactOnly, '--as-of', '2026-09-30']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bukan tabel jabatan');
  });
});
