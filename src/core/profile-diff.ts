/**
 * `talenta profile diff A B [inputs]`, computed: the parameters that differ between two
 * profiles and, given both classifications of the same inputs, who changes box or talent-pool
 * membership. Pure: profiles and results in, the differences out.
 */
import type { Profile } from './profile.js';
import type { ClassifyResult } from './types.js';

export interface ParameterDiff {
  /** dotted path, e.g. potential.thresholds.high */
  path: string;
  /** the value in A as JSON text (arrays of plain values joined by ", "); null: A has no such parameter */
  a: string | null;
  b: string | null;
}

export interface PlacementChange {
  nip: string;
  nama: string;
  from: number | null;
  to: number | null;
  poolFrom: boolean;
  poolTo: boolean;
}

export interface ProfileDiff {
  parameters: ParameterDiff[];
  /** null without inputs */
  placements: { employees: number; changes: PlacementChange[] } | null;
}

/** Every leaf of a profile as [path, value text]; `$schema` (the editor's link) is not a parameter. */
export function profileLeaves(value: unknown, prefix = ''): [string, string][] {
  if (value === undefined) return [];
  if (value === null || typeof value !== 'object') return [[prefix, JSON.stringify(value)]];
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return [[prefix, value.map((v) => String(v)).join(', ')]];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (prefix === '' && k === '$schema') continue;
    out.push(...profileLeaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}

/** The parameters whose values differ, sorted by path. */
export function diffParameters(a: Profile, b: Profile): ParameterDiff[] {
  const fa = new Map(profileLeaves(a));
  const fb = new Map(profileLeaves(b));
  const paths = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return paths.filter((p) => fa.get(p) !== fb.get(p)).map((path) => ({ path, a: fa.get(path) ?? null, b: fb.get(path) ?? null }));
}

/**
 * The employees whose box or talent-pool membership differs between two classifications of the
 * same inputs (same rows, same order: the i-th employee of one is the i-th of the other).
 */
export function diffPlacements(ra: ClassifyResult, rb: ClassifyResult): PlacementChange[] {
  const out: PlacementChange[] = [];
  ra.employees.forEach((e, i) => {
    const f = rb.employees[i];
    if (!f) return;
    if (e.box !== f.box || e.talentPool !== f.talentPool) out.push({ nip: e.nip, nama: e.nama, from: e.box, to: f.box, poolFrom: e.talentPool, poolTo: f.talentPool });
  });
  return out;
}

export function profileDiff(a: Profile, b: Profile, results?: { a: ClassifyResult; b: ClassifyResult }): ProfileDiff {
  return {
    parameters: diffParameters(a, b),
    placements: results ? { employees: results.a.employees.length, changes: diffPlacements(results.a, results.b) } : null,
  };
}
