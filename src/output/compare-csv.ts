/**
 * CSV files of `talenta compare` (UTF-8 with BOM, `,`, `\n`, stable keys as headers, codes as
 * values, formula-like text neutralised, fields with CR, LF, `,` or `"` quoted; like classify's CSV):
 * transisi.csv (the matrices, long form), perpindahan.csv (every employee of every pair),
 * jalur.csv (three runs or more: each employee's path).
 */
import { atomicSink, type FileSink } from '../io/atomic.js';
import { csvField, neutralise } from './shared/csv-cells.js';
import { MOVE_COLUMNS, type CmpColumn, type CmpCtx, type Value } from './compare-model.js';

const BOM = '\uFEFF';

function cell(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return csvField(neutralise(v));
}

export function compareCsvText<R>(columns: CmpColumn<R>[], rows: Iterable<R>, ctx: CmpCtx): string {
  const out: string[] = [columns.map((c) => csvField(c.key)).join(',')];
  for (const r of rows) out.push(columns.map((c) => cell(c.get(r, ctx))).join(','));
  return `${BOM}${out.join('\n')}\n`;
}

export async function writeCompareCsv<R>(path: string, columns: CmpColumn<R>[], rows: Iterable<R>, ctx: CmpCtx, sink: FileSink = atomicSink()): Promise<void> {
  await sink.write(path, async (write) => {
    await write(compareCsvText(columns, rows, ctx));
  });
}

/** The CSV's move columns: every column of the workbook's but the cause in words. */
export const CSV_MOVE_COLUMNS = MOVE_COLUMNS.filter((c) => c.key !== 'sebab');
