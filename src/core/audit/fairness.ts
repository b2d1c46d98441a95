/**
 * Fairness: the pool-box selection rate by sex, age band and golongan group; the adverse-impact
 * ratio against the highest group (four-fifths rule) and the chi-square test over the groups shown.
 */
import type { Employee } from '../types.js';
import { round6 } from '../values.js';
import { ageBand, golonganGroup, sexFromNip, sexFromText } from './groups.js';
import { AGE_BANDS, GOLONGAN_GROUPS } from './policy.js';
import { chiSquareTest } from './stats.js';
import type { Audit, AuditAttributes, FairnessDimension, FairnessGroup } from './types.js';

function fairnessDimension(
  id: FairnessDimension['id'],
  order: readonly string[],
  employees: Employee[],
  groupOf: (e: Employee) => string | null,
  poolBoxes: Set<number>,
  minGroup: number,
): FairnessDimension {
  const stats = new Map<string, { employees: number; mapped: number; selected: number; excluded: number }>();
  let unknown = 0;
  for (const e of employees) {
    const g = groupOf(e);
    if (g === null) {
      unknown++;
      continue;
    }
    const s = stats.get(g) ?? { employees: 0, mapped: 0, selected: 0, excluded: 0 };
    s.employees++;
    if (e.box !== null) {
      s.mapped++;
      if (poolBoxes.has(e.box)) {
        s.selected++;
        if (!e.talentPool) s.excluded++;
      }
    }
    stats.set(g, s);
  }
  const groups: FairnessGroup[] = order
    .filter((k) => stats.has(k))
    .map((key) => {
      const s = stats.get(key)!;
      if (s.mapped < minGroup) {
        return { key, employees: null, mapped: null, selected: null, rate: null, air: null, excludedByRule: null, belowFourFifths: false, suppressed: true };
      }
      return {
        key,
        employees: s.employees,
        mapped: s.mapped,
        selected: s.selected,
        rate: round6(s.selected / s.mapped),
        air: null,
        excludedByRule: s.excluded,
        belowFourFifths: false,
        suppressed: false,
      };
    });
  const shown = groups.filter((g) => !g.suppressed);
  let reference: string | null = null;
  let best = -1;
  for (const g of shown) {
    if (g.rate! > best) {
      best = g.rate!;
      reference = g.key;
    }
  }
  if (best > 0) {
    for (const g of shown) {
      const s = stats.get(g.key)!;
      const refStats = stats.get(reference!)!;
      // from the counts, not the rounded rates
      g.air = round6(s.selected / s.mapped / (refStats.selected / refStats.mapped));
      g.belowFourFifths = g.air < 0.8;
    }
  } else {
    reference = null;
  }
  const test = shown.length >= 2 ? chiSquareTest(shown.map((g) => [g.selected!, g.mapped! - g.selected!])) : null;
  return { id, groups, reference, unknown, test };
}

export function fairnessOf(employees: Employee[], attributes: AuditAttributes | undefined, asOf: string, poolBoxes: Set<number>, minGroup: number): Audit['fairness'] {
  const sexSource = { column: 0, nip: 0, mismatch: 0 };
  const sexOf = new Map<number, 'L' | 'P' | null>();
  // a handful of distinct values over many rows: read each once
  const sexText = new Map<string, 'L' | 'P' | null>();
  const golText = new Map<string, ReturnType<typeof golonganGroup>>();
  const golOf = (e: Employee) => {
    const k = `${e.jenisPegawai}\u0000${e.golongan}`;
    let g = golText.get(k);
    if (g === undefined) {
      g = golonganGroup(e);
      golText.set(k, g);
    }
    return g;
  };
  for (const e of employees) {
    const raw = attributes?.jenisKelamin.get(e.index);
    let fromCol: 'L' | 'P' | null = null;
    if (raw !== undefined) {
      fromCol = sexText.get(raw) ?? null;
      if (!sexText.has(raw)) {
        fromCol = sexFromText(raw);
        sexText.set(raw, fromCol);
      }
    }
    const fromNip = sexFromNip(e);
    if (fromCol !== null) sexSource.column++;
    else if (fromNip !== null) sexSource.nip++;
    if (fromCol !== null && fromNip !== null && fromCol !== fromNip) sexSource.mismatch++;
    sexOf.set(e.index, fromCol ?? fromNip);
  }
  // a few thousand distinct birth dates over many employees: each band worked out once
  const bands = new Map<string | null, ReturnType<typeof ageBand>>();
  const bandOf = (birthDate: string | null) => {
    let b = bands.get(birthDate);
    if (b === undefined && !bands.has(birthDate)) bands.set(birthDate, (b = ageBand(birthDate, asOf)));
    return b ?? null;
  };
  const dimensions: FairnessDimension[] = [
    fairnessDimension('sex', ['L', 'P'], employees, (e) => sexOf.get(e.index) ?? null, poolBoxes, minGroup),
    fairnessDimension('ageBand', AGE_BANDS, employees, (e) => bandOf(e.birthDate), poolBoxes, minGroup),
    fairnessDimension('golongan', GOLONGAN_GROUPS, employees, golOf, poolBoxes, minGroup),
  ];
  return { dimensions, sexSource };
}
