/** The SKP rows (e-Kinerja): usable rows as number columns, linked per employee. */
import type { Predikat } from '../profile.js';
import { evaluateSkpRow, type SkpCandidate } from '../performance.js';
import { link, RowColumns } from '../row-columns.js';
import { cellText, foldText, parseNumber, parseYear } from '../values.js';
import { TableCounts, type RowCtx, type RunContext } from './context.js';

const VIAS = ['predikat', 'matrix', 'legacy'] as const;

export interface SkpRow {
  cand: SkpCandidate;
  ctx: RowCtx;
}

export class SkpReader {
  /** per SKP table: periodic (monthly, quarterly) rows set aside */
  readonly periodicRows = new TableCounts();
  /** per SKP table without a TAHUN column: its rows (none can be placed in a year) */
  readonly withoutYear = new TableCounts();
  /** per employee (head): the years that have periodic rows (for the warning) */
  readonly periodicYears = new Map<number, number[]>();

  private readonly predikats: Predikat[];
  /** the canonical spelling of each predikat (its first alias), for messages */
  private readonly predikatNames: Record<Predikat, string>;
  // year, predikat, via, table, row
  private readonly rows = new RowColumns(['i32', 'i32', 'i32', 'i32', 'i32']);
  /** periodic e-Kinerja rows: year, predikat, via, table, row, period; kept only when the profile may use them */
  private readonly periodic = new RowColumns(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  /** per employee: the first / last of its rows (-1 none), by the NIP's first employee */
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  private periodicHead = new Int32Array(0);
  private periodicTail = new Int32Array(0);
  /** the period of a row: 0 for an annual row, 1–12 (the month or the quarter's last month) for a periodic one */
  private readonly periodCache = new Map<string, number>();

  constructor(private readonly ctx: RunContext) {
    const profile = ctx.profile;
    this.predikats = Object.keys(profile.performance.scores) as Predikat[];
    this.predikatNames = Object.fromEntries(this.predikats.map((p) => [p, profile.performance.predikatAliases[p]?.[0] ?? p])) as Record<Predikat, string>;
  }

  /** The roster is complete: `n` employees. */
  open(n: number): void {
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    if (this.ctx.inputRules.periodicOnlyYear === 'latestPeriod') {
      this.periodicHead = new Int32Array(n).fill(-1);
      this.periodicTail = new Int32Array(n).fill(-1);
    }
  }

  private periodOf(c: RowCtx): number {
    const jenis = cellText(this.ctx.get(c, 'skp', 'jenis'));
    const bulan = cellText(this.ctx.get(c, 'skp', 'bulan'));
    const key = `${jenis}\u0000${bulan}`;
    let p = this.periodCache.get(key);
    if (p === undefined) {
      const f = foldText(jenis);
      const m = parseNumber(bulan);
      const month = m !== null && Number.isInteger(m) && m >= 1 && m <= 12 ? m : null;
      if (/tahunan|annual/.test(f)) p = 0;
      else if (/periodik|bulanan|triwulan|kuartal|semester|periodic|monthly|quarter/.test(f)) p = month ?? 1;
      else p = month ?? 0; // no JENIS: a month 1–12 makes the row periodic; blank, 0 or 13 is the annual row
      if (this.periodCache.size < 4096) this.periodCache.set(key, p);
    }
    return p;
  }

  add(c: RowCtx): void {
    const { ctx } = this;
    const profile = ctx.profile;
    const head = ctx.joinKey(c, 'skp');
    if (head === null) return;
    if (c.table.columns.skp?.tahun === undefined) {
      // an SKP table (named by the user) without a TAHUN column: one table-level finding, not one per row
      this.withoutYear.bump(c.table);
      return;
    }
    const tahun = ctx.get(c, 'skp', 'tahun');
    const year = parseYear(tahun);
    if (year === null) {
      ctx.report('error', 'TAHUN_TIDAK_VALID', c, 'skp', 'tahun', tahun);
      return;
    }
    const values = {
      year,
      predikat: ctx.get(c, 'skp', 'predikat'),
      hasil: ctx.get(c, 'skp', 'rating_hasil_kerja'),
      perilaku: ctx.get(c, 'skp', 'rating_perilaku_kerja'),
      nilai: ctx.get(c, 'skp', 'nilai'),
    };
    const period = c.table.columns.skp?.jenis === undefined && c.table.columns.skp?.bulan === undefined ? 0 : this.periodOf(c);
    if (period > 0) {
      // the annual row decides the year; a periodic row is set aside (counted, said once per table)
      this.periodicRows.bump(c.table);
      const years = this.periodicYears.get(head);
      if (!years) this.periodicYears.set(head, [year]);
      else if (!years.includes(year)) years.push(year);
      if (ctx.inputRules.periodicOnlyYear !== 'latestPeriod') return;
      const po = evaluateSkpRow(values, profile);
      if (!po.ok) return;
      const r = this.periodic.push([year, this.predikats.indexOf(po.predikat), VIAS.indexOf(po.via), ctx.indexOf(c.table), c.rowNumber, period]);
      link(this.periodicHead, this.periodicTail, this.periodic, head, r);
      return;
    }
    const out = evaluateSkpRow(values, profile);
    if (out.ok && out.predikatUnread) {
      ctx.report('warning', 'PREDIKAT_DARI_RATING', c, 'skp', 'predikat', values.predikat, { year, predikat: this.predikatNames[out.predikat] });
    }
    if (!out.ok) {
      ctx.report(out.code === 'SKP_KOSONG' ? 'warning' : 'error', out.code, c, 'skp', out.field, out.value, {
        year,
        ...(out.params ?? {}),
      });
      return;
    }
    const r = this.rows.push([year, this.predikats.indexOf(out.predikat), VIAS.indexOf(out.via), ctx.indexOf(c.table), c.rowNumber]);
    link(this.head, this.tail, this.rows, head, r);
  }

  /** The SKP rows of an employee (by the NIP's first employee), as candidates with their rows. */
  rowsOf(head: number | undefined): SkpRow[] {
    const out: SkpRow[] = [];
    if (head === undefined) return out;
    const rows = this.rows;
    for (let r = this.head[head]!; r >= 0; r = rows.next[r]!) {
      const ctx = this.ctx.ctxAt(rows.get(r, 3), rows.get(r, 4));
      out.push({
        cand: { year: rows.get(r, 0), predikat: this.predikats[rows.get(r, 1)]!, via: VIAS[rows.get(r, 2)]!, source: this.ctx.src(ctx) },
        ctx,
      });
    }
    return out;
  }

  /** the periodic row of the latest period of a year (the last one read on a tie) */
  latestPeriodic(head: number, year: number): SkpRow | null {
    const p = this.periodic;
    let best = -1;
    for (let r = this.periodicHead[head] ?? -1; r >= 0; r = p.next[r]!) {
      if (p.get(r, 0) === year && (best < 0 || p.get(r, 5) >= p.get(best, 5))) best = r;
    }
    if (best < 0) return null;
    const ctx = this.ctx.ctxAt(p.get(best, 3), p.get(best, 4));
    return {
      cand: { year, predikat: this.predikats[p.get(best, 1)]!, via: VIAS[p.get(best, 2)]!, source: this.ctx.src(ctx) },
      ctx,
    };
  }

  /**
   * The years of the appraisal window, latest first: from `year` (--year) or the latest SKP year
   * read that is not after the reference date, one per profile year weight.
   */
  windowYears(year: number | null | undefined): number[] {
    const { asOfYear, profile } = this.ctx;
    let lastYear = year ?? null;
    if (lastYear === null) {
      for (let r = 0; r < this.rows.n; r++) {
        const y = this.rows.get(r, 0);
        if (y <= asOfYear && (lastYear === null || y > lastYear)) lastYear = y;
      }
    }
    return profile.performance.yearWeights.map((_, i) => (lastYear ?? asOfYear) - i);
  }
}
