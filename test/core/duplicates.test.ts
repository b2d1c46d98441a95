/** Identical roster rows are one employee: "identical" means the columns talenta reads. */
import { describe, expect, it } from 'vitest';
import { cact, issuesOf, nipN, raw, runTables, skp, skpOf } from './helpers.js';

describe('identical duplicate rows', () => {
  const n = nipN(1);
  const assessments = () => [skp(skpOf(n, { 2025: 'Baik', 2024: 'Baik' })), cact([{ nip: n, potensi: 95, kompetensi: 95 }])];

  it('a running NO column does not make a repeated row a different one', () => {
    const t = raw('roster.csv', [
      ['NO', 'NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA'],
      [1, n, 'Sari', 'Pengadministrasi Umum', 'Dinas A'],
      [2, n, 'Sari', 'Pengadministrasi Umum', 'Dinas A'],
    ]);
    const r = runTables([t, ...assessments()]);
    expect(r.summary).toMatchObject({ rosterRows: 2, duplicateRowsMerged: 1, employees: 1, mapped: 1 });
    expect(issuesOf(r, 'NIP_GANDA_IDENTIK')).toHaveLength(1);
  });

  it('a difference in a column talenta reads makes both rows NIP_GANDA', () => {
    const t = raw('roster.csv', [
      ['NO', 'NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA'],
      [1, n, 'Sari', 'Pengadministrasi Umum', 'Dinas A'],
      [2, n, 'Sari', 'Pengadministrasi Umum', 'Dinas B'],
    ]);
    const r = runTables([t, ...assessments()]);
    expect(r.summary).toMatchObject({ rosterRows: 2, duplicateRowsMerged: 0, employees: 2, mapped: 0 });
    expect(r.employees.map((e) => e.reasons)).toEqual([['NIP_GANDA'], ['NIP_GANDA']]);
  });
});
