/**
 * Reconciliation with an upstream box (e.g. a SIMATA BKN export): every disagreement between
 * the computed box and the upstream one, with the likely cause. Pure.
 */
import type { Profile } from './profile.js';
import type { Cell, ClassifyResult, Employee, Issue, PerformanceLevel, PotentialLevel, RawTable, SourceRef } from './types.js';
import { forEachDataRow, recogniseTable, type RecognisedTable } from './tables.js';
import { cellText, cleanNip, isBlank, normHeader, parseNumber } from './values.js';

export interface UpstreamBox {
  nip: string;
  box: number;
  source: SourceRef;
}

interface AxisCause {
  axis: 'potential' | 'performance';
  computedLevel: string | null;
  upstreamLevel: string;
  score: number | null;
  /** the cut-off nearest to the score that separates the two levels */
  cutoff: number | null;
  /** score − cut-off (negative: below it) */
  distance: number | null;
}

export interface Disagreement {
  nip: string;
  nama: string;
  computedBox: number | null;
  upstreamBox: number;
  source: SourceRef;
  /** not-mapped reasons when talenta could not place the employee */
  notMapped: string[];
  causes: AxisCause[];
}

export interface Reconciliation {
  compared: number;
  agree: number;
  disagree: Disagreement[];
  /** upstream rows whose NIP is not in the roster */
  notInRoster: number;
  /** roster employees without an upstream box */
  withoutUpstream: number;
  issues: Issue[];
}

/**
 * Whether a --reconcile table can be compared: a NIP column and an upstream-box column found, and
 * the headers each would accept (for the message when one is missing).
 */
export function upstreamColumns(table: RawTable | RecognisedTable, profile: Profile): { nip: boolean; box: boolean; nipHeaders: string; boxHeaders: string } {
  const t = 'raw' in table && 'columns' in table ? table : recogniseTable(table, profile);
  const wanted = new Set(profile.upstreamBoxHeaders.map(normHeader));
  return {
    nip: t.headerIndex !== null && t.columns.roster?.nip !== undefined,
    box: t.headerIndex !== null && t.headers.some((h) => wanted.has(normHeader(h))),
    nipHeaders: (profile.headers.roster.nip ?? []).join(', '),
    boxHeaders: profile.upstreamBoxHeaders.join(', '),
  };
}

/**
 * Read upstream boxes from any table whose headers carry a NIP and an upstream-box column.
 * Tables already recognised (the roster) are passed as they are; raw ones are recognised here.
 */
export function collectUpstream(tables: (RawTable | RecognisedTable)[], profile: Profile): { boxes: UpstreamBox[]; issues: Issue[] } {
  const boxes: UpstreamBox[] = [];
  const issues: Issue[] = [];
  for (const table of tables) {
    const t = 'raw' in table && 'columns' in table ? table : recogniseTable(table, profile);
    const raw = t.raw;
    const nipCol = t.columns.roster?.nip;
    const wanted = new Set(profile.upstreamBoxHeaders.map(normHeader));
    const boxCol = t.headers.findIndex((h) => wanted.has(normHeader(h)));
    if (t.headerIndex === null || nipCol === undefined || boxCol < 0) continue;
    forEachDataRow(t, (row, rowNumber) => {
      const v: Cell = row[boxCol] ?? null;
      if (isBlank(v)) return;
      const source = { file: raw.file, sheet: raw.sheet, row: rowNumber };
      const n = parseNumber(typeof v === 'string' ? v.replace(/^\s*(kotak|box)\s*/i, '') : v);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 9) {
        issues.push({
          severity: 'warning',
          code: 'KOTAK_HULU_TIDAK_VALID',
          file: raw.file,
          sheet: raw.sheet,
          row: source.row,
          column: t.headers[boxCol] ?? null,
          value: cellText(v),
        });
        return;
      }
      boxes.push({ nip: cleanNip(row[nipCol] ?? null), box: n, source });
    });
  }
  return { boxes, issues };
}

function levelsOfBox(box: number, profile: Profile): { pot: PotentialLevel; perf: PerformanceLevel } | null {
  for (const [pot, row] of Object.entries(profile.boxes)) {
    for (const [perf, b] of Object.entries(row)) if (b === box) return { pot: pot as PotentialLevel, perf: perf as PerformanceLevel };
  }
  return null;
}

const POT_ORDER: PotentialLevel[] = ['RENDAH', 'MENENGAH', 'TINGGI'];
const PERF_ORDER: PerformanceLevel[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

/** The cut-off between two adjacent-or-not levels nearest to the score. */
function nearestCutoff(score: number | null, from: number, to: number, t: { high: number; middle: number }): number | null {
  const cut = [t.middle, t.high]; // between 0|1 and 1|2
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const candidates = cut.slice(lo, hi);
  if (candidates.length === 0) return null;
  if (score === null) return candidates[0]!;
  return candidates.reduce((best, c) => (Math.abs(score - c) < Math.abs(score - best) ? c : best));
}

export function reconcile(result: ClassifyResult, upstream: UpstreamBox[], profile: Profile, issues: Issue[] = []): Reconciliation {
  const byNip = new Map<string, Employee>();
  for (const e of result.employees) if (e.nip && !byNip.has(e.nip)) byNip.set(e.nip, e);
  const seen = new Set<string>();
  const disagree: Disagreement[] = [];
  let compared = 0;
  let agree = 0;
  let notInRoster = 0;
  for (const u of upstream) {
    const e = byNip.get(u.nip);
    if (!e) {
      notInRoster++;
      continue;
    }
    if (seen.has(u.nip)) continue;
    seen.add(u.nip);
    compared++;
    if (e.box === u.box) {
      agree++;
      continue;
    }
    const causes: AxisCause[] = [];
    const up = levelsOfBox(u.box, profile);
    if (up && e.box !== null) {
      const potFrom = POT_ORDER.indexOf(e.potential.level!);
      const potTo = POT_ORDER.indexOf(up.pot);
      if (potFrom !== potTo) {
        const cutoff = e.potential.fromKategori ? null : nearestCutoff(e.potential.score, potFrom, potTo, profile.potential.thresholds);
        causes.push({
          axis: 'potential',
          computedLevel: e.potential.level,
          upstreamLevel: up.pot,
          score: e.potential.score,
          cutoff,
          distance: cutoff !== null && e.potential.score !== null ? round2(e.potential.score - cutoff) : null,
        });
      }
      const perfFrom = PERF_ORDER.indexOf(e.performance.level!);
      const perfTo = PERF_ORDER.indexOf(up.perf);
      if (perfFrom !== perfTo) {
        const cutoff = nearestCutoff(e.performance.score, perfFrom, perfTo, profile.performance.thresholds);
        causes.push({
          axis: 'performance',
          computedLevel: e.performance.level,
          upstreamLevel: up.perf,
          score: e.performance.score,
          cutoff,
          distance: cutoff !== null && e.performance.score !== null ? round2(e.performance.score - cutoff) : null,
        });
      }
    }
    disagree.push({
      nip: e.nip,
      nama: e.nama,
      computedBox: e.box,
      upstreamBox: u.box,
      source: u.source,
      notMapped: e.notMappedReasons,
      causes,
    });
  }
  const withoutUpstream = result.employees.filter((e) => e.nip && !seen.has(e.nip)).length;
  return { compared, agree, disagree, notInRoster, withoutUpstream, issues };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
