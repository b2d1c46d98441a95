/** The XLSX report (exceljs streaming writer, imported lazily). */
import type { Employee, Issue } from '../core/types.js';
import { renameIntoPlace } from '../io/atomic.js';
import {
  boxLabel,
  EMPLOYEE_COLUMNS,
  ISSUE_COLUMNS,
  POOL_COLUMNS,
  SUMMARY_COLUMNS as SUMMARY_TABLE_COLUMNS,
  summaryRows,
  type Column,
  type Ctx,
} from './model.js';
import { PERFORMANCE_LABEL, POTENTIAL_LABEL, REASON_TEXT, tr, UI } from '../i18n.js';

/** Excel's row limit per sheet (header included). */
export const MAX_SHEET_ROWS = 1_048_576;

type Fill = { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Colour groups of the grid: talent pool 7–9, the middle 2/4/5, at risk 1/3/6. */
export function boxGroup(box: number): 'pool' | 'middle' | 'risk' {
  if (box >= 7) return 'pool';
  if (box === 2 || box === 4 || box === 5) return 'middle';
  return 'risk';
}
const GROUP_FILL = { pool: 'FFC6EFCE', middle: 'FFFFEB9C', risk: 'FFFFC7CE' } as const;
const HEADER_FILL = 'FF1F4E78';

/** Grid rows top → bottom (kinerja Di Atas first), columns left → right (potensial Rendah first). */
export const GRID_LAYOUT: { perf: 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH'; boxes: [number, number, number] }[] = [
  { perf: 'DI_ATAS', boxes: [4, 7, 9] },
  { perf: 'SESUAI', boxes: [2, 5, 8] },
  { perf: 'DI_BAWAH', boxes: [1, 3, 6] },
];

function pct(n: number, d: number): string {
  if (d === 0) return '0%';
  return `${((100 * n) / d).toFixed(1).replace('.', ',')}%`;
}

export async function writeXlsxReport(path: string, ctx: Ctx, toolVersion: string): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const { result, lang } = ctx;
  const s = result.summary;
  const rowsOk = Math.max(result.employees.length, result.issues.length) < MAX_SHEET_ROWS;
  if (!rowsOk) {
    throw new Error(
      lang === 'en'
        ? 'More than 1,048,576 rows: too many for one Excel sheet. Use the CSV files (--no-xlsx).'
        : 'Lebih dari 1.048.576 baris: terlalu banyak untuk satu sheet Excel. Gunakan berkas CSV (--no-xlsx).',
    );
  }
  await renameIntoPlace(path, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    const fixed = new Date(`${s.asOf}T00:00:00Z`);
    wb.creator = `talenta ${toolVersion}`;
    wb.created = fixed;
    wb.modified = fixed;

    // ---- Ringkasan ----
    const ws = wb.addWorksheet(tr(UI.sheetSummary, lang));
    ws.columns = [{ width: 24 }, { width: 34 }, { width: 34 }, { width: 34 }, { width: 4 }, { width: 40 }, { width: 10 }];
    const title = ws.addRow([tr(UI.title, lang)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    ws.addRow([
      `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version}`,
    ]).commit();
    ws.addRow([]).commit();
    const axisTop = ws.addRow([`${tr(UI.performanceAxis, lang)} ↑`]);
    axisTop.font = { bold: true };
    axisTop.commit();
    for (const line of GRID_LAYOUT) {
      const row = ws.addRow([
        PERFORMANCE_LABEL[line.perf][lang],
        ...line.boxes.map((b) => {
          const n = s.grid[String(b)] ?? 0;
          return `${tr(UI.box, lang)} ${b}\n${boxLabel(b, ctx)}\n${n} (${pct(n, s.mapped)})`;
        }),
      ]);
      row.height = 62;
      row.getCell(1).font = { bold: true };
      row.getCell(1).alignment = { vertical: 'middle' };
      line.boxes.forEach((b, i) => {
        const cell = row.getCell(i + 2);
        cell.fill = fill(GROUP_FILL[boxGroup(b)]);
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        cell.border = {
          top: { style: 'medium' },
          bottom: { style: 'medium' },
          left: { style: 'medium' },
          right: { style: 'medium' },
        };
        cell.font = { bold: b >= 7 };
      });
      row.commit();
    }
    const axisX = ws.addRow(['', POTENTIAL_LABEL.RENDAH[lang], POTENTIAL_LABEL.MENENGAH[lang], POTENTIAL_LABEL.TINGGI[lang]]);
    axisX.font = { bold: true };
    for (let c = 2; c <= 4; c++) axisX.getCell(c).alignment = { horizontal: 'center' };
    axisX.commit();
    const axisRight = ws.addRow(['', '', '', `${tr(UI.potentialAxis, lang)} →`]);
    axisRight.font = { bold: true };
    axisRight.getCell(4).alignment = { horizontal: 'right' };
    axisRight.commit();
    ws.addRow([]).commit();
    const totals: [string, number][] = [
      [tr(UI.employees, lang), s.employees],
      [tr(UI.mapped, lang), s.mapped],
      [tr(UI.notMapped, lang), s.notMapped],
      [tr(UI.talentPool, lang), s.talentPool],
      [`${tr(UI.dataProblems, lang)} (error)`, s.issues.error],
      [`${tr(UI.dataProblems, lang)} (warning)`, s.issues.warning],
    ];
    for (const [label, n] of totals) {
      const r = ws.addRow([label, n]);
      r.getCell(1).font = { bold: true };
      r.getCell(2).alignment = { horizontal: 'left' };
      r.commit();
    }
    const section = (heading: string, rec: Record<string, number>) => {
      ws.addRow([]).commit();
      const hr = ws.addRow([heading]);
      hr.font = { bold: true };
      hr.commit();
      const entries = Object.entries(rec);
      if (entries.length === 0) ws.addRow(['—']).commit();
      for (const [code, n] of entries) ws.addRow([code, n, tr(REASON_TEXT[code], lang, code)]).commit();
    };
    section(`${tr(UI.notMapped, lang)} — ${tr(UI.reason, lang).toLowerCase()}`, s.notMappedByReason);
    section(tr(UI.excluded, lang), s.excludedFromPoolByReason);
    ws.commit();

    // ---- tables ----
    const table = <R>(name: string, columns: Column<R>[], rows: Iterable<R>) => {
      const t = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      t.columns = columns.map((c) => ({ width: c.width }));
      t.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      const head = t.addRow(columns.map((c) => c.header[lang]));
      head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      head.fill = fill(HEADER_FILL);
      head.alignment = { wrapText: true, vertical: 'top' };
      head.commit();
      for (const r of rows) {
        const row = t.addRow(columns.map((c) => c.get(r, ctx)));
        columns.forEach((c, i) => {
          if (c.kind === 'number') row.getCell(i + 1).numFmt = '0.00';
        });
        row.commit();
      }
      t.commit();
    };
    const pool: Employee[] = result.pool.map((i) => result.employees[i]!);
    table(tr(UI.sheetPool, lang), POOL_COLUMNS, pool);
    table(tr(UI.sheetAll, lang), EMPLOYEE_COLUMNS, result.employees);
    table<Issue>(tr(UI.sheetIssues, lang), ISSUE_COLUMNS, result.issues);
    table(lang === 'en' ? 'Summary table' : 'Tabel ringkasan', SUMMARY_TABLE_COLUMNS, summaryRows(ctx));
    await wb.commit();
  });
}
