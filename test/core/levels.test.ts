/**
 * Job levels, target level and BUP (levels.ts).
 * §7 "target = the next level up: Pelaksana → Pengawas → Administrator → JPT Pratama → JPT Madya;
 *     JF Pemula → Terampil → Mahir → Penyelia; JF Ahli Pertama → Ahli Muda → Ahli Madya → Ahli Utama"
 * §6 "BUP is the roster's `bup` when present, else 60 for JPT (eselon I/II) and JF Ahli Madya,
 *     65 for JF Ahli Utama, 58 otherwise."
 * Eselon → level: docs/rules.md §9.2 (UU 5/2014 Pasal 131).
 */
import { describe, expect, it } from 'vitest';
import { bupAge, eselonTier, jobLevel, NEXT_LEVEL, type JobLevel } from '../../src/core/levels.js';
import { P } from './helpers.js';

describe('§7 the next level up', () => {
  it.each<[JobLevel, JobLevel | null]>([
    ['PELAKSANA', 'PENGAWAS'],
    ['PENGAWAS', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'JPT_PRATAMA'],
    ['JPT_PRATAMA', 'JPT_MADYA'],
    ['JF_PEMULA', 'JF_TERAMPIL'],
    ['JF_TERAMPIL', 'JF_MAHIR'],
    ['JF_MAHIR', 'JF_PENYELIA'],
    ['JF_AHLI_PERTAMA', 'JF_AHLI_MUDA'],
    ['JF_AHLI_MUDA', 'JF_AHLI_MADYA'],
    ['JF_AHLI_MADYA', 'JF_AHLI_UTAMA'],
  ])('%s → %s', (from, to) => {
    expect(NEXT_LEVEL[from]).toBe(to);
  });
  it.each<JobLevel>(['JPT_MADYA', 'JF_PENYELIA', 'JF_AHLI_UTAMA'])('choice: the top of each ladder (%s) has no target', (l) => {
    expect(NEXT_LEVEL[l]).toBeNull();
  });
});

describe('current level from eselon / jenis jabatan / jabatan (docs/rules.md §9.2)', () => {
  it.each<[string, string, string, JobLevel | null]>([
    ['I.a', 'Jabatan Struktural', 'Sekretaris Daerah', 'JPT_MADYA'],
    ['I.b', '', '', 'JPT_MADYA'],
    ['II.a', 'Jabatan Struktural', 'Sekretaris Daerah', 'JPT_PRATAMA'],
    ['II.b', '', 'Kepala Dinas', 'JPT_PRATAMA'],
    ['III.a', '', 'Kepala Bidang', 'ADMINISTRATOR'],
    ['III.b', '', '', 'ADMINISTRATOR'],
    ['IV.a', '', 'Kepala Seksi', 'PENGAWAS'],
    ['IV.b', '', '', 'PENGAWAS'],
    ['Eselon IV/a', '', '', 'PENGAWAS'],
    ['2a', '', '', 'JPT_PRATAMA'],
    ['V.a', '', '', 'PELAKSANA'],
    ['', 'Jabatan Pelaksana', 'Pengadministrasi Perkantoran', 'PELAKSANA'],
    ['', 'Jabatan Fungsional Umum', 'Pengadministrasi Umum', 'PELAKSANA'],
    ['-', 'Jabatan Fungsional', 'Analis Kebijakan Ahli Pertama', 'JF_AHLI_PERTAMA'],
    ['', 'Jabatan Fungsional', 'Analis Kebijakan Ahli Muda', 'JF_AHLI_MUDA'],
    ['', 'Jabatan Fungsional Tertentu', 'Perencana Ahli Madya', 'JF_AHLI_MADYA'],
    ['', 'Jabatan Fungsional', 'Peneliti Ahli Utama', 'JF_AHLI_UTAMA'],
    ['', 'Jabatan Fungsional', 'Pranata Komputer Pemula', 'JF_PEMULA'],
    ['', 'Jabatan Fungsional', 'Pranata Komputer Terampil', 'JF_TERAMPIL'],
    ['', 'Jabatan Fungsional', 'Pranata Komputer Mahir', 'JF_MAHIR'],
    ['', 'Jabatan Fungsional', 'Pranata Komputer Penyelia', 'JF_PENYELIA'],
    ['Non Eselon', '', 'Staf', null],
  ])('eselon %j, jenis %j, jabatan %j → %s', (es, jj, jab, level) => {
    expect(jobLevel(es, jj, jab)).toBe(level);
  });
  it('eselon tiers', () => {
    expect(['I.a', 'II.b', 'III.a', 'IV.b', 'V.a', '', 'X'].map(eselonTier)).toEqual([1, 2, 3, 4, 5, null, null]);
  });
});

describe('§6 BUP', () => {
  it('"60 for JPT (eselon I/II)"', () => {
    expect(bupAge(jobLevel('I.b', '', ''), 'I.b', null, P)).toBe(60);
    expect(bupAge(jobLevel('II.a', '', ''), 'II.a', null, P)).toBe(60);
    expect(bupAge(jobLevel('II.b', '', ''), 'II.b', null, P)).toBe(60);
  });
  it('"60 for … JF Ahli Madya", "65 for JF Ahli Utama"', () => {
    expect(bupAge('JF_AHLI_MADYA', '', null, P)).toBe(60);
    expect(bupAge('JF_AHLI_UTAMA', '', null, P)).toBe(65);
  });
  it.each<[JobLevel | null, string]>([
    ['PELAKSANA', ''],
    ['PENGAWAS', 'IV.a'],
    ['ADMINISTRATOR', 'III.a'],
    ['JF_AHLI_PERTAMA', ''],
    ['JF_AHLI_MUDA', ''],
    ['JF_PENYELIA', ''],
    [null, ''],
  ])('"58 otherwise": %s', (level, es) => {
    expect(bupAge(level, es, null, P)).toBe(58);
  });
  it('"BUP is the roster\'s `bup` when present" — it overrides the level rule both ways', () => {
    expect(bupAge('PELAKSANA', '', 60, P)).toBe(60);
    expect(bupAge('JPT_PRATAMA', 'II.a', 58, P)).toBe(58);
    expect(bupAge('JF_AHLI_UTAMA', '', 60, P)).toBe(60);
  });
});
