/**
 * The audit's tables as columns, one model for every audit renderer (like src/output/model.ts
 * for the classification): each column has an id, a header per language, a value accessor and a
 * format. The terminal (audit-terminal.ts), the workbook (audit-xlsx.ts) and the HTML page
 * (html/) pick the columns they show by id and format the values as they need:
 *
 *   UNIT_COLUMNS      a unit (or rater, or the whole agency): predikat shares and the 6/2022
 *                     check; pool-box share, z, funnel limits and signal
 *   NEAR_COLUMNS      an employee near a cut-off, one row per axis
 *   BOX5_COLUMNS      a box-5 employee near the top of both bands
 *   FAIRNESS_COLUMNS  a group of a fairness dimension
 *
 * For the terminal a column also says how it gives way on a narrow screen: `drop` (higher is
 * dropped first; none = always kept), `shrink` (text truncated down to that many characters),
 * `max` (text longer than this is cut even when there is room) and a shorter header and value.
 */
import type { Audit, FairnessDimension, FairnessGroup, LeniencyRow, NearAxis, NearEmployee, PredikatRow, TopBandEmployee } from '../core/audit.js';
import { PREDIKAT_ORDER } from '../core/audit.js';
import { AUDIT_UI, fillText, ORG_PREDIKAT_LABEL, tr, UI, type Lang } from '../i18n.js';
import {
  checksShort,
  commaFor,
  checksText,
  dimensionName,
  flagText,
  fmtInt,
  fmtNum,
  fmtPct,
  fmtScore,
  groupName,
  PREDIKAT_ABBREV,
  poolMove,
  predikatName,
  say,
  unitName,
} from './audit-text.js';
import type { Ctx } from './model.js';

export interface AuditCtx {
  ctx: Ctx;
  audit: Audit;
  lang: Lang;
  /** decimal comma (Indonesian) */
  comma: boolean;
}

export const auditCtx = (ctx: Ctx, audit: Audit): AuditCtx => ({ ctx, audit, lang: ctx.lang, comma: commaFor(ctx.lang) });

export type AuditValue = string | number | null;

/** How a value is written: text as is; numbers by kind (the workbook keeps them as numbers). */
export type Format = 'text' | 'int' | 'pct' | 'num2' | 'score' | 'signedScore';

/** Colour of a cell: the terminal paints it, the workbook fills it, the HTML page classes it. */
export type Tone = 'ok' | 'warn' | 'bad' | null;

export interface AuditColumn<R> {
  id: string;
  header: (c: AuditCtx) => string;
  value: (r: R, c: AuditCtx) => AuditValue;
  format: Format;
  /** workbook column width */
  width: number;
  tone?: (r: R, c: AuditCtx) => Tone;
  /** terminal: dropped on a narrow screen, higher first */
  drop?: number;
  /** terminal: text may be cut down to this many characters */
  shrink?: number;
  /** terminal: text is cut at this many characters even with room to spare */
  max?: number;
  /** terminal, narrow screens: a shorter header and value */
  short?: { header?: (c: AuditCtx) => string; value?: (r: R, c: AuditCtx) => AuditValue };
}

const h = (t: { id: string; en: string }) => (c: AuditCtx) => tr(t, c.lang);
const lit = (s: string) => () => s;

/** A value as text in the run's language. */
export function formatValue(v: AuditValue, f: Format, comma: boolean): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  switch (f) {
    case 'int':
      return fmtInt(v, comma);
    case 'pct':
      return fmtPct(v, comma);
    case 'num2':
      return fmtNum(v, 2, comma);
    case 'score':
      return fmtScore(v, comma);
    case 'signedScore':
      return `${v > 0 ? '+' : ''}${fmtScore(v, comma)}`;
    default:
      return String(v);
  }
}

/** The workbook's number format of a column ('' = general). */
export function excelFormat(f: Format): string {
  return f === 'pct' ? '0.0%' : f === 'num2' ? '0.00' : '';
}

