/**
 * NIP → employee index. An 18-digit NIP is kept as two 9-digit integers in one open-addressing
 * table (key halves and value side by side, so a look-up touches one place in memory instead of a
 * map entry and a string); anything else (a malformed NIP, kept as the roster wrote it) goes to
 * an ordinary Map. Same answers as a Map<string, number>.
 */
export class NipIndex {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly other = new Map<string, number>();

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 3).fill(-1);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count + this.other.size;
  }

  get(nip: string): number | undefined {
    const hi = half(nip, 0);
    const lo = hi < 0 ? -1 : half(nip, 9);
    if (lo < 0 || nip.length !== 18) return this.other.get(nip);
    const slots = this.slots;
    for (let s = mix(hi, lo) & this.mask; ; s = (s + 1) & this.mask) {
      const k = s * 3;
      const v = slots[k + 2]!;
      if (v < 0) return undefined;
      if (slots[k] === hi && slots[k + 1] === lo) return v;
    }
  }

  /** `value` ≥ 0; an existing key gets the new value (as Map.set) */
  set(nip: string, value: number): void {
    const hi = half(nip, 0);
    const lo = hi < 0 ? -1 : half(nip, 9);
    if (lo < 0 || nip.length !== 18) {
      this.other.set(nip, value);
      return;
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.put(hi, lo, value);
  }

  private put(hi: number, lo: number, value: number): void {
    const slots = this.slots;
    for (let s = mix(hi, lo) & this.mask; ; s = (s + 1) & this.mask) {
      const k = s * 3;
      if (slots[k + 2]! < 0) {
        slots[k] = hi;
        slots[k + 1] = lo;
        slots[k + 2] = value;
        this.count++;
        return;
      }
      if (slots[k] === hi && slots[k + 1] === lo) {
        slots[k + 2] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3).fill(-1);
    this.mask = cap - 1;
    this.count = 0;
    for (let k = 0; k < old.length; k += 3) if (old[k + 2]! >= 0) this.put(old[k]!, old[k + 1]!, old[k + 2]!);
  }
}

/** nine decimal digits from `at` as a number, -1 when one of them is not a digit */
function half(s: string, at: number): number {
  if (s.length < at + 9) return -1;
  let n = 0;
  for (let i = at; i < at + 9; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function mix(hi: number, lo: number): number {
  let h = Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b) ^ lo;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
