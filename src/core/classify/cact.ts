/** The CACT rows (BKN's profiling and assessment results): usable rows as number columns, linked per employee. */
import { parseKategori } from '../potential.js';
import { link, RowColumns } from '../row-columns.js';
import type { PotentialLevel } from '../types.js';
import { isBlank, parseDateInfo, parseNumber } from '../values.js';
import { TableCounts, type RowCtx, type RunContext } from './context.js';

export interface CactRow {
  ctx: RowCtx;
  potensi: number | null;
  kompetensi: number | null;
  parts: (number | null)[];
  kategori: PotentialLevel | null;
  tanggal: string | null;
}

const KATEGORI: readonly (PotentialLevel | null)[] = [null, 'RENDAH', 'MENENGAH', 'TINGGI'];
const nanOrNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

export class CactReader {
  /** per CACT table: usable rows without a test date */
  readonly undated = new TableCounts();
  // potensi, kompetensi, the three parts (NaN = none), kategori, test date, table, row
  private readonly rows = new RowColumns(['f64', 'f64', 'f64', 'f64', 'f64', 'i32', 'i32', 'i32', 'i32']);
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  /** test dates, one code per distinct date (0 = none) */
  private readonly dates: (string | null)[] = [null];
  private readonly dateCode = new Map<string, number>();

  constructor(private readonly ctx: RunContext) {}

  /** The roster is complete: `n` employees. */
  open(n: number): void {
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
  }

  private codeOfDate(d: string | null): number {
    if (d === null) return 0;
    let k = this.dateCode.get(d);
    if (k === undefined) {
      k = this.dates.length;
      this.dates.push(d);
      this.dateCode.set(d, k);
    }
    return k;
  }

  private jpm(c: RowCtx, field: string): number | null {
    const v = this.ctx.get(c, 'cact', field);
    if (isBlank(v)) return null;
    const n = parseNumber(v);
    if (n === null || n < 0 || n > 200) {
      this.ctx.report('error', 'JPM_TIDAK_VALID', c, 'cact', field, v);
      return null;
    }
    return n;
  }

  add(c: RowCtx): void {
    const { ctx } = this;
    const t = c.table;
    const head = ctx.joinKey(c, 'cact');
    if (head === null) return;
    const kv = ctx.get(c, 'cact', 'kategori');
    let kategori: PotentialLevel | null = null;
    if (!isBlank(kv)) {
      kategori = parseKategori(kv, ctx.profile);
      if (!kategori) ctx.report('error', 'KATEGORI_TIDAK_DIKENAL', c, 'cact', 'kategori', kv);
    }
    const tv = ctx.get(c, 'cact', 'tanggal_tes');
    let tanggal: string | null = null;
    if (!isBlank(tv)) {
      const d = parseDateInfo(tv, t.raw.date1904, ctx.inputRules.yearOnlyDate, t.raw.fromWorkbook);
      tanggal = d ? d.iso : null;
      if (!tanggal) ctx.report('warning', 'TANGGAL_TES_TIDAK_VALID', c, 'cact', 'tanggal_tes', tv);
      else if (tanggal > ctx.asOf) ctx.report('warning', 'TANGGAL_TES_MASA_DEPAN', c, 'cact', 'tanggal_tes', tv, { asOf: ctx.asOf });
      if (d?.yearOnly) ctx.report('warning', 'TANGGAL_HANYA_TAHUN', c, 'cact', 'tanggal_tes', tv, { date: d.iso });
    }
    const potensi = this.jpm(c, 'jpm_potensi');
    const kompetensi = this.jpm(c, 'jpm_kompetensi');
    const parts = [this.jpm(c, 'jpm_mansoskul'), this.jpm(c, 'jpm_litdig'), this.jpm(c, 'jpm_emskil')];
    if (potensi === null && kompetensi === null && parts.every((p) => p === null) && !kategori) {
      // a wide roster row without assessment values is simply "no CACT"; a CACT row is reported
      if (!t.roles.includes('roster')) ctx.report('warning', 'CACT_KOSONG', c, 'cact', 'nip', ctx.get(c, 'cact', 'nip'));
      return;
    }
    if (tanggal === null) this.undated.bump(t);
    const r = this.rows.push([
      potensi ?? NaN,
      kompetensi ?? NaN,
      parts[0] ?? NaN,
      parts[1] ?? NaN,
      parts[2] ?? NaN,
      KATEGORI.indexOf(kategori),
      this.codeOfDate(tanggal),
      ctx.indexOf(t),
      c.rowNumber,
    ]);
    link(this.head, this.tail, this.rows, head, r);
  }

  /** The CACT rows of an employee (by the NIP's first employee), in input order. */
  rowsOf(head: number | undefined): CactRow[] {
    const out: CactRow[] = [];
    if (head === undefined) return out;
    const rows = this.rows;
    for (let r = this.head[head]!; r >= 0; r = rows.next[r]!) {
      out.push({
        ctx: this.ctx.ctxAt(rows.get(r, 7), rows.get(r, 8)),
        potensi: nanOrNull(rows.get(r, 0)),
        kompetensi: nanOrNull(rows.get(r, 1)),
        parts: [nanOrNull(rows.get(r, 2)), nanOrNull(rows.get(r, 3)), nanOrNull(rows.get(r, 4))],
        kategori: KATEGORI[rows.get(r, 5)]!,
        tanggal: this.dates[rows.get(r, 6)]!,
      });
    }
    return out;
  }
}
