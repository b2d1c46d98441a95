/**
 * The audit in words, shared by every audit renderer (terminal, workbook, HTML): names of units,
 * predikat, groups and signals; rule checks, tests and the main findings as sentences. Text that
 * is not in src/i18n.ts is in `AUDIT_TEXT` below, one entry per language: no renderer chooses
 * words by testing the language itself.
 */
import type { Audit, CeilingWarning, ChiSquare, LeniencyScan, RuleCheck } from '../core/audit.js';
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
import { fmtInt, fmtNum, fmtP, fmtPct, fmtScore } from './numbers.js';

export { fmtInt, fmtNum, fmtP, fmtPct, fmtScore };

/** Text of the audit renderers that src/i18n.ts does not hold, per language. */
export const AUDIT_TEXT = {
  min: { id: 'min.', en: 'min.' },
  max: { id: 'maks.', en: 'max.' },
  without: { id: 'tanpa', en: 'no' },
  has: { id: 'ada', en: 'has' },
  wouldLeave: { id: 'keluar', en: 'would leave' },
  wouldEnter: { id: 'masuk', en: 'would enter' },
  alsoGuidance: { id: 'juga temuan pedoman 6/2022', en: 'also a 6/2022 guidance finding' },
  name: { id: 'Nama', en: 'Name' },
  nPredikat: { id: 'n (predikat)', en: 'n (predikat)' },
  nMapped: { id: 'n (terpetakan)', en: 'n (mapped)' },
  maxWord: { id: 'maks', en: 'max' },
  mean: { id: 'rata-rata', en: 'mean' },
  mostCommon: { id: 'skor terbanyak', en: 'most common' },
  mostCommonShort: { id: 'terbanyak', en: 'most common' },
  funnel: { id: 'corong', en: 'funnel' },
  guidance: { id: 'pedoman 6/2022', en: '6/2022 guidance' },
  pseudonym: { id: 'Pseudonim', en: 'Pseudonym' },
  // short headers of narrow terminal tables
  employeesShort: { id: 'Peg.', en: 'Empl.' },
  mappedShort: { id: 'Terp.', en: 'Mapped' },
  excludedShort: { id: 'Dikec.', en: 'Excl.' },
  performanceShort: { id: 'Kin.', en: 'Perf.' },
  potentialShort: { id: 'Pot.', en: 'Pot.' },
  reference: { id: 'acuan', en: 'ref' },
  funnelNote: {
    id: 'Garis putus: batas PermenPANRB 6/2022 untuk organisasi berpredikat "{org}" (diasumsikan; tidak ada di data).',
    en: 'Dashed: PermenPANRB 6/2022 limit for an organisation rated "{org}" (assumed; not in the data).',
  },
  htmlWritten: { id: 'Laporan HTML ditulis ke', en: 'HTML report written to' },
  // the main findings
  agencyFails: {
    id: 'Instansi secara keseluruhan tidak memenuhi pedoman 6/2022 untuk organisasi berpredikat "{org}": {what}.',
    en: 'The whole agency does not meet the 6/2022 guidance for a "{org}" organisation: {what}.',
  },
  unitsFail: {
    id: '{n} dari {m} unit tidak memenuhi pedoman 6/2022 untuk organisasi berpredikat "{org}"{units}.',
    en: '{n} of {m} units do not meet the 6/2022 guidance for a "{org}" organisation{units}.',
  },
  ceilingFinding: {
    id: 'Batas atas (> {ceiling} pada satu predikat atau kotak): {list}.',
    en: 'Ceiling (> {ceiling} in one predikat or box): {list}.',
  },
  poolBoundary: {
    id: '{n} pegawai akan masuk atau keluar kotak 7–9 dengan pergeseran ≤ {d} poin.',
    en: '{n} employee(s) would enter or leave boxes 7–9 with a shift of ≤ {d} point(s).',
  },
  outsideFunnel: {
    id: '{n} {what} di luar batas corong 95%: {list}.',
    en: '{n} {what} outside the 95% funnel limits: {list}.',
  },
  differs: {
    id: 'Persentase kotak 7–9 berbeda antar{what} lebih dari yang wajar karena kebetulan (p = {p}, V = {v}).',
    en: 'The share of boxes 7–9 differs between {what} more than chance would explain (p = {p}, V = {v}).',
  },
  units: { id: 'unit', en: 'unit(s)' },
  raters: { id: 'penilai', en: 'rater(s)' },
  belowFourFifths: {
    id: '{dim}: tingkat seleksi di bawah empat perlima kelompok tertinggi ({ref}) untuk {list}.',
    en: '{dim}: selection rate below four fifths of the highest group ({ref}) for {list}.',
  },
} satisfies Record<string, Record<Lang, string>>;

