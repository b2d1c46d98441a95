/**
 * The fast paths of the value parsers (plain decimals without regular expressions, month lengths
 * without Date objects) must give exactly what the general rules give. The references below are
 * the general rules written out independently (regular expressions and Date.UTC), checked on
 * every case and on random text built from the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isValidYmd, parseDate, parseNumber, ymd } from '../../src/core/values.js';

function referenceNumber(v: string): number | null {
  let s = v.trim().replace(/\s+/g, '');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    if (lastComma > lastDot) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1) s = s.replace(/,/g, '');
    else s = s.replace(',', '.');
  } else if (lastDot >= 0 && (s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const referenceDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** a small deterministic generator (no Math.random: the same cases every run) */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('parseNumber: the plain-decimal fast path reads as the general rules', () => {
  const cases = [
    '85',
    '85.5',
    '85,5',
    '0',
    '007',
    '5.',
    '.5',
    '5,',
    ',5',
    '.',
    ',',
    '1.234',
    '1,234',
    '1.234,5',
    '1,234.5',
    '100.125',
    '123456789012345',
    '1234567890123456',
    '90%',
    ' 85 ',
    '-3',
    '1e3',
    '',
  ];
  it.each(cases)('%j', (v) => {
    expect(parseNumber(v)).toBe(referenceNumber(v));
  });
  it('random text of digits, marks, signs, spaces and %', () => {
    const rnd = lcg(20261202);
    const alphabet = '0123456789.,,..-+ %e';
    for (let k = 0; k < 20000; k++) {
      const len = 1 + Math.floor(rnd() * 9);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(parseNumber(s), JSON.stringify(s)).toBe(referenceNumber(s));
    }
  });
});

describe('month lengths and ISO dates without Date objects', () => {
  it('daysInMonth agrees with Date.UTC for years 0–2400 and months 0–13', () => {
    for (let y = 0; y <= 2400; y++) for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(referenceDays(y, m));
  });
  it('leap years by the Gregorian rule: 2024 and 2000 are, 2100 and 1900 are not', () => {
    expect([isValidYmd(2024, 2, 29), isValidYmd(2000, 2, 29), isValidYmd(2100, 2, 29), isValidYmd(1900, 2, 29)]).toEqual([true, true, false, false]);
  });
  it('ymd pads as ISO', () => {
    expect([ymd(2026, 9, 3), ymd(985, 1, 1), ymd(2026, 12, 31)]).toEqual(['2026-09-03', '0985-01-01', '2026-12-31']);
  });
  it('addMonths keeps the day or the month end (29 Feb + 12 months = 28 Feb)', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('1985-07-26', 58 * 12)).toBe('2043-07-26');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('parseDate: the plain ISO fast path reads as the general rule', () => {
  // the general rule: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/ and a calendar check
  const reference = (s: string): string | null => {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s.trim());
    if (!m) return null;
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (mo < 1 || mo > 12 || d < 1 || d > referenceDays(y, mo)) return null;
    return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  it.each(['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-04-30', '0999-12-31', '1985-07-26'])('%s', (s) => {
    expect(parseDate(s)).toBe(reference(s));
  });
  it('random YYYY-MM-DD text', () => {
    const rnd = lcg(7);
    for (let k = 0; k < 20000; k++) {
      const y = Math.floor(rnd() * 10000);
      const m = Math.floor(rnd() * 14);
      const d = Math.floor(rnd() * 33);
      const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(parseDate(s), s).toBe(reference(s));
    }
  });
});
