/**
 * What every input role's reader of a classification shares: the profile and reference date, the
 * employee table, the findings, a cell by field name, and the roster's NIP index that assessment
 * rows join to. Pure (no fs, no console, no clock).
 */
import type { Profile } from '../profile.js';
import type { EmployeeTable } from '../employee-table.js';
import type { RecognisedTable } from '../tables.js';
import type { Cell, Issue, IssueCode, Role, Severity, SourceRef } from '../types.js';
import { cleanNip, columnLetter, isScientific, splitNipName } from '../values.js';
import { NipIndex } from '../nip-index.js';

/** One input row as it is being read: its table, its cells and its row number in the source. */
export interface RowCtx {
  table: RecognisedTable;
  row: Cell[];
  rowNumber: number;
}

/** The cells of a row context kept for later messages (the row itself is gone). */
export const NO_ROW: Cell[] = [];

export type AssessmentRole = Exclude<Role, 'roster'>;

export class RunContext {
  readonly asOfYear: number;
  readonly inputRules: Profile['inputRules'];
  readonly issues: Issue[] = [];
  /** rows read per table (its first role) */
  readonly rowsRead = new Map<RecognisedTable, number>();
  readonly inputRows: Record<Role, number> = { roster: 0, cact: 0, skp: 0, hukdis: 0 };
  /** assessment rows that could not be joined to the roster */
  readonly unmatched = { cact: 0, skp: 0, hukdis: 0 };
  /** NIP → the first employee with it (the one its assessment rows are linked to) */
  readonly byNip = new NipIndex();
  private readonly tableNo: Map<RecognisedTable, number>;

  constructor(
    readonly tables: readonly RecognisedTable[],
    readonly profile: Profile,
    readonly asOf: string,
    readonly table: EmployeeTable,
  ) {
    this.asOfYear = Number(asOf.slice(0, 4));
    this.inputRules = profile.inputRules;
    this.tableNo = new Map(tables.map((t, i) => [t, i]));
  }

  /** the index of a table among the prepared tables */
  indexOf(t: RecognisedTable): number {
    return this.tableNo.get(t)!;
  }

  /** a kept row of an input table: its table and row number, without the cells */
  ctxAt(tableNo: number, rowNumber: number): RowCtx {
    return { table: this.tables[tableNo]!, row: NO_ROW, rowNumber };
  }

  src(c: RowCtx): SourceRef {
    return { file: c.table.raw.file, sheet: c.table.raw.sheet, row: c.rowNumber };
  }

  /** the cell of `field` (of `role`) in the row, null when the table has no such column */
  get(c: RowCtx, role: Role, field: string): Cell {
    const col = c.table.columns[role]?.[field];
    if (col === undefined) return null;
    return c.row[col] ?? null;
  }

  private colName(t: RecognisedTable, role: Role, field: string): string | null {
    const col = t.columns[role]?.[field];
    return col === undefined ? null : (t.headers[col] ?? null);
  }

  /** A finding about one cell (or row): where it is, its value, and the message's parameters. */
  report(severity: Severity, code: IssueCode, c: RowCtx | null, role: Role | null, field: string | null, value: Cell, params?: Record<string, string | number>): void {
    const t = c?.table ?? null;
    const colIdx = t && role && field ? t.columns[role]?.[field] : undefined;
    this.issues.push({
      severity,
      code,
      file: t ? t.raw.file : null,
      sheet: t ? t.raw.sheet : null,
      row: c ? c.rowNumber : null,
      column: t && role && field ? this.colName(t, role, field) : null,
      value: value === null || value === undefined ? null : String(value),
      ...(colIdx !== undefined && c ? { cell: `${columnLetter(colIdx)}${c.rowNumber}` } : {}),
      ...(params ? { params } : {}),
    });
  }

  /** A finding about a whole table, said once on its header row. */
  tableIssue(t: RecognisedTable, severity: Severity, code: IssueCode, params: Record<string, string | number>): void {
    this.issues.push({
      severity,
      code,
      file: t.raw.file,
      sheet: t.raw.sheet,
      row: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
      column: null,
      value: null,
      params,
    });
  }

  /** the headers the profile accepts for a field, for messages */
  accepted(role: Role, field: string): string {
    return (this.profile.headers[role][field] ?? []).join(', ');
  }

  /** Join an assessment row to the roster; report and count it when it cannot be joined. */
  joinKey(c: RowCtx, role: AssessmentRole): number | null {
    this.inputRows[role]++;
    let cell = this.get(c, role, 'nip');
    const split = splitNipName(cell);
    if (split) {
      this.report('warning', 'NIP_DENGAN_NAMA', c, role, 'nip', cell, { nip: split.nip });
      cell = split.nip;
    }
    if (typeof cell === 'string' && cell.length === 18) {
      const head = this.byNip.get(cell);
      if (head !== undefined) return head;
    }
    if (typeof cell === 'number' || isScientific(cell)) {
      this.unmatched[role]++;
      this.report('error', 'NIP_ANGKA', c, role, 'nip', cell);
      return null;
    }
    const nip = cleanNip(cell);
    if (nip === '') {
      this.unmatched[role]++;
      this.report('error', 'NIP_KOSONG', c, role, 'nip', cell);
      return null;
    }
    const head = this.byNip.get(nip);
    if (head === undefined) {
      this.unmatched[role]++;
      this.report('warning', 'NIP_TIDAK_DI_ROSTER', c, role, 'nip', cell, { table: role });
      return null;
    }
    return head;
  }
}

/** A count per table (rows of a kind a table-level finding reports). */
export class TableCounts {
  private readonly counts = new Map<RecognisedTable, number>();
  bump(t: RecognisedTable): void {
    this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }
  entries(): IterableIterator<[RecognisedTable, number]> {
    return this.counts.entries();
  }
}
