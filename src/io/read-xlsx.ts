/**
 * XLSX reader: every worksheet with data becomes a raw table, in tab order, named after its
 * tab. exceljs is imported lazily (it costs about 0.3 s at start-up) and kept behind this one
 * adapter; its streaming reader keeps memory flat. Files written by Excel, LibreOffice and
 * exceljs itself store the sheets before the shared strings (and exceljs even before the
 * workbook part): exceljs's reader then spills each sheet to a temporary file, and with several
 * sheets it can lose the workbook part and fail. The bytes are therefore reordered first
 * (src/io/zip.ts: workbook, styles, shared strings, then sheets; data copied, not recompressed),
 * so every sheet streams straight from memory.
 *
 * Every cell goes through `convertCell`:
 * - text stays text (never trimmed here); a number stays a number (a NIP in a number cell stays
 *   a number so that the core reports it: its last digits are already gone);
 * - a number with a percent format is read as shown (0.855 formatted `0.0%` → 85.5), like the
 *   text `85,5%`;
 * - a date cell (a number with a date format) → ISO `YYYY-MM-DD` of its calendar date
 *   (exceljs reads dates as UTC; the 1904 date system is honoured); a date-formatted formula
 *   result likewise;
 * - rich text → its plain text; a hyperlink → its text; a formula → its cached result;
 * - an error cell (`#N/A`, `#REF!`, …, or a formula whose result is an error) → empty, reported
 *   as a warning SEL_GALAT with its address; a formula without a cached result (written by a
 *   program that does not calculate) → empty, reported as SEL_RUMUS_TANPA_HASIL;
 * - empty trailing cells of a row and empty rows at the end of a sheet are dropped; a sheet
 *   without any value is skipped; a hidden sheet is read and reported (info SHEET_TERSEMBUNYI).
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Cell, Issue, RawTable } from '../core/types.js';
import { columnLetter, excelSerialToIso, round6, ymd } from '../core/values.js';
import { lacksSharedStrings, reorderWorkbookZip } from './zip.js';

export type CellNote = { kind: 'error'; text: string } | { kind: 'no-result'; formula: string } | null;

/** Does an Excel number format show a date or time (d, m, y, h, s outside quotes and brackets)? */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || /^general$/i.test(fmt)) return false;
  const bare = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!;
  return /[dmyhs]/i.test(bare);
}

/** Does an Excel number format show a percentage (`%` outside quotes)? */
export function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /%/.test(
    fmt
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .split(';')[0]!,
  );
}

function dateToIso(v: Date): Cell {
  // exceljs reads dates as UTC midnight; keep the calendar date, never the local time
  if (Number.isNaN(v.getTime())) return null;
  return ymd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
}

/**
 * One exceljs cell value (and its number format) → string | number | boolean | null, plus a
 * note when the cell held an error or a formula without a result.
 */
export function convertCell(v: unknown, numFmt?: string, date1904 = false): { value: Cell; note: CellNote } {
  if (v === null || v === undefined) return { value: null, note: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v, note: null };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null, note: null };
    if (isPercentFormat(numFmt)) return { value: round6(v * 100), note: null };
    return { value: v, note: null };
  }
  if (v instanceof Date) return { value: dateToIso(v), note: null };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return { value: (o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join(''), note: null };
    }
    if ('error' in o) return { value: null, note: { kind: 'error', text: String(o.error) } };
    if ('formula' in o || 'sharedFormula' in o) {
      const formula = `=${typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? o.sharedFormula : ''}`;
      const r = o.result;
      if (r === undefined || r === null) return { value: null, note: { kind: 'no-result', formula } };
      if (typeof r === 'number') {
        // a formula whose cached result is an error arrives as NaN from the streaming reader
        if (!Number.isFinite(r)) return { value: null, note: { kind: 'error', text: formula } };
        if (isDateFormat(numFmt)) return { value: excelSerialToIso(r, date1904), note: null };
        return convertCell(r, numFmt, date1904);
      }
      if (typeof r === 'object' && r !== null && 'error' in r) {
        return { value: null, note: { kind: 'error', text: String(r.error) } };
      }
      return convertCell(r, numFmt, date1904);
    }
    if ('hyperlink' in o || 'text' in o) return convertCell(o.text, numFmt, date1904);
    return { value: null, note: null };
  }
  // exceljs gives no other kind of value (a bigint is the only one that has a text)
  return { value: typeof v === 'bigint' ? v.toString() : null, note: null };
}

