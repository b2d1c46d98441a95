/**
 * CSV reader: decode the bytes, sniff the delimiter, parse into raw rows (every cell as text,
 * so an 18-digit NIP keeps all its digits), and report what was odd as reader issues.
 *
 * - Encoding: a BOM decides (UTF-8, UTF-16 LE/BE); else `--encoding`; else UTF-16 without a BOM
 *   is recognised by its NUL bytes; else UTF-8, and when the bytes are not valid UTF-8 the file
 *   is read as Windows-1252 (Excel's "CSV" on Windows) with a warning naming the first bad line.
 * - Delimiter: `,` `;` tab or `|`, the one that splits the first rows into the most consistent
 *   number of fields (title rows above the header do not disturb it); `--delimiter` overrides;
 *   an Excel `sep=;` first line is honoured.
 * - Parsing follows what Excel does with a CSV file: quoted fields may hold delimiters, line
 *   breaks and doubled quotes; a quote inside an unquoted field is a plain character; text after
 *   a closing quote is kept; a quote that is never closed is read as a plain character (and
 *   reported) instead of swallowing the rest of the file. CRLF, LF and CR line ends.
 * - Row numbers are record numbers (the row Excel shows), not text line numbers.
 * - Rows with fewer or more fields than the table are reported (warning), never fatal.
 *
 * One reader for every size: the input is brought to UTF-8 bytes (as is when it already is
 * UTF-8, else transcoded piece by piece), and one byte-level splitter (src/io/csv-records.ts)
 * reads it in chunks of whole records. The first rows (enough for the header and the roles) are
 * always read on their own; the rest is either appended to them (a small file: every row in
 * `rows`) or handed out in batches through `RawTable.rest` (a large file: no decoded copy of the
 * whole file and no array of every row is ever held). Either way the records, row numbers and
 * findings are the same, whatever the chunk size.
 *
 * Nothing here throws on any input text.
 */
import { isUtf8 } from 'node:buffer';
import type { Cell, Issue, RawTable, RowBatch } from '../core/types.js';
import { HEADER_SEARCH_ROWS } from '../core/tables.js';
import { utf16WithoutBom } from './detect.js';
import { CsvRecords, DELIMITERS, type Delimiter } from './csv-records.js';
import { FileRecords, type FileScan } from './csv-window.js';
import type { Lang } from '../i18n.js';

export { DELIMITERS, type Delimiter };

/** How a delimiter is named in messages. */
function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'tab' : `"${d}"`;
}

/** CSV files of at least this many bytes keep only their first rows in `rows` (the rest: `rest()`). */
export const STREAM_MIN_BYTES = 32 * 1024 * 1024;
/**
 * Records are handed out in batches of about this many bytes of input. Small enough that a
 * batch's rows die young (measured on 1,000,000 rows: 16 MiB batches cost 1.9× the CPU time,
 * their rows outlive the young generation), large enough that batches are few.
 */
const BATCH_BYTES = 1024 * 1024;
/** Input that is not UTF-8 is transcoded in pieces of this many bytes. */
const PIECE_BYTES = 16 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

export interface DecodedText {
  text: string;
  /** the encoding actually used */
  encoding: string;
  /** how it was chosen */
  via: 'bom' | 'option' | 'utf16-nul' | 'utf8' | 'fallback';
  /** invalid bytes for the chosen (or tried) UTF-8: 1-based text line and byte offset of the first */
  invalid: { line: number; offset: number } | null;
}

/** The input as UTF-8 bytes (the text decodeText gives), with how it was decoded. */
export interface Utf8Source extends Omit<DecodedText, 'text'> {
  bytes: Buffer;
}

const isUtf8Label = (e: string) => /^(utf-?8|unicode-1-1-utf-8)$/i.test(e.trim());

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const hasUtf8Bom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * The input as UTF-8 bytes. A BOM decides (UTF-8, UTF-16 LE/BE); else the given encoding; else
 * UTF-16 when the bytes show it; else UTF-8, falling back to Windows-1252 when the bytes are not
 * UTF-8. Valid UTF-8 is not copied; anything else is transcoded in pieces of `pieceBytes`.
 * The bytes hold exactly the text a WHATWG TextDecoder gives (which drops one BOM of its own).
 */
