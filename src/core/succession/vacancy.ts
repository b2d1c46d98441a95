/**
 * Vacancy forecast (docs/rules.md §12.7, §8.2): BUP per incumbent, the pension date convention,
 * months to vacancy, bands, and the retirement projection. Pure; dates are ISO `YYYY-MM-DD`.
 */
import type { JobLevel } from '../levels.js';
import { bupAge } from '../levels.js';
import type { Profile } from '../profile.js';
import { addMonths, addYears, foldText, ymd } from '../values.js';
import type { SuccessionParams } from './params.js';
import type { Band, BupSource } from './types.js';

/**
 * Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to
 * (negative when `to` is earlier). 2026-09-30 → 2027-03-30 is 6; → 2027-03-29 is 5.
 */
export function wholeMonths(from: string, to: string): number {
  if (to < from) return -wholeMonths(to, from);
  let n = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (n > 0 && addMonths(from, n) > to) n--;
  return n;
}

/**
 * BUP age, first rule that applies (§5.7): the roster's BUP column; a special JF age from the
 * profile (`vacancy.bupKhusus`, matched in the jabatan name: UU-set ages, B4); the level default
 * of PP 11/2017 Pasal 239 (58/60/65, B1).
 */
export function bupOf(
  rosterBup: number | null,
  jabatan: string,
  level: JobLevel | null,
  eselon: string,
  profile: Profile,
  p: SuccessionParams,
): { age: number; source: BupSource } {
  if (rosterBup !== null) return { age: rosterBup, source: 'ROSTER' };
  const name = foldText(jabatan);
  for (const k of p.vacancy.bupKhusus) if (new RegExp(k.match, 'i').test(name)) return { age: k.age, source: 'KHUSUS' };
  return { age: bupAge(level, eselon, null, profile), source: 'JENJANG' };
}

/**
 * Pension date (TMT pensiun) of someone born on `birth` with BUP `age`, by the profile's
 * convention: AWAL_BULAN_BERIKUTNYA (the first day of the month after the BUP birthday: B7,
 * UNCONFIRMED), TANGGAL_ULANG_TAHUN (the birthday itself), AKHIR_BULAN (the last day of the
 * birthday's month; DJBK).
 */
export function pensionDate(birth: string, age: number, convention: SuccessionParams['vacancy']['pensionDate']): string {
  const bd = addYears(birth, age);
  if (convention === 'TANGGAL_ULANG_TAHUN') return bd;
  const y = Number(bd.slice(0, 4));
  const m = Number(bd.slice(5, 7));
  if (convention === 'AKHIR_BULAN') return ymd(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1);
}

/**
 * Band of a post (§5.7): SUDAH_KOSONG when the vacancy date is on or before --as-of; else the
 * first band `b` with vacancy ≤ as-of + b months (bands [6, 12, 24] inclusive); beyond the horizon
 * DI_LUAR_HORIZON; no date TANPA_TANGGAL. Bands beyond the horizon are DI_LUAR_HORIZON too.
 */
export function bandOf(vacancy: string | null, asOf: string, p: SuccessionParams): Band {
  if (vacancy === null) return 'TANPA_TANGGAL';
  if (vacancy <= asOf) return 'SUDAH_KOSONG';
  const names: Band[] = ['BULAN_6', 'BULAN_12', 'BULAN_24'];
  const horizonEnd = addMonths(asOf, p.vacancy.horizonMonths);
  for (let i = 0; i < 3; i++) {
    const end = addMonths(asOf, p.vacancy.bands[i]!);
    if (vacancy <= end && vacancy <= horizonEnd) return names[i]!;
  }
  return 'DI_LUAR_HORIZON';
}

/** The earliest of the dates given (ISO strings sort as dates); null when none. */
export function earliest(...dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d !== null && (best === null || d < best)) best = d;
  return best;
}
