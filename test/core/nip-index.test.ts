import { describe, expect, it } from 'vitest';
import { NipIndex } from '../../src/core/nip-index.js';

/** a small deterministic generator (the same keys every run) */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('NipIndex answers as a Map<string, number>', () => {
  it('on 18-digit NIPs, near misses, malformed keys and duplicates, through several growths', () => {
    const rnd = lcg(42);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
    const keys: string[] = [];
    for (let k = 0; k < 30000; k++) {
      const r = rnd();
      keys.push(r < 0.8 ? digits(18) : r < 0.85 ? digits(17) : r < 0.9 ? digits(19) : r < 0.95 ? digits(9) + 'x' + digits(8) : '');
    }
    // shared halves: same first 9 digits or same last 9, and keys repeated
    keys.push('198507262010011001', '198507262010011002', '298507262010011001', '198507262010011001');
    const index = new NipIndex(16);
    const map = new Map<string, number>();
    keys.forEach((k, i) => {
      if (!map.has(k)) {
        map.set(k, i);
        index.set(k, i);
      }
    });
    expect(index.size).toBe(map.size);
    for (const k of keys) expect(index.get(k)).toBe(map.get(k));
    // keys never set
    for (let k = 0; k < 5000; k++) {
      const q = digits(18);
      expect(index.get(q)).toBe(map.get(q));
    }
  });

  it('set replaces the value of an existing key, as Map.set does', () => {
    const index = new NipIndex();
    index.set('198507262010011001', 1);
    index.set('198507262010011001', 7);
    index.set('not a nip', 2);
    index.set('not a nip', 3);
    expect([index.get('198507262010011001'), index.get('not a nip'), index.size]).toEqual([7, 3, 2]);
  });
});
