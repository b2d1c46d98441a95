/**
 * The one CSV record splitter: Excel's rules (see src/io/read-csv.ts) on UTF-8 bytes.
 *
 * It reads whole records from a position up to a byte limit, so a caller can take a large
 * input in chunks of whole records (RowBatch) and a small one in one go with exactly the same
 * records: a record that starts before the limit is always finished, wherever it ends. A quoted
 * field is closed by looking ahead as far as needed; a quote that is never closed up to the end
 * of the input is read as a plain character instead (the field ends at the next delimiter or
 * line end) and reported. Fields become strings once, each decoded straight from its bytes.
 *
 * Nothing here throws on any bytes.
 */

/** short ASCII fields are looked up among the column's earlier values (see CsvRecords.ascii) */
const INTERN_MAX_BYTES = 40;
const INTERN_SLOTS = 4096;
/** after this many look-ups, a column that found fewer than one in four stops looking */
const INTERN_PROBE = 8192;

interface ColumnStrings {
  values: (string | undefined)[];
  hashes: Int32Array;
  hits: number;
  looks: number;
}

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Node's own Buffer decoders, which `toString` calls after checking its arguments (present on
 * Buffer.prototype in every Node release, not in @types/node): the hot path, one call per field.
 */
type SliceBuffer = Buffer & {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
};

export class CsvRecords {
  /** where the first record starts (after a UTF-8 BOM) */
  readonly start: number;
  /** the length in bytes of the bytes being read (the input, or the window of it) */
  length: number;
  /**
   * After `read`: it stopped at a record that reaches the end of a window that is not the end of
   * the input (see `setWindow`); the record is left for the next window.
   */
  needMore = false;
  private buf: SliceBuffer;
  private readonly d: number;
  /** the bytes end the input (else: a window of it, more to come) */
  private final = true;

  /** per column: the short values decoded before (see `ascii`) */
  private readonly seen: (ColumnStrings | undefined)[] = [];

  /** `bytes`: UTF-8 text (a leading BOM is skipped). */
  constructor(bytes: Uint8Array, delimiter: Delimiter) {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buf = buf as SliceBuffer;
    this.length = buf.length;
    this.d = delimiter.charCodeAt(0);
    this.start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  }

  /**
   * Read from other bytes: a window of a larger input (`final` false: more follows) or its last
   * one. A record that reaches the end of a window that is not final is not read: `read` stops
   * before it with `needMore` set, and the caller gives a window that holds more of it. Each
   * column's earlier strings (see `ascii`) are kept across windows.
   */
  setWindow(bytes: Buffer, final: boolean): void {
    this.buf = bytes as SliceBuffer;
    this.length = bytes.length;
    this.final = final;
  }

  /**
   * Read whole records from `pos` (the start of a record) into `out`, until the input ends, `out`
   * holds `maxRecords` records, or a record ends at or after `stopAt`. The index in `out` of each
   * record in which a quote opened a field and was never closed goes to `unclosed`. Returns the
   * position after the last record read and its line end (CRLF, LF or CR). A final line end does
   * not start an empty record. In a window that is not final, a record that reaches the window's
   * end is not read: the position of its start is returned, with `needMore` set.
   */
  read(pos: number, stopAt: number, maxRecords: number, out: string[][], unclosed: number[]): number {
    this.needMore = false;
    const n = this.length;
    while (pos < n && pos < stopAt && out.length < maxRecords) {
      const end = this.record(pos, out, unclosed);
      if (end < 0) {
        // the record reaches the end of the window: drop what it reported, read it next time
        while (unclosed.length > 0 && unclosed[unclosed.length - 1] === out.length) unclosed.pop();
        this.needMore = true;
        return pos;
      }
      pos = end;
    }
    // the window ended on a record's end: the next one starts in the next window
    if (!this.final && pos >= n && pos < stopAt && out.length < maxRecords) this.needMore = true;
    return pos;
  }

