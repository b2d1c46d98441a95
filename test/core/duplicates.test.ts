/** Identical roster rows are one employee: "identical" means the columns talenta reads. */
import { describe, expect, it } from 'vitest';
import { cact, issuesOf, nipN, raw, runTables, skp, skpOf } from './helpers.js';
import { issueMessage } from '../../src/i18n.js';

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

  it('NIP_GANDA names at most 5 other rows and the size of the group, so one NIP on many rows stays linear', () => {
    const rows: (string | number)[][] = [['NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA']];
    for (let k = 0; k < 30; k++) rows.push([n, `Sari ${k}`, 'Pengadministrasi Umum', 'Dinas A']); // sheet rows 2..31
    const r = runTables([raw('roster.csv', rows), ...assessments()]);
    const found = issuesOf(r, 'NIP_GANDA');
    expect(found.map((i) => i.row)).toEqual(Array.from({ length: 30 }, (_, k) => k + 2));
    expect(found[0]!.params).toEqual({ rows: '3, 4, 5, 6, 7, …', count: 30 });
    expect(found[29]!.params).toEqual({ rows: '2, 3, 4, 5, 6, …', count: 30 });
    expect(issueMessage(found[0]!, 'id')).toBe('NIP ini muncul di 30 baris dengan data berbeda (baris lain: 3, 4, 5, 6, 7, …); tidak satu pun dipetakan. Perbaiki roster.');
    expect(r.summary.notMappedByReason).toMatchObject({ NIP_GANDA: 30 });
  });

  it('in a group of differing rows, an identical copy of a later row merges into that row', () => {
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA'],
      [n, 'Sari', 'Pengadministrasi Umum', 'Dinas A'], // row 2
      [n, 'Sari', 'Pengadministrasi Umum', 'Dinas B'], // row 3: differs → NIP_GANDA
      [n, 'Sari', 'Pengadministrasi Umum', 'Dinas B'], // row 4: a copy of row 3
    ]);
    const r = runTables([t, ...assessments()]);
    expect(r.summary).toMatchObject({ rosterRows: 3, duplicateRowsMerged: 1, employees: 2 });
    expect(issuesOf(r, 'NIP_GANDA_IDENTIK').map((i) => [i.row, i.params])).toEqual([[4, { row: 3 }]]);
    expect(issuesOf(r, 'NIP_GANDA').map((i) => [i.row, i.params])).toEqual([
      [2, { rows: '3', count: 2 }],
      [3, { rows: '2', count: 2 }],
    ]);
  });
});
