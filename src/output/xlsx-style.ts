/** Styles every talenta workbook shares (report, comparison, audit sheets). */
import { fillText, LOCALE, type Lang } from '../i18n.js';

/** The end of a cell cut at Excel's limit, in the report's language. */
const TRUNCATED_MARKER: Record<Lang, string> = {
  id: ' … [dipotong: {n} karakter, Excel memuat paling banyak 32.767]',
  en: ' … [truncated: {n} characters, Excel holds at most 32,767]',
};

export type Fill = { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
export const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Dark blue header rows with white bold text. */
export const HEADER_FILL = 'FF1F4E78';

/** Print on A4 landscape, one page wide. */
export const PAGE_LANDSCAPE = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;

/** Excel's limit for the text of one cell; a longer cell makes Excel "repair" the workbook. */
export const MAX_CELL_CHARS = 32767;

/**
 * A text over MAX_CELL_CHARS cut to fit, with a marker in the report's language saying so (never
 * splitting a surrogate pair); other values as they are.
 */
export function fitCell(v: unknown, lang: 'id' | 'en'): unknown {
  if (typeof v !== 'string' || v.length <= MAX_CELL_CHARS) return v;
  const n = v.length.toLocaleString(LOCALE[lang]);
  const marker = fillText(TRUNCATED_MARKER[lang], { n });
  let end = MAX_CELL_CHARS - marker.length;
  const c = v.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return v.slice(0, end) + marker;
}

/**
 * Every row added to the workbook's sheets from now on has its cells fitted (fitCell); the
 * returned counter tells how many cells were cut.
 */
export function limitCells(wb: { addWorksheet: (...a: never[]) => unknown }, lang: 'id' | 'en'): { cells: number } {
  const counter = { cells: 0 };
  const add = wb.addWorksheet.bind(wb) as (...a: unknown[]) => { addRow: (values: unknown[], ...rest: unknown[]) => unknown };
  (wb as { addWorksheet: unknown }).addWorksheet = (...a: unknown[]) => {
    const ws = add(...a);
    const addRow = ws.addRow.bind(ws);
    ws.addRow = (values: unknown[], ...rest: unknown[]) => {
      const fitted = Array.isArray(values)
        ? values.map((v) => {
            const f = fitCell(v, lang);
            if (f !== v) counter.cells++;
            return f;
          })
        : values;
      return addRow(fitted, ...rest);
    };
    return ws;
  };
  return counter;
}
