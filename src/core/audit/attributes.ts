/**
 * Per-employee values the audit reads from the input tables that the classifier does not keep:
 * JENIS KELAMIN (when the result does not carry it) and the rater (atasan / pejabat penilai).
 *
 * A per-row collector: `addTable` is given a table's recognised header (the columns the profile's
 * headers found), `addRow` each data row as it is read — a streaming reader can feed it and drop
 * the row — and `result` maps what was kept (one short text per row, only for the columns the
 * audit reads) onto the employees. `auditAttributes` does the same over prepared tables.
 */
import type { PreparedInputs } from '../classify.js';
import type { Profile } from '../profile.js';
import type { ColumnMap } from '../tables.js';
import { forEachDataRow } from '../tables.js';
import type { Cell, ClassifyResult, Employee, Role } from '../types.js';
import { latestSkpSource } from '../employee-read.js';
import { cellText, normHeader } from '../values.js';
import { ATASAN_HEADERS } from './policy.js';
import type { AuditAttributes } from './types.js';

/** What the collector needs of a recognised table (src/core/tables.ts RecognisedTable has it). */
interface AuditTableHeader {
  file: string;
  sheet: string | null;
  roles: readonly Role[];
  headers: readonly string[];
  columns: ColumnMap;
}

/** A table the collector reads from (returned by `addTable`). */
interface AuditTableSlot {
  readonly id: number;
}

export interface AuditAttributeCollector {
  /** A table's header: the slot to feed its rows to, or null when it holds nothing the audit reads. */
  addTable(t: AuditTableHeader): AuditTableSlot | null;
  /** One data row of a table (its source row number, as in Employee.source.row). */
  addRow(slot: AuditTableSlot, row: readonly Cell[], rowNumber: number): void;
  /** The attributes of each employee (by Employee.index). */
  result(employees: readonly Employee[]): AuditAttributes;
}

export interface CollectorOptions {
  /** read JENIS KELAMIN from the roster (default true; false when the result carries it per employee) */
  jenisKelamin?: boolean;
}

/**
 * The rater's header names: the profile's own (`headers.skp.atasan`, `headers.roster.atasan`, when
 * it declares them) first, then the usual e-Kinerja / SKP export headers.
 */
function atasanHeaders(profile?: Profile): string[] {
  const own = profile ? [...(profile.headers.skp['atasan'] ?? []), ...(profile.headers.roster['atasan'] ?? [])] : [];
  return [...new Set([...own, ...ATASAN_HEADERS].map((h) => normHeader(h)))];
}

const tableKey = (file: string, sheet: string | null) => `${file}\u0000${sheet ?? ''}`;

interface Slot {
  id: number;
  key: string;
  jkCol: number | undefined;
  atasanCol: number;
  jk: Map<number, string>;
  atasan: Map<number, string>;
}

export function createAuditAttributeCollector(profile?: Profile, opts: CollectorOptions = {}): AuditAttributeCollector {
  const wanted = atasanHeaders(profile);
  const readJk = opts.jenisKelamin ?? true;
  const slots: Slot[] = [];
  const byKey = new Map<string, Slot>();
  let atasanColumn: string | null = null;
  // a handful of raters over many rows: keep one copy of each text
  const interned = new Map<string, string>();
  const intern = (v: string) => {
    const got = interned.get(v);
    if (got !== undefined) return got;
    interned.set(v, v);
    return v;
  };
  return {
    addTable(t) {
      const isRoster = t.roles.includes('roster');
      const isSkp = t.roles.includes('skp');
      if (!isRoster && !isSkp) return null;
      const normalized = t.headers.map((h) => normHeader(h));
      let atasanCol = -1;
      for (const w of wanted) {
        atasanCol = normalized.indexOf(w);
        if (atasanCol >= 0) break;
      }
      const jkCol = isRoster && readJk ? t.columns.roster?.jenis_kelamin : undefined;
      if (jkCol === undefined && atasanCol < 0) return null;
      if (atasanCol >= 0 && atasanColumn === null) atasanColumn = t.headers[atasanCol] ?? null;
      const key = tableKey(t.file, t.sheet);
      const slot: Slot = { id: slots.length, key, jkCol, atasanCol, jk: new Map(), atasan: new Map() };
      slots.push(slot);
      // one file and sheet read twice (two roles): the first slot is the one looked up
      if (!byKey.has(key)) byKey.set(key, slot);
      return { id: slot.id };
    },
    addRow(handle, row, rowNumber) {
      const s = slots[handle.id]!;
      if (s.jkCol !== undefined) {
        const v = cellText(row[s.jkCol] ?? null);
        if (v !== '') s.jk.set(rowNumber, intern(v));
      }
      if (s.atasanCol >= 0) {
        const v = cellText(row[s.atasanCol] ?? null).replace(/^'/, '');
        if (v !== '') s.atasan.set(rowNumber, intern(v));
      }
    },
    result(employees) {
      const jenisKelamin = new Map<number, string>();
      const atasan = new Map<number, string>();
      // nothing to read (no table with either column): no pass over the employees
      const anyJk = slots.some((s) => s.jkCol !== undefined);
      const anyAtasan = slots.some((s) => s.atasanCol >= 0);
      if (!anyJk && !anyAtasan) return { jenisKelamin, atasan, atasanColumn: null };
      const at = (file: string, sheet: string | null, row: number, what: 'jk' | 'atasan') => byKey.get(tableKey(file, sheet))?.[what].get(row);
      for (const e of employees) {
        const source = e.source;
        if (anyJk) {
          const v = at(source.file, source.sheet, source.row, 'jk');
          if (v !== undefined) jenisKelamin.set(e.index, v);
        }
        if (!anyAtasan) continue;
        // the rater of the SKP row of the latest year, else of the roster row
        const latest = latestSkpSource(e);
        const fromSkp = latest ? at(latest.file, latest.sheet, latest.row, 'atasan') : undefined;
        const a = fromSkp ?? at(source.file, source.sheet, source.row, 'atasan');
        if (a !== undefined) atasan.set(e.index, a);
      }
      return { jenisKelamin, atasan, atasanColumn: atasan.size > 0 ? atasanColumn : null };
    },
  };
}

/**
 * JENIS KELAMIN (roster) and the rater (an atasan column of the SKP row of the latest year, else
 * of the roster) for each employee, read from the prepared input tables through the collector —
 * streamed tables too, so call it before the rows are released. A result that carries JENIS
 * KELAMIN per employee (the classifier keeps it) is not read a second time from the roster.
 * Without a profile, the rater is read under the usual export headers only (ATASAN_HEADERS).
 */
export function auditAttributes(prepared: PreparedInputs, result: ClassifyResult, profile?: Profile): AuditAttributes {
  const carried = result.employees.length > 0 && result.employees[0]!.jenisKelamin !== undefined;
  const c = createAuditAttributeCollector(profile, { jenisKelamin: !carried });
  for (const t of prepared.tables) {
    if (t.headerIndex === null) continue;
    const slot = c.addTable({ file: t.raw.file, sheet: t.raw.sheet, roles: t.roles, headers: t.headers, columns: t.columns });
    if (slot) forEachDataRow(t, (row, n) => c.addRow(slot, row, n));
  }
  const got = c.result(result.employees);
  if (!carried) return got;
  const jenisKelamin = new Map<number, string>();
  for (const e of result.employees) if (e.jenisKelamin) jenisKelamin.set(e.index, e.jenisKelamin);
  return { ...got, jenisKelamin };
}
