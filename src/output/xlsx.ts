/** The XLSX report (exceljs streaming writer, imported lazily). */
import type { Employee, Issue } from '../core/types.js';
import { fill, HEADER_FILL, limitCells, PAGE_LANDSCAPE } from './xlsx-style.js';
import { atomicSink, type FileSink } from '../io/atomic.js';
import { gridOf, POTENTIAL_COLUMNS } from '../core/grid.js';
import {
  boxLabel,
  EMPLOYEE_COLUMNS,
  ISSUE_COLUMNS,
  POOL_COLUMNS,
  SUMMARY_COLUMNS as SUMMARY_TABLE_COLUMNS,
  summaryRows,
  type Column,
  type Ctx,
  flattenProfile,
  NOT_MAPPED_COLUMNS,
  RECONCILE_COLUMNS,
  UNIT_COLUMNS,
  unitRows,
} from './model.js';
import { PERFORMANCE_LABEL, POTENTIAL_LABEL, REASON_TEXT, tr, UI } from '../i18n.js';
import type { LoadedFile } from '../io/inputs.js';
import { rulesInWords } from './rules-text.js';
import type { Audit } from '../core/audit.js';
import { addAuditSheets } from './audit-xlsx.js';

/** Excel's row limit per sheet (header included). */
export const MAX_SHEET_ROWS = 1_048_576;

/** True when a table of `dataRows` rows and its header row do not fit on one sheet. */
export function overflowsSheet(dataRows: number, limit = MAX_SHEET_ROWS): boolean {
  return dataRows + 1 > limit;
}


/** Cell fill per colour group of the grid (the groups come from the profile: src/core/grid.ts). */
export const GROUP_FILL = { pool: 'FFC6EFCE', middle: 'FFFFEB9C', risk: 'FFFFC7CE' } as const;

function pct(n: number, d: number): string {
  if (d === 0) return '0%';
  return `${((100 * n) / d).toFixed(1).replace('.', ',')}%`;
}

export interface XlsxMeta {
  toolVersion: string;
  files: LoadedFile[];
  profileSource: string;
  /** the calibration and fairness audit: its four sheets follow Per unit */
  audit?: Audit;
}

/** Heat-map fill for a share 0..1 (white → green). */
export function heatFill(share: number): string {
  const steps = ['FFFFFFFF', 'FFE2F0D9', 'FFC6E0B4', 'FFA9D08E', 'FF70AD47', 'FF548235'];
  const i = share <= 0 ? 0 : Math.min(steps.length - 1, 1 + Math.floor(share * 5));
  return steps[i]!;
}