/** One exceljs cell value → Cell (see convertCell). */
export function normaliseCell(v: unknown): Cell {
  return convertCell(v).value;
}

export interface WorkbookRead {
  tables: RawTable[];
  /** sheets named in the workbook (tab list) */
  sheetsListed: number;
  /** worksheets found in the zip and read */
  sheetsRead: number;
}

interface ReaderInternals {
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string; Type?: string }[];
  properties?: { model?: { date1904?: boolean } };
}

interface SheetReader extends AsyncIterable<RowLike> {
  id: string | number;
  name?: string;
  state?: string;
}

interface CellLike {
  value: unknown;
  numFmt?: string;
  type?: number;
  result?: unknown;
}

/** exceljs cell type of a formula (ValueType.Formula) */
const FORMULA_TYPE = 6;

/**
 * The cell's value. For a formula, exceljs's `value` drops a falsy cached result (0, '', false,
 * and NaN, which is what an error result becomes) and the formula text of a shared-formula
 * child; `cell.result` keeps the result as read.
 */
function rawValue(cell: CellLike): unknown {
  if (cell.type !== FORMULA_TYPE) return cell.value;
  const v = (cell.value ?? {}) as { formula?: string; sharedFormula?: string };
  return { formula: v.formula ?? v.sharedFormula ?? '', result: cell.result };
}
interface RowLike {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: CellLike, col: number) => void): void;
}

/** Tab name, tab position and visibility of a worksheet the reader emitted. */
function sheetInfo(reader: ReaderInternals, ws: SheetReader): { name: string; order: number; hidden: boolean } {
  const sheets = reader.model?.sheets ?? [];
  let idx = ws.name !== undefined ? sheets.findIndex((s) => s.name === ws.name) : -1;
  if (idx < 0) {
    // exceljs matches only relative targets (`worksheets/sheetN.xml`); also try absolute ones
    const no = String(ws.id);
    const rel = (reader.workbookRels ?? []).find((r) => new RegExp(`(^|/)sheet${no}\\.xml$`).test(r.Target));
    if (rel) idx = sheets.findIndex((s) => s.rId === rel.Id);
  }
  const s = idx >= 0 ? sheets[idx]! : undefined;
  const name = s?.name ?? ws.name ?? `Sheet${String(ws.id)}`;
  const state = s?.state ?? ws.state;
  return { name, order: idx >= 0 ? idx : 10_000 + Number(ws.id), hidden: state === 'hidden' || state === 'veryHidden' };
}

const isBlankCell = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/**
 * Read a workbook (bytes, a path or a stream) into raw tables, one per worksheet with data.
 * exceljs's reader can stop without settling on a damaged file (nothing left to run, no error):
 * the process would then end silently. A `beforeExit` listener turns that into an error.
 */
export async function readWorkbook(input: Buffer | string | NodeJS.ReadableStream, file: string): Promise<WorkbookRead> {
  let onStall: (() => void) | undefined;
  const stalled = new Promise<never>((_, reject) => {
    onStall = () => reject(new Error('the XLSX reader stopped before the end of the file'));
    process.once('beforeExit', onStall);
  });
  try {
    return await Promise.race([readAll(input, file), stalled]);
  } finally {
    process.removeListener('beforeExit', onStall!);
  }
}

async function toBuffer(input: Buffer | string | NodeJS.ReadableStream): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input;
  if (typeof input === 'string') return readFile(input);
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

