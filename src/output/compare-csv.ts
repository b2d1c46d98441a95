/**
 * CSV files of `talenta compare` (UTF-8 with BOM, `,`, `\n`, stable keys as headers, codes as
 * values, formula-like text neutralised; like classify's CSV):
 * transisi.csv (the matrices, long form), perpindahan.csv (every employee of every pair),
 * jalur.csv (three runs or more: each employee's path).
 */
import { stringify } from 'csv-stringify/sync';
import { writeAtomic } from '../io/atomic.js';
import { neutralise } from './csv.js';
import { MOVE_COLUMNS, type CmpColumn, type CmpCtx, type Value } from './compare-model.js';

const BOM = '\uFEFF';

function cell(v: Value, kind: CmpColumn<unknown>['kind']): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return kind === 'text' ? neutralise(v) : v;
}

export function compareCsvText<R>(columns: CmpColumn<R>[], rows: Iterable<R>, ctx: CmpCtx): string {
  const out: string[][] = [columns.map((c) => c.key)];
  for (const r of rows) out.push(columns.map((c) => cell(c.get(r, ctx), c.kind)));
  return BOM + stringify(out, { record_delimiter: '\n' });
}

export async function writeCompareCsv<R>(path: string, columns: CmpColumn<R>[], rows: Iterable<R>, ctx: CmpCtx): Promise<void> {
  await writeAtomic(path, async (write) => {
    await write(compareCsvText(columns, rows, ctx));
  });
}

/** The CSV's move columns: every column of the workbook's but the cause in words. */
export const CSV_MOVE_COLUMNS = MOVE_COLUMNS.filter((c) => c.key !== 'sebab');

