/**
 * Shared by `talenta audit` and `talenta classify` (--pseudonymize, --html): the audit of a
 * classification with the pseudonymised outputs, and the refusal to overwrite an input file.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { auditAttributes, buildAudit, type Audit, type AuditOptions } from '../../core/audit.js';
import type { PreparedInputs } from '../../core/classify.js';
import type { Profile } from '../../core/profile.js';
import type { Reconciliation } from '../../core/reconcile.js';
import type { ClassifyResult } from '../../core/types.js';
import { makePseudonymizer, pseudonymizeAudit, pseudonymizeReconciliation, pseudonymizeResult } from '../../io/pseudonym.js';
import type { Lang } from '../../i18n.js';
import { usage } from './messages.js';

/**
 * The audit of a classification, and — with a key — the pseudonymised result, audit and
 * reconciliation that every output is then written from. The audit is computed on the original
 * result first: sex and age come from the NIP and the birth date, which pseudonymisation removes.
 */
export function auditOutputs(args: {
  prepared: PreparedInputs;
  result: ClassifyResult;
  profile: Profile;
  /** from loadPseudonymKey; null = no pseudonymisation */
  key: Buffer | null;
  reconciliation?: Reconciliation | null;
  options?: Partial<Omit<AuditOptions, 'attributes'>>;
}): { audit: Audit; result: ClassifyResult; reconciliation: Reconciliation | null } {
  const audit = buildAudit(args.result, args.profile, { ...args.options, attributes: auditAttributes(args.prepared, args.result, args.profile) });
  const reconciliation = args.reconciliation ?? null;
  if (!args.key) return { audit, result: args.result, reconciliation };
  const p = makePseudonymizer(args.key);
  return {
    audit: pseudonymizeAudit(audit, p),
    result: pseudonymizeResult(args.result, p),
    reconciliation: reconciliation ? pseudonymizeReconciliation(reconciliation, p) : null,
  };
}

/** The absolute path of an output file; UsageError (exit 2) when it is one of the input files. */
export async function refuseInputOverwrite(path: string, inputs: { path: string }[], lang: Lang, option: string): Promise<string> {
  const target = resolve(path);
  const real = await realpath(target).catch(() => target);
  for (const f of inputs) {
    if (f.path === '(stdin)') continue;
    if ((await realpath(f.path).catch(() => resolve(f.path))) === real) throw usage('overwriteInput', lang, { file: target, option });
  }
  return target;
}
