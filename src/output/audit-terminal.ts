/**
 * The audit on the terminal, and the text helpers the HTML report and the workbook sheets share
 * (numbers, rules, tests and findings in words).
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Audit, ChiSquare, CeilingWarning, FairnessGroup, LeniencyScan, RuleCheck } from '../core/audit.js';
import { PREDIKAT_ORDER } from '../core/audit.js';
import {
  AUDIT_UI,
  FAIRNESS_DIMENSION_TEXT,
  FAIRNESS_GROUP_TEXT,
  FUNNEL_FLAG_TEXT,
  GUIDANCE_RULE_TEXT,
  ORG_PREDIKAT_LABEL,
  PREDIKAT_TERM,
  fillText,
  tr,
  UI,
  type Lang,
} from '../i18n.js';
import type { Ctx } from './model.js';

// ---- numbers: src/output/numbers.ts (shared by every renderer) ----------------------------------
export { fmtInt, fmtNum, fmtP, fmtPct, fmtScore } from './numbers.js';
import { fmtInt, fmtNum, fmtP, fmtPct, fmtScore } from './numbers.js';

// ---- words ---------------------------------------------------------------------------------------

export function unitName(key: string, lang: Lang): string {
  return key === '' ? tr(AUDIT_UI.blankUnit, lang) : key;
}

export function predikatName(p: string): string {
  return PREDIKAT_TERM[p] ?? p;
}

export function rulesText(audit: Audit, lang: Lang): string {
  return audit.distribution.rules.map((r) => tr(GUIDANCE_RULE_TEXT[r.id], lang, r.id)).join('; ');
}

export function guidanceText(audit: Audit, lang: Lang): string {
  return fillText(tr(AUDIT_UI.guidance, lang), { org: tr(ORG_PREDIKAT_LABEL[audit.distribution.orgPredikat], lang), rules: rulesText(audit, lang) });
}

/** The usual abbreviations (SB, B, BP, K, SK). */
export const PREDIKAT_ABBREV: Record<string, string> = { SANGAT_BAIK: 'SB', BAIK: 'B', BUTUH_PERBAIKAN: 'BP', KURANG: 'K', SANGAT_KURANG: 'SK' };

/** Short predikat names for compact cells (`Kurang/Misconduct` → `Kurang`). */
const shortPredikat = (p: string) => (p === 'KURANG' ? 'Kurang' : predikatName(p));

/**
 * A failed rule check in short, with what was found: `Baik 75.0% > 70%`,
 * `Butuh Perbaikan/Kurang: 0 (min. 1)`.
 */
export function checkText(c: RuleCheck, lang: Lang, comma = false): string {
  const what = c.predikat.map(shortPredikat).join('/');
  if (c.kind === 'maxShare') return `${what} ${fmtPct(c.actual, comma)} > ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minShare') return `${what} ${fmtPct(c.actual, comma)} < ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minCount') return `${what}: ${c.actual} (${lang === 'en' ? 'min.' : 'min.'} ${c.value})`;
  return `${what}: ${c.actual} (${lang === 'en' ? 'max.' : 'maks.'} ${c.value})`;
}

/** The same, without the number found (narrow cells): `Baik > 70%`, `tanpa Butuh Perbaikan/Kurang`. */
export function checkShort(c: RuleCheck, lang: Lang, comma = false, abbreviate = false): string {
  const what = c.predikat.map(abbreviate ? (p) => PREDIKAT_ABBREV[p] ?? p : shortPredikat).join('/');
  if (c.kind === 'maxShare') return `${what} > ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minShare') return `${what} < ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minCount') return c.value === 1 ? `${lang === 'en' ? 'no' : 'tanpa'} ${what}` : `${what} < ${c.value}`;
  return c.value === 0 ? `${lang === 'en' ? 'has' : 'ada'} ${what}` : `${what} > ${c.value}`;
}

export function checksText(checks: RuleCheck[], lang: Lang, comma = false): string {
  const failed = checks.filter((c) => !c.ok);
  return failed.length === 0 ? `✓ ${tr(AUDIT_UI.meets, lang)}` : `✗ ${failed.map((c) => checkText(c, lang, comma)).join('; ')}`;
}

export function ceilingText(c: CeilingWarning, lang: Lang, comma = false): string {
  const where = c.unit === null ? tr(AUDIT_UI.agency, lang) : unitName(c.unit, lang);
  const what = c.kind === 'box' ? `${tr(UI.box, lang)} ${c.key}` : predikatName(c.key);
  return fillText(tr(AUDIT_UI.ceilingLine, lang), { where, what, share: fmtPct(c.share, comma), count: c.count, n: c.n });
}

