/**
 * Calibration and fairness audit of a classification (issue 8). Pure: a ClassifyResult, the
 * profile and options in, a typed Audit out; no fs, no console, no clock.
 *
 *   distributions  predikat shares (latest SKP year) per unit against the PermenPANRB 6/2022
 *                  distribution guidance for an organisation of a given predikat (the
 *                  organisation's own predikat is not in the data: `orgPredikat`, default BAIK);
 *                  ceiling warnings (one predikat or one box holding more than `ceiling`); the
 *                  spread of each axis (min, quartiles, max, mean, SD, histogram)
 *   near the line  employees whose score is within `near` points of a cut-off; box-5 employees
 *                  whose two scores both sit in the top `topBand` part of their band
 *   leniency       pool-box (7–9) share per unit (and per rater when an atasan column exists)
 *                  against the agency: chi-square test of independence, Cramér's V, funnel-plot
 *                  limits (95% and 99.8%)
 *   fairness       pool-box selection rate by sex, age band, golongan group; adverse-impact ratio
 *                  against the highest group (four-fifths rule)
 *
 * Every aggregate over fewer than `minGroup` people is suppressed: a unit or rater is then not
 * shown at all (only counted), a fairness group is shown without numbers.
 */
import type { Predikat, Profile } from './profile.js';
import type { PreparedInputs } from './classify.js';
import { isPppk, wholeYearsBetween } from './classify.js';
import type { ClassifyResult, Employee, PerformanceLevel, PotentialLevel } from './types.js';
import { forEachDataRow } from './tables.js';
import { cellText, foldText, normHeader, round6 } from './values.js';

// ---- options ---------------------------------------------------------------------------------

