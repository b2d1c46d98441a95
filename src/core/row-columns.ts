/**
 * Rows of one kind kept as columns (numbers only), with a `next` link per row so that the rows
 * of one employee form a list in input order: no object per row.
 */
export class RowColumns {
  n = 0;
  next = new Int32Array(1024);
  private cols: (Float64Array | Int32Array)[];
  constructor(kinds: readonly ('f64' | 'i32')[]) {
    this.cols = kinds.map((k) => (k === 'f64' ? new Float64Array(1024) : new Int32Array(1024)));
  }
  push(values: number[]): number {
    if (this.n === this.next.length) {
      const cap = this.n * 2;
      const next = new Int32Array(cap);
      next.set(this.next);
      this.next = next;
      this.cols = this.cols.map((c) => {
        const b = c instanceof Float64Array ? new Float64Array(cap) : new Int32Array(cap);
        b.set(c);
        return b;
      });
    }
    const r = this.n++;
    this.next[r] = -1;
    for (let k = 0; k < values.length; k++) this.cols[k]![r] = values[k]!;
    return r;
  }
  get(r: number, k: number): number {
    return this.cols[k]![r]!;
  }
}

/** Append row `r` to the list of employee `head` (first/last row per employee). */
export function link(first: Int32Array, last: Int32Array, rows: RowColumns, head: number, r: number): void {
  if (first[head]! < 0) first[head] = r;
  else rows.next[last[head]!] = r;
  last[head] = r;
}
