/** The XLSX report (talenta's own streaming writer: src/output/xlsx-writer.ts). */
import type { Employee, Issue } from '../core/types.js';
import { fill, fitCell, HEADER_FILL } from './xlsx-style.js';
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
import { PERFORMANCE_LABEL, POTENTIAL_LABEL, reasonText, tr, UI } from '../i18n.js';
import type { LoadedFile } from '../io/inputs.js';
import { rulesInWords } from './rules-text.js';
import type { Audit } from '../core/audit.js';
import { addAuditSheets } from './shared/audit-sheets.js';
import { fmtInt, fmtNum } from './numbers.js';
import { WorkbookWriter, type CellValue, type ColumnSpec, type SheetWriter } from './xlsx-writer.js';
import { headerWidth, LINE_PT, pageFor, rowHeight } from './xlsx-layout.js';

export { MAX_SHEET_ROWS, overflowsSheet } from './shared/sheet.js';

/** The report workbook's own words (sheet names, Metodologi labels, notes). */
const XLSX_WORDS = {
  tooManyRows: {
    id: 'Lebih dari 1.048.576 baris: terlalu banyak untuk satu sheet Excel. Gunakan berkas CSV (--no-xlsx).',
    en: 'More than 1,048,576 rows: too many for one Excel sheet. Use the CSV files (--no-xlsx).',
  },
  forPeople: {
    id: 'Workbook ini untuk dibaca dan dicetak. Berkas CSV untuk mesin (dipisah koma, titik desimal, UTF-8, NIP sebagai angka): dibuka dengan klik ganda di spreadsheet berlokal Indonesia ia tampil satu kolom dan NIP menjadi 1,97E+17; gunakan workbook ini, atau impor CSV dengan pemisah koma dan kolom NIP sebagai teks.',
    en: 'This workbook is for reading and printing. The CSV files are for machines (comma-separated, decimal point, UTF-8, NIP as digits): opened by double-click in a spreadsheet set to Indonesian they show one column and NIPs as 1.97E+17; use this workbook, or import the CSV with comma as separator and the NIP column as text.',
  },
  perUnit: { id: 'Per unit', en: 'Per unit' },
  notMappedSheet: { id: 'Belum Terpetakan', en: 'Not mapped' },
  summaryTable: { id: 'Tabel Ringkasan', en: 'Summary table' },
  reconciliation: { id: 'Rekonsiliasi', en: 'Reconciliation' },
  methodology: { id: 'Metodologi', en: 'Methodology' },
  run: { id: 'Proses', en: 'Run' },
  profileHash: { id: 'SHA-256 profil', en: 'Profile SHA-256' },
  inputFiles: { id: 'Berkas masukan', en: 'Input files' },
  notRecognised: { id: 'tidak dikenali', en: 'not recognised' },
  headerRow: { id: 'header baris', en: 'header row' },
  dataRows: { id: 'baris data', en: 'data rows' },
  rules: { id: 'Aturan', en: 'Rules' },
  profileParams: { id: 'Parameter profil', en: 'Profile parameters' },
} satisfies Record<string, { id: string; en: string }>;
import { GROUP_FILL, overflowsSheet } from './shared/sheet.js';

/** A count's share as a percentage, written as the report's language writes it. */
function pct(n: number, d: number, lang: 'id' | 'en'): string {
  return `${fmtNum(d === 0 ? 0 : (100 * n) / d, 1, lang === 'id')}%`;
}

export interface XlsxMeta {
  toolVersion: string;
  files: LoadedFile[];
  profileSource: string;
  /** the calibration and fairness audit: its four sheets follow Per unit */
  audit?: Audit;
}

/** Heat-map fill for a share 0..1 (white → green). */
function heatFill(share: number): string {
  const steps = ['FFFFFFFF', 'FFE2F0D9', 'FFC6E0B4', 'FFA9D08E', 'FF70AD47', 'FF548235'];
  const i = share <= 0 ? 0 : Math.min(steps.length - 1, 1 + Math.floor(share * 5));
  return steps[i]!;
}