  /**
   * One record from `pos` into `out`: the position after its line end, or -1 when the window is
   * not final and the record (or a CRLF, or a doubled quote) may go on past its end.
   */
  private record(pos: number, out: string[][], unclosed: number[]): number {
    const buf = this.buf;
    const n = this.length;
    const D = this.d;
    const open = !this.final;
    // An unclosed quote costs one scan to the end of the input. After it, every later quote is
    // part of an even run of quotes, so a later quoted field always closes within its run: a
    // read stays linear.
    const row: string[] = [];
    for (;;) {
      // ---- one field, starting at pos
      if (pos < n && buf[pos] === QUOTE) {
        let j = pos + 1;
        let acc = '';
        let closed = -1;
        for (;;) {
          const k = buf.indexOf(QUOTE, j);
          // not closed within the window (a quote that is its last byte, maybe the first of two,
          // is caught below: nothing follows it in the window)
          if (open && k < 0) return -1;
          if (k < 0) break;
          if (buf[k + 1] === QUOTE) {
            // a doubled quote: one quote of the text
            acc += buf.utf8Slice(j, k + 1);
            j = k + 2;
            continue;
          }
          if (k > j) acc += buf.utf8Slice(j, k);
          closed = k;
          break;
        }
        let m = closed >= 0 ? closed + 1 : pos + 1;
        while (m < n) {
          const c = buf[m]!;
          if (c === D || c === CR || c === LF) break;
          m++;
        }
        if (open && m === n) return -1;
        if (closed >= 0) {
          // text after the closing quote, up to the next delimiter or line end, is kept as is
          row.push(m > closed + 1 ? acc + buf.utf8Slice(closed + 1, m) : acc);
        } else {
          // never closed: the quote is a plain character
          unclosed.push(out.length);
          row.push(buf.utf8Slice(pos, m));
        }
        pos = m;
      } else {
        let m = pos;
        let high = 0;
        let h = 0;
        while (m < n) {
          const c = buf[m]!;
          if (c === D || c === CR || c === LF) break;
          high |= c;
          h = (Math.imul(h, 31) + c) | 0;
          m++;
        }
        if (open && m === n) return -1;
        // an ASCII field is the same string in Latin-1, which decodes faster; a short one that
        // its column repeats is the string decoded before
        if (m === pos) row.push('');
        else if (high >= 0x80) row.push(buf.utf8Slice(pos, m));
        else if (m - pos <= INTERN_MAX_BYTES) row.push(this.ascii(row.length, h, pos, m));
        else row.push(buf.latin1Slice(pos, m));
        pos = m;
      }
      // ---- what ends the field
      if (pos < n && buf[pos] === D) {
        pos++;
        continue;
      }
      break;
    }
    // a CR that ends the window may be the first half of a CRLF
    if (open && pos + 1 === n && buf[pos] === CR) return -1;
    out.push(row);
    if (pos < n) pos += buf[pos] === CR && buf[pos + 1] === LF ? 2 : 1;
    return pos;
  }

  /**
   * A short ASCII field of column `col` (bytes pos..end, hash `h`): the same string object as
   * the last one of its slot when the bytes are equal, else a fresh one that takes the slot.
   * Columns of repeated values (status, golongan, unit, predikat, year) then cost one string per
   * distinct value instead of one per cell, and the maps downstream find them by their cached
   * hash; a column whose values rarely repeat (NIP, name) stops being looked up after a probe.
   */
  private ascii(col: number, h: number, pos: number, end: number): string {
    const buf = this.buf;
    let cs = this.seen[col];
    if (cs === undefined) this.seen[col] = cs = { values: new Array<string | undefined>(INTERN_SLOTS), hashes: new Int32Array(INTERN_SLOTS), hits: 0, looks: 0 };
    if (cs.looks >= INTERN_PROBE && cs.hits * 4 < cs.looks) return buf.latin1Slice(pos, end);
    cs.looks++;
    const slot = (h ^ (h >>> 13)) & (INTERN_SLOTS - 1);
    const old = cs.values[slot];
    const len = end - pos;
    if (old !== undefined && cs.hashes[slot] === h && old.length === len) {
      let i = 0;
      while (i < len && old.charCodeAt(i) === buf[pos + i]) i++;
      if (i === len) {
        cs.hits++;
        return old;
      }
    }
    const v = buf.latin1Slice(pos, end);
    cs.values[slot] = v;
    cs.hashes[slot] = h;
    return v;
  }
}
