/**
 * CSV writer: UTF-8 with BOM (Excel opens it correctly), stable `key` headers, LF line ends.
 * Fields holding the delimiter, a quote, CR or LF are quoted (quotes doubled). Rows are encoded
 * in blocks and handed to a batched sink, so a million rows are never one string and never one
 * write per row.
 */
import type { Column, Ctx, Value } from './model.js';
import { writeAtomic } from '../io/atomic.js';

const BOM = '\uFEFF';
/** rows encoded into one string before it goes to the sink */
const BLOCK_ROWS = 2000;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** One field as CSV: quoted when it holds `,` `"` CR or LF. */
export function csvField(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

function cell(v: Value, kind: Column<unknown>['kind']): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return csvField(kind === 'text' ? neutralise(v) : v);
}

/** The header line and the rows as CSV text, in blocks of BLOCK_ROWS rows. */
export function* csvBlocks<R>(columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, bom = true): Generator<string> {
  yield (bom ? BOM : '') + columns.map((c) => csvField(c.key)).join(',') + '\n';
  const n = columns.length;
  let block = '';
  let count = 0;
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < n; i++) {
      const c = columns[i]!;
      if (i > 0) line += ',';
      line += cell(c.get(r, ctx), c.kind);
    }
    block += line + '\n';
    if (++count === BLOCK_ROWS) {
      yield block;
      block = '';
      count = 0;
    }
  }
  if (block !== '') yield block;
}

/** The whole CSV as one string (small tables and tests). */
export function csvText<R>(columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, bom = true): string {
  let out = '';
  for (const b of csvBlocks(columns, rows, ctx, bom)) out += b;
  return out;
}

/** Write a CSV file atomically; `onRows` is told the rows written so far, block by block. */
export async function writeCsv<R>(path: string, columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, onRows?: (done: number) => void): Promise<void> {
  await writeAtomic(path, async (write) => {
    let blocks = -1;
    for (const b of csvBlocks(columns, rows, ctx)) {
      await write(b);
      if (onRows && ++blocks > 0) onRows(blocks * BLOCK_ROWS);
    }
  });
}
