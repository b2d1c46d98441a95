/** Vocabularies (docs/rules.md §2.3): variants normalise to one value; unknown values are reported with the accepted ones. */
import { describe, expect, it } from 'vitest';
import { checkEselon, checkJenisPegawai, checkKedudukanHukum, normaliseGolongan, normaliseJenisJabatan } from '../../src/core/vocab.js';
import { eselonTier } from '../../src/core/levels.js';
import { cact, emp, issuesOf, nipN, raw, runTables, skp, skpOf } from './helpers.js';

describe('golongan', () => {
  it.each(['III/a', 'III.a', 'IIIa', 'III A', 'III-a', '3a', '3/a', 'iii/a', 'Gol. III/a'])('%s → III/a', (v) => {
    expect(normaliseGolongan(v)).toEqual({ ok: true, value: 'III/a' });
  });
  it('IV/e exists, III/e does not; PPPK roman golongan stay as they are', () => {
    expect(normaliseGolongan('4e')).toEqual({ ok: true, value: 'IV/e' });
    expect(normaliseGolongan('III/e').ok).toBe(false);
    expect(normaliseGolongan('IX')).toEqual({ ok: true, value: 'IX' });
    expect(normaliseGolongan('PPPK Golongan XI')).toEqual({ ok: true, value: 'XI' });
  });
  it('unknown values list what is accepted', () => {
    const r = normaliseGolongan('Penata Muda');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.accepted).toContain('I/a … IV/e');
  });
});

describe('eselon', () => {
  it.each([
    ['IV.a', 4],
    ['IVa', 4],
    ['4a', 4],
    ['IV/a', 4],
    ['II.b', 2],
    ['Eselon III.a', 3],
  ])('%s → tier %i', (v, tier) => {
    expect(eselonTier(v)).toBe(tier);
    expect(checkEselon(v).ok).toBe(true);
  });
  it('blank and "Non Eselon" are fine; "VI" is reported', () => {
    expect(checkEselon('').ok).toBe(true);
    expect(checkEselon('Non Eselon').ok).toBe(true);
    expect(checkEselon('VI').ok).toBe(false);
  });
});

describe('jenis jabatan, kedudukan hukum, jenis pegawai', () => {
  it('old and new names of jenis jabatan', () => {
    expect(normaliseJenisJabatan('Jabatan Fungsional Tertentu')).toEqual({ ok: true, value: 'Jabatan Fungsional' });
    expect(normaliseJenisJabatan('Fungsional Umum')).toEqual({ ok: true, value: 'Jabatan Pelaksana' });
    expect(normaliseJenisJabatan('JABATAN  STRUKTURAL')).toEqual({ ok: true, value: 'Jabatan Struktural' });
    expect(normaliseJenisJabatan('Honorer').ok).toBe(false);
  });
  it('kedudukan hukum and jenis pegawai', () => {
    expect(checkKedudukanHukum(' Tugas  Belajar ').ok).toBe(true);
    expect(checkKedudukanHukum('Libur').ok).toBe(false);
    expect(checkJenisPegawai('PNS Daerah Kabupaten/Kota').ok).toBe(true);
    expect(checkJenisPegawai('P3K').ok).toBe(true);
    expect(checkJenisPegawai('Honorer').ok).toBe(false);
  });
  it('in a run: golongan is normalised in the output; an unknown value is a warning with the accepted values, the row is still mapped', () => {
    const n = [nipN(1), nipN(2)];
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'GOL. AKHIR', 'ESELON NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA'],
      [n[0]!, 'A', '3b', '', 'Pengadministrasi Umum', 'Dinas A'],
      [n[1]!, 'B', 'Penata', 'VI', 'Pengadministrasi Umum', 'Dinas A'],
    ]);
    const r = runTables([t, skp(n.flatMap((x) => skpOf(x, { 2025: 'Baik', 2024: 'Baik' }))), cact(n.map((nip) => ({ nip, potensi: 95, kompetensi: 95 })))]);
    expect(emp(r, n[0]!).golongan).toBe('III/b');
    expect(emp(r, n[1]!).golongan).toBe('Penata');
    expect(emp(r, n[1]!).box).toBe(8);
    expect(issuesOf(r, 'GOLONGAN_TIDAK_DIKENAL')).toEqual([expect.objectContaining({ severity: 'warning', row: 3, column: 'GOL. AKHIR', value: 'Penata', cell: 'C3' })]);
    expect(issuesOf(r, 'ESELON_TIDAK_DIKENAL')).toHaveLength(1);
    expect(String(issuesOf(r, 'ESELON_TIDAK_DIKENAL')[0]!.params?.accepted)).toContain('IV.a');
  });
});
