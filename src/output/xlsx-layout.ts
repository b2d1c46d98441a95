/**
 * How talenta's workbooks print: column widths, row heights and page setup worked out from the
 * text, so that a printed sheet is legible. The rules:
 *
 * - a header word never breaks: a column is at least as wide as its header's longest word + 1;
 *   the header row is as tall as its most-wrapped header;
 * - wrapped text never draws over the next row: its row is as tall as its wrapped lines
 *   (LibreOffice and Excel keep a row's stored height when they open a file);
 * - a sheet is fitted to one page wide only when that keeps it at MIN_PRINT_SCALE or more;
 *   a wider one to the fewest pages wide that do, repeating its key columns (NIP, name);
 * - a table repeats its header row on every page.
 *
 * Widths are Excel's units (about one digit of the default font, 7 px at 96 dpi); text is
 * estimated at one character per unit, which over-estimates lines slightly rather than under.
 */
import type { PageSetup, SheetWriter } from './xlsx-writer.js';
import { PAGE_LANDSCAPE } from './xlsx-style.js';

/** A4 landscape (11.69 in) less PAGE_LANDSCAPE's left and right margins, in px at 96 dpi. */
const PRINTABLE_PX = Math.floor((11.69 - PAGE_LANDSCAPE.margins.left - PAGE_LANDSCAPE.margins.right) * 96);
/** Below this, fitting a sheet to one page wide makes it hard to read. */
const MIN_PRINT_SCALE = 0.6;
/** Points per line of 11-pt text. */
export const LINE_PT = 15;

/** A column's width in px, as Excel draws it. */
const columnPx = (width: number): number => Math.trunc(width * 7 + 5);

/** The width in px of columns of these widths, side by side. */
const totalPx = (widths: readonly number[]): number => widths.reduce((s, w) => s + columnPx(w), 0);

/** Lines that `text` takes when wrapped at word boundaries in a cell `width` wide. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        lines++;
        used = w;
      }
      // a word longer than a line is broken across lines
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** The height (pt) of a row whose cells hold `texts` in columns of `widths`; undefined for one line. */
export function rowHeight(texts: readonly (string | number | boolean | null | undefined)[], widths: readonly number[]): number | undefined {
  let lines = 1;
  texts.forEach((t, i) => {
    if (typeof t === 'string' && t !== '') lines = Math.max(lines, wrappedLines(t, widths[i] ?? 9));
  });
  return lines > 1 ? lines * LINE_PT : undefined;
}

/** The width a column needs so that no word of its header breaks. */
export function headerWidth(header: string, width: number): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((w) => w.length));
  return Math.max(width, longest + 1);
}

/**
 * The page setup of a sheet with these column widths: fitted to one page wide when that keeps it
 * at MIN_PRINT_SCALE or more; else fitted to the fewest pages wide that do, with the first
 * `keyColumns` columns repeated on every page. A sheet whose first row is a header repeats it on
 * every page.
 */
export function pageFor(widths: readonly number[], opts: { header?: boolean; keyColumns?: number } = {}): PageSetup {
  const pages = pagesWide(widths);
  const key = opts.keyColumns ?? 0;
  return {
    ...PAGE_LANDSCAPE,
    fitToWidth: pages,
    ...(opts.header ? { printTitlesRow: '1:1' } : {}),
    ...(pages > 1 && key > 0 ? { printTitlesColumn: `A:${String.fromCharCode(64 + key)}` } : {}),
  };
}

/** The fewest pages wide at which columns of these widths print at MIN_PRINT_SCALE or more. */
function pagesWide(widths: readonly number[]): number {
  return Math.max(1, Math.ceil((totalPx(widths) * MIN_PRINT_SCALE) / PRINTABLE_PX));
}

/**
 * A paragraph of text across all the columns of a sheet: merged, wrapped, and as tall as its
 * lines, so a long sentence neither runs off the page nor widens the print area.
 */
export function paragraph(ws: SheetWriter, text: string, widths: readonly number[], opts: { bold?: boolean } = {}): void {
  const span = Math.max(1, widths.length);
  const width = widths.reduce((s, w) => s + w, 0);
  const r = ws.addRow([text]);
  if (opts.bold) r.font = { bold: true };
  const lines = wrappedLines(text, width);
  if (lines > 1) {
    r.alignment = { wrapText: true, vertical: 'top' };
    r.height = lines * LINE_PT;
  }
  if (span > 1) ws.mergeCells(r.number, 1, r.number, span);
  r.commit();
}