/** Strength of an association by Cramér's V (Cohen's conventions for one degree of freedom). */
export function strengthText(v: number, lang: Lang): string {
  if (v < 0.1) return tr(AUDIT_UI.strengthNegligible, lang);
  if (v < 0.3) return tr(AUDIT_UI.strengthSmall, lang);
  if (v < 0.5) return tr(AUDIT_UI.strengthModerate, lang);
  return tr(AUDIT_UI.strengthLarge, lang);
}

export function chiText(test: ChiSquare | null, what: 'units' | 'raters' | 'groups', lang: Lang, comma = false): string {
  if (!test) return tr(AUDIT_UI.chiNone, lang);
  const whatText = tr(what === 'units' ? AUDIT_UI.chiUnits : what === 'raters' ? AUDIT_UI.chiRaters : AUDIT_UI.chiGroups, lang);
  let verdict = tr(test.p < 0.05 ? AUDIT_UI.chiSignificant : AUDIT_UI.chiNotSignificant, lang);
  if (test.expectedBelow5 > 0.2) verdict += ` ${fillText(tr(AUDIT_UI.chiRough, lang), { share: fmtPct(test.expectedBelow5, comma, 0) })}`;
  return fillText(tr(AUDIT_UI.chiSquare, lang), {
    what: whatText,
    stat: fmtNum(test.statistic, 2, comma),
    df: test.df,
    p: fmtP(test.p, comma),
    v: fmtNum(test.cramersV, 2, comma),
    strength: strengthText(test.cramersV, lang),
    verdict,
  });
}

export function groupName(key: string, lang: Lang): string {
  return tr(FAIRNESS_GROUP_TEXT[key], lang, key);
}

export function dimensionName(id: string, lang: Lang): string {
  return tr(FAIRNESS_DIMENSION_TEXT[id], lang, id);
}

export function flagText(flag: string, lang: Lang): string {
  return tr(FUNNEL_FLAG_TEXT[flag], lang, flag);
}

export function nearSummaryText(audit: Audit, lang: Lang, comma = false): string {
  const n = audit.near;
  return fillText(tr(AUDIT_UI.nearSummary, lang), {
    n: fmtInt(n.employees.length, comma),
    d: fmtScore(n.distance, comma),
    perf: fmtInt(n.performance, comma),
    pot: fmtInt(n.potential, comma),
    pool: fmtInt(n.poolBoundary, comma),
  });
}

export function box5Text(audit: Audit, ctx: Ctx, comma = false): string {
  const pt = ctx.profile.performance.thresholds;
  const qt = ctx.profile.potential.thresholds;
  const f = audit.near.topBand;
  return fillText(tr(AUDIT_UI.box5Top, ctx.lang), {
    n: fmtInt(audit.near.box5Top.length, comma),
    m: fmtInt(audit.near.box5, comma),
    band: fmtPct(f, comma, 0),
    perf: fmtScore(pt.high - f * (pt.high - pt.middle), comma),
    pot: fmtScore(qt.high - f * (qt.high - qt.middle), comma),
  });
}

