/**
 * The audit as workbook sheets, added to a streaming WorkbookWriter (src/output/xlsx-writer.ts)
 * (the classify report, src/output/xlsx.ts, calls `addAuditSheets(wb, ctx, audit)` before
 * `wb.commit()`); a shared module, so that no writer imports another:
 *
 *   Audit         the signals, the 6/2022 guidance and the whole agency, ceilings, the spread of
 *                 both axes, the tests in words, the method
 *   Audit Unit    per unit: predikat shares and the guidance check; pool-box share, z, funnel
 *                 limits and signal (and per rater when an atasan column exists)
 *   Dekat Batas   employees near a cut-off, then the box-5 employees near the top of the band
 *   Keadilan      selection rate, AIR and the four-fifths flag per group, the tests
 *
 * Shares are numbers formatted as percentages; suppressed groups have no numbers.
 */
import type { SheetWriter, WorkbookWriter } from '../xlsx-writer.js';
import { fill, HEADER_FILL } from '../xlsx-style.js';
import { headerWidth, pageFor, paragraph, rowHeight } from '../xlsx-layout.js';
import type { Audit, LeniencyScan } from '../../core/audit.js';
import { AUDIT_UI, fillText, tr, UI } from '../../i18n.js';
import {
  auditCtx,
  BOX5_COLUMNS,
  excelFormat,
  FAIRNESS_COLUMNS,
  fairnessRows,
  NEAR_COLUMNS,
  nearRows,
  pick,
  suppressedText,
  UNIT_COLUMNS,
  type AuditColumn,
  type AuditCtx,
  type UnitRow,
} from '../audit-columns.js';
import { box5Text, ceilingText, checksText, chiText, commaFor, dimensionName, findings, guidanceText, nearSummaryText, predikatName, say } from '../audit-text.js';
import { PREDIKAT_ORDER } from '../../core/audit.js';
import type { Ctx } from '../model.js';

/** Columns of the workbook's audit tables (ids of the audit column model). */
const WORKBOOK_TABLES = {
  units: ['unit', 'nPredikat', ...PREDIKAT_ORDER.map((p) => `share_${p}`), 'guidance', 'nMapped', 'pool', 'poolShare', 'z', 'lower95', 'upper95', 'lower998', 'upper998', 'signal'],
  near: ['nip', 'name', 'unit', 'box', 'axis', 'score', 'cutoff', 'distance', 'otherBox', 'poolMove'],
  box5: ['nip', 'name', 'unit', 'box', 'performance', 'potential', 'performanceGap', 'potentialGap'],
  fairness: ['dimension', 'group', 'employees', 'mapped', 'selected', 'rate', 'air', 'excludedByRule', 'signal'],
};

const WARN_FILL = 'FFFFEB9C';
const BAD_FILL = 'FFFFC7CE';
const PCT = '0.0%';

type Sheet = SheetWriter;
type Cell = string | number | null;