export async function writeXlsxReport(path: string, ctx: Ctx, meta: XlsxMeta, sink: FileSink = atomicSink({ lang: ctx.lang })): Promise<number> {
  const toolVersion = meta.toolVersion;
  const ExcelJS = (await import('exceljs')).default;
  const { result, lang } = ctx;
  const s = result.summary;
  const rowsOk = !overflowsSheet(Math.max(result.employees.length, result.issues.length));
  if (!rowsOk) {
    throw new Error(
      lang === 'en'
        ? 'More than 1,048,576 rows: too many for one Excel sheet. Use the CSV files (--no-xlsx).'
        : 'Lebih dari 1.048.576 baris: terlalu banyak untuk satu sheet Excel. Gunakan berkas CSV (--no-xlsx).',
    );
  }
  let truncated = { cells: 0 };
  await sink.writeWith(path, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    truncated = limitCells(wb, lang);
    const fixed = new Date(`${s.asOf}T00:00:00Z`);
    wb.creator = `talenta ${toolVersion}`;
    wb.created = fixed;
    wb.modified = fixed;

    // ---- Ringkasan ----
    const ws = wb.addWorksheet(tr(UI.sheetSummary, lang), { pageSetup: PAGE_LANDSCAPE });
    ws.columns = [{ width: 24 }, { width: 34 }, { width: 34 }, { width: 34 }, { width: 4 }, { width: 40 }, { width: 10 }];
    const title = ws.addRow([tr(UI.title, lang)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    ws.addRow([
      `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
    ]).commit();
    ws.addRow([]).commit();
    const axisTop = ws.addRow([`${tr(UI.performanceAxis, lang)} ↑`]);
    axisTop.font = { bold: true };
    axisTop.commit();
    const grid = gridOf(ctx.profile);
    for (const line of grid.rows) {
      const row = ws.addRow([
        PERFORMANCE_LABEL[line.performance][lang],
        ...line.cells.map(({ box: b }) => {
          const n = s.grid[String(b)] ?? 0;
          return `${tr(UI.box, lang)} ${b}\n${boxLabel(b, ctx)}\n${n} (${pct(n, s.mapped)})`;
        }),
      ]);
      row.height = 62;
      row.getCell(1).font = { bold: true };
      row.getCell(1).alignment = { vertical: 'middle' };
      line.cells.forEach((c, i) => {
        const cell = row.getCell(i + 2);
        cell.fill = fill(GROUP_FILL[c.group]);
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        cell.border = {
          top: { style: 'medium' },
          bottom: { style: 'medium' },
          left: { style: 'medium' },
          right: { style: 'medium' },
        };
        cell.font = { bold: c.group === 'pool' };
      });
      row.commit();
    }
    const axisX = ws.addRow(['', ...POTENTIAL_COLUMNS.map((lv) => POTENTIAL_LABEL[lv][lang])]);
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
      for (const [code, n] of entries) {
        const r = ws.addRow([code, n, tr(REASON_TEXT[code], lang, code)]);
        r.getCell(2).alignment = { horizontal: 'left' };
        r.commit();
      }
    };
    section(`${tr(UI.notMapped, lang)} — ${tr(UI.reason, lang).toLowerCase()}`, s.notMappedByReason);
    section(tr(UI.excluded, lang), s.excludedFromPoolByReason);
    ws.commit();

    // ---- tables ----
    const table = <R>(name: string, columns: Column<R>[], rows: Iterable<R>) => {
      const t = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_LANDSCAPE });
      t.pageSetup.printTitlesRow = '1:1';
      // number formats live on the column (one style), not on every cell: far faster to write
      t.columns = columns.map((c) => (c.kind === 'number' ? { width: c.width, style: { numFmt: '0.00' } } : { width: c.width }));
      t.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      const head = t.addRow(columns.map((c) => c.header[lang]));
      head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      head.fill = fill(HEADER_FILL);
      head.alignment = { wrapText: true, vertical: 'top' };
      head.height = 44;
      head.commit();
      for (const r of rows) {
        t.addRow(columns.map((c) => c.get(r, ctx))).commit();
      }
      t.commit();
    };
    const pool: Employee[] = result.pool.map((i) => result.employees[i]!);
    table(tr(UI.sheetPool, lang), POOL_COLUMNS, pool);

    // ---- Per unit: heat map of box shares within each unit ----
    const units = unitRows(ctx);
    const pu = wb.addWorksheet(lang === 'en' ? 'Per unit' : 'Per unit', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }], pageSetup: PAGE_LANDSCAPE });
    pu.columns = UNIT_COLUMNS.map((c) => ({ width: c.width }));
    const puHead = pu.addRow(UNIT_COLUMNS.map((c) => c.header[lang]));
    puHead.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    puHead.fill = fill(HEADER_FILL);
    puHead.commit();
    for (const u of units) {
      const row = pu.addRow(UNIT_COLUMNS.map((c) => c.get(u, ctx)));
      UNIT_COLUMNS.forEach((c, i) => {
        const m = /^kotak_(\d)$/.exec(c.key);
        if (m && u.mapped > 0) row.getCell(i + 1).fill = fill(heatFill((u.boxes[Number(m[1]) - 1] ?? 0) / u.mapped));
        if (c.key === 'persentase_pool') row.getCell(i + 1).numFmt = '0.0%';
      });
      row.commit();
    }
    pu.commit();
    if (meta.audit) addAuditSheets(wb, ctx, meta.audit);

    table(tr(UI.sheetAll, lang), EMPLOYEE_COLUMNS, result.employees);
    table(
      lang === 'en' ? 'Not mapped' : 'Belum Terpetakan',
      NOT_MAPPED_COLUMNS,
      result.employees.filter((e) => e.box === null),
    );
    table<Issue>(tr(UI.sheetIssues, lang), ISSUE_COLUMNS, result.issues);
    table(lang === 'en' ? 'Summary table' : 'Tabel Ringkasan', SUMMARY_TABLE_COLUMNS, summaryRows(ctx));
    if (ctx.reconciliation) table(lang === 'en' ? 'Reconciliation' : 'Rekonsiliasi', RECONCILE_COLUMNS, ctx.reconciliation.disagree);

    // ---- Metodologi: everything needed to audit and reproduce the run ----
    const md = wb.addWorksheet(lang === 'en' ? 'Methodology' : 'Metodologi', { pageSetup: PAGE_LANDSCAPE });
    md.columns = [{ width: 44 }, { width: 90 }];
    const kv = (k: string, v: string | number, bold = false) => {
      const r = md.addRow([k, v]);
      if (bold) r.font = { bold: true };
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      r.commit();
    };
    kv(lang === 'en' ? 'Run' : 'Proses', '', true);
    kv('talenta', toolVersion);
    kv(tr(UI.profile, lang), `${result.profile.id} v${result.profile.version} (${meta.profileSource})`);
    kv(lang === 'en' ? 'Profile SHA-256' : 'SHA-256 profil', ctx.profileHash);
    kv(tr(UI.asOf, lang), s.asOf);
    kv(tr(UI.skpYears, lang), s.skpYears.join(', '));
    md.addRow([]).commit();
    kv(lang === 'en' ? 'Input files' : 'Berkas masukan', '', true);
    for (const f of meta.files) kv(f.path, `SHA-256 ${f.sha256} · ${f.bytes} bytes`);
    for (const t of result.inputs) {
      kv(
        `${t.file}${t.sheet ? ` [${t.sheet}]` : ''}`,
        `${t.roles.length ? t.roles.join(', ') : lang === 'en' ? 'not recognised' : 'tidak dikenali'} · header ${lang === 'en' ? 'row' : 'baris'} ${t.headerRow ?? '–'} · ${t.rows} ${lang === 'en' ? 'data rows' : 'baris data'}`,
      );
    }
    md.addRow([]).commit();
    kv(lang === 'en' ? 'Rules' : 'Aturan', '', true);
    for (const [k, v] of rulesInWords(ctx.profile, lang)) kv(k, v);
    md.addRow([]).commit();
    kv(lang === 'en' ? 'Profile parameters' : 'Parameter profil', '', true);
    for (const [k, v] of flattenProfile(ctx.profile)) kv(k, v);
    md.commit();
    await wb.commit();
  });
  return truncated.cells;
}
