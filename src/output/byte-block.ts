/**
 * UTF-8 bytes gathered in a Buffer: values are encoded straight into it (no string per line or
 * block), and `take()` hands over what was written and starts a fresh one. Shared by the CSV and
 * JSON writers, which stream millions of rows in blocks of about BLOCK_BYTES.
 */

/** bytes gathered before a block is handed on */
const BLOCK_BYTES = 1 << 20;

/** a block is handed on once it holds this many bytes (room left for one more row) */
export const BLOCK_FULL = BLOCK_BYTES - 4096;

/** JSON must escape `"`, `\`, control characters; lone surrogates go through JSON.stringify */
const JSON_SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

export class ByteBlock {
  private buf = Buffer.allocUnsafe(BLOCK_BYTES);
  private pos = 0;
  get size(): number {
    return this.pos;
  }
  /** a string as UTF-8 */
  text(s: string): void {
    const n = s.length;
    // at most 3 bytes per UTF-16 unit
    if (this.pos + n * 3 > this.buf.length) this.grow(n * 3);
    if (n < 48) {
      // short values (most cells): copied here while ASCII, a native call costs more
      const buf = this.buf;
      let p = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[p++] = c;
      }
      if (i === n) {
        this.pos = p;
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  /** one byte (an ASCII character code) */
  byte(b: number): void {
    if (this.pos === this.buf.length) this.grow(1);
    this.buf[this.pos++] = b;
  }
  /** a whole number or a finite number as JavaScript prints it (String(v)) */
  number(v: number): void {
    if (Number.isInteger(v) && v >= 0 && v < 1e9) {
      if (this.pos + 10 > this.buf.length) this.grow(10);
      if (v < 10) {
        this.buf[this.pos++] = 48 + v;
        return;
      }
      let digits = 1;
      for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
      let p = this.pos + digits;
      this.pos = p;
      for (let x = v; p > this.pos - digits; x = Math.floor(x / 10)) this.buf[--p] = 48 + (x % 10);
      return;
    }
    this.text(String(v));
  }
  /** a string as a JSON string literal (the same text JSON.stringify gives) */
  jsonString(s: string): void {
    if (JSON_SPECIAL.test(s)) {
      this.text(JSON.stringify(s));
      return;
    }
    this.byte(34);
    this.text(s);
    this.byte(34);
  }
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(BLOCK_BYTES);
    this.pos = 0;
    return out;
  }
  private grow(need: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + need));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
}
