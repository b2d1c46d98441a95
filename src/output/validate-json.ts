/** The document of `talenta validate --json` (schemaVersion VALIDATE_SCHEMA_VERSION). */
import type { ValidationReport } from '../core/validate.js';
import { groupMessage, type Lang } from '../i18n.js';
import type { LoadedFile } from '../io/inputs.js';
import { issueJson } from './json.js';

const VALIDATE_SCHEMA_VERSION = 1;

export function validateDocument(report: ValidationReport, files: LoadedFile[], lang: Lang) {
  return {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    files,
    tables: report.tables,
    missingTables: report.missing,
    roster: report.roster,
    counts: report.counts,
    groups: report.groups.map((g) => ({
      code: g.code,
      severity: g.severity,
      count: g.count,
      message: groupMessage(g.examples, lang),
      examples: g.examples.map((i) => issueJson(i, lang)),
    })),
  };
}
