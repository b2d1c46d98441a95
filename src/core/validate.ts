/** `talenta validate`: data-quality findings grouped by code (pure). */
import type { PreparedInputs } from './classify.js';
import type { ClassifyResult, Issue, Role, Severity } from './types.js';

export interface FindingGroup {
  code: string;
  severity: Severity;
  count: number;
  /** the first few findings of this code, in input order */
  examples: Issue[];
}

export interface ValidationReport {
  tables: { file: string; sheet: string | null; roles: Role[]; headerRow: number | null; rows: number }[];
  missing: Role[];
  groups: FindingGroup[];
  roster: { rows: number; employees: number; mapped: number; share: number | null };
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function validationReport(prepared: PreparedInputs, result: ClassifyResult, examples = 3): ValidationReport {
  const byCode = new Map<string, FindingGroup>();
  for (const i of result.issues) {
    let g = byCode.get(i.code);
    if (!g) {
      g = { code: i.code, severity: i.severity, count: 0, examples: [] };
      byCode.set(i.code, g);
    }
    g.count++;
    if (g.examples.length < examples) g.examples.push(i);
  }
  const groups = [...byCode.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.count - a.count || (a.code < b.code ? -1 : 1),
  );
  const s = result.summary;
  return {
    tables: result.inputs.map((t) => ({ file: t.file, sheet: t.sheet, roles: t.roles, headerRow: t.headerRow, rows: t.rows })),
    missing: prepared.missing,
    groups,
    roster: {
      rows: s.rosterRows,
      employees: s.employees,
      mapped: s.mapped,
      share: s.rosterRows ? Math.round((10000 * s.mapped) / s.rosterRows) / 10000 : null,
    },
    counts: { ...s.issues, error: s.issues.error + prepared.missing.length },
  };
}
