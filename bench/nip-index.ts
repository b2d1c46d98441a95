/**
 * NIP → record number, compact enough for 4.5M employees: an 18-digit NIP is kept as two 9-digit
 * numbers in an open-addressing table (linear probing; each slot holds the two numbers and the
 * record + 1 side by side in one Uint32Array, so a probe touches one cache line), about 30 bytes
 * per NIP where a Map of strings takes three to four times that; any other NIP text goes to a
 * small Map.
 */
const OTHER = 0xffffffff;

export class NipIndex {
  /** number of distinct NIPs (records 0 … size-1) */
  size = 0;
  /** per slot: hi, lo, record + 1 (0 = empty slot) */
  private slots: Uint32Array;
  private mask: number;
  private recHi: Uint32Array;
  private recLo: Uint32Array;
  private other = new Map<string, number>();
  private otherNip = new Map<number, string>();
  private h = 0;
  private l = 0;

  constructor(expected = 1 << 16) {
    let cap = 1 << 16;
    while (cap * 0.7 < expected) cap *= 2;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
    this.recHi = new Uint32Array(Math.max(1024, expected));
    this.recLo = new Uint32Array(Math.max(1024, expected));
  }

  /** split an 18-digit NIP into this.h / this.l */
  private split(nip: string): boolean {
    if (nip.length !== 18) return false;
    let h = 0;
    let l = 0;
    for (let i = 0; i < 18; i++) {
      const d = nip.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      if (i < 9) h = h * 10 + d;
      else l = l * 10 + d;
    }
    this.h = h;
    this.l = l;
    return true;
  }

  private static hash(h: number, l: number): number {
    let x = Math.imul(h, 0x9e3779b1) ^ l;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
  }

  /** the record of a NIP, or -1 */
  get(nip: string): number {
    if (!this.split(nip)) return this.other.get(nip) ?? -1;
    const { h, l, slots } = this;
    for (let s = NipIndex.hash(h, l) & this.mask; ; s = (s + 1) & this.mask) {
      const r = slots[s * 3 + 2]!;
      if (r === 0) return -1;
      if (slots[s * 3] === h && slots[s * 3 + 1] === l) return r - 1;
    }
  }

  /** the record of a NIP, added when new (then it is `size - 1`) */
  add(nip: string): number {
    if (!this.split(nip)) {
      const known = this.other.get(nip);
      if (known !== undefined) return known;
      const rec = this.newRecord(OTHER, 0);
      this.other.set(nip, rec);
      this.otherNip.set(rec, nip);
      return rec;
    }
    const { h, l, slots } = this;
    let s = NipIndex.hash(h, l) & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const r = slots[s * 3 + 2]!;
      if (r === 0) break;
      if (slots[s * 3] === h && slots[s * 3 + 1] === l) return r - 1;
    }
    const rec = this.newRecord(h, l);
    slots[s * 3] = h;
    slots[s * 3 + 1] = l;
    slots[s * 3 + 2] = rec + 1;
    if (this.size - this.other.size > (this.mask + 1) * 0.7) this.rehash();
    return rec;
  }

  /** the NIP of a record */
  nipAt(rec: number): string {
    const h = this.recHi[rec]!;
    if (h === OTHER) return this.otherNip.get(rec) ?? '?';
    return String(h).padStart(9, '0') + String(this.recLo[rec]!).padStart(9, '0');
  }

  private newRecord(h: number, l: number): number {
    const rec = this.size++;
    if (rec === this.recHi.length) {
      const hi = new Uint32Array(rec * 2);
      const lo = new Uint32Array(rec * 2);
      hi.set(this.recHi);
      lo.set(this.recLo);
      this.recHi = hi;
      this.recLo = lo;
    }
    this.recHi[rec] = h;
    this.recLo[rec] = l;
    return rec;
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const slots = new Uint32Array(cap * 3);
    const mask = cap - 1;
    for (let s = 0; s < old.length; s += 3) {
      const r = old[s + 2]!;
      if (r === 0) continue;
      let t = NipIndex.hash(old[s]!, old[s + 1]!) & mask;
      while (slots[t * 3 + 2] !== 0) t = (t + 1) & mask;
      slots[t * 3] = old[s]!;
      slots[t * 3 + 1] = old[s + 1]!;
      slots[t * 3 + 2] = r;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
