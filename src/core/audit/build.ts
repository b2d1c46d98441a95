/**
 * The audit's builder: a ClassifyResult, the profile and options in, a typed Audit out (pure:
 * no fs, no console, no clock). Each concern is its own module:
 *
 *   distribution.ts  predikat shares against the 6/2022 guidance, ceilings, spread of each axis
 *   near.ts          employees near a cut-off; box 5 near the top of the band
 *   leniency.ts      pool-box share per unit and per rater: funnel limits, chi-square
 *   fairness.ts      selection rate per group, adverse-impact ratio (four-fifths rule)
 *
 * Every aggregate over fewer than `minGroup` people is suppressed: a unit or rater is then not
 * shown at all (only counted), a fairness group is shown without numbers.
 */
import type { Profile } from '../profile.js';
import type { ClassifyResult } from '../types.js';
import { distributionOf, mappedByUnit } from './distribution.js';
import { fairnessOf } from './fairness.js';
import { leniencyScan, raterScan } from './leniency.js';
import { nearOf } from './near.js';
import { AUDIT_DEFAULTS } from './policy.js';
import type { Audit, AuditOptions } from './types.js';

export function buildAudit(result: ClassifyResult, profile: Profile, opts: Partial<AuditOptions> = {}): Audit {
  const o: AuditOptions = { ...AUDIT_DEFAULTS, asOf: result.summary.asOf, ...opts };
  const { attributes, ...options } = o;
  const poolBoxes = new Set(profile.talentPool.boxes);
  const employees = result.employees;
  const mapped = employees.filter((e) => e.box !== null);
  const byUnit = mappedByUnit(mapped);
  const { year, distribution } = distributionOf(result, profile, o, mapped, byUnit);
  return {
    options,
    year,
    employees: employees.length,
    mapped: mapped.length,
    poolBoxes: [...poolBoxes].sort((a, b) => a - b),
    distribution,
    near: nearOf(profile, o, mapped, poolBoxes),
    leniency: {
      units: leniencyScan(byUnit, poolBoxes, o.minGroup, mapped),
      raters: raterScan(attributes, mapped, poolBoxes, o.minGroup),
      raterColumn: attributes?.atasanColumn ?? null,
    },
    fairness: fairnessOf(employees, attributes, o.asOf, poolBoxes, o.minGroup),
  };
}
