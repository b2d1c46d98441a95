/**
 * The text of one cell value as exceljs gives it (its `CellValue`: string, number, boolean,
 * Date, rich text, hyperlink, formula or error object, null), for code that reads a workbook
 * back as text: the reader of earlier runs (read-run.ts) and the tests that read the written
 * reports. The input reader keeps types instead (read-xlsx.ts `convertCell`).
 */

/**
 * A string as it is; a number, boolean or bigint as `String` writes it; a date as its UTC
 * calendar date `YYYY-MM-DD` (exceljs reads dates as UTC); rich text as its plain text; a
 * hyperlink as its text; a formula as the text of its cached result; an error cell as its code
 * (`#N/A`); empty for an empty cell. Any other object (a JSON value read by read-run.ts) as its
 * JSON, so that it is never mistaken for an empty cell.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return '';
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((r: unknown) => cellText((r as { text?: unknown } | null)?.text)).join('');
  if ('error' in o) return cellText(o.error);
  if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
  if ('hyperlink' in o) return cellText(o.text);
  return JSON.stringify(v);
}