/** A column of S read on rows R. */
function via<R, S>(col: AuditColumn<S>, get: (r: R) => S): AuditColumn<R> {
  const { value, tone, short, ...rest } = col;
  return {
    ...rest,
    value: (r, c) => value(get(r), c),
    ...(tone ? { tone: (r: R, c: AuditCtx) => tone(get(r), c) } : {}),
    ...(short ? { short: { ...(short.header ? { header: short.header } : {}), ...(short.value ? { value: (r: R, c: AuditCtx) => short.value!(get(r), c) } : {}) } } : {}),
  };
}

export function pick<R>(columns: AuditColumn<R>[], ids: string[]): AuditColumn<R>[] {
  return ids.map((id) => {
    const c = columns.find((x) => x.id === id);
    if (!c) throw new Error(`audit column ${id}?`);
    return c;
  });
}

// ---- units, raters, the agency -------------------------------------------------------------------

export interface UnitRow {
  /** unit name or rater key; null for the whole agency */
  key: string | null;
  /** predikat of the year against the guidance (units and the agency) */
  dist?: PredikatRow;
  /** pool-box share against the agency (units and raters) */
  scan?: LeniencyRow;
}

const rangeText = (l: [number, number], comma: boolean) => `${fmtPct(l[0], comma)}–${fmtPct(l[1], comma)}`;
const flagTone = (r: LeniencyRow | undefined): Tone => (!r || r.flag === 'WITHIN' ? null : r.flag.endsWith('99_8') ? 'bad' : 'warn');

export const UNIT_COLUMNS: AuditColumn<UnitRow>[] = [
  {
    id: 'unit',
    header: h(AUDIT_UI.unit),
    value: (r, c) => (r.key === null ? tr(AUDIT_UI.agency, c.lang) : unitName(r.key, c.lang)),
    format: 'text',
    width: 40,
    max: 56,
    shrink: 14,
  },
  { id: 'nPredikat', header: (c) => say('nPredikat', c.lang), short: { header: lit('n') }, value: (r) => r.dist?.n ?? null, format: 'int', width: 8 },
  ...PREDIKAT_ORDER.map((p): AuditColumn<UnitRow> => ({
    id: `share_${p}`,
    header: lit(predikatName(p)),
    short: { header: lit(PREDIKAT_ABBREV[p] ?? p) },
    value: (r) => r.dist?.shares[p] ?? null,
    format: 'pct',
    width: 11,
    // on a narrow screen the rare predikat go first; Baik (the 70% rule) stays longest
    drop: p === 'BAIK' ? 1 : p === 'SANGAT_BAIK' ? 2 : 3,
  })),
  {
    id: 'guidance',
    header: (c) => fillText(tr(AUDIT_UI.guidanceShort, c.lang), { org: tr(ORG_PREDIKAT_LABEL[c.audit.distribution.orgPredikat], c.lang) }),
    short: { header: (c) => say('guidance', c.lang), value: (r, c) => (r.dist ? checksShort(r.dist.checks, c.lang, c.comma) : null) },
    value: (r, c) => (r.dist ? checksText(r.dist.checks, c.lang, c.comma) : null),
    tone: (r) => (r.dist ? (r.dist.ok ? 'ok' : 'bad') : null),
    format: 'text',
    width: 30,
    shrink: 12,
  },
  { id: 'nMapped', header: (c) => say('nMapped', c.lang), short: { header: lit('n') }, value: (r) => r.scan?.n ?? null, format: 'int', width: 10 },
  { id: 'pool', header: h(AUDIT_UI.poolBoxes), short: { header: lit('7–9') }, value: (r) => r.scan?.pool ?? null, format: 'int', width: 10, drop: 2 },
  { id: 'poolShare', header: (c) => `% ${tr(AUDIT_UI.poolBoxes, c.lang)}`, short: { header: lit('%') }, value: (r) => r.scan?.share ?? null, format: 'pct', width: 10 },
  { id: 'z', header: lit('z'), value: (r) => r.scan?.z ?? null, format: 'num2', width: 8, drop: 3 },
  { id: 'limits95', header: h(AUDIT_UI.limits95), value: (r, c) => (r.scan ? rangeText(r.scan.limits95, c.comma) : null), format: 'text', width: 14, drop: 4 },
  { id: 'limits998', header: h(AUDIT_UI.limits998), value: (r, c) => (r.scan ? rangeText(r.scan.limits998, c.comma) : null), format: 'text', width: 14, drop: 5 },
  // each limit named in words: cut to the column, "Batas 95% ↓" and "Batas 95% ↑" looked the same
  { id: 'lower95', header: h(AUDIT_UI.lower95), value: (r) => r.scan?.limits95[0] ?? null, format: 'pct', width: 10 },
  { id: 'upper95', header: h(AUDIT_UI.upper95), value: (r) => r.scan?.limits95[1] ?? null, format: 'pct', width: 10 },
  { id: 'lower998', header: h(AUDIT_UI.lower998), value: (r) => r.scan?.limits998[0] ?? null, format: 'pct', width: 10 },
  { id: 'upper998', header: h(AUDIT_UI.upper998), value: (r) => r.scan?.limits998[1] ?? null, format: 'pct', width: 10 },
  {
    id: 'signal',
    header: h(AUDIT_UI.signal),
    short: { header: (c) => say('funnel', c.lang) },
    value: (r, c) => (r.scan ? flagText(r.scan.flag, c.lang) : null),
    tone: (r) => flagTone(r.scan),
    format: 'text',
    width: 22,
    shrink: 11,
  },
];

