/**
 * Numbers as people read them, one set of helpers for every renderer: Indonesian uses the
 * decimal comma and the thousands point (`10,1%`, `100,13`, `200.000`), English the point and
 * the comma (`10.1%`, `100.13`, `200,000`). `comma` is true for Indonesian.
 */

/** A number with `digits` decimals (trailing zeros kept), decimal comma when asked. */
export function fmtNum(x: number | null | undefined, digits: number, comma = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = (Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits);
  return comma ? s.replace('.', ',') : s;
}

/** A whole number with thousands separators: `107.169` (id), `107,169` (en). */
export function fmtInt(n: number, comma = false): string {
  const s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  return n < 0 ? `-${s}` : s;
}

/** A score: at most 2 decimals, no trailing zeros. */
export function fmtScore(x: number | null | undefined, comma = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = String(Math.round(x * 100) / 100);
  return comma ? s.replace('.', ',') : s;
}

/** A share 0..1 as a percentage. */
export function fmtPct(x: number | null | undefined, comma = false, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${fmtNum(100 * x, digits, comma)}%`;
}

/** A p-value: 3 decimals, "< 0.001" below. */
export function fmtP(p: number, comma = false): string {
  return p < 0.001 ? `< ${fmtNum(0.001, 3, comma)}` : fmtNum(p, 3, comma);
}