/** The main signals in a few sentences (HTML report, terminal head). */
export function findings(audit: Audit, lang: Lang, comma = false, opts: { listUnits?: boolean; near?: boolean } = {}): string[] {
  const listUnits = opts.listUnits ?? true;
  const out: string[] = [];
  const en = lang === 'en';
  const d = audit.distribution;
  const failing = d.units.filter((u) => !u.ok);
  const org = tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang);
  if (!d.agency.ok) {
    const what = d.agency.checks.filter((c) => !c.ok).map((c) => checkText(c, lang, comma)).join('; ');
    out.push(
      en
        ? `The whole agency does not meet the 6/2022 guidance for a "${org}" organisation: ${what}.`
        : `Instansi secara keseluruhan tidak memenuhi pedoman 6/2022 untuk organisasi berpredikat "${org}": ${what}.`,
    );
  }
  if (failing.length > 0) {
    const units = listUnits ? ` (${failing.map((u) => unitName(u.unit!, lang)).join(', ')})` : '';
    out.push(
      en
        ? `${failing.length} of ${d.units.length} units do not meet the 6/2022 guidance for a "${org}" organisation${units}.`
        : `${failing.length} dari ${d.units.length} unit tidak memenuhi pedoman 6/2022 untuk organisasi berpredikat "${org}"${units}.`,
    );
  }
  const ceilings = d.ceilings.filter((c) => !c.coveredByGuidance);
  if (ceilings.length > 0) {
    const list = ceilings.map((c) => ceilingText(c, lang, comma)).join('; ');
    out.push(
      en
        ? `Ceiling (> ${fmtPct(audit.options.ceiling, comma, 0)} in one predikat or box): ${list}.`
        : `Batas atas (> ${fmtPct(audit.options.ceiling, comma, 0)} pada satu predikat atau kotak): ${list}.`,
    );
  }
  if (audit.near.poolBoundary > 0 && opts.near !== false) {
    out.push(
      en
        ? `${fmtInt(audit.near.poolBoundary, comma)} employee(s) would enter or leave boxes 7–9 with a shift of ≤ ${fmtScore(audit.near.distance, comma)} point(s).`
        : `${fmtInt(audit.near.poolBoundary, comma)} pegawai akan masuk atau keluar kotak 7–9 dengan pergeseran ≤ ${fmtScore(audit.near.distance, comma)} poin.`,
    );
  }
  const scans: [LeniencyScan | null, string, string][] = [
    [audit.leniency.units, 'unit', 'unit(s)'],
    [audit.leniency.raters, 'penilai', 'rater(s)'],
  ];
  for (const [scan, idWord, enWord] of scans) {
    if (!scan) continue;
    const out95 = scan.rows.filter((r) => r.flag !== 'WITHIN');
    if (out95.length > 0) {
      out.push(
        en
          ? `${out95.length} ${enWord} outside the 95% funnel limits: ${out95.map((r) => `${unitName(r.key, lang)} (${fmtPct(r.share, comma)})`).join(', ')}.`
          : `${out95.length} ${idWord} di luar batas corong 95%: ${out95.map((r) => `${unitName(r.key, lang)} (${fmtPct(r.share, comma)})`).join(', ')}.`,
      );
    }
    if (scan.test && scan.test.p < 0.05) {
      out.push(
        en
          ? `The share of boxes 7–9 differs between ${enWord} more than chance would explain (p = ${fmtP(scan.test.p, comma)}, V = ${fmtNum(scan.test.cramersV, 2, comma)}).`
          : `Persentase kotak 7–9 berbeda antar${idWord} lebih dari yang wajar karena kebetulan (p = ${fmtP(scan.test.p, comma)}, V = ${fmtNum(scan.test.cramersV, 2, comma)}).`,
      );
    }
  }
  for (const dim of audit.fairness.dimensions) {
    const low = dim.groups.filter((g) => g.belowFourFifths);
    if (low.length === 0) continue;
    const list = low.map((g) => `${groupName(g.key, lang)} (${fmtPct(g.rate, comma, 0)}, AIR ${fmtNum(g.air, 2, comma)})`).join(', ');
    const ref = dim.groups.find((g) => g.key === dim.reference)!;
    const refText = `${groupName(ref.key, lang)} ${fmtPct(ref.rate, comma, 0)}`;
    out.push(
      en
        ? `${dimensionName(dim.id, lang)}: selection rate below four fifths of the highest group (${refText}) for ${list}.`
        : `${dimensionName(dim.id, lang)}: tingkat seleksi di bawah empat perlima kelompok tertinggi (${refText}) untuk ${list}.`,
    );
  }
  return out;
}

// ---- terminal -------------------------------------------------------------------------------------

