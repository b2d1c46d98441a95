/** The document of `talenta audit --json` (schemaVersion AUDIT_SCHEMA_VERSION). */
import { auditJson, type Audit } from '../core/audit.js';
import type { Profile } from '../core/profile.js';

const AUDIT_SCHEMA_VERSION = 1;

export function auditDocument(
  audit: Audit,
  meta: { toolVersion: string; profile: Profile; profileHash: string; profileSource: string; asOf: string; skpYears: unknown; pseudonymized: boolean },
) {
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: 'talenta', version: meta.toolVersion },
    profile: { id: meta.profile.id, version: meta.profile.version, hash: meta.profileHash, source: meta.profileSource },
    asOf: meta.asOf,
    skpYears: meta.skpYears,
    pseudonymized: meta.pseudonymized,
    audit: auditJson(audit),
  };
}
