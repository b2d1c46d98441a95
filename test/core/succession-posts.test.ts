/**
 * The positions (`jabatan`) table (docs/rules.md §12.2, §12.11): recognised from its headers, bad
 * rows reported with file, row, column and value, never lost silently.
 */
import { describe, expect, it } from 'vitest';
import { raw } from './helpers.js';
import { recogniseJabatan } from '../../src/core/tables.js';
import { readPostTables, parseLevel } from '../../src/core/succession/posts.js';
import { SUCCESSION_DEFAULTS } from '../../src/core/succession/params.js';

const A = SUCCESSION_DEFAULTS.headers.jabatan;
const HEAD = ['KODE JABATAN', 'NAMA JABATAN', 'JENJANG', 'ESELON', 'STATUS JABATAN', 'NIP PEJABAT', 'JUMLAH KEBUTUHAN', 'PERKIRAAN KOSONG', 'PENDIDIKAN MINIMAL'];

describe('the jabatan role', () => {
  it('is recognised by name/code + level + a state or requirement column, and never when a plain NIP column is there (a roster)', () => {
    expect(recogniseJabatan(raw('j.csv', [['Daftar jabatan'], HEAD, ['K1', 'Kabid', 'Administrator', 'III.b', 'Terisi', '', '', '', '']]), A, false)?.headerIndex).toBe(1);
    expect(
      recogniseJabatan(
        raw('r.csv', [
          ['NIP', 'NAMA JABATAN', 'ESELON', 'STATUS JABATAN'],
          ['1', 'x', 'III.a', 'Terisi'],
        ]),
        A,
        false,
      ),
    ).toBeNull();
    // name + level only, no state/requirement column: not a positions table unless forced (--jabatan)
    const bare = raw('b.csv', [
      ['NAMA JABATAN', 'JENJANG'],
      ['Kabid', 'Administrator'],
    ]);
    expect(recogniseJabatan(bare, A, false)).toBeNull();
    expect(recogniseJabatan(bare, A, true)).not.toBeNull();
  });
  it('reads levels from words, codes and eselon', () => {
    expect(['JPT Pratama', 'administrator', 'JF Ahli Madya', 'JF_AHLI_MUDA', 'Penyelia', 'kepala'].map(parseLevel)).toEqual([
      'JPT_PRATAMA',
      'ADMINISTRATOR',
      'JF_AHLI_MADYA',
      'JF_AHLI_MUDA',
      'JF_PENYELIA',
      null,
    ]);
  });
  it('reports every bad row with where and what, and counts add up (rows read = posts + skipped)', () => {
    const t = recogniseJabatan(
      raw('jabatan.csv', [
        HEAD,
        ['K1', 'Kepala Bidang A', 'Administrator', 'III.b', 'Terisi', '198001012005011001', '', '', ''],
        ['K2', '', 'Administrator', 'III.b', '', '', '', '', ''],
        ['K3', 'Kepala Bidang C', 'Direktur', '', '', '', '', '', ''],
        ['K1', 'Kepala Bidang A lagi', 'Administrator', 'III.b', '', '', '', '', ''],
        ['K5', 'Kepala Seksi E', '', 'IV.a', 'Kosong', '198001012005011002', 'dua', '31-02-2027', 'kursus'],
        ['K6', 'Kepala Seksi F', 'Pengawas', '', 'Terisi', '12345', '', '', ''],
      ]),
      A,
      false,
    )!;
    const r = readPostTables([t], 2026);
    const codes = r.issues.map((i) => `${i.code}@${i.row}:${i.column}=${i.value}`);
    expect(codes).toEqual([
      'JABATAN_NAMA_KOSONG@3:NAMA JABATAN=null',
      'JABATAN_JENJANG_TIDAK_DIKETAHUI@4:JENJANG=Direktur',
      'JABATAN_KODE_GANDA@5:KODE JABATAN=K1',
      'JABATAN_STATUS_BERTENTANGAN@6:STATUS JABATAN=Kosong',
      'KEBUTUHAN_TIDAK_VALID@6:JUMLAH KEBUTUHAN=dua',
      'SYARAT_TIDAK_DIKENAL@6:PENDIDIKAN MINIMAL=kursus',
      'TANGGAL_TIDAK_VALID@6:PERKIRAAN KOSONG=31-02-2027',
      'JABATAN_NIP_PEJABAT_TIDAK_VALID@7:NIP PEJABAT=12345',
    ]);
    expect(r.rows).toBe(6);
    expect(r.posts.map((p) => p.code)).toEqual(['K1', 'K5', 'K6']);
    // ESELON IV.a without JENJANG → Pengawas; STATUS Kosong with a NIP → vacant, the NIP ignored; 1 seat used
    expect(r.posts[1]).toMatchObject({ level: 'PENGAWAS', status: 'KOSONG', incumbentNips: [], seats: 1, plannedVacancy: null, minEducation: null });
    expect(r.rows - r.posts.length).toBe(r.issues.filter((i) => ['JABATAN_NAMA_KOSONG', 'JABATAN_JENJANG_TIDAK_DIKETAHUI', 'JABATAN_KODE_GANDA'].includes(i.code)).length);
  });
});