/** Predikat kinerja organisasi (PermenPANRB 6/2022), which sets the distribution guidance. */
export type OrgPredikat = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
export const ORG_PREDIKAT: readonly OrgPredikat[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export interface AuditOptions {
  /** reference date for ages (default: the result's as-of date) */
  asOf: string;
  /**
   * "near the line": a change of at most this many points moves a score across a cut-off
   * (below: cut-off − score ≤ near; at or above: score − cut-off < near)
   */
  near: number;
  /** a predikat or box holding more than this share of a group gets a ceiling warning */
  ceiling: number;
  /** aggregates over fewer people are suppressed */
  minGroup: number;
  /** the organisation's predikat assumed for the 6/2022 guidance check */
  orgPredikat: OrgPredikat;
  /** box 5: both scores in the top part of their band, as a fraction of the band's width */
  topBand: number;
  /** roster values the core does not keep (JENIS KELAMIN, atasan); see `auditAttributes` */
  attributes?: AuditAttributes;
}

export const AUDIT_DEFAULTS: Omit<AuditOptions, 'asOf'> = {
  near: 1,
  ceiling: 0.7,
  minGroup: 5,
  orgPredikat: 'BAIK',
  topBand: 0.25,
};

/** Per-employee values read from the input tables (by Employee.index). */
export interface AuditAttributes {
  jenisKelamin: Map<number, string>;
  /** the rater (atasan / pejabat penilai), as NIP or name */
  atasan: Map<number, string>;
  /** the header the rater was read from, or null when no input has one */
  atasanColumn: string | null;
}

// ---- result types ----------------------------------------------------------------------------

export const PREDIKAT_ORDER: readonly Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export interface GuidanceRule {
  /** stable id, e.g. `BAIK_MAX_70` */
  id: string;
  predikat: Predikat[];
  /** maxShare: share ≤ value; minShare: share ≥ value; minCount: count ≥ value; maxCount: count ≤ value */
  kind: 'maxShare' | 'minShare' | 'minCount' | 'maxCount';
  value: number;
}

/** PermenPANRB 6/2022, distribution of the annual predikat by the organisation's predikat (docs/rules.md §11.1). */
export const GUIDANCE: Record<OrgPredikat, GuidanceRule[]> = {
  ISTIMEWA: [{ id: 'SANGAT_BAIK_MAX_70', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.7 }],
  BAIK: [
    { id: 'BAIK_MAX_70', predikat: ['BAIK'], kind: 'maxShare', value: 0.7 },
    { id: 'BUTUH_PERBAIKAN_ATAU_KURANG_MIN_1', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], kind: 'minCount', value: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { id: 'BUTUH_PERBAIKAN_MIN_60', predikat: ['BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.6 },
    { id: 'SANGAT_BAIK_MAX_10', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.1 },
  ],
  KURANG: [
    { id: 'KURANG_MIN_60', predikat: ['KURANG'], kind: 'minShare', value: 0.6 },
    { id: 'BUTUH_PERBAIKAN_MIN_10', predikat: ['BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.1 },
    { id: 'SANGAT_BAIK_MAX_10', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.1 },
  ],
  SANGAT_KURANG: [
    { id: 'SANGAT_KURANG_MIN_60', predikat: ['SANGAT_KURANG'], kind: 'minShare', value: 0.6 },
    { id: 'KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.1 },
    { id: 'SANGAT_BAIK_NONE', predikat: ['SANGAT_BAIK'], kind: 'maxCount', value: 0 },
  ],
};

export interface RuleCheck {
  id: string;
  kind: GuidanceRule['kind'];
  predikat: Predikat[];
  value: number;
  /** the count (minCount/maxCount) or share (minShare/maxShare) found */
  actual: number;
  ok: boolean;
}

export interface PredikatRow {
  /** unor_induk ('' = blank); null for the whole agency */
  unit: string | null;
  /** employees with a predikat in the year */
  n: number;
  counts: Record<Predikat, number>;
  shares: Record<Predikat, number>;
  checks: RuleCheck[];
  /** every rule met */
  ok: boolean;
}

export interface CeilingWarning {
  /** null = the whole agency */
  unit: string | null;
  kind: 'predikat' | 'box';
  /** predikat code or box number as text */
  key: string;
  count: number;
  n: number;
  share: number;
  /** the same finding is already a failed share limit of the 6/2022 guidance for this group */
  coveredByGuidance: boolean;
}

export interface Spread {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
  /** population SD: √(Σ(x − mean)² / n) */
  sd: number | null;
  /** the most frequent score (the lowest on a tie) and its share: an axis that barely separates people shows here */
  mode: number | null;
  modeShare: number | null;
  /** cut-offs of the axis (profile) */
  cutoffs: { middle: number; high: number };
  /** counts per bin [from + i·width, from + (i+1)·width) */
  histogram: { from: number; width: number; counts: number[] };
}

export interface NearAxis {
  score: number;
  cutoff: number;
  /** score − cut-off (≥ 0: at or above the cut-off) */
  distance: number;
  /** the box if this axis' level were on the other side of the cut-off */
  otherBox: number;
}

export interface NearEmployee {
  index: number;
  nip: string;
  nama: string;
  unit: string;
  box: number;
  performance: NearAxis | null;
  potential: NearAxis | null;
  /** a shift across the cut-off would move the employee into or out of the pool boxes */
  poolBoundary: boolean;
}

export interface TopBandEmployee {
  index: number;
  nip: string;
  nama: string;
  unit: string;
  performance: number;
  potential: number;
  /** points below the upper cut-off of the band */
  performanceGap: number;
  potentialGap: number;
}

export type FunnelFlag = 'ABOVE_99_8' | 'ABOVE_95' | 'WITHIN' | 'BELOW_95' | 'BELOW_99_8';

export interface LeniencyRow {
  /** unit name, or rater key */
  key: string;
  n: number;
  pool: number;
  share: number;
  /** counts per box 1..9 (index 0 = box 1) */
  boxes: number[];
  /** (share − p0) / √(p0(1 − p0)/n); null when p0 is 0 or 1 */
  z: number | null;
  limits95: [number, number];
  limits998: [number, number];
  flag: FunnelFlag;
}

export interface ChiSquare {
  statistic: number;
  df: number;
  p: number;
  /** Cramér's V = √(χ² / (N · (min(r, c) − 1))) */
  cramersV: number;
  n: number;
  minExpected: number;
  /** share of cells with an expected count below 5 (Cochran: at most 20% for the approximation) */
  expectedBelow5: number;
}

export interface LeniencyScan {
  /** agency pool-box share p0 over every mapped employee */
  agencyN: number;
  agencyPool: number;
  agencyShare: number;
  /** agency box shares 1..9 */
  agencyBoxShares: number[];
  rows: LeniencyRow[];
  /** groups under minGroup: not shown */
  suppressed: number;
  /** over the rows shown; null when fewer than two rows or no variation in the outcome */
  test: ChiSquare | null;
}

export interface FairnessGroup {
  key: string;
  /** employees in the group (mapped or not) */
  employees: number | null;
  mapped: number | null;
  /** mapped employees in a pool box (7–9) */
  selected: number | null;
  rate: number | null;
  /** rate / highest rate among the groups shown */
  air: number | null;
  /** in a pool box but excluded from the talent pool by a rule (PPPK, near BUP, …) */
  excludedByRule: number | null;
  /** AIR < 0.8 (the four-fifths rule) */
  belowFourFifths: boolean;
  suppressed: boolean;
}

export interface FairnessDimension {
  id: 'sex' | 'ageBand' | 'golongan';
  groups: FairnessGroup[];
  /** the group with the highest rate (the AIR reference), null when none is shown */
  reference: string | null;
  /** employees whose group is unknown (not in any group) */
  unknown: number;
  test: ChiSquare | null;
}

export interface Audit {
  options: Omit<AuditOptions, 'attributes'>;
  /** SKP year the predikat distribution is read from (the latest year of the window) */
  year: number | null;
  employees: number;
  mapped: number;
  poolBoxes: number[];
  distribution: {
    orgPredikat: OrgPredikat;
    rules: GuidanceRule[];
    agency: PredikatRow;
    units: PredikatRow[];
    suppressed: number;
    /** predikat of the year that came from a legacy numeric SKP value (outside 6/2022) and are not counted */
    legacy: number;
    ceilings: CeilingWarning[];
    spread: { performance: Spread; potential: Spread };
  };
  near: {
    distance: number;
    employees: NearEmployee[];
    performance: number;
    potential: number;
    poolBoundary: number;
    topBand: number;
    box5Top: TopBandEmployee[];
    box5: number;
  };
  leniency: {
    units: LeniencyScan;
    /** null when no input has an atasan column */
    raters: LeniencyScan | null;
    raterColumn: string | null;
  };
  fairness: {
    dimensions: FairnessDimension[];
    sexSource: { column: number; nip: number; mismatch: number };
  };
}

// ---- statistics --------------------------------------------------------------------------------

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), |error| < 1e-13 for x > 0. */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
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
  const k = Math.min(rows.length, keep.length) - 1;
  return {
    statistic: round6(stat),
    df,
    p: round6(chiSquareSf(stat, df)),
    cramersV: round6(Math.sqrt(stat / (n * k))),
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
    return { n, min: null, q1: null, median: null, q3: null, max: null, mean: null, sd: null, mode: null, modeShare: null, cutoffs, histogram: { from: 0, width: binWidth, counts: [] } };
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
  for (let i = 0; i < n; ) {
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

// ---- attributes from the input tables ----------------------------------------------------------

/** Headers of a rater column (e-Kinerja / SKP exports), NIP first (a stable key), then names. */
export const ATASAN_HEADERS = [
  'NIP ATASAN',
  'NIP ATASAN LANGSUNG',
  'NIP PEJABAT PENILAI',
  'PEGAWAI ATASAN NIP',
  'ATASAN NIP',
  'NIP PENILAI',
  'ATASAN',
  'ATASAN LANGSUNG',
  'NAMA ATASAN',
  'NAMA ATASAN LANGSUNG',
  'PEJABAT PENILAI',
  'NAMA PEJABAT PENILAI',
  'PEGAWAI ATASAN NAMA',
  'ATASAN NAMA',
  'PENILAI',
];

const tableKey = (file: string, sheet: string | null) => `${file}\u0000${sheet ?? ''}`;

/**
 * JENIS KELAMIN (roster) and the rater (an atasan column of the SKP row of the latest year, else
 * of the roster) for each employee, read from the prepared input tables — streamed tables too, so
 * call it before the rows are released.
 */
export function auditAttributes(prepared: PreparedInputs, result: ClassifyResult): AuditAttributes {
  /** per table (file + sheet): row number → value */
  const jk = new Map<string, Map<number, string>>();
  const atasanBy = new Map<string, Map<number, string>>();
  let atasanColumn: string | null = null;
  const wanted = ATASAN_HEADERS.map(normHeader);
  const carried = result.employees.length > 0 && result.employees[0]!.jenisKelamin !== undefined;
  for (const t of prepared.tables) {
    if (t.headerIndex === null) continue;
    const isRoster = t.roles.includes('roster');
    const isSkp = t.roles.includes('skp');
    if (!isRoster && !isSkp) continue;
    const normalized = t.headers.map((h) => normHeader(h));
    let aCol = -1;
    for (const w of wanted) {
      aCol = normalized.indexOf(w);
      if (aCol >= 0) break;
    }
    // the classifier keeps JENIS KELAMIN per employee: the roster is not read a second time
    const jkCol = isRoster && !carried ? t.columns.roster?.jenis_kelamin : undefined;
    if (jkCol === undefined && aCol < 0) continue;
    if (aCol >= 0 && atasanColumn === null) atasanColumn = t.headers[aCol] ?? null;
    const key = tableKey(t.raw.file, t.raw.sheet);
    const jkRows = jk.get(key) ?? new Map<number, string>();
    const aRows = atasanBy.get(key) ?? new Map<number, string>();
    forEachDataRow(t, (row, rowNumber) => {
      if (jkCol !== undefined) {
        const v = cellText(row[jkCol] ?? null);
        if (v !== '') jkRows.set(rowNumber, v);
      }
      if (aCol >= 0) {
        const v = cellText(row[aCol] ?? null).replace(/^'/, '');
        if (v !== '') aRows.set(rowNumber, v);
      }
    });
    if (jkRows.size > 0) jk.set(key, jkRows);
    if (aRows.size > 0) atasanBy.set(key, aRows);
  }
  const jenisKelamin = new Map<number, string>();
  const atasan = new Map<number, string>();
  for (const e of result.employees) {
    const v = carried ? e.jenisKelamin || undefined : jk.get(tableKey(e.source.file, e.source.sheet))?.get(e.source.row);
    if (v !== undefined) jenisKelamin.set(e.index, v);
    let latest = e.performance.years[0];
    for (const y of e.performance.years) if (latest && y.year > latest.year) latest = y;
    const fromSkp = latest ? atasanBy.get(tableKey(latest.source.file, latest.source.sheet))?.get(latest.source.row) : undefined;
    const a = fromSkp ?? atasanBy.get(tableKey(e.source.file, e.source.sheet))?.get(e.source.row);
    if (a !== undefined) atasan.set(e.index, a);
  }
  return { jenisKelamin, atasan, atasanColumn: atasan.size > 0 ? atasanColumn : null };
}

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

export const AGE_BANDS = ['<30', '30-39', '40-49', '>=50'] as const;
export function ageBand(birthDate: string | null, asOf: string): (typeof AGE_BANDS)[number] | null {
  if (!birthDate) return null;
  const age = wholeYearsBetween(birthDate, asOf);
  if (age < 30) return '<30';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  return '>=50';
}

export const GOLONGAN_GROUPS = ['I', 'II', 'III', 'IV', 'PPPK'] as const;
/** Golongan group: I–IV for PNS (`III/b` → III), PPPK for PPPK (by jenis pegawai or a PPPK grade). */
export function golonganGroup(e: Employee): (typeof GOLONGAN_GROUPS)[number] | null {
  if (isPppk(e.jenisPegawai)) return 'PPPK';
  const m = /^(IV|III|II|I)\/[a-e]$/.exec(e.golongan);
  if (m) return m[1] as 'I' | 'II' | 'III' | 'IV';
  if (/^[XVI]+$/.test(e.golongan)) return 'PPPK';
  return null;
}

// ---- the audit ---------------------------------------------------------------------------------

const emptyPredikat = (): Record<Predikat, number> => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });

function checkRules(counts: Record<Predikat, number>, n: number, rules: GuidanceRule[]): RuleCheck[] {
  return rules.map((r) => {
    const count = r.predikat.reduce((a, p) => a + counts[p], 0);
    const share = n ? count / n : 0;
    const actual = r.kind === 'minCount' || r.kind === 'maxCount' ? count : round6(share);
    const ok =
      r.kind === 'maxShare' ? share <= r.value + 1e-12 : r.kind === 'minShare' ? share >= r.value - 1e-12 : r.kind === 'minCount' ? count >= r.value : count <= r.value;
    return { id: r.id, kind: r.kind, predikat: r.predikat, value: r.value, actual, ok };
  });
}

function predikatRow(unit: string | null, counts: Record<Predikat, number>, rules: GuidanceRule[]): PredikatRow {
  const n = PREDIKAT_ORDER.reduce((a, p) => a + counts[p], 0);
  const shares = emptyPredikat();
  for (const p of PREDIKAT_ORDER) shares[p] = n ? round6(counts[p] / n) : 0;
  const checks = checkRules(counts, n, rules);
  return { unit, n, counts, shares, checks, ok: checks.every((c) => c.ok) };
}

const byUnitName = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0);

function levelOf(score: number, t: { high: number; middle: number }): 0 | 1 | 2 {
  return score >= t.high ? 2 : score >= t.middle ? 1 : 0;
}
const POT_LEVELS: PotentialLevel[] = ['RENDAH', 'MENENGAH', 'TINGGI'];
const PERF_LEVELS: PerformanceLevel[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

function leniencyScan(groups: Map<string, Employee[]>, poolBoxes: Set<number>, minGroup: number, agency: Employee[]): LeniencyScan {
  const agencyN = agency.length;
  const agencyPool = agency.filter((e) => poolBoxes.has(e.box!)).length;
  const p0 = agencyN ? agencyPool / agencyN : 0;
  const agencyBoxes = new Array<number>(9).fill(0);
  for (const e of agency) agencyBoxes[e.box! - 1]!++;
  const rows: LeniencyRow[] = [];
  let suppressed = 0;
  for (const key of [...groups.keys()].sort(byUnitName)) {
    const list = groups.get(key)!;
    const n = list.length;
    if (n < minGroup) {
      suppressed++;
      continue;
    }
    const pool = list.filter((e) => poolBoxes.has(e.box!)).length;
    const boxes = new Array<number>(9).fill(0);
    for (const e of list) boxes[e.box! - 1]!++;
    const share = pool / n;
    const l95 = funnelLimits(p0, n, Z95);
    const l998 = funnelLimits(p0, n, Z998);
    const se = Math.sqrt((p0 * (1 - p0)) / n);
    const flag: FunnelFlag =
      share > l998[1] ? 'ABOVE_99_8' : share > l95[1] ? 'ABOVE_95' : share < l998[0] ? 'BELOW_99_8' : share < l95[0] ? 'BELOW_95' : 'WITHIN';
    rows.push({ key, n, pool, share: round6(share), boxes, z: se > 0 ? round6((share - p0) / se) : null, limits95: l95, limits998: l998, flag });
  }
  const test = rows.length >= 2 ? chiSquareTest(rows.map((r) => [r.pool, r.n - r.pool])) : null;
  return {
    agencyN,
    agencyPool,
    agencyShare: round6(p0),
    agencyBoxShares: agencyBoxes.map((c) => (agencyN ? round6(c / agencyN) : 0)),
    rows,
    suppressed,
    test,
  };
}

function fairnessDimension(
  id: FairnessDimension['id'],
  order: readonly string[],
  employees: Employee[],
  groupOf: (e: Employee) => string | null,
  poolBoxes: Set<number>,
  minGroup: number,
): FairnessDimension {
  const stats = new Map<string, { employees: number; mapped: number; selected: number; excluded: number }>();
  let unknown = 0;
  for (const e of employees) {
    const g = groupOf(e);
    if (g === null) {
      unknown++;
      continue;
    }
    const s = stats.get(g) ?? { employees: 0, mapped: 0, selected: 0, excluded: 0 };
    s.employees++;
    if (e.box !== null) {
      s.mapped++;
      if (poolBoxes.has(e.box)) {
        s.selected++;
        if (!e.talentPool) s.excluded++;
      }
    }
    stats.set(g, s);
  }
  const groups: FairnessGroup[] = order
    .filter((k) => stats.has(k))
    .map((key) => {
      const s = stats.get(key)!;
      if (s.mapped < minGroup) {
        return { key, employees: null, mapped: null, selected: null, rate: null, air: null, excludedByRule: null, belowFourFifths: false, suppressed: true };
      }
      return {
        key,
        employees: s.employees,
        mapped: s.mapped,
        selected: s.selected,
        rate: round6(s.selected / s.mapped),
        air: null,
        excludedByRule: s.excluded,
        belowFourFifths: false,
        suppressed: false,
      };
    });
  const shown = groups.filter((g) => !g.suppressed);
  let reference: string | null = null;
  let best = -1;
  for (const g of shown) {
    if (g.rate! > best) {
      best = g.rate!;
      reference = g.key;
    }
  }
  if (best > 0) {
    for (const g of shown) {
      const s = stats.get(g.key)!;
      const refStats = stats.get(reference!)!;
      // from the counts, not the rounded rates
      g.air = round6(s.selected / s.mapped / (refStats.selected / refStats.mapped));
      g.belowFourFifths = g.air < 0.8;
    }
  } else {
    reference = null;
  }
  const test = shown.length >= 2 ? chiSquareTest(shown.map((g) => [g.selected!, g.mapped! - g.selected!])) : null;
  return { id, groups, reference, unknown, test };
}

export function buildAudit(result: ClassifyResult, profile: Profile, opts: Partial<AuditOptions> = {}): Audit {
  const o: AuditOptions = { ...AUDIT_DEFAULTS, asOf: result.summary.asOf, ...opts };
  const { attributes, ...options } = o;
  const poolBoxes = new Set(profile.talentPool.boxes);
  const employees = result.employees;
  const mapped = employees.filter((e) => e.box !== null);

  // ---- distributions ----
  const years = result.summary.skpYears;
  const year = years.length ? years[years.length - 1]! : null;
  const rules = GUIDANCE[o.orgPredikat];
  const agencyCounts = emptyPredikat();
  const unitCounts = new Map<string, Record<Predikat, number>>();
  let legacy = 0;
  for (const e of employees) {
    const t = year === null ? undefined : e.performance.years.find((y) => y.year === year);
    if (!t) continue;
    if (t.via === 'legacy') {
      legacy++;
      continue;
    }
    agencyCounts[t.predikat]++;
    const c = unitCounts.get(e.unorInduk) ?? emptyPredikat();
    c[t.predikat]++;
    unitCounts.set(e.unorInduk, c);
  }
  const agencyRow = predikatRow(null, agencyCounts, rules);
  const unitRowsAll = [...unitCounts.keys()].sort(byUnitName).map((u) => predikatRow(u, unitCounts.get(u)!, rules));
  const unitRows = unitRowsAll.filter((r) => r.n >= o.minGroup);

  const ceilings: CeilingWarning[] = [];
  const ceilingPredikat = (row: PredikatRow) => {
    for (const p of PREDIKAT_ORDER) {
      if (row.n > 0 && row.counts[p] / row.n > o.ceiling) {
        const coveredByGuidance = row.checks.some((c) => !c.ok && c.kind === 'maxShare' && c.predikat.length === 1 && c.predikat[0] === p);
        ceilings.push({ unit: row.unit, kind: 'predikat', key: p, count: row.counts[p], n: row.n, share: row.shares[p], coveredByGuidance });
      }
    }
  };
  const ceilingBoxes = (unit: string | null, list: Employee[]) => {
    if (list.length === 0) return;
    const counts = new Array<number>(9).fill(0);
    for (const e of list) counts[e.box! - 1]!++;
    counts.forEach((c, i) => {
      if (c / list.length > o.ceiling) ceilings.push({ unit, kind: 'box', key: String(i + 1), count: c, n: list.length, share: round6(c / list.length), coveredByGuidance: false });
    });
  };
  ceilingPredikat(agencyRow);
  ceilingBoxes(null, mapped);
  const mappedByUnit = new Map<string, Employee[]>();
  for (const e of mapped) {
    const l = mappedByUnit.get(e.unorInduk) ?? [];
    l.push(e);
    mappedByUnit.set(e.unorInduk, l);
  }
  const unitNames = [...new Set([...unitCounts.keys(), ...mappedByUnit.keys()])].sort(byUnitName);
  for (const u of unitNames) {
    const row = unitRows.find((r) => r.unit === u);
    if (row) ceilingPredikat(row);
    const list = mappedByUnit.get(u) ?? [];
    if (list.length >= o.minGroup) ceilingBoxes(u, list);
  }

  const pt = profile.performance.thresholds;
  const qt = profile.potential.thresholds;
  const spread = {
    performance: spreadOf(
      mapped.map((e) => e.performance.score).filter((x): x is number => x !== null),
      pt,
    ),
    potential: spreadOf(
      mapped.map((e) => e.potential.score).filter((x): x is number => x !== null),
      qt,
    ),
  };

  // ---- near the line ----
  const boxAt = (pot: number, perf: number) => profile.boxes[POT_LEVELS[pot]!]![PERF_LEVELS[perf]!]!;
  const nearAxis = (score: number | null, t: { high: number; middle: number }): { cutoff: number; distance: number; other: 0 | 1 | 2 } | null => {
    if (score === null) return null;
    let best: { cutoff: number; distance: number; other: 0 | 1 | 2 } | null = null;
    for (const [cutoff, below, above] of [
      [t.middle, 0, 1],
      [t.high, 1, 2],
    ] as const) {
      const d = round6(score - cutoff);
      // a change of at most `near` points crosses the cut-off: a rise of c − s reaches it from
      // below (inclusive); from at or above it takes a drop of more than s − c
      if (d < 0 ? -d > o.near + 1e-9 : d >= o.near - 1e-9) continue;
      if (best && Math.abs(best.distance) <= Math.abs(d)) continue;
      best = { cutoff, distance: d, other: d >= 0 ? below : above };
    }
    return best;
  };
  const nearList: NearEmployee[] = [];
  for (const e of mapped) {
    const perfScore = e.performance.score;
    const potScore = e.potential.score;
    const perfLevel = PERF_LEVELS.indexOf(e.performance.level!) as 0 | 1 | 2;
    const potLevel = POT_LEVELS.indexOf(e.potential.level!) as 0 | 1 | 2;
    const np = nearAxis(perfScore, pt);
    const nq = nearAxis(potScore, qt);
    if (!np && !nq) continue;
    const performance = np ? { score: perfScore!, cutoff: np.cutoff, distance: np.distance, otherBox: boxAt(potLevel, np.other) } : null;
    const potential = nq ? { score: potScore!, cutoff: nq.cutoff, distance: nq.distance, otherBox: boxAt(nq.other, perfLevel) } : null;
    const inPool = poolBoxes.has(e.box!);
    const poolBoundary = [performance, potential].some((a) => a !== null && poolBoxes.has(a.otherBox) !== inPool);
    nearList.push({ index: e.index, nip: e.nip, nama: e.nama, unit: e.unorInduk, box: e.box!, performance, potential, poolBoundary });
  }
  const minDist = (x: NearEmployee) => Math.min(Math.abs(x.performance?.distance ?? Infinity), Math.abs(x.potential?.distance ?? Infinity));
  nearList.sort((a, b) => Number(b.poolBoundary) - Number(a.poolBoundary) || minDist(a) - minDist(b) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : a.index - b.index));

  const middleBox = boxAt(1, 1);
  const perfTop = pt.high - o.topBand * (pt.high - pt.middle);
  const potTop = qt.high - o.topBand * (qt.high - qt.middle);
  const box5 = mapped.filter((e) => e.box === middleBox);
  const box5Top: TopBandEmployee[] = box5
    .filter((e) => e.performance.score !== null && e.potential.score !== null && e.performance.score >= perfTop - 1e-9 && e.potential.score >= potTop - 1e-9)
    .map((e) => ({
      index: e.index,
      nip: e.nip,
      nama: e.nama,
      unit: e.unorInduk,
      performance: e.performance.score!,
      potential: e.potential.score!,
      performanceGap: round6(pt.high - e.performance.score!),
      potentialGap: round6(qt.high - e.potential.score!),
    }))
    .sort((a, b) => a.performanceGap + a.potentialGap - (b.performanceGap + b.potentialGap) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));

  // ---- leniency ----
  const unitScan = leniencyScan(mappedByUnit, poolBoxes, o.minGroup, mapped);
  let raters: LeniencyScan | null = null;
  const raterColumn = attributes?.atasanColumn ?? null;
  if (attributes && raterColumn !== null) {
    const byRater = new Map<string, Employee[]>();
    for (const e of mapped) {
      const r = attributes.atasan.get(e.index);
      if (r === undefined) continue;
      const l = byRater.get(r) ?? [];
      l.push(e);
      byRater.set(r, l);
    }
    raters = leniencyScan(byRater, poolBoxes, o.minGroup, mapped);
  }

  // ---- fairness ----
  const sexSource = { column: 0, nip: 0, mismatch: 0 };
  const sexOf = new Map<number, 'L' | 'P' | null>();
  // a handful of distinct values over many rows: read each once
  const sexText = new Map<string, 'L' | 'P' | null>();
  const golText = new Map<string, ReturnType<typeof golonganGroup>>();
  const golOf = (e: Employee) => {
    const k = `${e.jenisPegawai}\u0000${e.golongan}`;
    let g = golText.get(k);
    if (g === undefined) {
      g = golonganGroup(e);
      golText.set(k, g);
    }
    return g;
  };
  for (const e of employees) {
    const raw = attributes?.jenisKelamin.get(e.index);
    let fromCol: 'L' | 'P' | null = null;
    if (raw !== undefined) {
      fromCol = sexText.get(raw) ?? null;
      if (!sexText.has(raw)) {
        fromCol = sexFromText(raw);
        sexText.set(raw, fromCol);
      }
    }
    const fromNip = sexFromNip(e);
    if (fromCol !== null) sexSource.column++;
    else if (fromNip !== null) sexSource.nip++;
    if (fromCol !== null && fromNip !== null && fromCol !== fromNip) sexSource.mismatch++;
    sexOf.set(e.index, fromCol ?? fromNip);
  }
  const dimensions: FairnessDimension[] = [
    fairnessDimension('sex', ['L', 'P'], employees, (e) => sexOf.get(e.index) ?? null, poolBoxes, o.minGroup),
    fairnessDimension('ageBand', AGE_BANDS, employees, (e) => ageBand(e.birthDate, o.asOf), poolBoxes, o.minGroup),
    fairnessDimension('golongan', GOLONGAN_GROUPS, employees, golOf, poolBoxes, o.minGroup),
  ];

  return {
    options,
    year,
    employees: employees.length,
    mapped: mapped.length,
    poolBoxes: [...poolBoxes].sort((a, b) => a - b),
    distribution: {
      orgPredikat: o.orgPredikat,
      rules,
      agency: agencyRow,
      units: unitRows,
      suppressed: unitRowsAll.length - unitRows.length,
      legacy,
      ceilings,
      spread,
    },
    near: {
      distance: o.near,
      employees: nearList,
      performance: nearList.filter((x) => x.performance).length,
      potential: nearList.filter((x) => x.potential).length,
      poolBoundary: nearList.filter((x) => x.poolBoundary).length,
      topBand: o.topBand,
      box5Top,
      box5: box5.length,
    },
    leniency: { units: unitScan, raters, raterColumn },
    fairness: { dimensions, sexSource },
  };
}

/**
 * The audit as it appears in JSON (`talenta audit --json`, and under `"audit"` in the classify
 * document): codes and numbers only, shares as 0..1, suppressed groups without numbers.
 */
export function auditJson(a: Audit, opts: { listLimit?: number } = {}) {
  const limit = opts.listLimit;
  // per-employee lists grow with the agency: a document that must stay small lists the first
  // `limit` of each (the counts stay whole; the workbook and `talenta audit --json` list all)
  const near =
    limit === undefined || (a.near.employees.length <= limit && a.near.box5Top.length <= limit)
      ? a.near
      : {
          ...a.near,
          employees: a.near.employees.slice(0, limit),
          box5Top: a.near.box5Top.slice(0, limit),
          listLimit: limit,
          employeesTotal: a.near.employees.length,
          box5TopTotal: a.near.box5Top.length,
        };
  return {
    options: a.options,
    year: a.year,
    employees: a.employees,
    mapped: a.mapped,
    poolBoxes: a.poolBoxes,
    distribution: a.distribution,
    near,
    leniency: a.leniency,
    fairness: a.fairness,
  };
}
