/** CSV writer: UTF-8 with BOM (Excel opens it correctly), stable `key` headers, CRLF-free. */
import { stringify } from 'csv-stringify/sync';
import type { Column, Ctx, Value } from './model.js';
import { writeAtomic } from '../io/atomic.js';

const BOM = '\uFEFF';

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function cell(v: Value, kind: Column<unknown>['kind']): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return kind === 'text' ? neutralise(v) : v;
}

export function csvText<R>(columns: Column<R>[], rows: Iterable<R>, ctx: Ctx, bom = true): string {
  const out: string[][] = [columns.map((c) => c.key)];
  for (const r of rows) out.push(columns.map((c) => cell(c.get(r, ctx), c.kind)));
  return (bom ? BOM : '') + stringify(out, { record_delimiter: '\n' });
}

export async function writeCsv<R>(path: string, columns: Column<R>[], rows: R[], ctx: Ctx): Promise<void> {
  await writeAtomic(path, async (write) => {
    const CHUNK = 5000;
    await write(BOM);
    await write(stringify([columns.map((c) => c.key)], { record_delimiter: '\n' }));
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK).map((r) => columns.map((c) => cell(c.get(r, ctx), c.kind)));
      await write(stringify(part, { record_delimiter: '\n' }));
    }
  });
}
