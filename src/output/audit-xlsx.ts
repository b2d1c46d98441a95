/**
 * The audit as workbook sheets, added to a streaming WorkbookWriter (src/output/xlsx-writer.ts) (the classify report
 * calls `addAuditSheets(wb, ctx, audit)` before `wb.commit()`):
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
import type { SheetWriter, WorkbookWriter } from './xlsx-writer.js';
import { fill, HEADER_FILL } from './xlsx-style.js';
import { headerWidth, pageFor, paragraph, rowHeight } from './xlsx-layout.js';
import type { Audit, LeniencyScan } from '../core/audit.js';
import { PREDIKAT_ORDER } from '../core/audit.js';
import { AUDIT_UI, fillText, ORG_PREDIKAT_LABEL, tr, UI } from '../i18n.js';
import {
  box5Text,
  ceilingText,
  checksText,
  chiText,
  dimensionName,
  findings,
  flagText,
  groupName,
  guidanceText,
  nearSummaryText,
  poolMove,
  predikatName,
  unitName,
} from './audit-terminal.js';
import type { Ctx } from './model.js';

const WARN_FILL = 'FFFFEB9C';
const BAD_FILL = 'FFFFC7CE';
const PCT = '0.0%';

type Sheet = SheetWriter;
type Cell = string | number | null;

/** Sheet names of the audit (localised), in the order they are added. */
export function auditSheetNames(lang: 'id' | 'en'): string[] {
  return [tr(AUDIT_UI.sheetAudit, lang), tr(AUDIT_UI.sheetUnits, lang), tr(AUDIT_UI.sheetNear, lang), tr(AUDIT_UI.sheetFairness, lang)];
}

