/**
 * `talenta template` (issue 12): an import workbook with the canonical headers, NIP columns as
 * text, a filled example row and the accepted values; talenta reads it back as it wrote it.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('talenta template', () => {
  const dir = tempDir();
  const file = join(dir, 'templat.xlsx');
  const r = runCli(['template', '-o', file]);

  it('writes one sheet per table and "Nilai yang diterima"', async () => {
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Pegawai', 'CACT', 'SKP', 'Hukdis', 'Nilai yang diterima']);
    const roster = wb.getWorksheet('Pegawai')!;
    // canonical headers: the first alias of each field (default-profile.md §1)
    expect((roster.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['NIP BARU', 'NAMA', 'GELAR DEPAN']);
    // the NIP column is text, and so is the example NIP
    expect(roster.getColumn(1).numFmt).toBe('@');
    expect(roster.getCell('A2').value).toBe('198507262010011001');
    const accepted = wb.getWorksheet('Nilai yang diterima')!;
    const values = accepted.getSheetValues().flatMap((row) => (Array.isArray(row) ? [String(row[3] ?? '')] : []));
    for (const v of ['Sangat Baik', 'Butuh Perbaikan', 'Cukup Optimal', 'III/a', 'IV/e', 'II.a', 'Jabatan Pelaksana', 'Tugas Belajar', 'PPPK', 'Berat']) {
      expect(values).toContain(v);
    }
  });

  it('talenta reads its own template: every table recognised, the example employee mapped (box 5)', () => {
    const doc = JSON.parse(runCli(['classify', file, '--as-of', '2026-09-30', '--json']).stdout) as {
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
    expect(runCli(['template', 'cact', '-o', one, '--lang', 'en']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['CACT', 'Accepted values']);
    expect(runCli(['template', 'cact', '-o', one]).code).toBe(2);
    const bad = runCli(['template', 'gaji', '-o', join(dir, 'x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('roster, cact, skp, hukdis, jabatan, all');
  });
});
