/**
 * Leniency: the pool-box (7–9) share per unit, or per rater, against the agency: z, funnel-plot
 * limits (95% and 99.8%) and the chi-square test of independence over the groups shown.
 */
import type { Employee } from '../types.js';
import { round6 } from '../values.js';
import { byUnitName } from './distribution.js';
import { chiSquareTest, funnelLimits, Z95, Z998 } from './stats.js';
import type { AuditAttributes, FunnelFlag, LeniencyRow, LeniencyScan } from './types.js';

/** Where a share falls against the funnel limits (a share on a limit is within it). */
export function funnelFlag(share: number, l95: [number, number], l998: [number, number]): FunnelFlag {
  return share > l998[1] ? 'ABOVE_99_8' : share > l95[1] ? 'ABOVE_95' : share < l998[0] ? 'BELOW_99_8' : share < l95[0] ? 'BELOW_95' : 'WITHIN';
}

export function leniencyScan(groups: Map<string, Employee[]>, poolBoxes: Set<number>, minGroup: number, agency: Employee[]): LeniencyScan {
  const agencyN = agency.length;
  const agencyPool = agency.filter((e) => poolBoxes.has(e.box!)).length;
  const p0 = agencyN ? agencyPool / agencyN : 0;
  const agencyBoxes = new Array<number>(9).fill(0);
  for (const e of agency) agencyBoxes[e.box! - 1]!++;
  const rows: LeniencyRow[] = [];
  let suppressed = 0;
  for (const key of [...groups.keys()].sort(byUnitName)) {
    const list = groups.get(key)!;
    const n = list.length;
    if (n < minGroup) {
      suppressed++;
      continue;
    }
    const pool = list.filter((e) => poolBoxes.has(e.box!)).length;
    const boxes = new Array<number>(9).fill(0);
    for (const e of list) boxes[e.box! - 1]!++;
    const share = pool / n;
    const l95 = funnelLimits(p0, n, Z95);
    const l998 = funnelLimits(p0, n, Z998);
    const se = Math.sqrt((p0 * (1 - p0)) / n);
    const flag = funnelFlag(share, l95, l998);
    rows.push({ key, n, pool, share: round6(share), boxes, z: se > 0 ? round6((share - p0) / se) : null, limits95: l95, limits998: l998, flag });
  }
  const test = rows.length >= 2 ? chiSquareTest(rows.map((r) => [r.pool, r.n - r.pool])) : null;
  return {
    agencyN,
    agencyPool,
    agencyShare: round6(p0),
    agencyBoxShares: agencyBoxes.map((c) => (agencyN ? round6(c / agencyN) : 0)),
    rows,
    suppressed,
    test,
  };
}

/** Mapped employees by rater; null when no input has an atasan column. */
export function raterScan(attributes: AuditAttributes | undefined, mapped: Employee[], poolBoxes: Set<number>, minGroup: number): LeniencyScan | null {
  if (!attributes || attributes.atasanColumn === null) return null;
  const byRater = new Map<string, Employee[]>();
  for (const e of mapped) {
    const r = attributes.atasan.get(e.index);
    if (r === undefined) continue;
    const l = byRater.get(r) ?? [];
    l.push(e);
    byRater.set(r, l);
  }
  return leniencyScan(byRater, poolBoxes, minGroup, mapped);
}
