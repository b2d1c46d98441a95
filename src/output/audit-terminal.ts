/**
 * The audit on the terminal, fitted to its width (src/output/audit-fit.ts): paragraphs wrapped,
 * tables from the audit column model (src/output/audit-columns.ts) with the columns that give way
 * on a narrow screen shortened, cut or dropped. The words come from src/output/audit-text.ts.
 */
import type { ChalkInstance } from 'chalk';
import type { Audit, LeniencyScan } from '../core/audit.js';
import { PREDIKAT_ORDER } from '../core/audit.js';
import { AUDIT_UI, fillText, tr, UI } from '../i18n.js';
import { auditCtx, BOX5_COLUMNS, FAIRNESS_COLUMNS, fairnessRows, NEAR_COLUMNS, nearRows, pick, suppressedText, UNIT_COLUMNS, type UnitRow } from './audit-columns.js';
import { layoutTable, renderTable, wrap } from './audit-fit.js';
import {
  box5Text,
  ceilingText,
  chiText,
  dimensionName,
  findings,
  fmtNum,
  fmtPct,
  fmtScore,
  guidanceText,
  nearSummaryText,
  PREDIKAT_ABBREV,
  predikatName,
  say,
} from './audit-text.js';
import type { Ctx } from './model.js';

export { terminalWidth } from './audit-fit.js';

/** Columns of the terminal's tables (ids of the audit column model), most important first. */
const TERMINAL_TABLES = {
  distribution: ['unit', 'nPredikat', ...PREDIKAT_ORDER.map((p) => `share_${p}`), 'guidance'],
  scan: ['unit', 'nMapped', 'pool', 'poolShare', 'z', 'limits95', 'limits998', 'signal'],
  near: ['nip', 'name', 'unit', 'box', 'axis', 'score', 'cutoff', 'distance', 'otherBox', 'poolMove'],
  box5: ['nip', 'name', 'unit', 'performance', 'potential', 'performanceGap', 'potentialGap'],
  fairness: ['dimension', 'group', 'employees', 'mapped', 'selected', 'rate', 'air', 'excludedByRule', 'signal'],
};

