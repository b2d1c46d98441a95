/** Pure value parsers: headers, text, numbers, dates, NIP. None of them throws. */
import type { Cell } from './types.js';

/** Header key: lower case, trimmed, spaces / `_` / `-` / `.` folded into one space. */
export function normHeader(h: Cell): string {
  if (h === null || h === undefined) return '';
  return String(h)
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

/** Short values seen before (vocabularies repeat a handful of values over millions of rows). */
const folded = new Map<string, string>();
const FOLD_CACHE_MAX = 4096;

/** Vocabulary key: lower case, whitespace folded, spaces around `/` removed. */
export function foldText(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  const hit = s.length <= 48 ? folded.get(s) : undefined;
  if (hit !== undefined) return hit;
  const f = s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
  if (s.length <= 48) {
    if (folded.size >= FOLD_CACHE_MAX) folded.clear();
    folded.set(detach(s), f);
  }
  return f;
}

/**
 * Placeholders exports write into empty cells (SIASN writes the literal `null`): they are blank.
 * Compared on the trimmed text, case-insensitively.
 */
function isNullToken(s: string): boolean {
  if (s.length > 4) return false;
  switch (s.toLowerCase()) {
    case 'null':
    case '-':
    case '--':
      return true;
    default:
      return false;
  }
}

export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v).trim();
  return isNullToken(s) ? '' : s;
}

/** Empty, whitespace only, or a placeholder (`null`, `NULL`, `-`, `--`). */
export function isBlank(v: Cell): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const s = v.trim();
  return s === '' || isNullToken(s);
}

/**
 * Parse a number written the Indonesian or the English way: `85,5`, `85.5`, `1.234,5`,
 * `1,234.5`, `90%`. Returns null when the text is not a number.
 */
export function parseNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const plain = plainDecimal(v);
  if (plain !== undefined) return plain;
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

/**
 * The common case of parseNumber without regular expressions: ASCII digits with at most one `.`
 * or one `,` as the decimal mark (`85`, `85.5`, `85,5`). `undefined` for anything else, which
 * the general rules then read; the value is the one the general rules give.
 */
function plainDecimal(v: string): number | null | undefined {
  const n = v.length;
  if (n === 0 || n > 15) return undefined;
  let mark = -1;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 46 || c === 44) && mark < 0) {
      mark = i;
      continue;
    }
    return undefined;
  }
  if (mark < 0) return Number(v);
  // a lone mark is no number; `5.`, `.5`, `5,` and `,5` are (as the general rules read them)
  if (n === 1) return null;
  return v.charCodeAt(mark) === 44 ? Number(v.slice(0, mark) + '.' + v.slice(mark + 1)) : Number(v);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  agus: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  dec: 12,
  desember: 12,
  december: 12,
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in month `m` (1–12) of year `y`, Gregorian, as `Date.UTC(y, m, 0)` counts them: like
 * Date.UTC, a year 0–99 is read as 1900–1999.
 */
