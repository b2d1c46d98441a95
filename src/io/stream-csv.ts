/**
 * Large UTF-8 CSV files, read in slices: the table holds only its first rows (enough to find
 * the header and the roles); the rest arrives in batches through `RawTable.rest` while the
 * classifier consumes it, so no decoded copy of the whole file and no array of every row is
 * ever held. The same parser (parseCsv) and the same ragged-row rules as the whole-file reader.
 *
 * Used only for plain UTF-8 files (with or without BOM) above a size; anything else (UTF-16,
 * Windows-1252, invalid UTF-8, a given non-UTF-8 encoding) takes the whole-file reader.
 */
import type { Cell, Issue, RawTable, RowBatch } from '../core/types.js';
import { firstInvalidUtf8, modalWidth, parseCsv, sniffDelimiter, delimiterName, type Delimiter } from './read-csv.js';
import { utf16WithoutBom } from './detect.js';

/** Files at least this large are streamed (TALENTA_STREAM_MIN_BYTES overrides, for tests). */
export const STREAM_MIN_BYTES = 32 * 1024 * 1024;
const HEAD_RECORDS = 30;
const SLICE_BYTES = 8 * 1024 * 1024;
const QUOTE = 0x22;
const LF = 0x0a;

const utf8 = new TextDecoder('utf-8');

/**
 * The end (exclusive) of the last complete record in buf[start, limit): just after a line feed
 * at which an even number of quotes has been seen since `start`. -1 when there is none.
 */
function recordBoundary(buf: Buffer, start: number, limit: number): number {
  let quotes = 0;
  let last = -1;
  for (let i = start; i < limit; i++) {
    const b = buf[i]!;
    if (b === QUOTE) quotes++;
    else if (b === LF && (quotes & 1) === 0) last = i + 1;
  }
  return last;
}

export function canStream(buf: Buffer, encoding: string | undefined, minBytes: number): boolean {
  if (buf.length < minBytes) return false;
  if (encoding !== undefined && encoding.trim() !== '' && !/^(utf-?8|unicode-1-1-utf-8)$/i.test(encoding.trim())) return false;
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return false;
  if (utf16WithoutBom(buf)) return false;
  return firstInvalidUtf8(buf) < 0;
}

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** A streamed table: its first records in `rows`, the others through `rest()`. */
export function streamCsv(buf: Buffer, file: string, delimiter?: Delimiter): RawTable {
  const bodyStart = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  // the head: the first complete records of the first slice
  let headEnd = recordBoundary(buf, bodyStart, Math.min(buf.length, bodyStart + 256 * 1024));
  if (headEnd < 0) headEnd = Math.min(buf.length, bodyStart + 256 * 1024);
  const headText = utf8.decode(buf.subarray(bodyStart, headEnd));
  const d = delimiter ?? sniffDelimiter(headText);
  const headParsed = parseCsv(headText, d, HEAD_RECORDS);
  const head = headParsed.records;
  // where the head's records end in bytes: parse again, counting records, to cut exactly
  const headBytes = byteLengthOfRecords(buf, bodyStart, head.length);
  const { width } = modalWidth(head);
  let start = -1;
  for (let i = 0; i < head.length; i++) {
    const r = head[i]!;
    if (r.length === width && r.filter((f) => f.trim() !== '').length >= 2) {
      start = i;
      break;
    }
  }
  const issuesFor = (records: string[][], unclosed: number[], firstRow: number): Issue[] => {
    const out: Issue[] = unclosed.map((ri) => ({
      severity: 'warning' as const,
      code: 'CSV_KUTIP_TIDAK_DITUTUP',
      file,
      sheet: null,
      row: firstRow + ri,
      column: null,
      value: shorten(records[ri]?.join(d === '\t' ? '→' : d) ?? ''),
    }));
    if (width >= 2 && start >= 0) {
      records.forEach((r, i) => {
        const row = firstRow + i;
        if (row <= start + 1) return;
        if (r.length === width || r.every((f) => f.trim() === '')) return;
        if (r.length > width && r.slice(width).every((f) => f.trim() === '')) return;
        out.push({
          severity: 'warning',
          code: r.length > width ? 'BARIS_KOLOM_LEBIH' : 'BARIS_KOLOM_KURANG',
          file,
          sheet: null,
          row,
          column: null,
          value: shorten(r.join(d === '\t' ? '→' : d)),
          params: { fields: r.length, expected: width, delimiter: delimiterName(d) },
        });
      });
    }
    return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  };
  const headIssues = issuesFor(head, headParsed.unclosedQuotes, 1);
  const rows: Cell[][] = head;
  const table: RawTable = { file, sheet: null, rows, rowNumbers: rows.map((_, i) => i + 1) };
  if (headIssues.length > 0) table.readerIssues = headIssues;
  table.rest = function* (): Generator<RowBatch> {
    let pos = bodyStart + headBytes;
    let rowNumber = head.length + 1;
    while (pos < buf.length) {
      const limit = Math.min(buf.length, pos + SLICE_BYTES);
      let end = limit === buf.length ? buf.length : recordBoundary(buf, pos, limit);
      if (end < 0) end = recordBoundary(buf, pos, buf.length) > 0 ? nextBoundary(buf, pos) : buf.length;
      const text = utf8.decode(buf.subarray(pos, end));
      const parsed = parseCsv(text, d);
      const issues = issuesFor(parsed.records, parsed.unclosedQuotes, rowNumber);
      yield { rows: parsed.records, firstRowNumber: rowNumber, issues };
      rowNumber += parsed.records.length;
      pos = end;
    }
  };
  return table;
}

/** The first record boundary after `pos` (a slice holding one very long record). */
function nextBoundary(buf: Buffer, pos: number): number {
  let quotes = 0;
  for (let i = pos; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === QUOTE) quotes++;
    else if (b === LF && (quotes & 1) === 0) return i + 1;
  }
  return buf.length;
}

/** Bytes taken by the first `n` records from `start` (records end at unquoted line feeds). */
function byteLengthOfRecords(buf: Buffer, start: number, n: number): number {
  let quotes = 0;
  let seen = 0;
  for (let i = start; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === QUOTE) quotes++;
    else if (b === LF && (quotes & 1) === 0) {
      seen++;
      if (seen === n) return i + 1 - start;
    }
  }
  return buf.length - start;
}