export function renderAuditTerminal(ctx: Ctx, audit: Audit, chalk: ChalkInstance, top = 10, width = 80): string {
  const { lang, result } = ctx;
  const c = auditCtx(ctx, audit);
  const cm = c.comma;
  const s = result.summary;
  const out: string[] = [];
  const para = (t: string, indent = '', first = indent) => out.push(...wrap(t, width, indent, first));
  const h = (t: string) => out.push('', ...wrap(t, width).map((l) => chalk.bold(l)));
  out.push(...wrap(tr(AUDIT_UI.title, lang), width).map((l) => chalk.bold(l)));
  para(
    `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
  );
  const u = audit.leniency.units;
  para(fillText(tr(AUDIT_UI.headline, lang), { employees: audit.employees, mapped: audit.mapped, pool: u.agencyPool, share: fmtPct(u.agencyShare, cm), talentPool: s.talentPool }));
  out.push(...wrap(tr(AUDIT_UI.signals, lang), width).map((l) => chalk.dim(l)));
  const f = findings(audit, lang, cm);
  if (f.length > 0) {
    out.push(chalk.bold(`${tr(AUDIT_UI.findings, lang)}:`));
    for (const line of f) out.push(...wrap(line, width, '    ', '  • ').map((l) => chalk.yellow(l)));
  }

  // 1. distributions
  const d = audit.distribution;
  h(`1. ${fillText(tr(AUDIT_UI.distribution, lang), { year: audit.year ?? '–' })}`);
  let count = fillText(tr(AUDIT_UI.distributionCount, lang), { n: d.agency.n, year: audit.year ?? '–' });
  if (d.legacy > 0) count += `; ${fillText(tr(AUDIT_UI.legacyNotCounted, lang), { n: d.legacy })}`;
  para(count);
  para(guidanceText(audit, lang));
  const distRows: UnitRow[] = [{ key: null, dist: d.agency }, ...d.units.map((r) => ({ key: r.unit!, dist: r }))];
  const distColumns = pick(UNIT_COLUMNS, TERMINAL_TABLES.distribution);
  out.push(...renderTable(distColumns, distRows, c, width, chalk, { bold: (r) => r.key === null }));
  // abbreviated predikat headers: say what they stand for
  const distLayout = layoutTable(distColumns, distRows, c, width);
  if (distLayout.short) {
    const shown = PREDIKAT_ORDER.filter((p) => distLayout.columns.some((col) => col.id === `share_${p}`));
    para(shown.map((p) => `${PREDIKAT_ABBREV[p]} = ${predikatName(p)}`).join(' · '));
  }
  if (d.suppressed > 0) para(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: d.suppressed, min: audit.options.minGroup }));
  para(`${fillText(tr(AUDIT_UI.ceilings, lang), { ceiling: fmtPct(audit.options.ceiling, cm, 0) })}:${d.ceilings.length === 0 ? ` ${tr(AUDIT_UI.noCeilings, lang)}` : ''}`);
  for (const x of d.ceilings) para(`${ceilingText(x, lang, cm)}${x.coveredByGuidance ? ` (${say('alsoGuidance', lang)})` : ''}`, '    ', '  ');
  para(`${tr(AUDIT_UI.spread, lang)}:`);
  for (const [axis, sp] of [
    [UI.performanceAxis, d.spread.performance],
    [UI.potentialAxis, d.spread.potential],
  ] as const) {
    const line = fillText(tr(AUDIT_UI.spreadLine, lang), {
      n: sp.n,
      min: fmtScore(sp.min, cm),
      q1: fmtScore(sp.q1, cm),
      median: fmtScore(sp.median, cm),
      q3: fmtScore(sp.q3, cm),
      max: fmtScore(sp.max, cm),
      mean: fmtNum(sp.mean, 1, cm),
      sd: fmtNum(sp.sd, 1, cm),
      mode: fmtScore(sp.mode, cm),
      modeShare: fmtPct(sp.modeShare, cm, 0),
      middle: fmtScore(sp.cutoffs.middle, cm),
      high: fmtScore(sp.cutoffs.high, cm),
    });
    para(line, ' '.repeat(13), `  ${tr(axis, lang).padEnd(10)} `);
  }

  // 2. near the line
  h(`2. ${fillText(tr(AUDIT_UI.near, lang), { d: audit.near.distance })}`);
  para(nearSummaryText(audit, lang, cm));
  if (audit.near.employees.length > 0 && top > 0) {
    out.push(
      ...renderTable(pick(NEAR_COLUMNS, TERMINAL_TABLES.near), nearRows(audit.near.employees.slice(0, top)), c, width, chalk, {
        blankRepeats: ['nip', 'name', 'unit', 'box'],
        continues: (r, above) => r.x === above.x,
      }),
    );
    if (audit.near.employees.length > top) para(fillText(tr(AUDIT_UI.more, lang), { n: audit.near.employees.length - top }));
  }
  para(box5Text(audit, ctx, cm));
  if (audit.near.box5Top.length > 0 && top > 0) {
    out.push(...renderTable(pick(BOX5_COLUMNS, TERMINAL_TABLES.box5), audit.near.box5Top.slice(0, top), c, width, chalk));
    if (audit.near.box5Top.length > top) para(fillText(tr(AUDIT_UI.more, lang), { n: audit.near.box5Top.length - top }));
  }

  // 3. leniency
  h(`3. ${fillText(tr(AUDIT_UI.leniency, lang), { share: fmtPct(u.agencyShare, cm) })}`);
  const scanTable = (scan: LeniencyScan, raters: boolean) => {
    const cols = pick(UNIT_COLUMNS, TERMINAL_TABLES.scan).map((col) => (raters && col.id === 'unit' ? { ...col, header: () => tr(AUDIT_UI.rater, lang) } : col));
    out.push(
      ...renderTable(
        cols,
        scan.rows.map((r) => ({ key: r.key, scan: r })),
        c,
        width,
        chalk,
      ),
    );
    if (scan.suppressed > 0) para(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: scan.suppressed, min: audit.options.minGroup }));
  };
  scanTable(u, false);
  para(chiText(u.test, 'units', lang, cm));
  if (audit.leniency.raters) {
    out.push(...wrap(fillText(tr(AUDIT_UI.leniencyRaters, lang), { column: audit.leniency.raterColumn ?? '' }), width).map((l) => chalk.bold(l)));
    scanTable(audit.leniency.raters, true);
    para(chiText(audit.leniency.raters.test, 'raters', lang, cm));
  } else {
    para(tr(AUDIT_UI.ratersUnavailable, lang));
  }

  // 4. fairness
  h(`4. ${tr(AUDIT_UI.fairness, lang)}`);
  out.push(
    ...renderTable(pick(FAIRNESS_COLUMNS, TERMINAL_TABLES.fairness), fairnessRows(audit), c, width, chalk, {
      note: (r) => (r.g.suppressed ? suppressedText(c) : null),
      keyColumns: 2,
      blankRepeats: ['dimension'],
      continues: (r, above) => r.dim === above.dim,
    }),
  );
  for (const dim of audit.fairness.dimensions) {
    para(`${dimensionName(dim.id, lang)}: ${chiText(dim.test, 'groups', lang, cm)}`);
    if (dim.unknown > 0) para(fillText(tr(AUDIT_UI.unknownGroup, lang), { n: dim.unknown }), '    ', '  ');
  }
  const ss = audit.fairness.sexSource;
  para(fillText(tr(AUDIT_UI.sexSource, lang), { column: ss.column, nip: ss.nip, mismatch: ss.mismatch }));
  out.push(...wrap(tr(AUDIT_UI.fairnessNote, lang), width).map((l) => chalk.dim(l)));
  return out.join('\n') + '\n';
}