export function toUtf8(input: Uint8Array, encoding?: string, pieceBytes = PIECE_BYTES): Utf8Source {
  const buf = asBuffer(input);
  if (hasUtf8Bom(buf)) return utf8(buf.subarray(3), 'bom', 3, pieceBytes);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { bytes: transcode(buf.subarray(2), 'utf-16le', pieceBytes), encoding: 'utf-16le', via: 'bom', invalid: null };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { bytes: transcode(buf.subarray(2), 'utf-16be', pieceBytes), encoding: 'utf-16be', via: 'bom', invalid: null };
  }
  if (encoding !== undefined && encoding.trim() !== '') {
    if (isUtf8Label(encoding)) return utf8(buf, 'option', 0, pieceBytes);
    const label = new TextDecoder(encoding).encoding;
    return { bytes: transcode(buf, label, pieceBytes), encoding: label, via: 'option', invalid: null };
  }
  const u16 = utf16WithoutBom(buf);
  if (u16) return { bytes: transcode(buf, u16, pieceBytes), encoding: u16, via: 'utf16-nul', invalid: null };
  if (isUtf8(buf)) return { bytes: buf, encoding: 'utf-8', via: 'utf8', invalid: null };
  const offset = firstInvalidUtf8(buf);
  return {
    bytes: transcode(buf, 'windows-1252', pieceBytes),
    encoding: 'windows-1252',
    via: 'fallback',
    invalid: { line: lineAt(buf, Math.max(0, offset)), offset },
  };
}

/** UTF-8 as asked (BOM or option): bad bytes replaced, and where the first one is. */
function utf8(buf: Buffer, via: 'bom' | 'option', skipped: number, pieceBytes: number): Utf8Source {
  if (isUtf8(buf)) {
    // as TextDecoder would: one more BOM is dropped
    return { bytes: hasUtf8Bom(buf) ? buf.subarray(3) : buf, encoding: 'utf-8', via, invalid: null };
  }
  const offset = firstInvalidUtf8(buf);
  return {
    bytes: transcode(buf, 'utf-8', pieceBytes),
    encoding: 'utf-8',
    via,
    invalid: { line: lineAt(buf, Math.max(0, offset)), offset: offset + skipped },
  };
}

/** Decode with a WHATWG encoding label (Windows-1252 by decodeWindows1252) to UTF-8 bytes, piece by piece. */
function transcode(buf: Buffer, label: string, pieceBytes: number): Buffer {
  const step = Math.max(1, Math.floor(pieceBytes));
  const pieces: Buffer[] = [];
  if (label === 'windows-1252') {
    // one byte per character: pieces decode on their own
    for (let at = 0; at < buf.length; at += step) pieces.push(Buffer.from(decodeWindows1252(buf.subarray(at, at + step)), 'utf8'));
  } else {
    const dec = new TextDecoder(label);
    for (let at = 0; at < buf.length; at += step) pieces.push(Buffer.from(dec.decode(buf.subarray(at, at + step), { stream: true }), 'utf8'));
    pieces.push(Buffer.from(dec.decode(), 'utf8'));
  }
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
}

/**
 * Decode bytes. A BOM decides (UTF-8, UTF-16 LE/BE); else the given encoding; else UTF-16 when
 * the bytes show it; else UTF-8, falling back to Windows-1252 when the bytes are not UTF-8.
 */
export function decodeText(buf: Uint8Array, encoding?: string): DecodedText {
  const { bytes, ...how } = toUtf8(buf, encoding);
  return { text: bytes.toString('utf8'), ...how };
}

