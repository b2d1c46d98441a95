/**
 * `talenta audit <inputs…>`: calibration and fairness of the talent map — predikat and box
 * distributions against the PermenPANRB 6/2022 guidance, employees near a cut-off, a leniency scan
 * per unit (and per rater), the fairness audit — on the terminal, as JSON (--json), and as a
 * one-page HTML report (--html FILE).
 */
import { ORG_PREDIKAT } from '../core/audit.js';
import { EXIT } from '../errors.js';
import { resolveLang, type Lang } from '../i18n.js';
import { atomicSink } from '../io/atomic.js';
import { loadPseudonymKey } from '../io/pseudonym.js';
import { auditDocument } from '../output/audit-json.js';
import { renderAuditTerminal, terminalWidth } from '../output/audit-terminal.js';
import { writeHtmlReport } from '../output/html.js';
import { colorEnabled, makeChalk } from '../output/terminal.js';
import { renderSafely } from '../output/terminal-safe.js';
import { writeOut } from './options.js';
import { auditOutputs, refuseInputOverwrite } from './shared/audit-outputs.js';
import { loadAndClassify, type InputCliOptions } from './shared/inputs.js';
import type { Io } from './shared/io.js';
import { msg, usage } from './shared/messages.js';

export interface AuditCliOptions extends InputCliOptions {
  json?: boolean;
  html?: string;
  near?: string;
  ceiling?: string;
  minGroup?: string;
  orgPredikat?: string;
  topBand?: string;
  top?: string;
  pseudonymize?: boolean;
  pseudonymKeyFile?: string;
  color?: boolean;
  quiet?: boolean;
}

/** Parse the audit's numeric options; UsageError with the option name when one is wrong. */
function parseAuditOptions(o: AuditCliOptions, lang: Lang = 'id') {
  const num = (v: string | undefined, def: number, ok: (x: number) => boolean, fail: () => Error): number => {
    if (v === undefined) return def;
    const x = Number(v.trim().replace(',', '.'));
    if (v.trim() === '' || !Number.isFinite(x) || !ok(x)) throw fail();
    return x;
  };
  /** a share: 0.7, 0,7, 70% or 70 (a number above 1 is a percentage) */
  const share = (name: string, v: string | undefined, def: number) => {
    if (v === undefined) return def;
    const t = v.trim();
    const pct = t.endsWith('%');
    const x = Number((pct ? t.slice(0, -1) : t).trim().replace(',', '.'));
    const s = pct || x > 1 ? x / 100 : x;
    if (t === '' || !Number.isFinite(s) || !(s > 0 && s <= 1)) throw usage('share', lang, { name, v });
    return s;
  };
  const near = num(
    o.near,
    1,
    (x) => x >= 0 && x <= 100,
    () => usage('near', lang, { v: String(o.near) }),
  );
  const ceiling = share('--ceiling', o.ceiling, 0.7);
  const minGroup = num(
    o.minGroup,
    5,
    (x) => Number.isInteger(x) && x >= 1,
    () => usage('intAtLeast', lang, { name: '--min-group', min: 1, v: String(o.minGroup) }),
  );
  const topBand = share('--top-band', o.topBand, 0.25);
  const top = num(
    o.top,
    10,
    (x) => Number.isInteger(x) && x >= 0,
    () => usage('intAtLeast', lang, { name: '--top', min: 0, v: String(o.top) }),
  );
  const org = (o.orgPredikat ?? 'BAIK').toUpperCase().replace(/[\s/-]+/g, '_');
  if (!(ORG_PREDIKAT as readonly string[]).includes(org)) throw usage('orgPredikat', lang, { choices: ORG_PREDIKAT.join(', '), v: String(o.orgPredikat) });
  return { near, ceiling, minGroup, topBand, top, orgPredikat: org as (typeof ORG_PREDIKAT)[number] };
}

export async function runAudit(files: string[], o: AuditCliOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const opts = parseAuditOptions(o, lang);
  if (o.html !== undefined && o.html.trim() === '') throw usage('htmlName', lang);
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) throw usage('keyFileAlone', lang);
  // the key first: a missing key fails before the inputs are read
  const key = o.pseudonymize ? await loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang }) : null;

  const { profile, resolved, prepared, result, files: loaded } = await loadAndClassify(files, o, io, undefined, { command: 'audit' });
  const out = auditOutputs({
    prepared,
    result,
    profile,
    key,
    options: { near: opts.near, ceiling: opts.ceiling, minGroup: opts.minGroup, orgPredikat: opts.orgPredikat, topBand: opts.topBand },
  });
  const ctx = { lang, human: true, profile, result: out.result, profileHash: resolved.hash };

  if (o.html !== undefined) {
    const target = await refuseInputOverwrite(o.html, loaded, lang, '--html');
    await writeHtmlReport(target, ctx, out.audit, { toolVersion: io.version, pseudonymized: key !== null }, atomicSink({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) }));
    if (!o.quiet) io.stderr.write(`${msg('htmlWritten', lang)} ${target}\n`);
  }

  if (o.json) {
    const doc = auditDocument(out.audit, {
      toolVersion: io.version,
      profile,
      profileHash: resolved.hash,
      profileSource: resolved.source,
      asOf: result.summary.asOf,
      skpYears: result.summary.skpYears,
      pseudonymized: key !== null,
    });
    await writeOut(io.stdout, JSON.stringify(doc, null, 2) + '\n');
  } else if (!o.quiet) {
    const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
    await writeOut(
      io.stdout,
      renderSafely((ch) => renderAuditTerminal(ctx, out.audit, ch, opts.top, terminalWidth(io.stdout, io.env)), chalk),
    );
  }
  return EXIT.OK;
}
