/** The run's counts (ClassifyResult.summary) and what was read from each input table. */
import type { Profile } from './profile.js';
import { EXCLUSION_ORDER, NOT_MAPPED_ORDER } from './reasons.js';
import type { RecognisedTable } from './tables.js';
import type { Employee, InputSummary, Issue, Role, Severity, Summary } from './types.js';
import { ROLES } from './types.js';

export interface SummaryFacts {
  employees: readonly Employee[];
  pool: readonly number[];
  issues: readonly Issue[];
  profile: Profile;
  asOf: string;
  windowYears: readonly number[];
  rosterRows: number;
  duplicateRowsMerged: number;
  inputRows: Record<Role, number>;
  unmatched: Summary['unmatchedAssessmentRows'];
}

/** Boxes, reasons and issues counted; every mapped employee is in exactly one box. */
export function summarise(f: SummaryFacts): Summary {
  const grid: Record<string, number> = {};
  for (let b = 1; b <= 9; b++) grid[String(b)] = 0;
  const notMappedByReason: Record<string, number> = {};
  const excludedFromPoolByReason: Record<string, number> = {};
  let mapped = 0;
  for (const e of f.employees) {
    if (e.box !== null) {
      mapped++;
      grid[String(e.box)]!++;
      if (f.profile.talentPool.boxes.includes(e.box)) {
        for (const r of e.exclusions) excludedFromPoolByReason[r] = (excludedFromPoolByReason[r] ?? 0) + 1;
      }
    } else {
      for (const r of e.notMappedReasons) notMappedByReason[r] = (notMappedByReason[r] ?? 0) + 1;
    }
  }
  const issueCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of f.issues) issueCounts[i.severity]++;
  return {
    asOf: f.asOf,
    skpYears: [...f.windowYears].sort((a, b) => a - b),
    rosterRows: f.rosterRows,
    duplicateRowsMerged: f.duplicateRowsMerged,
    employees: f.employees.length,
    mapped,
    notMapped: f.employees.length - mapped,
    notMappedByReason: sortKeys(notMappedByReason, NOT_MAPPED_ORDER),
    grid,
    talentPool: f.pool.length,
    excludedFromPoolByReason: sortKeys(excludedFromPoolByReason, EXCLUSION_ORDER),
    inputRows: f.inputRows,
    unmatchedAssessmentRows: f.unmatched,
    issues: issueCounts,
  };
}

/** Per input table: its roles, header row, rows read and which header went to which field. */
export function describeInputs(tables: readonly RecognisedTable[], rowsRead: ReadonlyMap<RecognisedTable, number>): InputSummary[] {
  return tables.map((t) => {
    const columns: Record<string, string> = {};
    for (const role of ROLES) {
      if (!t.roles.includes(role)) continue;
      for (const [field, col] of Object.entries(t.columns[role] ?? {})) {
        columns[`${role}.${field}`] = t.headers[col] ?? '';
      }
    }
    return {
      file: t.raw.file,
      sheet: t.raw.sheet,
      roles: t.roles,
      headerRow: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
      rows: t.roles.length > 0 ? (rowsRead.get(t) ?? 0) : t.dataRows.length,
      columns,
    };
  });
}

/** Keys in the given order, then any others alphabetically. */
function sortKeys(rec: Record<string, number>, order: readonly string[]): Record<string, number> {
  const keys = Object.keys(rec).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
  });
  return Object.fromEntries(keys.map((k) => [k, rec[k]!]));
}