export function daysInMonth(y: number, m: number): number {
  if (m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1]!;
  const yy = y >= 0 && y <= 99 ? 1900 + y : y;
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function ymd(y: number, m: number, d: number): string {
  if (y >= 1000 && y <= 9999 && m >= 0 && d >= 0) return `${y}-${two(m)}-${two(d)}`;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel serial day number → ISO date (1900 or 1904 system). */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Excel's 1900 system counts a 29 Feb 1900 that never was (serial 60)
  if (!date1904 && Math.floor(serial) === 60) return null;
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + Math.floor(serial) * 86400000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Which day of a year written alone (`2025`) a date stands for (profile `dates.yearOnly`). */
export type YearOnlyDay = 'start' | 'middle' | 'end';

/** A bare four-digit year (1900–2100), as text or as a whole number; else null. */
function bareYear(v: Cell): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (s.length !== 4 || !/^(19|20)\d\d$|^2100$/.test(s)) return null;
  return Number(s);
}

function yearOnlyIso(year: number, day: YearOnlyDay): string {
  return day === 'start' ? ymd(year, 1, 1) : day === 'middle' ? ymd(year, 7, 1) : ymd(year, 12, 31);
}

/**
 * Parse a date to ISO `YYYY-MM-DD`, saying whether it was a year written alone. A bare year
 * (`2025`, text or number) is that year at `yearDay`, never an Excel serial (serial 2025 would be
 * 1905-07-17). Only a number cell (from a workbook) is an Excel serial; digits in text are not.
 */
export function parseDateInfo(v: Cell, date1904 = false, yearDay: YearOnlyDay = 'start', textSerial = false): { iso: string; yearOnly: boolean } | null {
  const y = bareYear(v);
  if (y !== null) return { iso: yearOnlyIso(y, yearDay), yearOnly: true };
  const iso = parseDate(v, date1904, textSerial);
  return iso === null ? null : { iso, yearOnly: false };
}

/**
 * Parse a date to ISO `YYYY-MM-DD`. Accepts ISO dates (with an optional time part),
 * `DD-MM-YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`, `26 Juli 1985`, `26 Jul 1985`, and Excel serials:
 * number cells, and digits in a text cell only when `textSerial` (a workbook's cell, never a
 * CSV's text). A bare year is read as 1 January of it (see parseDateInfo).
 */
export function parseDate(v: Cell, date1904 = false, textSerial = false): string | null {
  const y = bareYear(v);
  if (y !== null) return ymd(y, 1, 1);
  if (typeof v === 'number') return excelSerialToIso(v, date1904);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (s === '') return null;
  const iso = plainIso(s);
  if (iso !== undefined) return iso;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return check(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return check(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? check(+m[3]!, month, +m[1]!) : null;
  }
  // digits in a CSV's text are not an Excel serial (a CSV holds no cell types); in a workbook's text cell they may be
  if (textSerial && /^\d+(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s), date1904);
  return null;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * `YYYY-MM-DD` exactly (most exports), read without regular expressions: the date, null when
 * it is no calendar day, `undefined` for any other text (the general rules read it).
 */
function plainIso(s: string): string | null | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  for (const i of ISO_DIGITS) if (!isDigit(s, i)) return undefined;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  return isValidYmd(y, m, d) ? s : null;
}
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function check(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? ymd(y, m, d) : null;
}

/** Year from `2024`, `2024.0`, `Tahun 2024`, `Tahunan 2024`, a date. */
export function parseYear(v: Cell): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2200 ? v : null;
  if (typeof v !== 'string') return null;
  const m = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(v.trim());
  return m ? Number(m[1]) : null;
}

/** Add whole years to an ISO date (29 Feb → 28 Feb in non-leap years). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export type NipCheck = { ok: true; nip: string; birthDate: string; sex: 1 | 2 } | { ok: false; nip: string; code: NipErrorCode };

type NipErrorCode = 'NIP_KOSONG' | 'NIP_ANGKA' | 'NIP_FORMAT' | 'NIP_TANGGAL_LAHIR' | 'NIP_TMT' | 'NIP_JENIS_KELAMIN' | 'NIP_URUTAN';

/** A number written in scientific notation (`1.99611242010042E+17`), as Excel shows a long number. */
export function isScientific(v: Cell): boolean {
  if (typeof v !== 'string') return false;
  return /^[+-]?\d+([.,]\d+)?[eE][+-]?\d+$/.test(v.trim().replace(/^['’`]/, ''));
}

/**
 * A NIP and the name in one cell: `198503122010011001\nNama`, `198503122010011001 - Nama`,
 * `19850312 201001 1 001 - Nama`. Null for anything else (a cell of 18 characters or fewer).
 */
export function splitNipName(v: Cell): { nip: string; name: string } | null {
  if (typeof v !== 'string' || v.length <= 18) return null;
  const m = /^\s*['’`]?([\d .]{18,24}?)\s*(?:\r?\n|\s-\s)\s*(\S[^]*)$/.exec(v);
  if (!m) return null;
  const nip = m[1]!.replace(/[\s.]/g, '');
  return /^\d{18}$/.test(nip) ? { nip, name: m[2]!.trim() } : null;
}

/** Strip the decorations exports add: spaces, dots, hyphens, a leading apostrophe. */
export function cleanNip(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v)
    .trim()
    .replace(/^['’`]/, '')
    .replace(/[\s.-]/g, '');
}

/**
 * Validate a NIP (docs/rules.md §4.3). A NIP stored as a number cell or written in scientific
 * notation has lost digits: it is reported (NIP_ANGKA) and never repaired.
 * `isPns` enables the TMT (YYYYMM) check; PPPK numbers carry a year + 2-digit code there.
 */
export function checkNip(v: Cell, asOfYear: number, isPns: boolean | null): NipCheck {
  if (typeof v === 'number') {
    return { ok: false, nip: Number.isFinite(v) ? String(v) : '', code: 'NIP_ANGKA' };
  }
  const raw = typeof v === 'string' ? v.trim() : '';
  if (raw === '' || isNullToken(raw)) return { ok: false, nip: '', code: 'NIP_KOSONG' };
  if (isScientific(raw)) return { ok: false, nip: raw, code: 'NIP_ANGKA' };
  const nip = cleanNip(raw);
  if (!/^\d{18}$/.test(nip)) return { ok: false, nip, code: 'NIP_FORMAT' };
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (!isValidYmd(by, bm, bd) || by < 1940 || by > asOfYear - 17) {
    return { ok: false, nip, code: 'NIP_TANGGAL_LAHIR' };
  }
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  if (ty < by + 18 || ty > asOfYear) return { ok: false, nip, code: 'NIP_TMT' };
  if (isPns !== false && isPns !== null && (tm < 1 || tm > 12)) return { ok: false, nip, code: 'NIP_TMT' };
  const sex = nip[14];
  if (sex !== '1' && sex !== '2') return { ok: false, nip, code: 'NIP_JENIS_KELAMIN' };
  if (nip.slice(15) === '000') return { ok: false, nip, code: 'NIP_URUTAN' };
  return { ok: true, nip, birthDate: ymd(by, bm, bd), sex: sex === '1' ? 1 : 2 };
}

/** Round away floating-point noise (0.6 × 80 + 0.4 × 100 must be exactly 88). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** 0-based column index → spreadsheet letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A copy of a string that does not keep the text it was cut from alive. V8 represents a long
 * substring as a slice of its parent: one kept NIP or name would otherwise hold a whole file
 * (or a whole streamed slice) in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ('\u0000' + s).slice(1);
}