export const say = (key: keyof typeof AUDIT_TEXT, lang: Lang, params?: Record<string, string | number>): string =>
  params ? fillText(AUDIT_TEXT[key][lang], params) : AUDIT_TEXT[key][lang];

/** Indonesian writes the decimal comma (as the workbook and the HTML report do). */
export const commaFor = (lang: Lang): boolean => lang === 'id';

/** Cut to at most `n` characters with an ellipsis. */
export function truncate(s: string, n: number): string {
  const chars = [...s];
  // no space before the ellipsis ("Badan Kepegawaian…", not "Badan Kepegawaian …")
  return chars.length > n
    ? `${chars
        .slice(0, Math.max(0, n - 1))
        .join('')
        .trimEnd()}…`
    : s;
}

export function unitName(key: string, lang: Lang): string {
  return key === '' ? tr(AUDIT_UI.blankUnit, lang) : key;
}

export function predikatName(p: string): string {
  return PREDIKAT_TERM[p] ?? p;
}

function rulesText(audit: Audit, lang: Lang): string {
  return audit.distribution.rules.map((r) => tr(GUIDANCE_RULE_TEXT[r.id], lang, r.id)).join('; ');
}

export function ruleWords(id: string, lang: Lang): string {
  return tr(GUIDANCE_RULE_TEXT[id], lang, id);
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
  if (c.kind === 'minCount') return `${what}: ${c.actual} (${say('min', lang)} ${c.value})`;
  return `${what}: ${c.actual} (${say('max', lang)} ${c.value})`;
}