// ---- near the line ---------------------------------------------------------------------------------

export interface NearRow {
  x: NearEmployee;
  axis: 'performance' | 'potential';
  a: NearAxis;
}

/** One row per axis near its cut-off. */
export const nearRows = (list: NearEmployee[]): NearRow[] =>
  list.flatMap((x) => (['performance', 'potential'] as const).flatMap((axis) => (x[axis] ? [{ x, axis, a: x[axis] }] : [])));

const axisName = (axis: 'performance' | 'potential', lang: Lang) => tr(axis === 'performance' ? UI.performanceAxis : UI.potentialAxis, lang);

const personColumns = <R extends { nip: string; nama: string; unit: string }>(): AuditColumn<R>[] => [
  { id: 'nip', header: lit('NIP'), value: (r) => r.nip, format: 'text', width: 21 },
  { id: 'name', header: (c) => say('name', c.lang), value: (r) => r.nama, format: 'text', width: 28, max: 32, shrink: 8 },
  { id: 'unit', header: h(AUDIT_UI.unit), short: { header: lit('OPD') }, value: (r, c) => unitName(r.unit, c.lang), format: 'text', width: 36, max: 32, shrink: 8, drop: 1 },
];

export const NEAR_COLUMNS: AuditColumn<NearRow>[] = [
  ...personColumns<NearEmployee>().map((col) => via(col, (r: NearRow) => r.x)),
  { id: 'box', header: h(UI.box), value: (r) => r.x.box, format: 'int', width: 7 },
  {
    id: 'axis',
    header: h(AUDIT_UI.axis),
    short: { value: (r, c) => say(r.axis === 'performance' ? 'performanceShort' : 'potentialShort', c.lang) },
    value: (r, c) => axisName(r.axis, c.lang),
    format: 'text',
    width: 12,
  },
  { id: 'score', header: h(AUDIT_UI.score), value: (r) => r.a.score, format: 'score', width: 10 },
  { id: 'cutoff', header: h(AUDIT_UI.cutoff), value: (r) => r.a.cutoff, format: 'score', width: 9, drop: 2 },
  { id: 'distance', header: h(AUDIT_UI.distance), value: (r) => r.a.distance, format: 'signedScore', width: 9 },
  { id: 'otherBox', header: h(AUDIT_UI.otherBox), short: { header: lit('→') }, value: (r) => r.a.otherBox, format: 'int', width: 14 },
  { id: 'poolMove', header: h(AUDIT_UI.poolBoxes), short: { header: lit('7–9') }, value: (r, c) => poolMove(r.x.box, r.a.otherBox, c.audit, c.lang), format: 'text', width: 14 },
];

