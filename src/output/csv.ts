/**
 * CSV writer: UTF-8 with BOM (Excel opens it correctly), stable `key` headers, LF line ends.
 * Fields holding the delimiter, a quote, CR or LF are quoted (quotes doubled); every text value
 * that a spreadsheet would read as a formula gets a leading apostrophe. Rows are encoded
 * as UTF-8 straight into blocks of about 1 MiB, so a million rows are never one string, never a
 * string per line and never one write per row.
 */
import type { Column, Ctx } from './model.js';
import { atomicSink, type FileSink } from '../io/atomic.js';
import { BLOCK_FULL, ByteBlock } from './byte-block.js';

const BOM = '\uFEFF';

import { csvField, neutralise } from './shared/csv-cells.js';

/** The header line and the rows as CSV (UTF-8 bytes), in blocks of about 1 MiB. */
export function* csvBlocks<R>(columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, bom = true): Generator<Buffer> {
  const out = new ByteBlock();
  out.text((bom ? BOM : '') + columns.map((c) => csvField(c.key)).join(',') + '\n');
  const n = columns.length;
  for (const r of rows) {
    for (let i = 0; i < n; i++) {
      const c = columns[i]!;
      if (i > 0) out.byte(44);
      const v = c.get(r, ctx);
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) out.number(v);
      } else if (typeof v === 'boolean') out.byte(v ? 49 : 48);
      else if (v !== '') out.text(csvField(neutralise(v)));
    }
    out.byte(10);
    if (out.size >= BLOCK_FULL) yield out.take();
  }
  if (out.size > 0) yield out.take();
}

/** The whole CSV as one string (small tables and tests). */
export function csvText<R>(columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, bom = true): string {
  return Buffer.concat([...csvBlocks(columns, rows, ctx, bom)]).toString('utf8');
}

/** Write a CSV file atomically; `onRows` is told the rows written so far, block by block. */
export async function writeCsv<R>(
  path: string,
  columns: Column<R>[],
  rows: Iterable<R>,
  ctx: Ctx,
  onRows?: (done: number) => void,
  sink: FileSink = atomicSink({ lang: ctx.lang }),
): Promise<void> {
  await sink.write(path, async (write) => {
    let done = 0;
    // count the rows as they are encoded, tell the progress block by block
    const counted = (function* () {
      for (const r of rows) {
        done++;
        yield r;
      }
    })();
    for (const b of csvBlocks(columns, counted, ctx)) {
      await write(b);
      onRows?.(done);
    }
  });
}
