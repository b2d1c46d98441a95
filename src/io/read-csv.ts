/** CSV reader: decode, sniff the delimiter, parse into raw rows (all cells as text). */
import { parse } from 'csv-parse/sync';
import type { Cell, RawTable } from '../core/types.js';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Decode bytes: a BOM decides (UTF-8, UTF-16 LE/BE); else the given encoding (default UTF-8). */
export function decode(buf: Buffer, encoding?: string): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(buf.subarray(3));
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return new TextDecoder(encoding ?? 'utf-8').decode(buf);
}

/** Count a character outside double quotes in one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let inQ = false;
  for (const c of line) {
    if (c === '"') inQ = !inQ;
    else if (!inQ && c === ch) n++;
  }
  return n;
}

/**
 * Pick the delimiter that splits some line of the first 30 into the most fields (a header line
 * has more separators than a data line has decimal commas). Ties keep the order `,` `;` tab `|`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 30);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    let score = 0;
    for (const l of lines) score = Math.max(score, countOutsideQuotes(l, d));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsvText(text: string, file: string, delimiter?: Delimiter): RawTable {
  const d = delimiter ?? sniffDelimiter(text);
  const records = parse(text, {
    delimiter: d,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  const rows: Cell[][] = records;
  return { file, sheet: null, rows, rowNumbers: rows.map((_, i) => i + 1) };
}
