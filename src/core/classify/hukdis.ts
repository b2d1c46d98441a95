/** The hukdis (disciplinary sanction) rows: few, kept per the NIP's first employee. */
import type { HukdisLevel } from '../pool-rules.js';
import { foldText, parseDateInfo } from '../values.js';
import type { RowCtx, RunContext } from './context.js';

export interface HukdisRow {
  level: HukdisLevel;
  tmt: string;
}

const NONE: readonly HukdisRow[] = Object.freeze([]);

export class HukdisReader {
  private readonly byHead = new Map<number, HukdisRow[]>();
  constructor(private readonly ctx: RunContext) {}

  add(c: RowCtx): void {
    const { ctx } = this;
    const t = c.table;
    const head = ctx.joinKey(c, 'hukdis');
    if (head === null) return;
    const tv = ctx.get(c, 'hukdis', 'tingkat');
    const f = foldText(tv);
    const level: HukdisLevel | null = f.includes('berat') ? 'BERAT' : f.includes('sedang') ? 'SEDANG' : f.includes('ringan') ? 'RINGAN' : null;
    if (!level) {
      ctx.report('error', 'HUKDIS_TINGKAT_TIDAK_DIKENAL', c, 'hukdis', 'tingkat', tv);
      return;
    }
    const mv = ctx.get(c, 'hukdis', 'tmt');
    const md = parseDateInfo(mv, t.raw.date1904, ctx.inputRules.yearOnlyDate, t.raw.fromWorkbook);
    if (!md) {
      ctx.report('error', 'HUKDIS_TMT_TIDAK_VALID', c, 'hukdis', 'tmt', mv);
      return;
    }
    const tmt = md.iso;
    if (md.yearOnly) ctx.report('warning', 'TANGGAL_HANYA_TAHUN', c, 'hukdis', 'tmt', mv, { date: tmt });
    const list = this.byHead.get(head);
    if (list) list.push({ level, tmt });
    else this.byHead.set(head, [{ level, tmt }]);
  }

  /** the rows linked to employee `head` (the NIP's first employee) */
  of(head: number | undefined): readonly HukdisRow[] {
    return head === undefined ? NONE : (this.byHead.get(head) ?? NONE);
  }
}
