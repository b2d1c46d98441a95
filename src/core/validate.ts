/** `talenta validate`: data-quality findings grouped by code (pure). */
import { UNCHECKED_NOTE, type PreparedInputs } from './classify.js';
import type { ClassifyResult, Issue, Role, Severity } from './types.js';
import { columnLetter } from './values.js';

interface FindingGroup {
  code: string;
  severity: Severity;
  count: number;
  /** the first few findings of this code, in input order */
  examples: Issue[];
}

/** Which header went to which field of a table, the columns left unread, the fields not found. */
interface ColumnMapping {
  /** role.field → header text, for the roles the table was given */
  mapped: { field: string; header: string; column: string }[];
  /** headers no field of the table's roles reads */
  ignored: string[];
  /** fields the profile would read but did not find, with the rules they feed */
  missing: { field: string; rules: string[] }[];
}

export interface ValidationReport {
  tables: { file: string; sheet: string | null; roles: Role[]; headerRow: number | null; rows: number; columns?: ColumnMapping }[];
  missing: Role[];
  groups: FindingGroup[];
  roster: { rows: number; employees: number; mapped: number; share: number | null };
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/**
 * What each field feeds (rule codes, or what the report uses it for): a missing field is listed
 * with these. Fields not named here are read when present and feed no rule.
 */
const FIELD_RULES: Partial<Record<Role, Record<string, string[]>>> = {
  roster: {
    nama: ['LAPORAN'],
    tanggal_lahir: ['MENDEKATI_BUP'],
    jenis_pegawai: ['BUKAN_PNS'],
    kedudukan_hukum: ['TIDAK_AKTIF'],
    eselon: ['JENJANG', 'MENDEKATI_BUP'],
    jenis_jabatan: ['JENJANG'],
    jabatan: ['JENJANG'],
    unor_induk: ['PERINGKAT_UNIT'],
  },
  cact: { jpm_potensi: ['SKOR_POTENSIAL'], jpm_kompetensi: ['SKOR_POTENSIAL'], tanggal_tes: ['CACT_KEDALUWARSA'] },
  skp: { predikat: ['SKOR_KINERJA'], jenis: ['SKP_PERIODIK'] },
  hukdis: {},
};

function columnMapping(t: PreparedInputs['tables'][number]): ColumnMapping | undefined {
  if (t.headerIndex === null || t.roles.length === 0) return undefined;
  const mapped: ColumnMapping['mapped'] = [];
  const used = new Set<number>();
  for (const role of t.roles) {
    for (const [field, col] of Object.entries(t.columns[role] ?? {})) {
      used.add(col);
      mapped.push({ field: `${role}.${field}`, header: t.headers[col] ?? '', column: columnLetter(col) });
    }
  }
  mapped.sort((a, b) => a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  const ignored = t.headers.filter((h, i) => h !== '' && !used.has(i));
  const missing: ColumnMapping['missing'] = [];
  for (const role of t.roles) {
    for (const [field, rules] of Object.entries(FIELD_RULES[role] ?? {})) {
      if (t.columns[role]?.[field] === undefined) missing.push({ field: `${role}.${field}`, rules });
    }
  }
  return { mapped, ignored, missing };
}

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
  const groups = [...byCode.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.count - a.count || (a.code < b.code ? -1 : 1));
  const s = result.summary;
  return {
    tables: result.inputs.map((t, i) => {
      const columns = prepared.tables[i] ? columnMapping(prepared.tables[i]) : undefined;
      return { file: t.file, sheet: t.sheet, roles: t.roles, headerRow: t.headerRow, rows: t.rows, ...(columns ? { columns } : {}) };
    }),
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

/**
 * Employees in boxes 7–9 per talent-pool rule that could not be checked (their notes
 * TIDAK_DIPERIKSA:<rule>), for the terminal. One pass over the employees, shared note lists.
 */
export function uncheckedRuleCounts(result: ClassifyResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of result.employees) {
    const notes = e.notes;
    for (let k = 0; k < notes.length; k++) {
      const n = notes[k]!;
      if (n.startsWith(UNCHECKED_NOTE)) {
        const rule = n.slice(UNCHECKED_NOTE.length);
        out[rule] = (out[rule] ?? 0) + 1;
      }
    }
  }
  return out;
}

/** A table most of whose rows could not be used: its rows, the unusable ones and the commonest reason. */
export interface UnusableTable {
  file: string;
  sheet: string | null;
  rows: number;
  unusable: number;
  code: string;
}

/** Row-level findings that make an assessment or roster row unusable as a whole. */
const UNUSABLE_CODES = new Set([
  'NIP_ANGKA',
  'NIP_KOSONG',
  'NIP_FORMAT',
  'NIP_TIDAK_DI_ROSTER',
  'NIP_TANGGAL_LAHIR',
  'NIP_TMT',
  'NIP_JENIS_KELAMIN',
  'NIP_URUTAN',
  'TAHUN_TIDAK_VALID',
]);

/**
 * Tables of at least `minRows` rows of which more than half could not be used (a CACT sheet
 * whose NIPs became numbers): classify says so in one line. Once per table, from the findings.
 */
export function mostlyUnusableTables(result: ClassifyResult, minRows = 5): UnusableTable[] {
  const key = (file: string | null, sheet: string | null) => `${file ?? ''}\u0000${sheet ?? ''}`;
  const counts = new Map<string, Map<string, number>>();
  for (const i of result.issues) {
    if (i.row === null || !UNUSABLE_CODES.has(i.code)) continue;
    const k = key(i.file, i.sheet);
    let m = counts.get(k);
    if (!m) counts.set(k, (m = new Map<string, number>()));
    m.set(i.code, (m.get(i.code) ?? 0) + 1);
  }
  const out: UnusableTable[] = [];
  for (const t of result.inputs) {
    if (t.roles.length === 0 || t.rows < minRows) continue;
    const m = counts.get(key(t.file, t.sheet));
    if (!m) continue;
    let unusable = 0;
    let code = '';
    let best = 0;
    for (const [c, n] of m) {
      unusable += n;
      if (n > best) [best, code] = [n, c];
    }
    if (unusable * 2 > t.rows) out.push({ file: t.file, sheet: t.sheet, rows: t.rows, unusable: Math.min(unusable, t.rows), code });
  }
  return out;
}
