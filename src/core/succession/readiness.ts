/**
 * Readiness, derived, never typed (docs/rules.md §12.5): the worse of the box's readiness
 * (profile table) and the time readiness (the date the last curable keras check is met).
 * Pure.
 */
import { addMonths } from '../values.js';
import { READINESS, type Readiness, type SuccessionParams } from './params.js';
import type { CheckResult, Eligibility } from './types.js';

/** Smallest n with from + n months ≥ to (0 when to ≤ from). */
export function monthsUntil(from: string, to: string): number {
  if (to <= from) return 0;
  let n = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (n < 0) n = 0;
  while (addMonths(from, n) < to) n++;
  while (n > 0 && addMonths(from, n - 1) >= to) n--;
  return n;
}

/**
 * The ready date: the latest met date of the curable failed keras checks, never before --as-of
 * (a candidate with nothing to wait for is ready on --as-of; §5.12 counts months from --as-of).
 */
export function readyDate(checks: readonly CheckResult[], asOf: string): string {
  let d = asOf;
  for (const c of checks) if (c.mode === 'keras' && c.status === 'TIDAK_TERPENUHI' && c.metDate !== null && c.metDate > d) d = c.metDate;
  return d;
}

/** Time readiness by the profile's month buckets [a, b]: ≤ a months ready now, ≤ b 1–2 years, else 3+. */
export function timeReadiness(ready: string, asOf: string, p: SuccessionParams): Readiness {
  let ends = bucketEnds.get(p);
  if (!ends || ends[0] !== asOf) {
    const [a, b] = p.readiness.monthBuckets as [number, number];
    ends = [asOf, addMonths(asOf, a), addMonths(asOf, b)];
    bucketEnds.set(p, ends);
  }
  if (ready <= ends[1]) return 'SIAP_SEKARANG';
  if (ready <= ends[2]) return 'SIAP_1_2_TAHUN';
  return 'SIAP_3_TAHUN';
}
/** the bucket end dates per parameter set (called once per pair: computed once) */
const bucketEnds = new WeakMap<SuccessionParams, [string, string, string]>();

/** The box's best readiness: the profile table; a development box not in it → SIAP_3_TAHUN. */
export function boxReadiness(box: number, p: SuccessionParams): Readiness {
  const r = p.readiness.byBox[String(box)];
  if (r) return r;
  return p.developmentBoxes.includes(box) ? 'SIAP_3_TAHUN' : 'BUKAN_KANDIDAT';
}

/** The worse of two readiness values (later in SIAP_SEKARANG < SIAP_1_2 < SIAP_3 < BUKAN_KANDIDAT). */
function worse(a: Readiness, b: Readiness): Readiness {
  return READINESS.indexOf(a) >= READINESS.indexOf(b) ? a : b;
}

export function readinessOf(eligibility: Eligibility, box: number, ready: string, asOf: string, p: SuccessionParams): Readiness {
  return readinessFrom(eligibility, boxCap(box, p), ready, asOf, p);
}

/** The best readiness a box allows: the profile table; a development box never better than 3+ years (§5.3). */
export function boxCap(box: number, p: SuccessionParams): Readiness {
  const r = boxReadiness(box, p);
  return p.developmentBoxes.includes(box) && !p.candidateBoxes.includes(box) ? worse(r, 'SIAP_3_TAHUN') : r;
}

/** readinessOf with the box's cap computed once per candidate (the engine's loop). */
export function readinessFrom(eligibility: Eligibility, cap: Readiness, ready: string, asOf: string, p: SuccessionParams): Readiness {
  if (eligibility === 'TIDAK_MEMENUHI') return 'BUKAN_KANDIDAT';
  return worse(cap, timeReadiness(ready, asOf, p));
}