/** Windows-1252 in 0x80–0x9F (Node's TextDecoder gives the C1 controls of Latin-1 there). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252 (the WHATWG label set: windows-1252, cp1252, latin1, iso-8859-1, ascii, …). */
export function decodeWindows1252(buf: Uint8Array): string {
  const latin1 = asBuffer(buf).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Decode bytes to text (see decodeText). */
export function decode(buf: Buffer, encoding?: string): string {
  return decodeText(buf, encoding).text;
}

// ---------------------------------------------------------------------------------------------
// Parsing (text): the byte-level reader on the text's UTF-8 bytes
// ---------------------------------------------------------------------------------------------

export interface ParsedCsv {
  records: string[][];
  /** 0-based indexes of records in which a quote opened a field and was never closed */
  unclosedQuotes: number[];
}

/**
 * Parse CSV text with Excel's rules (see the file comment). A leading BOM is skipped. A final
 * line end does not start an empty record. Never throws.
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Infinity): ParsedCsv {
  const reader = new CsvRecords(Buffer.from(text, 'utf8'), delimiter);
  const records: string[][] = [];
  const unclosedQuotes: number[] = [];
  reader.read(reader.start, Infinity, maxRecords, records, unclosedQuotes);
  return { records, unclosedQuotes };
}

// ---------------------------------------------------------------------------------------------
// Delimiter sniffing and table width
// ---------------------------------------------------------------------------------------------

const SNIFF_RECORDS = 30;
/** the sniffer looks at the first records within this many bytes */
const SNIFF_BYTES = 256 * 1024;

const isBlankRecord = (r: readonly string[]) => r.every((f) => f.trim() === '');

/**
 * The modal field count of the records that have at least two fields, and how many records have
 * it. Title rows and blank lines (one field) do not count; rows of separators only (Excel pads
 * every row to the table width) do. Ties go to the count seen first (the header comes before
 * the data).
 */
export function modalWidth(records: readonly (readonly string[])[]): { width: number; rows: number; last: number } {
  const freq = new Map<number, { n: number; last: number }>();
  records.forEach((r, i) => {
    if (r.length < 2) return;
    const f = freq.get(r.length);
    if (f) {
      f.n++;
      f.last = i;
    } else freq.set(r.length, { n: 1, last: i });
  });
  let width = 0;
  let rows = 0;
  let last = -1;
  // Map iteration follows insertion order: the first count seen wins a tie
  for (const [w, f] of freq) {
    if (f.n > rows) {
      width = w;
      rows = f.n;
      last = f.last;
    }
  }
  return { width, rows, last };
}

/** Excel's `sep=;` hint on the first line. */
function sepHint(text: string): Delimiter | null {
  const m = /^\uFEFF?"?sep=(.)"?\r?\n/i.exec(text.slice(0, 16));
  if (!m) return null;
  const c = m[1] === '\\' ? '\t' : m[1]!;
  return (DELIMITERS as readonly string[]).includes(c) ? (c as Delimiter) : null;
}

/**
 * Pick the delimiter that splits the first rows into the most consistent number of fields: the
 * one whose modal field count (over rows with at least two fields) is shared by the most rows.
 * Ties go to the split whose rows reach further down (titles sit above the table, the data
 * below), then to the wider split, then to the order `,` `;` tab `|`. A header line has more
 * separators than a data line has decimal commas, and title rows above the header (one field)
 * are ignored. Text without any separator gives `,`. Looks at the first 256 KiB (of UTF-8).
 */
export function sniffDelimiter(text: string): Delimiter {
  // a character takes at least one byte: this many characters hold the sample
  return sniffDelimiterBytes(Buffer.from(text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text, 'utf8'));
}

/** sniffDelimiter on UTF-8 bytes. */
function sniffDelimiterBytes(bytes: Uint8Array): Delimiter {
  const buf = asBuffer(bytes);
  // 64 bytes hold at least the 16 characters the hint is looked for in
  const hint = sepHint(buf.subarray(0, 64).toString('utf8'));
  if (hint) return hint;
  const sample = buf.length > SNIFF_BYTES ? buf.subarray(0, SNIFF_BYTES) : buf;
  let best: Delimiter = ',';
  let bestKey = [0, -1, 0];
  for (const d of DELIMITERS) {
    const reader = new CsvRecords(sample, d);
    const records: string[][] = [];
    reader.read(reader.start, Infinity, SNIFF_RECORDS, records, []);
    const { width, rows, last } = modalWidth(records);
    const key = [rows, last, width];
    const better = key[0]! > bestKey[0]! || (key[0] === bestKey[0] && rows > 0 && (key[1]! > bestKey[1]! || (key[1] === bestKey[1] && key[2]! > bestKey[2]!)));
    if (better) {
      best = d;
      bestKey = key;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Reader issues
// ---------------------------------------------------------------------------------------------

const MAX_VALUE_CHARS = 120;
const shorten = (s: string) => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s);
const joined = (r: readonly string[], d: Delimiter) => shorten(r.join(d === '\t' ? '→' : d));

/**
 * What the ragged-row check needs from the first rows: the table width (the modal field count of
 * the first 30 rows, rows with one field not counting) and the index of the first row of that
 * width holding two or more values (the header, normally; -1 for none, or a width below 2).
 */
interface RowCheck {
  width: number;
  start: number;
}

function rowCheck(records: readonly (readonly string[])[]): RowCheck {
  const first = records.slice(0, SNIFF_RECORDS);
  const { width } = modalWidth(first);
  if (width < 2) return { width, start: -1 };
  // the first row of that width with at least two values: the header, or the first data row
  // (a title row padded with separators has one value)
  const start = first.findIndex((r) => r.length === width && r.filter((f) => f.trim() !== '').length >= 2);
  return { width, start };
}

/** The ragged-row finding for record `index` (0-based), or null. */
function raggedIssue(check: RowCheck, r: readonly string[], index: number, file: string, d: Delimiter): Issue | null {
  const { width, start } = check;
  if (start < 0 || index <= start) return null;
  if (r.length === width || isBlankRecord(r)) return null;
  if (r.length > width && r.slice(width).every((f) => f.trim() === '')) return null;
  const more = r.length > width;
  return {
    severity: 'warning',
    code: more ? 'BARIS_KOLOM_LEBIH' : 'BARIS_KOLOM_KURANG',
    file,
    sheet: null,
    row: index + 1,
    column: null,
    value: joined(r, d),
    params: { fields: r.length, expected: width, delimiter: delimiterName(d) },
  };
}

/**
 * Rows with fewer or more fields than the table. The table width is the modal field count of
 * the first 30 rows (rows with one field, e.g. title rows, do not count); rows up to the first
 * row of that width holding two or more values (the header, normally) are not checked, so title
 * rows above the header are never reported. Extra fields that are all empty are harmless and
 * not reported.
 */
export function raggedRowIssues(records: readonly (readonly string[])[], file: string, delimiter: Delimiter): Issue[] {
  const check = rowCheck(records);
  const issues: Issue[] = [];
  records.forEach((r, i) => {
    const issue = raggedIssue(check, r, i, file, delimiter);
    if (issue) issues.push(issue);
  });
  return issues;
}

/**
 * The findings of records read together: `records[k]` is record `first + k` (0-based) of the
 * file, `unclosed` indexes into `records`. In row order, an unclosed quote before a ragged row.
 */
function recordIssues(records: readonly string[][], unclosed: readonly number[], first: number, check: RowCheck, file: string, d: Delimiter): Issue[] {
  const issues: Issue[] = [];
  if (unclosed.length === 0 && check.start < 0) return issues;
  let u = 0;
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    for (; u < unclosed.length && unclosed[u] === k; u++) {
      issues.push({ severity: 'warning', code: 'CSV_KUTIP_TIDAK_DITUTUP', file, sheet: null, row: first + k + 1, column: null, value: joined(r, d) });
    }
    if (check.start < 0 || r.length === check.width) continue;
    const issue = raggedIssue(check, r, first + k, file, d);
    if (issue) issues.push(issue);
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Raw table
// ---------------------------------------------------------------------------------------------

export interface CsvReadOptions {
  delimiter?: Delimiter;
  encoding?: string;
  /**
   * Inputs of at least this many bytes keep only their first rows in `rows` and hand out the
   * others in batches through `rest()` (default: never, every row in `rows`).
   */
  streamMinBytes?: number;
  /** bytes of input per batch of records and per transcoded piece (default BATCH_BYTES, PIECE_BYTES); tests use small ones */
  chunkBytes?: number;
}

/** the first records, read on their own: enough for the header and the roles, and the row check */
const HEAD_RECORDS = Math.max(HEADER_SEARCH_ROWS, SNIFF_RECORDS);

/** What csvTable reads records from: the splitter on bytes in memory, or on a file read in windows. */
interface RecordSource {
  readonly start: number;
  readonly length: number;
  read(pos: number, stopAt: number, maxRecords: number, out: string[][], unclosed: number[]): number;
  /** let go of what the source holds open between reads (a file) */
  close?(): void;
}

/** A raw table from UTF-8 bytes (all cells text) with its reader issues. */
function csvTable(bytes: Uint8Array, file: string, opts: { delimiter?: Delimiter; stream?: boolean; chunkBytes?: number } = {}): RawTable {
  const d = opts.delimiter ?? sniffDelimiterBytes(bytes);
  return recordsTable(new CsvRecords(bytes, d), d, file, opts);
}

/**
 * A raw table of the records of `reader`. `stream`: only the first records in `rows`, the
 * others in batches of `chunkBytes` from `rest()`.
 */
function recordsTable(reader: RecordSource, d: Delimiter, file: string, opts: { stream?: boolean; chunkBytes?: number }): RawTable {
  const chunkBytes = Math.max(1, opts.chunkBytes ?? BATCH_BYTES);
  const records: string[][] = [];
  const unclosed: number[] = [];
  const headEnd = reader.read(reader.start, Infinity, HEAD_RECORDS, records, unclosed);
  const check = rowCheck(records);
  const head = records.length;
  if (!opts.stream) {
    // every record after the head, appended to it: the same reads the batches make
    for (let pos = headEnd; pos < reader.length;) pos = reader.read(pos, pos + chunkBytes, Infinity, records, unclosed);
  }
  reader.close?.();
  const rows: Cell[][] = records;
  const table: RawTable = { file, sheet: null, rows, rowNumbers: rows.map((_, i) => i + 1) };
  const issues = recordIssues(records, unclosed, 0, check, file, d);
  if (issues.length > 0) table.readerIssues = issues;
  if (opts.stream) {
    table.rest = function* (): Generator<RowBatch> {
      let first = head;
      try {
        for (let pos = headEnd; pos < reader.length;) {
          const batch: string[][] = [];
          const batchUnclosed: number[] = [];
          pos = reader.read(pos, pos + chunkBytes, Infinity, batch, batchUnclosed);
          yield { rows: batch, firstRowNumber: first + 1, issues: recordIssues(batch, batchUnclosed, first, check, file, d) };
          first += batch.length;
        }
      } finally {
        reader.close?.();
      }
    };
  }
  return table;
}

/**
 * Read a scanned CSV file that needs no transcoding (valid UTF-8, see csvFileReadable) in
 * windows from disk: the same table readCsv gives on the file's bytes, streamed.
 */
export function readCsvFile(scan: FileScan, file: string, lang: Lang, opts: { delimiter?: Delimiter; chunkBytes?: number; windowBytes?: number } = {}): RawTable {
  const d = opts.delimiter ?? sniffDelimiterBytes(scan.head);
  const reader = new FileRecords(scan, d, file, lang, opts.windowBytes);
  return recordsTable(reader, d, file, { stream: true, ...(opts.chunkBytes !== undefined ? { chunkBytes: opts.chunkBytes } : {}) });
}

/**
 * Whether readCsvFile gives what readCsv would on the same bytes: valid UTF-8 that toUtf8 keeps
 * as it is (no UTF-16, at most one BOM, no other encoding asked for).
 */
export function csvFileReadable(scan: FileScan, encoding?: string): boolean {
  const h = scan.head;
  if (!scan.utf8) return false;
  if (encoding !== undefined && encoding.trim() !== '' && !isUtf8Label(encoding)) return false;
  if (hasUtf8Bom(h)) return !hasUtf8Bom(h.subarray(3));
  if (encoding !== undefined && encoding.trim() !== '') return true;
  return utf16WithoutBom(asBuffer(h)) === null;
}

/** Parse decoded CSV text into a raw table (all cells text, every row) with its reader issues. */
export function parseCsvText(text: string, file: string, delimiter?: Delimiter): RawTable {
  return csvTable(Buffer.from(text, 'utf8'), file, delimiter ? { delimiter } : {});
}

/** Read CSV bytes: decode (reporting a non-UTF-8 file), sniff, parse. */
export function readCsv(buf: Uint8Array, file: string, opts: CsvReadOptions = {}): RawTable {
  const src = toUtf8(buf, opts.encoding, opts.chunkBytes);
  const table = csvTable(src.bytes, file, {
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
    ...(opts.chunkBytes !== undefined ? { chunkBytes: opts.chunkBytes } : {}),
    stream: buf.length >= (opts.streamMinBytes ?? Infinity),
  });
  if (src.invalid) {
    const issue: Issue = {
      severity: 'warning',
      code: src.via === 'fallback' ? 'ENCODING_BUKAN_UTF8' : 'ENCODING_KARAKTER_RUSAK',
      file,
      sheet: null,
      row: src.invalid.line,
      column: null,
      value: null,
      params: { line: src.invalid.line, encoding: src.encoding },
    };
    table.readerIssues = [issue, ...(table.readerIssues ?? [])];
  }
  return table;
}
