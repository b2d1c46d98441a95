/**
 * Distributions: predikat shares of the latest SKP year per unit against the PermenPANRB 6/2022
 * guidance, ceiling warnings (one predikat or one box holding more than the ceiling), and the
 * spread of both score axes.
 */
import type { Predikat, Profile } from '../profile.js';
import type { ClassifyResult, Employee } from '../types.js';
import { performanceScore, potentialScore, skpYearOf } from '../employee-read.js';
import { round6 } from '../values.js';
import { GUIDANCE, PREDIKAT_ORDER } from './policy.js';
import { spreadOf } from './stats.js';
import type { Audit, AuditOptions, CeilingWarning, GuidanceRule, PredikatRow, RuleCheck } from './types.js';

const emptyPredikat = (): Record<Predikat, number> => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });

/** Units by name, the blank unit last. */
export const byUnitName = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0);

function checkRules(counts: Record<Predikat, number>, n: number, rules: GuidanceRule[]): RuleCheck[] {
  return rules.map((r) => {
    const count = r.predikat.reduce((a, p) => a + counts[p], 0);
    const share = n ? count / n : 0;
    const actual = r.kind === 'minCount' || r.kind === 'maxCount' ? count : round6(share);
    const ok = r.kind === 'maxShare' ? share <= r.value + 1e-12 : r.kind === 'minShare' ? share >= r.value - 1e-12 : r.kind === 'minCount' ? count >= r.value : count <= r.value;
    return { id: r.id, kind: r.kind, predikat: r.predikat, value: r.value, actual, ok };
  });
}

function predikatRow(unit: string | null, counts: Record<Predikat, number>, rules: GuidanceRule[]): PredikatRow {
  const n = PREDIKAT_ORDER.reduce((a, p) => a + counts[p], 0);
  const shares = emptyPredikat();
  for (const p of PREDIKAT_ORDER) shares[p] = n ? round6(counts[p] / n) : 0;
  const checks = checkRules(counts, n, rules);
  return { unit, n, counts, shares, checks, ok: checks.every((c) => c.ok) };
}

/** Mapped employees by unor_induk. */
export function mappedByUnit(mapped: Employee[]): Map<string, Employee[]> {
  const by = new Map<string, Employee[]>();
  for (const e of mapped) {
    const l = by.get(e.unorInduk) ?? [];
    l.push(e);
    by.set(e.unorInduk, l);
  }
  return by;
}

export function distributionOf(
  result: ClassifyResult,
  profile: Profile,
  o: AuditOptions,
  mapped: Employee[],
  byUnit: Map<string, Employee[]>,
): { year: number | null; distribution: Audit['distribution'] } {
  const employees = result.employees;
  const years = result.summary.skpYears;
  const year = years.length ? years[years.length - 1]! : null;
  const rules = GUIDANCE[o.orgPredikat];
  const agencyCounts = emptyPredikat();
  const unitCounts = new Map<string, Record<Predikat, number>>();
  let legacy = 0;
  for (const e of employees) {
    const t = year === null ? undefined : skpYearOf(e, year);
    if (!t) continue;
    if (t.via === 'legacy') {
      legacy++;
      continue;
    }
    agencyCounts[t.predikat]++;
    const c = unitCounts.get(e.unorInduk) ?? emptyPredikat();
    c[t.predikat]++;
    unitCounts.set(e.unorInduk, c);
  }
  const agencyRow = predikatRow(null, agencyCounts, rules);
  const unitRowsAll = [...unitCounts.keys()].sort(byUnitName).map((u) => predikatRow(u, unitCounts.get(u)!, rules));
  const unitRows = unitRowsAll.filter((r) => r.n >= o.minGroup);

  const ceilings: CeilingWarning[] = [];
  const ceilingPredikat = (row: PredikatRow) => {
    for (const p of PREDIKAT_ORDER) {
      if (row.n > 0 && row.counts[p] / row.n > o.ceiling) {
        const coveredByGuidance = row.checks.some((c) => !c.ok && c.kind === 'maxShare' && c.predikat.length === 1 && c.predikat[0] === p);
        ceilings.push({ unit: row.unit, kind: 'predikat', key: p, count: row.counts[p], n: row.n, share: row.shares[p], coveredByGuidance });
      }
    }
  };
  const ceilingBoxes = (unit: string | null, list: Employee[]) => {
    if (list.length === 0) return;
    const counts = new Array<number>(9).fill(0);
    for (const e of list) counts[e.box! - 1]!++;
    counts.forEach((c, i) => {
      if (c / list.length > o.ceiling) ceilings.push({ unit, kind: 'box', key: String(i + 1), count: c, n: list.length, share: round6(c / list.length), coveredByGuidance: false });
    });
  };
  ceilingPredikat(agencyRow);
  ceilingBoxes(null, mapped);
  const unitNames = [...new Set([...unitCounts.keys(), ...byUnit.keys()])].sort(byUnitName);
  for (const u of unitNames) {
    const row = unitRows.find((r) => r.unit === u);
    if (row) ceilingPredikat(row);
    const list = byUnit.get(u) ?? [];
    if (list.length >= o.minGroup) ceilingBoxes(u, list);
  }

  const spread = {
    performance: spreadOf(
      mapped.map(performanceScore).filter((x): x is number => x !== null),
      profile.performance.thresholds,
    ),
    potential: spreadOf(
      mapped.map(potentialScore).filter((x): x is number => x !== null),
      profile.potential.thresholds,
    ),
  };
  return {
    year,
    distribution: {
      orgPredikat: o.orgPredikat,
      rules,
      agency: agencyRow,
      units: unitRows,
      suppressed: unitRowsAll.length - unitRows.length,
      legacy,
      ceilings,
      spread,
    },
  };
}