export async function writeXlsxReport(path: string, ctx: Ctx, meta: XlsxMeta, sink: FileSink = atomicSink({ lang: ctx.lang })): Promise<number> {
  const toolVersion = meta.toolVersion;
  const { result, lang } = ctx;
  const s = result.summary;
  const rowsOk = !overflowsSheet(Math.max(result.employees.length, result.issues.length));
  if (!rowsOk) {
    throw new Error(tr(XLSX_WORDS.tooManyRows, lang));
  }
  let truncated = 0;
  await sink.writeWith(path, async (tmp) => {
    // a cell past Excel's 32,767 characters is cut, with a marker in the report's language
    const wb = new WorkbookWriter({ filename: tmp, cut: (v) => fitCell(v, lang) as string });
    const fixed = new Date(`${s.asOf}T00:00:00Z`);
    wb.creator = `talenta ${toolVersion}`;
    wb.created = fixed;
    wb.modified = fixed;

    // ---- Ringkasan ----
    const summaryWidths = [24, 34, 34, 34, 4, 40, 10];
    const ws = wb.addWorksheet(tr(UI.sheetSummary, lang), { pageSetup: pageFor(summaryWidths) });
    ws.columns = summaryWidths.map((width) => ({ width }));
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
          return `${tr(UI.box, lang)} ${b}\n${boxLabel(b, ctx)}\n${fmtInt(n, lang === 'id')} (${pct(n, s.mapped, lang)})`;
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
        const r = ws.addRow([code, n, reasonText(code, lang)]);
        r.getCell(2).alignment = { horizontal: 'left' };
        r.commit();
      }
    };
    section(`${tr(UI.notMapped, lang)} — ${tr(UI.reason, lang).toLowerCase()}`, s.notMappedByReason);
    section(tr(UI.excluded, lang), s.excludedFromPoolByReason);
    // which file is for whom: the CSVs follow a machine contract, not a spreadsheet's locale
    ws.addRow([]).commit();
    const forPeople = ws.addRow([tr(XLSX_WORDS.forPeople, lang)]);
    forPeople.alignment = { wrapText: true, vertical: 'top' };
    forPeople.height = 3 * LINE_PT;
    ws.mergeCells(forPeople.number, 1, forPeople.number, summaryWidths.length);
    forPeople.commit();
    ws.commit();

    // ---- tables ----
    /**
     * A table sheet: a header word never breaks, the header row is as tall as its longest
     * header, the page is fitted or spread as src/output/xlsx-layout.ts decides (NIP and name
     * repeat on every page of a wide table); `wrap` columns wrap, their rows as tall as needed.
     */
    const table = async <R>(name: string, columns: Column<R>[], rows: Iterable<R>, opts: { wrap?: string[] } = {}) => {
      const widths = columns.map((c) => headerWidth(c.header[lang], c.width));
      const keyColumns = columns[0]?.key === 'nip' ? (columns[1]?.key === 'nama' ? 2 : 1) : 0;
      const t = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: pageFor(widths, { header: true, keyColumns }) });
      const wrap = new Set(opts.wrap ?? []);
      // number formats live on the column (one style), not on every cell: far faster to write
      t.columns = columns.map((c, i): ColumnSpec => {
        const numFmt = c.percent ? '0.0%' : c.kind === 'number' ? '0.00' : undefined;
        // in a table with wrapped columns every cell sits at the top of its (taller) row
        const alignment = wrap.has(c.key) ? ({ wrapText: true, vertical: 'top' } as const) : wrap.size > 0 ? ({ vertical: 'top' } as const) : undefined;
        return numFmt || alignment ? { width: widths[i]!, style: { ...(numFmt ? { numFmt } : {}), ...(alignment ? { alignment } : {}) } } : { width: widths[i]! };
      });
      t.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      const headers = columns.map((c) => c.header[lang]);
      const head = t.addRow(headers);
      head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      head.fill = fill(HEADER_FILL);
      head.alignment = { wrapText: true, vertical: 'top' };
      head.height = rowHeight(headers, widths) ?? LINE_PT;
      head.commit();
      const wrapAt = columns.flatMap((c, i) => (wrap.has(c.key) ? [i] : []));
      await addRows(
        t,
        rows,
        (r) => columns.map((c) => c.get(r, ctx)),
        wrapAt.length
          ? (cells) =>
              rowHeight(
                wrapAt.map((i) => cells[i]),
                wrapAt.map((i) => widths[i]!),
              )
          : undefined,
      );
      t.commit();
    };
    const pool: Employee[] = result.pool.map((i) => result.employees[i]!);
    await table(tr(UI.sheetPool, lang), POOL_COLUMNS, pool, { wrap: ['nama', 'jabatan', 'unor_induk'] });

    // ---- Per unit: heat map of box shares within each unit ----
    const units = unitRows(ctx);
    const unitWidths = UNIT_COLUMNS.map((c) => headerWidth(c.header[lang], c.width));
    const pu = wb.addWorksheet(tr(XLSX_WORDS.perUnit, lang), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
      pageSetup: pageFor(unitWidths, { header: true, keyColumns: 1 }),
    });
    pu.columns = UNIT_COLUMNS.map((c, i) => (c.percent ? { width: unitWidths[i]!, style: { numFmt: '0.0%' } } : { width: unitWidths[i]! }));
    const unitHeaders = UNIT_COLUMNS.map((c) => c.header[lang]);
    const puHead = pu.addRow(unitHeaders);
    puHead.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    puHead.fill = fill(HEADER_FILL);
    puHead.alignment = { wrapText: true, vertical: 'top' };
    puHead.height = rowHeight(unitHeaders, unitWidths) ?? LINE_PT;
    puHead.commit();
    for (const u of units) {
      const row = pu.addRow(UNIT_COLUMNS.map((c) => c.get(u, ctx)));
      UNIT_COLUMNS.forEach((c, i) => {
        const m = /^kotak_(\d)$/.exec(c.key);
        if (m && u.mapped > 0) row.getCell(i + 1).fill = fill(heatFill((u.boxes[Number(m[1]) - 1] ?? 0) / u.mapped));
      });
      row.commit();
    }
    pu.commit();
    if (meta.audit) addAuditSheets(wb, ctx, meta.audit);

    await table(tr(UI.sheetAll, lang), EMPLOYEE_COLUMNS, result.employees);
    await table(
      tr(XLSX_WORDS.notMappedSheet, lang),
      NOT_MAPPED_COLUMNS,
      result.employees.filter((e) => e.box === null),
    );
    await table<Issue>(tr(UI.sheetIssues, lang), ISSUE_COLUMNS, result.issues);
    await table(tr(XLSX_WORDS.summaryTable, lang), SUMMARY_TABLE_COLUMNS, summaryRows(ctx));
    if (ctx.reconciliation) await table(tr(XLSX_WORDS.reconciliation, lang), RECONCILE_COLUMNS, ctx.reconciliation.disagree);

    // ---- Metodologi: everything needed to audit and reproduce the run ----
    const mdWidths = [44, 90];
    const md = wb.addWorksheet(tr(XLSX_WORDS.methodology, lang), { pageSetup: pageFor(mdWidths) });
    md.columns = mdWidths.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
    // every row as tall as its wrapped text: a long rule never draws over the next one
    const kv = (k: string, v: string | number, bold = false) => {
      const r = md.addRow([k, v]);
      if (bold) r.font = { bold: true };
      const h = rowHeight([k, v], mdWidths);
      if (h !== undefined) r.height = h;
      r.commit();
    };
    kv(tr(XLSX_WORDS.run, lang), '', true);
    kv('talenta', toolVersion);
    kv(tr(UI.profile, lang), `${result.profile.id} v${result.profile.version} (${meta.profileSource})`);
    kv(tr(XLSX_WORDS.profileHash, lang), ctx.profileHash);
    kv(tr(UI.asOf, lang), s.asOf);
    kv(tr(UI.skpYears, lang), s.skpYears.join(', '));
    md.addRow([]).commit();
    kv(tr(XLSX_WORDS.inputFiles, lang), '', true);
    for (const f of meta.files) kv(f.path, `SHA-256 ${f.sha256} · ${f.bytes} bytes`);
    for (const t of result.inputs) {
      kv(
        `${t.file}${t.sheet ? ` [${t.sheet}]` : ''}`,
        `${t.roles.length ? t.roles.join(', ') : tr(XLSX_WORDS.notRecognised, lang)} · ${tr(XLSX_WORDS.headerRow, lang)} ${t.headerRow ?? '–'} · ${t.rows} ${tr(XLSX_WORDS.dataRows, lang)}`,
      );
    }
    md.addRow([]).commit();
    kv(tr(XLSX_WORDS.rules, lang), '', true);
    for (const [k, v] of rulesInWords(ctx.profile, lang)) kv(k, v);
    md.addRow([]).commit();
    kv(tr(XLSX_WORDS.profileParams, lang), '', true);
    for (const [k, v] of flattenProfile(ctx.profile)) kv(k, v);
    md.commit();
    await wb.commit();
    truncated = wb.truncatedCells;
  });
  return truncated;
}

/** Add many rows, letting the deflater catch up whenever enough text waits (flat memory). */
async function addRows<R>(sheet: SheetWriter, rows: Iterable<R>, cells: (r: R) => CellValue[], height?: (cells: CellValue[]) => number | undefined): Promise<void> {
  let n = 0;
  for (const r of rows) {
    const values = cells(r);
    const row = sheet.addRow(values);
    if (height) row.height = height(values);
    row.commit();
    if ((++n & 0x3ff) === 0 && sheet.busy) await sheet.drain();
  }
}
