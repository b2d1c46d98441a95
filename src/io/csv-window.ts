/**
 * A large CSV file read from disk a window at a time, so that its bytes are never all in memory.
 *
 * A first pass (`scanFile`) reads the file once through one reused buffer: its SHA-256, whether
 * it is valid UTF-8, and its first bytes (for the file kind, the delimiter and the header). Only
 * a file that needs no transcoding is then read in windows (`FileRecords`): the same byte-level
 * splitter (src/io/csv-records.ts) reads each window, and a record that reaches a window's end
 * is read again from the next one, so the records, row numbers and findings are those of the
 * whole file read at once. A record longer than the window (a quote never closed, say) grows the
 * window until the record ends or the file does.
 *
 * The file is opened again each time its records are read and must not have changed since the
 * first pass (same size and modification time): else an IoError says so.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { CsvRecords, type Delimiter } from './csv-records.js';
import { IoError } from '../errors.js';
import type { Lang } from '../i18n.js';

/** bytes read from disk at a time (the window, and the first pass's buffer) */
const WINDOW_BYTES = 16 * 1024 * 1024;
/** the first bytes kept by the first pass: file kind, delimiter sniffing (256 KiB) and header */
const HEAD_BYTES = 256 * 1024;

export interface FileScan {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  /** every byte of the file is valid UTF-8 */
  utf8: boolean;
  /** the first HEAD_BYTES bytes (or the whole file when shorter) */
  head: Buffer;
}

/** How many bytes at the end of `b` (up to 3) begin a UTF-8 sequence that `b` does not finish. */
function unfinishedTail(b: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const c = b[end - back]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** The first pass over a regular file: SHA-256, UTF-8 validity and the first bytes. */
export function scanFile(path: string, windowBytes = WINDOW_BYTES): FileScan {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(Math.max(16, windowBytes));
    let head: Buffer | null = null;
    let utf8 = true;
    // bytes of a UTF-8 sequence left unfinished at the end of the previous read, kept at buf[0..carry)
    let carry = 0;
    let offset = 0;
    for (;;) {
      const got = readSync(fd, buf, carry, buf.length - carry, offset);
      if (got === 0) break;
      hash.update(buf.subarray(carry, carry + got));
      if (head === null) head = Buffer.from(buf.subarray(0, Math.min(HEAD_BYTES, got)));
      else if (head.length < HEAD_BYTES) head = Buffer.concat([head, buf.subarray(carry, carry + Math.min(HEAD_BYTES - head.length, got))]);
      offset += got;
      const end = carry + got;
      if (utf8) {
        const tail = unfinishedTail(buf, end);
        if (!isUtf8(buf.subarray(0, end - tail))) utf8 = false;
        buf.copyWithin(0, end - tail, end);
        carry = tail;
      }
    }
    // a sequence still unfinished at the end of the file is invalid
    if (utf8 && carry > 0) utf8 = false;
    return { path, size: offset, mtimeMs: st.mtimeMs, sha256: hash.digest('hex'), utf8, head: head ?? Buffer.alloc(0) };
  } finally {
    closeSync(fd);
  }
}

const CHANGED = {
  id: '{file} berubah ketika sedang dibaca (ukuran atau waktu ubahnya tidak lagi sama); hasilnya tidak dapat dipercaya. Tunggu sampai berkas selesai ditulis, atau salin dulu, lalu jalankan lagi.',
  en: '{file} changed while it was being read (its size or modification time is no longer the same); the result cannot be trusted. Wait until the file is fully written, or copy it first, then run again.',
};

/**
 * The records of a scanned file, read window by window with CsvRecords's `read` contract:
 * positions are byte offsets in the file.
 */
export class FileRecords {
  /** where the first record starts (after a UTF-8 BOM) */
  readonly start: number;
  readonly length: number;
  private readonly records: CsvRecords;
  private fd: number | null = null;
  /** the window (empty while the file is closed: a table waiting to be read holds no window) */
  private buf: Buffer = Buffer.alloc(0);
  private readonly windowBytes: number;
  /** the file offset of buf[0], and how many bytes of buf hold the file */
  private base = 0;
  private filled = 0;

  constructor(
    private readonly scan: FileScan,
    delimiter: Delimiter,
    private readonly label: string,
    private readonly lang: Lang,
    windowBytes = WINDOW_BYTES,
  ) {
    this.records = new CsvRecords(scan.head, delimiter);
    this.start = this.records.start;
    this.length = scan.size;
    this.windowBytes = Math.max(4, windowBytes);
  }

  /** Read whole records from file offset `pos`: as CsvRecords.read on the whole file. */
  read(pos: number, stopAt: number, maxRecords: number, out: string[][], unclosed: number[]): number {
    this.open();
    if (pos < this.base || pos > this.base + this.filled) this.moveTo(pos);
    for (;;) {
      // keep a window's worth ahead of pos, so that a batch rarely runs into the window's end
      if (this.base + this.filled < this.length && this.base + this.filled - pos < this.buf.length / 2) this.moveTo(pos);
      const final = this.base + this.filled >= this.length;
      this.records.setWindow(this.buf.subarray(0, this.filled), final);
      const at = this.records.read(pos - this.base, stopAt - this.base, maxRecords, out, unclosed) + this.base;
      if (!this.records.needMore) return at;
      // the record at `at` reaches the window's end: move the window to it, or grow the window
      if (at === this.base && this.filled === this.buf.length) {
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, this.filled);
        this.buf = bigger;
        this.fill();
      } else this.moveTo(at);
      pos = at;
    }
  }

  /** whether a window is held (the file is open, or the splitter still refers to a window) */
  get holding(): boolean {
    return this.fd !== null || this.buf.length > 0 || this.records.length > 0;
  }

  /** Let the file and the window go (both come back with the next read). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.buf = Buffer.alloc(0);
    // the splitter still points at the last window: without this, every table read keeps 16 MiB
    this.records.setWindow(this.buf, true);
    this.base = 0;
    this.filled = 0;
  }

  private open(): void {
    if (this.fd !== null) return;
    const fd = openSync(this.scan.path, 'r');
    const st = fstatSync(fd);
    if (st.size !== this.scan.size || st.mtimeMs !== this.scan.mtimeMs) {
      closeSync(fd);
      throw new IoError(CHANGED[this.lang].replace('{file}', this.label));
    }
    this.fd = fd;
    this.buf = Buffer.allocUnsafe(this.windowBytes);
    this.base = 0;
    this.filled = 0;
  }

  /** Make the window start at file offset `pos`, keeping the bytes already read from there on. */
  private moveTo(pos: number): void {
    const end = this.base + this.filled;
    if (pos >= this.base && pos <= end) {
      this.buf.copyWithin(0, pos - this.base, this.filled);
      this.filled = end - pos;
    } else this.filled = 0;
    this.base = pos;
    this.fill();
  }

  /** Read from the file until the window is full or the file ends. */
  private fill(): void {
    while (this.filled < this.buf.length && this.base + this.filled < this.length) {
      const got = readSync(this.fd!, this.buf, this.filled, this.buf.length - this.filled, this.base + this.filled);
      if (got === 0) {
        // shorter than it was: changed since the first pass
        throw new IoError(CHANGED[this.lang].replace('{file}', this.label));
      }
      this.filled += got;
    }
  }
}