async function readAll(input: Buffer | string | NodeJS.ReadableStream, file: string): Promise<WorkbookRead> {
  const ExcelJS = (await import('exceljs')).default;
  // the zip's directory is at its end: a workbook is read into memory first, then its parts
  // are put in the order the streaming reader needs (see reorderWorkbookZip): no temporary files
  const buf = await toBuffer(input);
  if (lacksSharedStrings(buf)) {
    throw new Error('xl/sharedStrings.xml is missing but the sheets refer to it, so their text cells cannot be read');
  }
  const source = Readable.from([reorderWorkbookZip(buf) ?? buf]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    // hyperlinked cells keep their text as the value; the link targets are not needed
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  const tables: (RawTable & { order: number })[] = [];
  let sheetsRead = 0;
  const namesRead = new Set<string>();
  for await (const item of reader as AsyncIterable<unknown>) {
    const ws = item as SheetReader;
    sheetsRead++;
    const meta = sheetInfo(internals, ws);
    namesRead.add(meta.name);
    const date1904 = Boolean(internals.properties?.model?.date1904);
    const rows: Cell[][] = [];
    const rowNumbers: number[] = [];
    const issues: Issue[] = [];
    let lastNonBlank = -1;
    for await (const row of ws) {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const { value, note } = convertCell(rawValue(cell), cell.numFmt, date1904);
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = value;
        if (note) {
          issues.push({
            severity: 'warning',
            code: note.kind === 'error' ? 'SEL_GALAT' : 'SEL_RUMUS_TANPA_HASIL',
            file,
            sheet: meta.name,
            row: row.number,
            column: null,
            value: note.kind === 'error' ? note.text : note.formula,
            cell: `${columnLetter(col - 1)}${row.number}`,
          });
        }
      });
      while (cells.length > 0 && isBlankCell(cells[cells.length - 1]!)) cells.pop();
      rows.push(cells);
      rowNumbers.push(row.number);
      if (cells.length > 0) lastNonBlank = rows.length - 1;
    }
    // empty (formatted) rows at the end of the sheet
    rows.length = lastNonBlank + 1;
    rowNumbers.length = lastNonBlank + 1;
    if (rows.length === 0 && issues.length === 0) continue;
    if (meta.hidden) {
      issues.unshift({ severity: 'info', code: 'SHEET_TERSEMBUNYI', file, sheet: meta.name, row: null, column: null, value: null });
    }
    const table: RawTable & { order: number } = { file, sheet: meta.name, rows, rowNumbers, date1904, fromWorkbook: true, order: meta.order };
    if (issues.length > 0) table.readerIssues = issues;
    tables.push(table);
  }
  tables.sort((a, b) => a.order - b.order);
  // every worksheet the workbook lists is read, or the file is refused: never a sheet dropped
  // (chart sheets, which hold no table, are not counted)
  const rels = internals.workbookRels ?? [];
  const listed = (internals.model?.sheets ?? []).filter((sh) => {
    const rel = rels.find((r) => r.Id === sh.rId);
    return !rel || !/chartsheet/i.test(`${rel.Type ?? ''} ${rel.Target}`);
  });
  const lost = listed.filter((sh) => !namesRead.has(sh.name)).map((sh) => sh.name);
  if (sheetsRead > 0 && lost.length > 0) {
    throw new Error(`the workbook lists ${listed.length} sheets but ${lost.length} of them could not be read: ${lost.join(', ')}`);
  }
  return {
    tables: tables.map(({ order: _order, ...t }) => t),
    sheetsListed: internals.model?.sheets?.length ?? 0,
    sheetsRead,
  };
}

/** Read a workbook (bytes, a path or a stream) into raw tables (see readWorkbook). */
export async function readXlsx(input: Buffer | string | NodeJS.ReadableStream, file: string): Promise<RawTable[]> {
  return (await readWorkbook(input, file)).tables;
}