export function addAuditSheets(wb: WorkbookWriter, ctx: Ctx, audit: Audit): void {
  const { lang } = ctx;
  const comma = commaFor(lang);
  const widthsOf = (ws: Sheet) => ws.columns.map((c) => c.width ?? 9);
  const header = (ws: Sheet, cells: string[]) => {
    if (ws.rowCount === 0) {
      // the sheet's first row: no header word breaks, and the page follows from the widths
      ws.columns = ws.columns.map((c, i) => ({ ...c, width: headerWidth(cells[i] ?? '', c.width ?? 9) }));
      ws.pageSetup = pageFor(widthsOf(ws), { header: true, keyColumns: 1 });
    }
    const r = ws.addRow(cells);
    r.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    r.fill = fill(HEADER_FILL);
    r.alignment = { wrapText: true, vertical: 'top' };
    const h = rowHeight(cells, widthsOf(ws));
    if (h !== undefined) r.height = h;
    r.commit();
  };
  // a sentence spans the sheet's columns, wrapped, its row as tall as its lines (src/output/xlsx-layout.ts)
  const text = (ws: Sheet, t: string, bold = false) => paragraph(ws, t, widthsOf(ws), { bold });
  const blank = (ws: Sheet) => ws.addRow([]).commit();

  // ---- Audit ----
  const a = wb.addWorksheet(tr(AUDIT_UI.sheetAudit, lang));
  // eleven columns: the widest table on this sheet (the spread) has eleven
  a.columns = [{ width: 30 }, ...Array.from({ length: 10 }, () => ({ width: 11 }))];
  a.pageSetup = pageFor(widthsOf(a));
  const title = a.addRow([tr(AUDIT_UI.title, lang)]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const s = ctx.result.summary;
  text(
    a,
    `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${ctx.result.profile.id} v${ctx.result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
  );
  text(a, tr(AUDIT_UI.signals, lang));
  blank(a);
  text(a, tr(AUDIT_UI.findings, lang), true);
  const f = findings(audit, lang, comma);
  if (f.length === 0) text(a, tr(AUDIT_UI.noFindings, lang));
  for (const line of f) text(a, `• ${line}`);
  blank(a);
  text(a, fillText(tr(AUDIT_UI.distribution, lang), { year: audit.year ?? '–' }), true);
  text(a, guidanceText(audit, lang));
  header(a, ['', 'n', ...PREDIKAT_ORDER.map(predikatName)]);
  const ag = audit.distribution.agency;
  const agRow = a.addRow([tr(AUDIT_UI.agency, lang), ag.n, ...PREDIKAT_ORDER.map((p) => ag.shares[p])]);
  for (let c = 3; c <= 7; c++) agRow.getCell(c).numFmt = PCT;
  agRow.commit();
  text(a, checksText(ag.checks, lang, comma));
  if (audit.distribution.legacy > 0) text(a, fillText(tr(AUDIT_UI.legacyNotCounted, lang), { n: audit.distribution.legacy }));
  blank(a);
  text(a, fillText(tr(AUDIT_UI.ceilings, lang), { ceiling: `${Math.round(audit.options.ceiling * 100)}%` }), true);
  if (audit.distribution.ceilings.length === 0) text(a, tr(AUDIT_UI.noCeilings, lang));
  for (const c of audit.distribution.ceilings) text(a, ceilingText(c, lang, comma));
  blank(a);
  text(a, tr(AUDIT_UI.spread, lang), true);
  header(a, ['', 'n', 'min', 'Q1', 'median', 'Q3', say('maxWord', lang), say('mean', lang), 'SD', say('mostCommon', lang), '%']);
  for (const [axis, sp] of [
    [UI.performanceAxis, audit.distribution.spread.performance],
    [UI.potentialAxis, audit.distribution.spread.potential],
  ] as const) {
    const r = a.addRow([tr(axis, lang), sp.n, sp.min, sp.q1, sp.median, sp.q3, sp.max, sp.mean, sp.sd, sp.mode, sp.modeShare]);
    for (let c = 3; c <= 10; c++) r.getCell(c).numFmt = '0.00';
    r.getCell(11).numFmt = PCT;
    r.commit();
  }
  blank(a);
  text(a, fillText(tr(AUDIT_UI.near, lang), { d: audit.near.distance }), true);
  text(a, nearSummaryText(audit, lang, comma));
  text(a, box5Text(audit, ctx, comma));
  blank(a);
  text(a, fillText(tr(AUDIT_UI.leniency, lang), { share: `${(audit.leniency.units.agencyShare * 100).toFixed(1)}%` }), true);
  text(a, chiText(audit.leniency.units.test, 'units', lang, comma));
  text(a, audit.leniency.raters ? chiText(audit.leniency.raters.test, 'raters', lang, comma) : tr(AUDIT_UI.ratersUnavailable, lang));
  blank(a);
  text(a, tr(AUDIT_UI.fairness, lang), true);
  for (const d of audit.fairness.dimensions) text(a, `${dimensionName(d.id, lang)}: ${chiText(d.test, 'groups', lang, comma)}`);
  const ss = audit.fairness.sexSource;
  text(a, fillText(tr(AUDIT_UI.sexSource, lang), { column: ss.column, nip: ss.nip, mismatch: ss.mismatch }));
  text(a, tr(AUDIT_UI.fairnessNote, lang));
  blank(a);
  text(a, fillText(tr(AUDIT_UI.method, lang), { min: audit.options.minGroup }));
  a.commit();

  const c = auditCtx(ctx, audit);
  // a sheet's columns from the model: widths and number formats (styles by column id)
  const columnsOf = <R>(cols: AuditColumn<R>[], styles: Record<string, object> = {}) =>
    cols.map((col) => {
      const numFmt = excelFormat(col.format);
      const style = { ...(numFmt ? { numFmt } : {}), ...(styles[col.id] ?? {}) };
      return Object.keys(style).length > 0 ? { width: col.width, style } : { width: col.width };
    });
  const headOf = <R>(cols: AuditColumn<R>[], cx: AuditCtx) => cols.map((col) => col.header(cx));
  const tableRows = <R>(
    ws: Sheet,
    cols: AuditColumn<R>[],
    rows: R[],
    opts: { note?: (r: R) => string | null; keyColumns?: number; heightOf?: (cells: Cell[]) => number | undefined } = {},
  ) => {
    for (const r of rows) {
      const note = opts.note ? opts.note(r) : null;
      const cells: Cell[] = note !== null ? [...cols.slice(0, opts.keyColumns ?? 0).map((col) => col.value(r, c)), note] : cols.map((col) => col.value(r, c));
      const row = ws.addRow(cells);
      if (note === null) {
        cols.forEach((col, j) => {
          const tone = col.tone?.(r, c);
          if (tone === 'warn' || tone === 'bad') row.getCell(j + 1).fill = fill(tone === 'bad' ? BAD_FILL : WARN_FILL);
        });
      }
      const height = opts.heightOf?.(cells);
      if (height !== undefined) row.height = height;
      row.commit();
    }
  };

  // ---- Audit Unit ----
  const unitCols = pick(UNIT_COLUMNS, WORKBOOK_TABLES.units);
  const u = wb.addWorksheet(tr(AUDIT_UI.sheetUnits, lang), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  u.columns = columnsOf(unitCols);
  header(u, headOf(unitCols, c));
  const dist = new Map(audit.distribution.units.map((r) => [r.unit, r]));
  const byUnitName = (x: string, y: string) => (x === '' ? 1 : y === '' ? -1 : x < y ? -1 : x > y ? 1 : 0);
  const scanRows = (scan: LeniencyScan, withPredikat: boolean): UnitRow[] => {
    const keys = withPredikat ? [...new Set([...scan.rows.map((r) => r.key), ...audit.distribution.units.map((r) => r.unit!)])].sort(byUnitName) : scan.rows.map((r) => r.key);
    return keys.map((key) => {
      const d = withPredikat ? dist.get(key) : undefined;
      const r = scan.rows.find((x) => x.key === key);
      return { key, ...(d ? { dist: d } : {}), ...(r ? { scan: r } : {}) };
    });
  };
  tableRows(u, unitCols, scanRows(audit.leniency.units, true));
  if (audit.distribution.suppressed > 0 || audit.leniency.units.suppressed > 0) {
    text(u, fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: Math.max(audit.distribution.suppressed, audit.leniency.units.suppressed), min: audit.options.minGroup }));
  }
  blank(u);
  if (audit.leniency.raters) {
    text(u, fillText(tr(AUDIT_UI.leniencyRaters, lang), { column: audit.leniency.raterColumn ?? '' }), true);
    header(
      u,
      headOf(unitCols, c).map((x, i) => (i === 0 ? tr(AUDIT_UI.rater, lang) : x)),
    );
    tableRows(u, unitCols, scanRows(audit.leniency.raters, false));
    if (audit.leniency.raters.suppressed > 0) text(u, fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: audit.leniency.raters.suppressed, min: audit.options.minGroup }));
  } else {
    text(u, tr(AUDIT_UI.ratersUnavailable, lang));
  }
  u.commit();

  // ---- Dekat Batas ----
  const nearCols = pick(NEAR_COLUMNS, WORKBOOK_TABLES.near);
  const n = wb.addWorksheet(tr(AUDIT_UI.sheetNear, lang), { views: [{ state: 'frozen', ySplit: 1 }] });
  // names and units wrap (their rows as tall as needed); box numbers centred, apart from the text beside them
  const wrapTop = { alignment: { wrapText: true, vertical: 'top' } } as const;
  const centre = { alignment: { horizontal: 'center', vertical: 'top' } } as const;
  n.columns = columnsOf(nearCols, { name: wrapTop, unit: wrapTop, box: centre, otherBox: centre });
  const heightOf = (cells: Cell[]) => rowHeight(cells.slice(0, 3), widthsOf(n).slice(0, 3));
  header(n, headOf(nearCols, c));
  tableRows(n, nearCols, nearRows(audit.near.employees), { heightOf });
  blank(n);
  text(n, box5Text(audit, ctx, comma), true);
  const box5Cols = pick(BOX5_COLUMNS, WORKBOOK_TABLES.box5);
  header(n, headOf(box5Cols, c));
  tableRows(n, box5Cols, audit.near.box5Top, { heightOf });
  n.commit();

  // ---- Keadilan ----
  const fairCols = pick(FAIRNESS_COLUMNS, WORKBOOK_TABLES.fairness);
  const k = wb.addWorksheet(tr(AUDIT_UI.sheetFairness, lang), { views: [{ state: 'frozen', ySplit: 1 }] });
  k.columns = columnsOf(fairCols, { excludedByRule: { alignment: { horizontal: 'center' } } });
  header(k, headOf(fairCols, c));
  tableRows(k, fairCols, fairnessRows(audit), { note: (r) => (r.g.suppressed ? suppressedText(c) : null), keyColumns: 2 });
  blank(k);
  for (const d of audit.fairness.dimensions) {
    text(k, `${dimensionName(d.id, lang)}: ${chiText(d.test, 'groups', lang, comma)}`);
    if (d.unknown > 0) text(k, fillText(tr(AUDIT_UI.unknownGroup, lang), { n: d.unknown }));
  }
  text(k, tr(AUDIT_UI.fairnessNote, lang));
  text(k, tr(AUDIT_UI.signals, lang));
  k.commit();
}
