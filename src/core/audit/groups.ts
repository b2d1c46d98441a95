/**
 * The groups of the fairness audit: sex (from JENIS KELAMIN, else the NIP), age band at the
 * reference date, golongan group.
 */
import { isPppk, wholeYearsBetween } from '../classify.js';
import type { Employee } from '../types.js';
import { foldText } from '../values.js';
import { AGE_BANDS, GOLONGAN_GROUPS } from './policy.js';

export { AGE_BANDS, GOLONGAN_GROUPS };

/** `L`/`P` from a JENIS KELAMIN value, or null when it cannot be read. */
export function sexFromText(v: string): 'L' | 'P' | null {
  const f = foldText(v).replace(/[^a-z0-9]/g, '');
  if (['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male', '1'].includes(f)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', '2'].includes(f)) return 'P';
  return null;
}

/** Sex from the NIP's 15th digit (1 = male, 2 = female), for a valid NIP. */
export function sexFromNip(e: Employee): 'L' | 'P' | null {
  if (!e.nipValid) return null;
  const d = e.nip[14];
  return d === '1' ? 'L' : d === '2' ? 'P' : null;
}

export function ageBand(birthDate: string | null, asOf: string): (typeof AGE_BANDS)[number] | null {
  if (!birthDate) return null;
  const age = wholeYearsBetween(birthDate, asOf);
  if (age < 30) return '<30';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  return '>=50';
}

/** Golongan group: I–IV for PNS (`III/b` → III), PPPK for PPPK (by jenis pegawai or a PPPK grade). */
export function golonganGroup(e: Employee): (typeof GOLONGAN_GROUPS)[number] | null {
  if (isPppk(e.jenisPegawai)) return 'PPPK';
  const m = /^(IV|III|II|I)\/[a-e]$/.exec(e.golongan);
  if (m) return m[1] as 'I' | 'II' | 'III' | 'IV';
  if (/^[XVI]+$/.test(e.golongan)) return 'PPPK';
  return null;
}
