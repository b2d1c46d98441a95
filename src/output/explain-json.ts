/**
 * The documents of `talenta explain --json` (schemaVersion EXPLAIN_SCHEMA_VERSION): the trace of
 * one employee, and with --kode every succession check of one candidate for one post.
 */
import type { EmployeeTrace } from '../core/explain.js';
import type { Profile } from '../core/profile.js';
import type { Lang } from '../i18n.js';
import { employeeJson } from './json.js';

const EXPLAIN_SCHEMA_VERSION = 1;

export function explainDocument(traces: EmployeeTrace[], meta: { asOf: string; skpYears: unknown; profile: Profile; profileHash: string; profileSource: string; lang: Lang }) {
  return {
    schemaVersion: EXPLAIN_SCHEMA_VERSION,
    asOf: meta.asOf,
    skpYears: meta.skpYears,
    profile: { id: meta.profile.id, version: meta.profile.version, hash: meta.profileHash, source: meta.profileSource },
    traces: traces.map((t) => ({
      employee: employeeJson(t.employee, meta.profile, meta.lang),
      inputRows: t.rows,
      performance: t.performance,
      potential: t.potential,
      rules: t.rules,
      parameters: t.parameters,
    })),
  };
}

/** `explain NIP --kode K --json`: the facts are passed as computed by the succession engine. */
export function explainSuccessionDocument<T extends object>(facts: T): { schemaVersion: number } & T {
  return { schemaVersion: EXPLAIN_SCHEMA_VERSION, ...facts };
}
