/**
 * The audit's types: its options, the per-employee attributes it reads from the inputs, and the
 * typed result (src/core/audit/build.ts builds it).
 */
import type { Predikat } from '../profile.js';

/** Predikat kinerja organisasi (PermenPANRB 6/2022), which sets the distribution guidance. */
export type OrgPredikat = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

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

/** Per-employee values read from the input tables (by Employee.index). */
export interface AuditAttributes {
  jenisKelamin: Map<number, string>;
  /** the rater (atasan / pejabat penilai), as NIP or name */
  atasan: Map<number, string>;
  /** the header the rater was read from, or null when no input has one */
  atasanColumn: string | null;
}

export interface GuidanceRule {
  /** stable id, e.g. `BAIK_MAX_70` */
  id: string;
  predikat: Predikat[];
  /** maxShare: share ≤ value; minShare: share ≥ value; minCount: count ≥ value; maxCount: count ≤ value */
  kind: 'maxShare' | 'minShare' | 'minCount' | 'maxCount';
  value: number;
}

/** PermenPANRB 6/2022, distribution of the annual predikat by the organisation's predikat (docs/rules.md §11.1). */

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