export const BOX5_COLUMNS: AuditColumn<TopBandEmployee>[] = [
  ...personColumns<TopBandEmployee>(),
  { id: 'box', header: h(UI.box), value: () => 5, format: 'int', width: 7 },
  { id: 'performance', header: h(UI.performanceAxis), value: (r) => r.performance, format: 'score', width: 10 },
  { id: 'potential', header: h(UI.potentialAxis), value: (r) => r.potential, format: 'score', width: 10 },
  { id: 'performanceGap', header: (c) => `Δ ${tr(UI.performanceAxis, c.lang)}`, value: (r) => r.performanceGap, format: 'score', width: 12, drop: 2 },
  { id: 'potentialGap', header: (c) => `Δ ${tr(UI.potentialAxis, c.lang)}`, value: (r) => r.potentialGap, format: 'score', width: 12, drop: 1 },
];

// ---- fairness ----------------------------------------------------------------------------------------

export interface FairnessRow {
  dim: FairnessDimension;
  g: FairnessGroup;
  /** the dimension's first group (its name shown once on the terminal) */
  first: boolean;
}

export const fairnessRows = (audit: Audit): FairnessRow[] => audit.fairness.dimensions.flatMap((dim) => dim.groups.map((g, i) => ({ dim, g, first: i === 0 })));

/** What a suppressed group shows instead of its numbers. */
export const suppressedText = (c: AuditCtx) => fillText(tr(AUDIT_UI.suppressedGroup, c.lang), { min: c.audit.options.minGroup });

const signalOf = (r: FairnessRow, c: AuditCtx) =>
  r.g.suppressed ? '' : r.g.belowFourFifths ? tr(AUDIT_UI.belowFourFifths, c.lang) : r.g.key === r.dim.reference ? tr(AUDIT_UI.reference, c.lang) : '';

export const FAIRNESS_COLUMNS: AuditColumn<FairnessRow>[] = [
  { id: 'dimension', header: h(AUDIT_UI.dimension), value: (r, c) => dimensionName(r.dim.id, c.lang), format: 'text', width: 16, shrink: 8 },
  { id: 'group', header: h(AUDIT_UI.group), value: (r, c) => groupName(r.g.key, c.lang), format: 'text', width: 16, shrink: 8 },
  { id: 'employees', header: h(UI.employees), short: { header: (c) => say('employeesShort', c.lang) }, value: (r) => r.g.employees, format: 'int', width: 10, drop: 2 },
  { id: 'mapped', header: h(UI.mapped), short: { header: (c) => say('mappedShort', c.lang) }, value: (r) => r.g.mapped, format: 'int', width: 11 },
  { id: 'selected', header: h(AUDIT_UI.selected), short: { header: lit('7–9') }, value: (r) => r.g.selected, format: 'int', width: 10 },
  { id: 'rate', header: h(AUDIT_UI.rate), short: { header: lit('%') }, value: (r) => r.g.rate, format: 'pct', width: 10 },
  { id: 'air', header: h(AUDIT_UI.air), value: (r) => r.g.air, format: 'num2', width: 8, tone: (r) => (r.g.belowFourFifths ? 'warn' : null) },
  {
    id: 'excludedByRule',
    header: h(AUDIT_UI.excludedByRule),
    short: { header: (c) => say('excludedShort', c.lang) },
    value: (r) => r.g.excludedByRule,
    format: 'int',
    width: 12,
    drop: 1,
  },
  // the signal is never cut: the counts give way first
  { id: 'signal', header: h(AUDIT_UI.signal), value: signalOf, tone: (r) => (r.g.belowFourFifths ? 'warn' : null), format: 'text', width: 26 },
];
