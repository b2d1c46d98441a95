/**
 * XLSX reader: every worksheet becomes a raw table. exceljs is imported lazily (it costs about
 * 0.3 s at start-up) and kept behind this one adapter. Every cell goes through `normaliseCell`.
 */
import type { Cell, RawTable } from '../core/types.js';
import { ymd } from '../core/values.js';

/** One exceljs cell value → string | number | boolean | null; dates → ISO `YYYY-MM-DD`. */
export function normaliseCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    // exceljs reads dates as UTC midnight; keep the calendar date, never the local time
    if (Number.isNaN(v.getTime())) return null;
    return ymd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    }
    if ('error' in o) return null;
    if ('formula' in o || 'sharedFormula' in o) return normaliseCell(o.result);
    if ('hyperlink' in o) return normaliseCell(o.text);
    if ('text' in o) return normaliseCell(o.text);
  }
  return String(v);
}

interface SheetMeta {
  name: string;
  order: number;
}

export async function readXlsx(input: string | NodeJS.ReadableStream, file: string): Promise<RawTable[]> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as never, {
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const tables: (RawTable & { order: number })[] = [];
  for await (const ws of reader as AsyncIterable<unknown>) {
    const sheet = ws as AsyncIterable<{ number: number; values: unknown[] }> & { id: string | number };
    const meta = sheetMeta(reader as unknown as ReaderInternals, String(sheet.id));
    const date1904 = Boolean((reader as unknown as ReaderInternals).properties?.model?.date1904);
    const rows: Cell[][] = [];
    const rowNumbers: number[] = [];
    for await (const row of sheet) {
      const values = row.values;
      const cells: Cell[] = [];
      // exceljs row.values is 1-based: index 0 is empty
      for (let i = 1; i < values.length; i++) cells.push(normaliseCell(values[i]));
      while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === '')) cells.pop();
      rows.push(cells);
      rowNumbers.push(row.number);
    }
    tables.push({ file, sheet: meta.name, rows, rowNumbers, date1904, order: meta.order });
  }
  tables.sort((a, b) => a.order - b.order);
  return tables.map(({ order: _order, ...t }) => t);
}

interface ReaderInternals {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
}

/** Map the zip's `sheetN.xml` to the tab name and tab order. */
function sheetMeta(reader: ReaderInternals, sheetNo: string): SheetMeta {
  const sheets = reader.model?.sheets ?? [];
  const rels = reader.workbookRels ?? [];
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i]!;
    const rel = rels.find((r) => r.Id === s.rId);
    if (rel && new RegExp(`(^|/)sheet${sheetNo}\\.xml$`).test(rel.Target)) return { name: s.name, order: i };
  }
  return { name: `Sheet${sheetNo}`, order: 1000 + Number(sheetNo) };
}