const plain = { head: [] as string[], border: [] as string[] };
const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function renderAuditTerminal(ctx: Ctx, audit: Audit, chalk: ChalkInstance, top = 10): string {
  const { lang, result } = ctx;
  /** Indonesian text takes the decimal comma, as in the workbook and the HTML report */
  const cm = lang === 'id';
  const s = result.summary;
  const out: string[] = [];
  const h = (t: string) => out.push('', chalk.bold(t));
  out.push(chalk.bold(tr(AUDIT_UI.title, lang)));
  out.push(
    `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
  );
  const u = audit.leniency.units;
  out.push(
    fillText(tr(AUDIT_UI.headline, lang), {
      employees: audit.employees,
      mapped: audit.mapped,
      pool: u.agencyPool,
      share: fmtPct(u.agencyShare, cm),
      talentPool: s.talentPool,
    }),
  );
  out.push(chalk.dim(tr(AUDIT_UI.signals, lang)));
  const f = findings(audit, lang, cm);
  if (f.length > 0) {
    out.push(chalk.bold(`${tr(AUDIT_UI.findings, lang)}:`));
    for (const line of f) out.push(chalk.yellow(`  • ${line}`));
  }

  // 1. distributions
  const d = audit.distribution;
  h(`1. ${fillText(tr(AUDIT_UI.distribution, lang), { year: audit.year ?? '–' })}`);
  let count = fillText(tr(AUDIT_UI.distributionCount, lang), { n: d.agency.n, year: audit.year ?? '–' });
  if (d.legacy > 0) count += `; ${fillText(tr(AUDIT_UI.legacyNotCounted, lang), { n: d.legacy })}`;
  out.push(count);
  out.push(guidanceText(audit, lang));
  const pt = new Table({
    head: [tr(AUDIT_UI.unit, lang), 'n', ...PREDIKAT_ORDER.map(predikatName), fillText(tr(AUDIT_UI.guidanceShort, lang), { org: tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang) })],
    style: plain,
    chars: compact,
  });
  const prow = (name: string, r: (typeof d.units)[number]) => [
    truncate(name, 34),
    String(r.n),
    ...PREDIKAT_ORDER.map((p) => fmtPct(r.shares[p], cm)),
    r.ok ? chalk.green(checksText(r.checks, lang, cm)) : chalk.yellow(checksText(r.checks, lang, cm)),
  ];
  pt.push(prow(tr(AUDIT_UI.agency, lang), d.agency).map((c) => chalk.bold(c)));
  for (const r of d.units) pt.push(prow(unitName(r.unit!, lang), r));
  out.push(pt.toString());
  if (d.suppressed > 0) out.push(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: d.suppressed, min: audit.options.minGroup }));
  out.push(`${fillText(tr(AUDIT_UI.ceilings, lang), { ceiling: fmtPct(audit.options.ceiling, cm, 0) })}:${d.ceilings.length === 0 ? ` ${tr(AUDIT_UI.noCeilings, lang)}` : ''}`);
  for (const c of d.ceilings) out.push(`  ${ceilingText(c, lang, cm)}${c.coveredByGuidance ? ` (${lang === 'en' ? 'also a 6/2022 guidance finding' : 'juga temuan pedoman 6/2022'})` : ''}`);
  out.push(`${tr(AUDIT_UI.spread, lang)}:`);
  for (const [axis, sp] of [
    [UI.performanceAxis, d.spread.performance],
    [UI.potentialAxis, d.spread.potential],
  ] as const) {
    out.push(
      `  ${tr(axis, lang).padEnd(10)} ${fillText(tr(AUDIT_UI.spreadLine, lang), {
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
      })}`,
    );
  }

  // 2. near the line
  h(`2. ${fillText(tr(AUDIT_UI.near, lang), { d: audit.near.distance })}`);
  out.push(nearSummaryText(audit, lang, cm));
  if (audit.near.employees.length > 0 && top > 0) {
    const nt = new Table({
      head: ['NIP', lang === 'en' ? 'Name' : 'Nama', 'OPD', tr(UI.box, lang), tr(AUDIT_UI.axis, lang), tr(AUDIT_UI.score, lang), tr(AUDIT_UI.cutoff, lang), tr(AUDIT_UI.distance, lang), tr(AUDIT_UI.otherBox, lang), tr(AUDIT_UI.poolBoxes, lang)],
      style: plain,
      chars: compact,
    });
    for (const x of audit.near.employees.slice(0, top)) {
      for (const [axis, a] of [
        [UI.performanceAxis, x.performance],
        [UI.potentialAxis, x.potential],
      ] as const) {
        if (!a) continue;
        nt.push([
          x.nip,
          truncate(x.nama, 24),
          truncate(unitName(x.unit, lang), 24),
          String(x.box),
          tr(axis, lang),
          fmtScore(a.score, cm),
          fmtScore(a.cutoff, cm),
          `${a.distance > 0 ? '+' : ''}${fmtScore(a.distance, cm)}`,
          String(a.otherBox),
          poolMove(x.box, a.otherBox, audit, lang),
        ]);
      }
    }
    out.push(nt.toString());
    if (audit.near.employees.length > top) out.push(fillText(tr(AUDIT_UI.more, lang), { n: audit.near.employees.length - top }));
  }
  out.push(box5Text(audit, ctx, cm));
  for (const x of audit.near.box5Top.slice(0, top)) {
    out.push(`  ${x.nip}  ${truncate(x.nama, 28).padEnd(28)}  ${tr(UI.performanceAxis, lang)} ${fmtScore(x.performance, cm)} · ${tr(UI.potentialAxis, lang)} ${fmtScore(x.potential, cm)}`);
  }

  // 3. leniency
  h(`3. ${fillText(tr(AUDIT_UI.leniency, lang), { share: fmtPct(u.agencyShare, cm) })}`);
  const scanTable = (scan: LeniencyScan, first: string) => {
    const t = new Table({
      head: [first, 'n', tr(AUDIT_UI.poolBoxes, lang), '%', 'z', tr(AUDIT_UI.limits95, lang), tr(AUDIT_UI.limits998, lang), tr(AUDIT_UI.signal, lang)],
      style: plain,
      chars: compact,
    });
    for (const r of scan.rows) {
      const flag = flagText(r.flag, lang);
      t.push([
        truncate(unitName(r.key, lang), 34),
        String(r.n),
        String(r.pool),
        fmtPct(r.share, cm),
        fmtNum(r.z, 2, cm),
        `${fmtPct(r.limits95[0], cm)}–${fmtPct(r.limits95[1], cm)}`,
        `${fmtPct(r.limits998[0], cm)}–${fmtPct(r.limits998[1], cm)}`,
        r.flag === 'WITHIN' ? flag : chalk.yellow(flag),
      ]);
    }
    out.push(t.toString());
    if (scan.suppressed > 0) out.push(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: scan.suppressed, min: audit.options.minGroup }));
  };
  scanTable(u, tr(AUDIT_UI.unit, lang));
  out.push(chiText(u.test, 'units', lang, cm));
  if (audit.leniency.raters) {
    out.push(chalk.bold(fillText(tr(AUDIT_UI.leniencyRaters, lang), { column: audit.leniency.raterColumn ?? '' })));
    scanTable(audit.leniency.raters, tr(AUDIT_UI.rater, lang));
    out.push(chiText(audit.leniency.raters.test, 'raters', lang, cm));
  } else {
    out.push(tr(AUDIT_UI.ratersUnavailable, lang));
  }

  // 4. fairness
  h(`4. ${tr(AUDIT_UI.fairness, lang)}`);
  const ft = new Table({
    head: [
      tr(AUDIT_UI.dimension, lang),
      tr(AUDIT_UI.group, lang),
      tr(UI.employees, lang),
      tr(UI.mapped, lang),
      tr(AUDIT_UI.selected, lang),
      tr(AUDIT_UI.rate, lang),
      tr(AUDIT_UI.air, lang),
      tr(AUDIT_UI.excludedByRule, lang),
      tr(AUDIT_UI.signal, lang),
    ],
    style: plain,
    chars: compact,
  });
  for (const dim of audit.fairness.dimensions) {
    dim.groups.forEach((g, i) => ft.push(fairnessRow(dimensionName(dim.id, lang), i === 0, g, dim.reference, audit.options.minGroup, lang, chalk, cm)));
  }
  out.push(ft.toString());
  for (const dim of audit.fairness.dimensions) {
    out.push(`${dimensionName(dim.id, lang)}: ${chiText(dim.test, 'groups', lang, cm)}`);
    if (dim.unknown > 0) out.push(`  ${fillText(tr(AUDIT_UI.unknownGroup, lang), { n: dim.unknown })}`);
  }
  const ss = audit.fairness.sexSource;
  out.push(fillText(tr(AUDIT_UI.sexSource, lang), { column: ss.column, nip: ss.nip, mismatch: ss.mismatch }));
  out.push(chalk.dim(tr(AUDIT_UI.fairnessNote, lang)));
  return out.join('\n') + '\n';
}

function fairnessRow(dim: string, first: boolean, g: FairnessGroup, reference: string | null, minGroup: number, lang: Lang, chalk: ChalkInstance, comma: boolean): string[] {
  if (g.suppressed) {
    return [first ? dim : '', groupName(g.key, lang), fillText(tr(AUDIT_UI.suppressedGroup, lang), { min: minGroup }), '', '', '', '', '', ''];
  }
  const signal = g.belowFourFifths ? chalk.yellow(tr(AUDIT_UI.belowFourFifths, lang)) : g.key === reference ? tr(AUDIT_UI.reference, lang) : '';
  return [
    first ? dim : '',
    groupName(g.key, lang),
    String(g.employees),
    String(g.mapped),
    String(g.selected),
    fmtPct(g.rate, comma),
    fmtNum(g.air, 2, comma),
    String(g.excludedByRule),
    signal,
  ];
}

/** `masuk`/`keluar` when crossing the line moves the employee into or out of the pool boxes. */
export function poolMove(box: number, other: number, audit: Audit, lang: Lang): string {
  const inPool = audit.poolBoxes.includes(box);
  if (inPool === audit.poolBoxes.includes(other)) return '';
  return inPool ? (lang === 'en' ? 'would leave' : 'keluar') : lang === 'en' ? 'would enter' : 'masuk';
}