export function addAuditSheets(wb: WorkbookWriter, ctx: Ctx, audit: Audit): void {
  const { lang } = ctx;
  const comma = lang === 'id';
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
  text(a, `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${ctx.result.profile.id} v${ctx.result.profile.version} #${ctx.profileHash.slice(0, 8)}`);
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
  header(a, ['', 'n', 'min', 'Q1', 'median', 'Q3', lang === 'en' ? 'max' : 'maks', lang === 'en' ? 'mean' : 'rata-rata', 'SD', lang === 'en' ? 'most common' : 'skor terbanyak', '%']);
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

  // ---- Audit Unit ----
  const u = wb.addWorksheet(tr(AUDIT_UI.sheetUnits, lang), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }]});
  u.columns = [
    { width: 40 },
    { width: 8 },
    ...PREDIKAT_ORDER.map(() => ({ width: 11, style: { numFmt: PCT } })),
    { width: 30 },
    { width: 10 },
    { width: 10 },
    { width: 10, style: { numFmt: PCT } },
    { width: 8, style: { numFmt: '0.00' } },
    { width: 10, style: { numFmt: PCT } },
    { width: 10, style: { numFmt: PCT } },
    { width: 10, style: { numFmt: PCT } },
    { width: 10, style: { numFmt: PCT } },
    { width: 22 },
  ];
  const unitHead = (first: string) => [
    first,
    lang === 'en' ? 'n (predikat)' : 'n (predikat)',
    ...PREDIKAT_ORDER.map(predikatName),
    fillText(tr(AUDIT_UI.guidanceShort, lang), { org: tr(ORG_PREDIKAT_LABEL[audit.distribution.orgPredikat], lang) }),
    lang === 'en' ? 'n (mapped)' : 'n (terpetakan)',
    tr(AUDIT_UI.poolBoxes, lang),
    `% ${tr(AUDIT_UI.poolBoxes, lang)}`,
    'z',
    // each limit named in words: cut to the column, "Batas 95% ↓" and "Batas 95% ↑" looked the same
    tr(AUDIT_UI.lower95, lang),
    tr(AUDIT_UI.upper95, lang),
    tr(AUDIT_UI.lower998, lang),
    tr(AUDIT_UI.upper998, lang),
    tr(AUDIT_UI.signal, lang),
  ];
  header(u, unitHead(tr(AUDIT_UI.unit, lang)));
  const dist = new Map(audit.distribution.units.map((r) => [r.unit, r]));
  const scanRows = (scan: LeniencyScan, withPredikat: boolean) => {
    const keys = withPredikat ? [...new Set([...scan.rows.map((r) => r.key), ...audit.distribution.units.map((r) => r.unit!)])].sort((x, y) => (x === '' ? 1 : y === '' ? -1 : x < y ? -1 : x > y ? 1 : 0)) : scan.rows.map((r) => r.key);
    for (const key of keys) {
      const d = withPredikat ? dist.get(key) : undefined;
      const r = scan.rows.find((x) => x.key === key);
      const cells: Cell[] = [
        unitName(key, lang),
        d ? d.n : null,
        ...PREDIKAT_ORDER.map((p) => (d ? d.shares[p] : null)),
        d ? checksText(d.checks, lang, comma) : null,
        r ? r.n : null,
        r ? r.pool : null,
        r ? r.share : null,
        r ? r.z : null,
        r ? r.limits95[0] : null,
        r ? r.limits95[1] : null,
        r ? r.limits998[0] : null,
        r ? r.limits998[1] : null,
        r ? flagText(r.flag, lang) : null,
      ];
      const row = u.addRow(cells);
      if (d && !d.ok) row.getCell(8).fill = fill(BAD_FILL);
      if (r && r.flag !== 'WITHIN') row.getCell(17).fill = fill(r.flag.endsWith('99_8') ? BAD_FILL : WARN_FILL);
      row.commit();
    }
  };
  scanRows(audit.leniency.units, true);
  if (audit.distribution.suppressed > 0 || audit.leniency.units.suppressed > 0) {
    text(u, fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: Math.max(audit.distribution.suppressed, audit.leniency.units.suppressed), min: audit.options.minGroup }));
  }
  blank(u);
  if (audit.leniency.raters) {
    text(u, fillText(tr(AUDIT_UI.leniencyRaters, lang), { column: audit.leniency.raterColumn ?? '' }), true);
    header(u, unitHead(tr(AUDIT_UI.rater, lang)));
    scanRows(audit.leniency.raters, false);
    if (audit.leniency.raters.suppressed > 0) text(u, fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: audit.leniency.raters.suppressed, min: audit.options.minGroup }));
  } else {
    text(u, tr(AUDIT_UI.ratersUnavailable, lang));
  }
  u.commit();

  // ---- Dekat Batas ----
  const n = wb.addWorksheet(tr(AUDIT_UI.sheetNear, lang), { views: [{ state: 'frozen', ySplit: 1 }]});
  // names and units wrap (their rows as tall as needed); box numbers centred, apart from the text beside them
  const wrapTop = { alignment: { wrapText: true, vertical: 'top' } } as const;
  const centre = { alignment: { horizontal: 'center', vertical: 'top' } } as const;
  n.columns = [{ width: 21 }, { width: 28, style: wrapTop }, { width: 36, style: wrapTop }, { width: 7, style: centre }, { width: 12 }, { width: 10 }, { width: 9 }, { width: 9 }, { width: 14, style: centre }, { width: 14 }];
  const nearRow = (cells: (string | number | null)[]) => {
    const r = n.addRow(cells);
    const h = rowHeight(cells.slice(0, 3), widthsOf(n).slice(0, 3));
    if (h !== undefined) r.height = h;
    r.commit();
  };
  header(n, [
    'NIP',
    lang === 'en' ? 'Name' : 'Nama',
    tr(AUDIT_UI.unit, lang),
    tr(UI.box, lang),
    tr(AUDIT_UI.axis, lang),
    tr(AUDIT_UI.score, lang),
    tr(AUDIT_UI.cutoff, lang),
    tr(AUDIT_UI.distance, lang),
    tr(AUDIT_UI.otherBox, lang),
    tr(AUDIT_UI.poolBoxes, lang),
  ]);
  for (const x of audit.near.employees) {
    for (const [axis, ax] of [
      [UI.performanceAxis, x.performance],
      [UI.potentialAxis, x.potential],
    ] as const) {
      if (!ax) continue;
      nearRow([x.nip, x.nama, unitName(x.unit, lang), x.box, tr(axis, lang), ax.score, ax.cutoff, ax.distance, ax.otherBox, poolMove(x.box, ax.otherBox, audit, lang)]);
    }
  }
  blank(n);
  text(n, box5Text(audit, ctx, comma), true);
  header(n, ['NIP', lang === 'en' ? 'Name' : 'Nama', tr(AUDIT_UI.unit, lang), tr(UI.box, lang), tr(UI.performanceAxis, lang), tr(UI.potentialAxis, lang), `Δ ${tr(UI.performanceAxis, lang)}`, `Δ ${tr(UI.potentialAxis, lang)}`]);
  for (const x of audit.near.box5Top) {
    nearRow([x.nip, x.nama, unitName(x.unit, lang), 5, x.performance, x.potential, x.performanceGap, x.potentialGap]);
  }
  n.commit();

  // ---- Keadilan ----
  const k = wb.addWorksheet(tr(AUDIT_UI.sheetFairness, lang), { views: [{ state: 'frozen', ySplit: 1 }]});
  k.columns = [
    { width: 16 },
    { width: 16 },
    { width: 10 },
    { width: 11 },
    { width: 10 },
    { width: 10, style: { numFmt: PCT } },
    { width: 8, style: { numFmt: '0.00' } },
    { width: 12, style: { alignment: { horizontal: 'center' } } },
    { width: 26 },
  ];
  header(k, [
    tr(AUDIT_UI.dimension, lang),
    tr(AUDIT_UI.group, lang),
    tr(UI.employees, lang),
    tr(UI.mapped, lang),
    tr(AUDIT_UI.selected, lang),
    tr(AUDIT_UI.rate, lang),
    'AIR',
    tr(AUDIT_UI.excludedByRule, lang),
    tr(AUDIT_UI.signal, lang),
  ]);
  for (const d of audit.fairness.dimensions) {
    for (const g of d.groups) {
      if (g.suppressed) {
        k.addRow([dimensionName(d.id, lang), groupName(g.key, lang), fillText(tr(AUDIT_UI.suppressedGroup, lang), { min: audit.options.minGroup })]).commit();
        continue;
      }
      const signal = g.belowFourFifths ? tr(AUDIT_UI.belowFourFifths, lang) : g.key === d.reference ? tr(AUDIT_UI.reference, lang) : '';
      const row = k.addRow([dimensionName(d.id, lang), groupName(g.key, lang), g.employees, g.mapped, g.selected, g.rate, g.air, g.excludedByRule, signal]);
      if (g.belowFourFifths) row.getCell(7).fill = fill(WARN_FILL);
      row.commit();
    }
  }
  blank(k);
  for (const d of audit.fairness.dimensions) {
    text(k, `${dimensionName(d.id, lang)}: ${chiText(d.test, 'groups', lang, comma)}`);
    if (d.unknown > 0) text(k, fillText(tr(AUDIT_UI.unknownGroup, lang), { n: d.unknown }));
  }
  text(k, tr(AUDIT_UI.fairnessNote, lang));
  text(k, tr(AUDIT_UI.signals, lang));
  k.commit();
}
