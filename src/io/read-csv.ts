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
 * Nothing here throws on any input text.
 */
import type { Cell, Issue, RawTable } from '../core/types.js';
import { utf16WithoutBom } from './detect.js';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** How a delimiter is named in messages. */
export function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'tab' : `"${d}"`;
}

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

/**
 * Decode bytes. A BOM decides (UTF-8, UTF-16 LE/BE); else the given encoding; else UTF-16 when
 * the bytes show it; else UTF-8, falling back to Windows-1252 when the bytes are not UTF-8.
 */
export function decodeText(buf: Uint8Array, encoding?: string): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return utf8(buf.subarray(3), 'bom', 3);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', via: 'bom', invalid: null };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', via: 'bom', invalid: null };
  }
  if (encoding !== undefined && encoding.trim() !== '') {
    if (isUtf8Label(encoding)) return utf8(buf, 'option', 0);
    return { text: decodeAs(buf, encoding), encoding: new TextDecoder(encoding).encoding, via: 'option', invalid: null };
  }
  const u16 = utf16WithoutBom(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
  if (u16) return { text: new TextDecoder(u16).decode(buf), encoding: u16, via: 'utf16-nul', invalid: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', via: 'utf8', invalid: null };
  } catch {
    const offset = firstInvalidUtf8(buf);
    return {
      text: decodeWindows1252(buf),
      encoding: 'windows-1252',
      via: 'fallback',
      invalid: { line: lineAt(buf, Math.max(0, offset)), offset },
    };
  }
}

/** UTF-8 as asked (BOM or option): decode, replacing bad bytes, and say where the first one is. */
function utf8(buf: Uint8Array, via: 'bom' | 'option', skipped: number): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', via, invalid: null };
  } catch {
    const offset = firstInvalidUtf8(buf);
    return {
      text: new TextDecoder('utf-8').decode(buf),
      encoding: 'utf-8',
      via,
      invalid: { line: lineAt(buf, Math.max(0, offset)), offset: offset + skipped },
    };
  }
}

/** Windows-1252 in 0x80–0x9F (Node's TextDecoder gives the C1 controls of Latin-1 there). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252 (the WHATWG label set: windows-1252, cp1252, latin1, iso-8859-1, ascii, …). */
export function decodeWindows1252(buf: Uint8Array): string {
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Decode with a named encoding; Windows-1252 and its aliases by decodeWindows1252. */
function decodeAs(buf: Uint8Array, encoding: string): string {
  const dec = new TextDecoder(encoding);
  return dec.encoding === 'windows-1252' ? decodeWindows1252(buf) : dec.decode(buf);
}

/** Decode bytes to text (see decodeText). */
export function decode(buf: Buffer, encoding?: string): string {
  return decodeText(buf, encoding).text;
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

export interface ParsedCsv {
  records: string[][];
  /** 0-based indexes of records in which a quote opened a field and was never closed */
  unclosedQuotes: number[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Parse CSV text with Excel's rules (see the file comment). A leading BOM is skipped. A final
 * line end does not start an empty record. Never throws.
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Infinity): ParsedCsv {
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const unclosedQuotes: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return { records, unclosedQuotes };
  let row: string[] = [];
  // An unclosed quote costs one scan to the end of the text. After it, every later quote is
  // part of an even run of quotes, so a later quoted field always closes within its run: the
  // parse stays linear.
  for (;;) {
    // ---- one field, starting at i
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let acc = '';
      let closed = -1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k === -1) break;
        if (text.charCodeAt(k + 1) === QUOTE) {
          acc += text.slice(j, k + 1);
          j = k + 2;
          continue;
        }
        acc += text.slice(j, k);
        closed = k;
        break;
      }
      if (closed >= 0) {
        // text after the closing quote, up to the next delimiter or line end, is kept as is
        let m = closed + 1;
        while (m < n) {
          const c = text.charCodeAt(m);
          if (c === D || c === CR || c === LF) break;
          m++;
        }
        field = m > closed + 1 ? acc + text.slice(closed + 1, m) : acc;
        i = m;
      } else {
        // never closed: the quote is a plain character
        unclosedQuotes.push(records.length);
        let m = i + 1;
        while (m < n) {
          const c = text.charCodeAt(m);
          if (c === D || c === CR || c === LF) break;
          m++;
        }
        field = text.slice(i, m);
        i = m;
      }
    } else {
      let m = i;
      while (m < n) {
        const c = text.charCodeAt(m);
        if (c === D || c === CR || c === LF) break;
        m++;
      }
      field = text.slice(i, m);
      i = m;
    }
    row.push(field);
    // ---- what ends the field
    if (i < n && text.charCodeAt(i) === D) {
      i++;
      continue;
    }
    records.push(row);
    row = [];
    if (i >= n || records.length >= maxRecords) break;
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else i++;
    if (i >= n) break;
  }
  return { records, unclosedQuotes };
}

