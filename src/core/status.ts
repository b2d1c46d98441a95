/** Employee status read from roster values and the NIP: PNS or PPPK, whole years between dates. */
import type { Profile } from './profile.js';
import { foldText } from './values.js';

/** PPPK (P3K) employee numbers (NI PPPK) */
export function isPppk(value: string): boolean {
  return /\b(pppk|p3k)\b/.test(foldText(value));
}

/** `PNS` / `P` (profile values), or a value whose first word is PNS (`PNS Daerah`). */
export function isPns(value: string, profile: Profile): boolean {
  const f = foldText(value);
  return profile.talentPool.pnsOnly.pnsValues.some((v) => foldText(v) === f) || /^pns\b/.test(f);
}

/**
 * PNS or PPPK from the NIP alone (docs/rules.md §4.1–4.2): a PNS NIP carries the TMT CPNS month
 * (01–12) in digits 13–14, a NI PPPK a two-digit code that is not a month (21, 24, …).
 */
export function pnsFromNip(nip: string): boolean {
  const m = Number(nip.slice(12, 14));
  return m >= 1 && m <= 12;
}

/** Whole years from `from` to `to` (ISO dates). */
export function wholeYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}