/** The same, without the number found (narrow cells): `Baik > 70%`, `tanpa Butuh Perbaikan/Kurang`. */
function checkShort(c: RuleCheck, lang: Lang, comma = false, abbreviate = false): string {
  const what = c.predikat.map(abbreviate ? (p) => PREDIKAT_ABBREV[p] ?? p : shortPredikat).join('/');
  if (c.kind === 'maxShare') return `${what} > ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minShare') return `${what} < ${fmtPct(c.value, comma, 0)}`;
  if (c.kind === 'minCount') return c.value === 1 ? `${say('without', lang)} ${what}` : `${what} < ${c.value}`;
  return c.value === 0 ? `${say('has', lang)} ${what}` : `${what} > ${c.value}`;
}

export function checksText(checks: RuleCheck[], lang: Lang, comma = false): string {
  const failed = checks.filter((c) => !c.ok);
  return failed.length === 0 ? `✓ ${tr(AUDIT_UI.meets, lang)}` : `✗ ${failed.map((c) => checkText(c, lang, comma)).join('; ')}`;
}

/** The failed checks in abbreviated form (heat map, narrow terminals). */
export function checksShort(checks: RuleCheck[], lang: Lang, comma = false): string {
  const failed = checks.filter((c) => !c.ok);
  return failed.length === 0 ? `✓ ${tr(AUDIT_UI.meets, lang)}` : `✗ ${failed.map((c) => checkShort(c, lang, comma, true)).join('; ')}`;
}

export function ceilingText(c: CeilingWarning, lang: Lang, comma = false): string {
  const where = c.unit === null ? tr(AUDIT_UI.agency, lang) : unitName(c.unit, lang);
  const what = c.kind === 'box' ? `${tr(UI.box, lang)} ${c.key}` : predikatName(c.key);
  return fillText(tr(AUDIT_UI.ceilingLine, lang), { where, what, share: fmtPct(c.share, comma), count: c.count, n: c.n });
}

/** Strength of an association by Cramér's V (Cohen's conventions for one degree of freedom). */
function strengthText(v: number, lang: Lang): string {
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

/** The main signals in a few sentences (HTML report, terminal head, workbook). */
export function findings(audit: Audit, lang: Lang, comma = false, opts: { listUnits?: boolean; near?: boolean } = {}): string[] {
  const listUnits = opts.listUnits ?? true;
  const out: string[] = [];
  const d = audit.distribution;
  const failing = d.units.filter((u) => !u.ok);
  const org = tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang);
  if (!d.agency.ok) {
    const what = d.agency.checks
      .filter((c) => !c.ok)
      .map((c) => checkText(c, lang, comma))
      .join('; ');
    out.push(say('agencyFails', lang, { org, what }));
  }
  if (failing.length > 0) {
    const units = listUnits ? ` (${failing.map((u) => unitName(u.unit!, lang)).join(', ')})` : '';
    out.push(say('unitsFail', lang, { n: failing.length, m: d.units.length, org, units }));
  }
  const ceilings = d.ceilings.filter((c) => !c.coveredByGuidance);
  if (ceilings.length > 0) {
    const list = ceilings.map((c) => ceilingText(c, lang, comma)).join('; ');
    out.push(say('ceilingFinding', lang, { ceiling: fmtPct(audit.options.ceiling, comma, 0), list }));
  }
  if (audit.near.poolBoundary > 0 && opts.near !== false) {
    out.push(say('poolBoundary', lang, { n: fmtInt(audit.near.poolBoundary, comma), d: fmtScore(audit.near.distance, comma) }));
  }
  const scans: [LeniencyScan | null, 'units' | 'raters'][] = [
    [audit.leniency.units, 'units'],
    [audit.leniency.raters, 'raters'],
  ];
  for (const [scan, word] of scans) {
    if (!scan) continue;
    const what = say(word, lang);
    const out95 = scan.rows.filter((r) => r.flag !== 'WITHIN');
    if (out95.length > 0) {
      const list = out95.map((r) => `${unitName(r.key, lang)} (${fmtPct(r.share, comma)})`).join(', ');
      out.push(say('outsideFunnel', lang, { n: out95.length, what, list }));
    }
    if (scan.test && scan.test.p < 0.05) {
      out.push(say('differs', lang, { what, p: fmtP(scan.test.p, comma), v: fmtNum(scan.test.cramersV, 2, comma) }));
    }
  }
  for (const dim of audit.fairness.dimensions) {
    const low = dim.groups.filter((g) => g.belowFourFifths);
    if (low.length === 0) continue;
    const list = low.map((g) => `${groupName(g.key, lang)} (${fmtPct(g.rate, comma, 0)}, AIR ${fmtNum(g.air, 2, comma)})`).join(', ');
    const ref = dim.groups.find((g) => g.key === dim.reference)!;
    out.push(say('belowFourFifths', lang, { dim: dimensionName(dim.id, lang), ref: `${groupName(ref.key, lang)} ${fmtPct(ref.rate, comma, 0)}`, list }));
  }
  return out;
}

/** `masuk`/`keluar` when crossing the line moves the employee into or out of the pool boxes. */
export function poolMove(box: number, other: number, audit: Audit, lang: Lang): string {
  const inPool = audit.poolBoxes.includes(box);
  if (inPool === audit.poolBoxes.includes(other)) return '';
  return say(inPool ? 'wouldLeave' : 'wouldEnter', lang);
}
