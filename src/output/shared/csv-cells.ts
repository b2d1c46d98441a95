/** CSV cell helpers shared by the CSV writers (classify, compare, suksesi) and the workbooks' formula guard. */

/**
 * What a spreadsheet would run as a formula: `=` `+` `-` `@` (or their full-width forms) first,
 * after any leading whitespace or control characters (` =1+1`, `\r=1+1`, `\u0001@SUM(…)`), or a
 * leading tab or CR.
 */
const FORMULA_LIKE = /^(?:[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(v: string): string {
  const c = v.charCodeAt(0);
  // most values start with a letter: no formula, no leading space or control character
  if (c >= 0x41 && c < 0x7f) return v;
  return FORMULA_LIKE.test(v) ? `'${v}` : v;
}

/** One field as CSV: quoted when it holds `,` `"` CR or LF. */
export function csvField(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}