// ---------------------------------------------------------------------------------------------
// Delimiter sniffing and table width
// ---------------------------------------------------------------------------------------------

const SNIFF_RECORDS = 30;
const SNIFF_CHARS = 256 * 1024;

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
 * are ignored. Text without any separator gives `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const hint = sepHint(text);
  if (hint) return hint;
  const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let best: Delimiter = ',';
  let bestKey = [0, -1, 0];
  for (const d of DELIMITERS) {
    const { records } = parseCsv(sample, d, SNIFF_RECORDS);
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
// Raw table
// ---------------------------------------------------------------------------------------------

export interface CsvReadOptions {
  delimiter?: Delimiter;
  encoding?: string;
}

const MAX_VALUE_CHARS = 120;
const shorten = (s: string) => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s);

/**
 * Rows with fewer or more fields than the table. The table width is the modal field count of
 * the first 30 rows (rows with one field, e.g. title rows, do not count); rows up to the first
 * row of that width holding two or more values (the header, normally) are not checked, so title
 * rows above the header are never reported. Extra fields that are all empty are harmless and
 * not reported.
 */
export function raggedRowIssues(records: readonly (readonly string[])[], file: string, delimiter: Delimiter): Issue[] {
  const { width } = modalWidth(records.slice(0, SNIFF_RECORDS));
  if (width < 2) return [];
  // the first row of that width with at least two values: the header, or the first data row
  // (a title row padded with separators has one value)
  let start = -1;
  for (let i = 0; i < Math.min(records.length, SNIFF_RECORDS); i++) {
    const r = records[i]!;
    if (r.length === width && r.filter((f) => f.trim() !== '').length >= 2) {
      start = i;
      break;
    }
  }
  if (start < 0) return [];
  const issues: Issue[] = [];
  for (let i = start + 1; i < records.length; i++) {
    const r = records[i]!;
    if (r.length === width || isBlankRecord(r)) continue;
    if (r.length > width && r.slice(width).every((f) => f.trim() === '')) continue;
    const more = r.length > width;
    issues.push({
      severity: 'warning',
      code: more ? 'BARIS_KOLOM_LEBIH' : 'BARIS_KOLOM_KURANG',
      file,
      sheet: null,
      row: i + 1,
      column: null,
      value: shorten(r.join(delimiter === '\t' ? '→' : delimiter)),
      params: { fields: r.length, expected: width, delimiter: delimiterName(delimiter) },
    });
  }
  return issues;
}

/** Parse decoded CSV text into a raw table (all cells text) with its reader issues. */
export function parseCsvText(text: string, file: string, delimiter?: Delimiter): RawTable {
  const d = delimiter ?? sniffDelimiter(text);
  const { records, unclosedQuotes } = parseCsv(text, d);
  const issues: Issue[] = unclosedQuotes.map((ri) => ({
    severity: 'warning' as const,
    code: 'CSV_KUTIP_TIDAK_DITUTUP',
    file,
    sheet: null,
    row: ri + 1,
    column: null,
    value: shorten(records[ri]?.join(d === '\t' ? '→' : d) ?? ''),
  }));
  issues.push(...raggedRowIssues(records, file, d));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rows: Cell[][] = records;
  const table: RawTable = { file, sheet: null, rows, rowNumbers: rows.map((_, i) => i + 1) };
  if (issues.length > 0) table.readerIssues = issues;
  return table;
}

/** Read CSV bytes: decode (reporting a non-UTF-8 file), sniff, parse. */
export function readCsv(buf: Uint8Array, file: string, opts: CsvReadOptions = {}): RawTable {
  const dec = decodeText(buf, opts.encoding);
  const table = parseCsvText(dec.text, file, opts.delimiter);
  if (dec.invalid) {
    const issue: Issue = {
      severity: 'warning',
      code: dec.via === 'fallback' ? 'ENCODING_BUKAN_UTF8' : 'ENCODING_KARAKTER_RUSAK',
      file,
      sheet: null,
      row: dec.invalid.line,
      column: null,
      value: null,
      params: { line: dec.invalid.line, encoding: dec.encoding },
    };
    table.readerIssues = [issue, ...(table.readerIssues ?? [])];
  }
  return table;
}
