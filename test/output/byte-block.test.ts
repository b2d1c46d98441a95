import { describe, expect, it } from 'vitest';
import { ByteBlock } from '../../src/output/byte-block.js';

const bytes = (fill: (b: ByteBlock) => void): string => {
  const b = new ByteBlock();
  fill(b);
  return b.take().toString('utf8');
};

describe('ByteBlock: the bytes the CSV and JSON writers stream', () => {
  // the expected text is what JavaScript itself prints: String(v), JSON.stringify(s)
  const numbers = [0, 7, 9, 10, 99, 100, 101, 1000, 123456789, 999999999, 1e9, 1e21, -1, -0, 0.5, 100.125, 1 / 3, 2 ** 53, 1.5e-7];
  it.each(numbers)('number(%s) is String(v)', (v) => {
    expect(bytes((b) => b.number(v))).toBe(String(v));
  });

  const strings = [
    '',
    'Budi Santoso',
    'Kepala "Bidang"',
    'a\\b',
    'baris\nbaru',
    'tab\tdan\r',
    '\u0000\u001f',
    'Ṣalāḥ Ñoño – 日本',
    '😀 emoji',
    'lone \ud800 surrogate',
    'x'.repeat(47) + 'é',
    'é'.repeat(200),
    '\u2028 line separator',
  ];
  it.each(strings)('jsonString(%j) is JSON.stringify', (s) => {
    expect(bytes((b) => b.jsonString(s))).toBe(JSON.stringify(s));
  });

  it('text() writes UTF-8, short and long, and grows past the block size', () => {
    const long = 'ü'.repeat(600_000); // 1.2 MB of UTF-8, more than one block
    const out = bytes((b) => {
      b.text('abc');
      b.text('Ä');
      b.text(long);
      b.byte(0x0a);
    });
    expect(out).toBe(`abcÄ${long}\n`);
  });

  it('take() hands over what was written and starts empty', () => {
    const b = new ByteBlock();
    b.text('one');
    expect(b.take().toString()).toBe('one');
    expect(b.size).toBe(0);
    b.text('two');
    expect(b.take().toString()).toBe('two');
  });
});
