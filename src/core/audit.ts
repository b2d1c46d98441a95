/**
 * Calibration and fairness audit of a classification (docs/rules.md §11). Pure: a ClassifyResult, the
 * profile and options in, a typed Audit out; no fs, no console, no clock. This module is the
 * public face; the audit lives in src/core/audit/:
 *
 *   types.ts         options, attributes and the typed result
 *   policy.ts        the PermenPANRB 6/2022 guidance, defaults, rater headers, group orders
 *   stats.ts         chi-square, Cramér's V, funnel limits, quantiles, spread
 *   attributes.ts    JENIS KELAMIN and the rater from the input tables, row by row
 *   groups.ts        sex, age band, golongan group of an employee
 *   distribution.ts  predikat shares against the guidance, ceilings, spread of both axes
 *   near.ts          near the line; box 5 near the top of the band
 *   leniency.ts      pool-box share per unit and per rater against the agency
 *   fairness.ts      selection rate per group, adverse-impact ratio (four-fifths rule)
 *   build.ts         buildAudit: the sections together
 *   json.ts          auditJson: the audit as it appears in JSON
 */
export type * from './audit/types.js';
export { AGE_BANDS, ORG_PREDIKAT, PREDIKAT_ORDER } from './audit/policy.js';
export { funnelLimits, Z95, Z998 } from './audit/stats.js';
export { auditAttributes, createAuditAttributeCollector } from './audit/attributes.js';
export { ageBand, golonganGroup, sexFromText } from './audit/groups.js';
export { buildAudit } from './audit/build.js';
export { auditJson } from './audit/json.js';
