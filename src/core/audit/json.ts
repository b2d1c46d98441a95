/**
 * The audit as it appears in JSON (`talenta audit --json`, and under `"audit"` in the classify
 * document): codes and numbers only, shares as 0..1, suppressed groups without numbers.
 */
import type { Audit } from './types.js';

export function auditJson(a: Audit, opts: { listLimit?: number } = {}) {
  const limit = opts.listLimit;
  // per-employee lists grow with the agency: a document that must stay small lists the first
  // `limit` of each (the counts stay whole; the workbook and `talenta audit --json` list all)
  const near =
    limit === undefined || (a.near.employees.length <= limit && a.near.box5Top.length <= limit)
      ? a.near
      : {
          ...a.near,
          employees: a.near.employees.slice(0, limit),
          box5Top: a.near.box5Top.slice(0, limit),
          listLimit: limit,
          employeesTotal: a.near.employees.length,
          box5TopTotal: a.near.box5Top.length,
        };
  return {
    options: a.options,
    year: a.year,
    employees: a.employees,
    mapped: a.mapped,
    poolBoxes: a.poolBoxes,
    distribution: a.distribution,
    near,
    leniency: a.leniency,
    fairness: a.fairness,
  };
}
