/**
 * A small statistics library for the audit, each function checked against values worked by hand
 * or from textbook tables (test/core/audit.test.ts): the chi-square distribution (through the
 * regularized incomplete gamma), Pearson's test of independence with Cramér's V, funnel-plot
 * limits for a proportion, quantiles (R type 7) and the spread of a score axis.
 */
import { round6 } from '../values.js';
import type { ChiSquare, Spread } from './types.js';

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), |error| < 1e-13 for x > 0. */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): the series for P when x < a + 1,
 * else Lentz's continued fraction for Q (Numerical Recipes §6.2).
 */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnPre = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnPre));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnPre) * h);
}

/** P(χ²_k ≥ x): the chi-square survival function = Q(k/2, x/2). */
export function chiSquareSf(x: number, k: number): number {
  return gammaQ(k / 2, x / 2);
}

/** Cramér's V = √(χ² / (N · (min(r, c) − 1))) for a table of r rows and c columns over N counts. */
export function cramersV(chi2: number, n: number, rows: number, cols: number): number {
  const k = Math.min(rows, cols) - 1;
  return n > 0 && k > 0 ? Math.sqrt(chi2 / (n * k)) : 0;
}

/**
 * Pearson's chi-square test of independence on a table of counts (rows × columns). Rows and
 * columns whose total is 0 are dropped; null when fewer than two rows or columns remain.
 */
export function chiSquareTest(table: number[][]): ChiSquare | null {
  let rows = table.filter((r) => r.reduce((a, b) => a + b, 0) > 0);
  if (rows.length < 2) return null;
  const ncol = rows[0]!.length;
  const keep: number[] = [];
  for (let j = 0; j < ncol; j++) if (rows.some((r) => (r[j] ?? 0) > 0)) keep.push(j);
  if (keep.length < 2) return null;
  rows = rows.map((r) => keep.map((j) => r[j] ?? 0));
  const rowSum = rows.map((r) => r.reduce((a, b) => a + b, 0));
  const colSum = keep.map((_, j) => rows.reduce((a, r) => a + r[j]!, 0));
  const n = rowSum.reduce((a, b) => a + b, 0);
  let stat = 0;
  let minExp = Infinity;
  let below5 = 0;
  rows.forEach((r, i) => {
    r.forEach((o, j) => {
      const e = (rowSum[i]! * colSum[j]!) / n;
      if (e < minExp) minExp = e;
      if (e < 5) below5++;
      stat += ((o - e) * (o - e)) / e;
    });
  });
  const df = (rows.length - 1) * (keep.length - 1);
  return {
    statistic: round6(stat),
    df,
    p: round6(chiSquareSf(stat, df)),
    cramersV: round6(cramersV(stat, n, rows.length, keep.length)),
    n,
    minExpected: round6(minExp),
    expectedBelow5: round6(below5 / (rows.length * keep.length)),
  };
}

/** Two-sided normal quantiles used for the funnel limits. */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

/** Funnel-plot limits for a proportion: p0 ± z·√(p0(1 − p0)/n), clamped to [0, 1]. */
export function funnelLimits(p0: number, n: number, z: number): [number, number] {
  const se = Math.sqrt((p0 * (1 - p0)) / n);
  return [round6(Math.max(0, p0 - z * se)), round6(Math.min(1, p0 + z * se))];
}

/** Quantile by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC). */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function spreadOf(values: number[], cutoffs: { middle: number; high: number }, binWidth = 5): Spread {
  const xs = [...values].sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) {
    return {
      n,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
      sd: null,
      mode: null,
      modeShare: null,
      cutoffs,
      histogram: { from: 0, width: binWidth, counts: [] },
    };
  }
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / n);
  const from = Math.floor(xs[0]! / binWidth) * binWidth;
  const bins = Math.floor((xs[n - 1]! - from) / binWidth) + 1;
  const counts = new Array<number>(bins).fill(0);
  for (const x of xs) counts[Math.min(bins - 1, Math.floor((x - from) / binWidth))]!++;
  // sorted: runs of equal values are adjacent
  let mode = xs[0]!;
  let modeCount = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && xs[j] === xs[i]) j++;
    if (j - i > modeCount) {
      modeCount = j - i;
      mode = xs[i]!;
    }
    i = j;
  }
  return {
    n,
    min: xs[0]!,
    q1: round6(quantile(xs, 0.25)),
    median: round6(quantile(xs, 0.5)),
    q3: round6(quantile(xs, 0.75)),
    max: xs[n - 1]!,
    mean: round6(mean),
    sd: round6(sd),
    mode,
    modeShare: round6(modeCount / n),
    cutoffs,
    histogram: { from, width: binWidth, counts },
  };
}
