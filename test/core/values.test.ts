/**
 * Value parsers (values.ts): headers, numbers, dates, NIP.
 * docs/rules.md §2.2: headers match "case-insensitive, trimmed, with space, `_`, `-` and `.`
 * treated as the same separator"; §2.3: "Percent values may use a decimal comma and a trailing `%`."
 * NIP rules: docs/rules.md §4.1, §4.3 (a NIP is text; a number cell has already lost digits).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, addYears, checkNip, cleanNip, excelSerialToIso, foldText, normHeader, parseDate, parseNumber, parseYear, ymd } from '../../src/core/values.js';
import type { Cell } from '../../src/core/types.js';
import { nip } from './helpers.js';

const anyCell: fc.Arbitrary<Cell> = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

describe('normHeader: §1 "case-insensitive, trims, and treats spaces, `_`, `-` and `.` as the same separator"', () => {
  it.each([
    ['NIP BARU', 'nip baru'],
    ['nip_baru', 'nip baru'],
    ['Nip-Baru', 'nip baru'],
    ['NIP.BARU', 'nip baru'],
    ['  NIP   BARU  ', 'nip baru'],
    ['NIP _ BARU', 'nip baru'],
    ['Tgl. Lhr', 'tgl lhr'],
    ['\uFEFFNIP BARU', 'nip baru'], // CSV with a UTF-8 BOM
    ['JENIS_PEGAWAI_NAMA', 'jenis pegawai nama'],
  ])('%j → %j', (h, key) => {
    expect(normHeader(h)).toBe(key);
  });
  it('null / blank → empty key', () => {
    expect(normHeader(null)).toBe('');
    expect(normHeader('   ')).toBe('');
  });

  it('property: never throws, for any cell', () => {
    fc.assert(fc.property(anyCell, (c) => typeof normHeader(c) === 'string'));
  });
  it('property: idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normHeader(normHeader(s)) === normHeader(s)));
  });
  it('property: any casing and any choice of separator between words give the same key', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const sep = fc.constantFrom(' ', '_', '-', '.', '  ', ' _ ', '__');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(sep, { minLength: 5, maxLength: 5 }), fc.boolean(), (words, seps, upper) => {
        const canonical = words.join(' ');
        const variant = words.map((w, i) => (i === 0 ? '' : seps[i]!) + (upper ? w.toUpperCase() : w.toLowerCase())).join('');
        return normHeader(` ${variant} `) === normHeader(canonical);
      }),
    );
  });
});

describe('foldText: §1 "matched case-insensitively with whitespace folded"', () => {
  it.each([
    ['BAIK', 'baik'],
    [' Baik ', 'baik'],
    ['sangat  baik', 'sangat baik'],
    ['Kurang / Misconduct', 'kurang/misconduct'],
    ['Kurang/Misconduct', 'kurang/misconduct'],
    ['Sangat\tBaik', 'sangat baik'],
  ])('%j → %j', (v, k) => expect(foldText(v)).toBe(k));
});

describe('parseNumber: "Percent values may use a decimal comma and a trailing `%`"', () => {
  it.each<[Cell, number]>([
    ['85,5', 85.5],
    ['85.5', 85.5],
    ['1.234,5', 1234.5], // Indonesian thousands dot + decimal comma
    ['1,234.5', 1234.5], // English form
    ['1.234.567', 1234567], // several dots can only be thousands separators
    ['90%', 90],
    ['85,5%', 85.5],
    [' 90 % ', 90],
    ['-5', -5],
    ['0', 0],
    [87.25, 87.25],
    ['1e2', 100],
  ])('%j → %d', (v, n) => {
    expect(parseNumber(v)).toBe(n);
  });
  it.each<[Cell]>([['abc'], [''], ['  '], ['%'], ['12abc'], ['85,5,5x'], ['1.2.3,4,5'], [null], [true], [Number.NaN], [Infinity]])('garbage %j → null', (v) => {
    expect(parseNumber(v)).toBeNull();
  });
  it('choice: a single dot is a decimal point, so "1.234" is 1.234 (not 1234)', () => {
    expect(parseNumber('1.234')).toBe(1.234);
  });

  it('property: never throws; result is null or a finite number', () => {
    fc.assert(
      fc.property(anyCell, (c) => {
        const n = parseNumber(c);
        return n === null || Number.isFinite(n);
      }),
    );
  });
  it('property: a number written with a decimal comma (and optional %) parses back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (i, f, pct) => {
        const n = Number(`${i < 0 ? '-' : ''}${Math.abs(i)}.${String(f).padStart(2, '0')}`);
        const text = `${i < 0 ? '-' : ''}${Math.abs(i)},${String(f).padStart(2, '0')}${pct ? '%' : ''}`;
        return parseNumber(text) === n;
      }),
    );
  });
  it('property: Indonesian locale formatting (thousands dot, decimal comma, ≥1 decimal) parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), (cents) => {
        const n = cents / 100;
        const text = n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        return parseNumber(text) === n;
      }),
    );
  });
  it('property: String(x) of any finite double parses back to x', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => Object.is(parseNumber(String(x)), x) || (x === 0 && parseNumber(String(x)) === 0)));
  });
});

describe('parseDate: ISO, DD-MM-YYYY, DD/MM/YYYY, "26 Juli 1985", Excel serials', () => {
  it.each<[Cell, string]>([
    ['1985-07-26', '1985-07-26'],
    ['1985-7-6', '1985-07-06'],
    ['1985-07-26T00:00:00', '1985-07-26'],
    ['1985-07-26 08:30:00', '1985-07-26'],
    ['26-07-1985', '1985-07-26'],
    ['26/07/1985', '1985-07-26'],
    ['26.07.1985', '1985-07-26'],
    ['6/7/1985', '1985-07-06'], // day first: 6 July
    ['26 Juli 1985', '1985-07-26'],
    ['26 Jul 1985', '1985-07-26'],
    ['26 JULI 1985', '1985-07-26'],
    ['26-Jul-1985', '1985-07-26'],
    ['1 Mei 2020', '2020-05-01'],
    ['17 Agustus 1945', '1945-08-17'],
    ['1 Nopember 2000', '2000-11-01'],
    ['31 Desember 1999', '1999-12-31'],
    ['29 Februari 2024', '2024-02-29'],
  ])('%j → %s', (v, iso) => {
    expect(parseDate(v)).toBe(iso);
  });

  it('Excel 1900 serial: 31254 → 1985-07-26', () => {
    // days 1970-01-01 → 1985-07-26: 15×365 + 4 leap days (72, 76, 80, 84) = 5479, + (31+28+31+30+31+30) + 25 = 206 → 5685
    // serial of 1970-01-01 is 25569 (base 1899-12-30) → 25569 + 5685 = 31254
    expect(parseDate(31254)).toBe('1985-07-26');
    // digits in a CSV's text are not a serial (a CSV holds no cell types);
    // in a workbook's text cell they may be (textSerial)
    expect(parseDate('31254')).toBeNull();
    expect(parseDate('31254', false, true)).toBe('1985-07-26');
    expect(parseDate(31254.75)).toBe('1985-07-26'); // a time part is dropped
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
  });
  it('Excel 1904 serial: the same date is 1462 days smaller (31254 − 1462 = 29792)', () => {
    expect(parseDate(29792, true)).toBe('1985-07-26');
    expect(parseDate(0 + 1, true)).toBe('1904-01-02');
  });

  it.each<[Cell]>([
    ['31-02-2020'], // 31 February
    ['2020-13-01'],
    ['2021-02-29'], // not a leap year
    ['07/26/1985'], // month-first is not accepted: month 26
    ['26 Foo 1985'],
    ['kemarin'],
    [''],
    [null],
    [true],
    [0], // serial < 1
    [-5],
    [Number.NaN],
  ])('invalid %j → null', (v) => {
    expect(parseDate(v)).toBeNull();
  });

  it('property: never throws; result is null or a valid ISO date', () => {
    fc.assert(
      fc.property(anyCell, fc.boolean(), (c, b) => {
        const d = parseDate(c, b);
        return d === null || /^\d{4}-\d{2}-\d{2}$/.test(d);
      }),
    );
  });

  const dateArb = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
  const parts = (d: Date) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
  const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

  it('property: ymd → parseDate round-trip (ISO, DD-MM-YYYY, DD/MM/YYYY, "D Bulan YYYY")', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const [y, m, dd] = parts(d);
        const iso = ymd(y, m, dd);
        const p2 = (x: number) => String(x).padStart(2, '0');
        return (
          parseDate(iso) === iso &&
          parseDate(`${p2(dd)}-${p2(m)}-${y}`) === iso &&
          parseDate(`${dd}/${m}/${y}`) === iso &&
          parseDate(`${dd} ${ID_MONTHS[m - 1]} ${y}`) === iso &&
          parseDate(`${dd} ${ID_MONTHS[m - 1]!.slice(0, 3)} ${y}`) === iso
        );
      }),
    );
  });
  it('property: Excel serial (1900 and 1904 systems) round-trip', () => {
    // from 1911: the serials 1900–2100 (dates in 1905, or 1909–1910 in the 1904 system) are read as bare years
    const serialDates = fc.date({ min: new Date(Date.UTC(1911, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(serialDates, (d) => {
        const [y, m, dd] = parts(d);
        const t = Date.UTC(y, m - 1, dd);
        const s1900 = (t - Date.UTC(1899, 11, 30)) / 86400000;
        const s1904 = (t - Date.UTC(1904, 0, 1)) / 86400000;
        return parseDate(s1900) === ymd(y, m, dd) && (s1904 < 1 || parseDate(s1904, true) === ymd(y, m, dd));
      }),
    );
  });
});

describe('parseYear', () => {
  it.each<[Cell, number | null]>([
    [2024, 2024],
    ['2024', 2024],
    ['Tahun 2024', 2024],
    ['Tahunan 2024', 2024],
    ['2024-12-31', 2024],
    [2024.5, null],
    ['abc', null],
    [null, null],
  ])('%j → %j', (v, y) => expect(parseYear(v)).toBe(y));
});

describe('addYears / addMonths (used for the "3 years", "2 years", "12 months" rules)', () => {
  it('calendar arithmetic', () => {
    expect(addYears('2026-09-30', -3)).toBe('2023-09-30');
    expect(addYears('2026-09-30', -2)).toBe('2024-09-30');
    expect(addMonths('2027-09-30', -12)).toBe('2026-09-30');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28'); // 29 Feb → 28 Feb in a non-leap year
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('NIP: checkNip (docs/rules.md §4.1, §4.3)', () => {
  const AS_OF_YEAR = 2026;
  const GOOD = nip('1985-07-26', '2010-01', 1, 1); // 198507262010011001

  it('a valid 18-digit PNS NIP: birth date and sex are read from it', () => {
    expect(GOOD).toBe('198507262010011001');
    expect(checkNip(GOOD, AS_OF_YEAR, true)).toEqual({ ok: true, nip: GOOD, birthDate: '1985-07-26', sex: 1 });
    const f = nip('1990-02-28', '2015-03', 2, 7); // 199002282015032007
    expect(checkNip(f, AS_OF_YEAR, true)).toEqual({ ok: true, nip: f, birthDate: '1990-02-28', sex: 2 });
  });

  it.each([
    ["'198507262010011001", 'leading apostrophe (SIASN Excel export)'],
    ['’198507262010011001', 'typographic apostrophe'],
    ['19850726 201001 1 001', 'spaces'],
    ['19850726.201001.1.001', 'dots'],
    ['19850726-201001-1-001', 'hyphens'],
    ['  198507262010011001  ', 'padding'],
  ])('"Strip spaces, dots, hyphens and a leading apostrophe": %j (%s)', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: true, nip: GOOD });
    expect(cleanNip(v)).toBe(GOOD);
  });

  it('"Reject numbers in float or scientific notation": a number cell → NIP_ANGKA (never repaired)', () => {
    // 18 digits exceed 2^53: the number cell has already lost its last digits
    expect(checkNip(Number('198507262010011001'), AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_ANGKA' });
    expect(checkNip(1.98507262010011e17, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_ANGKA' });
  });
  it.each(['1.98507262010011E+17', '1,98507262010011E+17', "'1.98507262010011E+17", '1.985E17'])('scientific notation text %j → NIP_ANGKA', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_ANGKA' });
  });

  it('blank → NIP_KOSONG', () => {
    expect(checkNip('', AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_KOSONG' });
    expect(checkNip(null, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_KOSONG' });
  });
  it.each(['19850726201001100', '1985072620100110011', '19850726201001100X', 'ABCDEFGHIJKLMNOPQR'])('"Must match ^\\d{18}$": %j → NIP_FORMAT', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_FORMAT' });
  });
  it.each([
    ['198502302010011001', 'Feb 30'],
    ['198513012010011001', 'month 13'],
    ['198507002010011001', 'day 00'],
    ['193912312010011001', 'born 1939 (< 1940)'],
    ['201001012030011001', 'born 2010 > 2026 − 17 = 2009'],
  ])('"Digits 1–8 must be a valid calendar date, with a plausible year (1940 to today − 17)": %s (%s) → NIP_TANGGAL_LAHIR', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_TANGGAL_LAHIR' });
  });
  it('born exactly in 2026 − 17 = 2009 passes the birth-date check (it then fails on TMT, not on birth date)', () => {
    // born 2009-01-01 → TMT must be ≥ 2009 + 18 = 2027 > 2026, so the next check (NIP_TMT) is what fails
    expect(checkNip('200901012027011001', AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_TMT' });
  });
  it.each([
    ['198507262002011001', 'TMT 2002 < birth year + 18 = 2003'],
    ['198507262027011001', 'TMT 2027 > as-of year 2026'],
    ['198507262010131001', 'TMT month 13 (PNS)'],
    ['198507262010001001', 'TMT month 00 (PNS)'],
  ])('"digits 9–14 = YYYYMM, month 01–12, year ≥ birth year + 18 and ≤ current year": %s (%s) → NIP_TMT', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_TMT' });
  });
  it('TMT exactly birth year + 18 is accepted', () => {
    expect(checkNip('198507262003011001', AS_OF_YEAR, true)).toMatchObject({ ok: true });
  });
  it('"PPPK: digits 9–12 = year; do not validate 13–14 as a month" (NI PPPK 199009132025242014)', () => {
    expect(checkNip('199009132025242014', AS_OF_YEAR, false)).toMatchObject({ ok: true, birthDate: '1990-09-13', sex: 2 });
    expect(checkNip('199009132025242014', AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_TMT' });
  });
  it('choice: when jenis_pegawai is unknown (null) the TMT month is not checked', () => {
    expect(checkNip('199009132021211002', AS_OF_YEAR, null)).toMatchObject({ ok: true });
  });
  it.each(['198507262010010001', '198507262010013001', '198507262010019001'])('"Digit 15 ∈ {1, 2}": %s → NIP_JENIS_KELAMIN', (v) => {
    expect(checkNip(v, AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_JENIS_KELAMIN' });
  });
  it('"Digits 16–18 ≠ 000" → NIP_URUTAN', () => {
    expect(checkNip('198507262010011000', AS_OF_YEAR, true)).toMatchObject({ ok: false, code: 'NIP_URUTAN' });
    expect(checkNip('198507262010011999', AS_OF_YEAR, true)).toMatchObject({ ok: true });
  });

  // ---- properties -------------------------------------------------------------------
  const validParts = fc
    .record({
      by: fc.integer({ min: 1940, max: AS_OF_YEAR - 17 }),
      bm: fc.integer({ min: 1, max: 12 }),
      bd: fc.integer({ min: 1, max: 28 }),
      dy: fc.integer({ min: 18, max: 60 }),
      tm: fc.integer({ min: 1, max: 12 }),
      sex: fc.constantFrom<1 | 2>(1, 2),
      seq: fc.integer({ min: 1, max: 999 }),
    })
    .filter((r) => r.by + r.dy <= AS_OF_YEAR);
  const build = (r: { by: number; bm: number; bd: number; dy: number; tm: number; sex: 1 | 2; seq: number }) =>
    nip(ymd(r.by, r.bm, r.bd), `${r.by + r.dy}-${String(r.tm).padStart(2, '0')}`, r.sex, r.seq);

  it('property: never throws, for any cell and any flag', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom<boolean | null>(true, false, null), (c, pns) => {
        const out = checkNip(c, AS_OF_YEAR, pns);
        return typeof out.ok === 'boolean';
      }),
    );
  });
  it('property: every well-formed NIP is valid and yields its birth date and sex', () => {
    fc.assert(
      fc.property(validParts, (r) => {
        const out = checkNip(build(r), AS_OF_YEAR, true);
        return out.ok && out.birthDate === ymd(r.by, r.bm, r.bd) && out.sex === r.sex;
      }),
    );
  });
  it('property: decorating a valid NIP (apostrophe, spaces, dots) does not change the result', () => {
    fc.assert(
      fc.property(validParts, fc.array(fc.constantFrom(' ', '.', '-', ''), { minLength: 17, maxLength: 17 }), fc.boolean(), (r, seps, apos) => {
        const n = build(r);
        const decorated = (apos ? "'" : '') + [...n].map((ch, i) => (i === 0 ? ch : seps[i - 1]! + ch)).join('');
        return JSON.stringify(checkNip(decorated, AS_OF_YEAR, true)) === JSON.stringify(checkNip(n, AS_OF_YEAR, true));
      }),
    );
  });
  it('property: a NIP given as a number cell is always NIP_ANGKA', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const out = checkNip(x, AS_OF_YEAR, true);
        return !out.ok && out.code === 'NIP_ANGKA';
      }),
    );
  });
  it('property: sequence 000 or sex digit outside {1,2} is never valid', () => {
    fc.assert(
      fc.property(validParts, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (r, sexDigit) => {
        const n = build(r);
        const badSeq = n.slice(0, 15) + '000';
        const badSex = n.slice(0, 14) + sexDigit + n.slice(15);
        const a = checkNip(badSeq, AS_OF_YEAR, true);
        const b = checkNip(badSex, AS_OF_YEAR, true);
        return !a.ok && a.code === 'NIP_URUTAN' && !b.ok && b.code === 'NIP_JENIS_KELAMIN';
      }),
    );
  });
});
