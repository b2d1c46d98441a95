/**
 * Read the drawn 3×3 grid back out of each rendering: the terminal text (with colour), the
 * workbook's Ringkasan/Summary sheet and the HTML page's SVG. Each reader returns the grid top
 * row first, each row left to right, as the reader of the report sees it: the box number, the
 * count shown and the colour group of each cell. The readers know the colours and the texts,
 * not the layout: that is what the tests check.
 */
import ExcelJS from 'exceljs';
import type { BoxGroup } from '../../src/core/grid.js';
import { cellText } from '../../src/io/cell-text.js';
import { PERFORMANCE_LABEL, POTENTIAL_LABEL, type Lang } from '../../src/i18n.js';

export interface ReadCell {
  box: number;
  count: number;
  group: BoxGroup;
}
export interface ReadGrid {
  /** the row labels top → bottom (kinerja) */
  rows: string[];
  /** the column labels left → right (potensial) */
  columns: string[];
  cells: ReadCell[][];
}

/** The performance labels in one language, to find the grid's rows. */
const perfLabels = (lang: Lang) => Object.values(PERFORMANCE_LABEL).map((l) => l[lang]);
const potLabels = (lang: Lang) => Object.values(POTENTIAL_LABEL).map((l) => l[lang]);

/** Terminal: chalk level 1 colours (green = pool, yellow = middle, red = risk). */
export function terminalGrid(text: string, lang: Lang = 'id'): ReadGrid {
  const lines = text.split('\n');
  const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  const rows: string[] = [];
  const cells: ReadCell[][] = [];
  let columns: string[] = [];
  for (const line of lines) {
    const parts = line.split('│').slice(1, -1);
    if (parts.length !== 4) continue;
    const first = plain(parts[0]!).trim();
    if (first.includes('↑') && columns.length === 0) {
      columns = parts.slice(1).map((p) => plain(p).trim());
      continue;
    }
    if (!perfLabels(lang).includes(first)) continue;
    rows.push(first);
    cells.push(
      parts.slice(1).map((p) => {
        const m = /^\[(\d)\] (\d+) \(/.exec(plain(p).trim());
        if (!m) throw new Error(`not a grid cell: ${JSON.stringify(p)}`);
        const group: BoxGroup = p.includes('\u001b[32m')
          ? 'pool'
          : p.includes('\u001b[33m')
            ? 'middle'
            : p.includes('\u001b[31m')
              ? 'risk'
              : (() => {
                  throw new Error(`no colour in ${JSON.stringify(p)}`);
                })();
        return { box: Number(m[1]), count: Number(m[2]), group };
      }),
    );
  }
  return { rows, columns, cells };
}

/** The workbook's fills of the three groups (what a reader of the sheet sees). */
const XLSX_GROUP: Record<string, BoxGroup> = { FFC6EFCE: 'pool', FFFFEB9C: 'middle', FFFFC7CE: 'risk' };

/** Workbook: the grid rows of the first sheet (Ringkasan / Summary); bold = a pool box. */
export async function workbookGrid(file: string, lang: Lang = 'id'): Promise<ReadGrid & { bold: boolean[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(lang === 'en' ? 'Summary' : 'Ringkasan');
  if (!ws) throw new Error('no summary sheet');
  const rows: string[] = [];
  const cells: ReadCell[][] = [];
  const bold: boolean[][] = [];
  let columns: string[] = [];
  ws.eachRow((row) => {
    const first = cellText(row.getCell(1).value);
    const texts = [2, 3, 4].map((c) => cellText(row.getCell(c).value));
    if (first === '' && texts.every((t) => potLabels(lang).includes(t))) columns = texts;
    if (!perfLabels(lang).includes(first)) return;
    rows.push(first);
    cells.push(
      [2, 3, 4].map((c) => {
        const cell = row.getCell(c);
        const m = new RegExp(`^${lang === 'en' ? 'Box' : 'Kotak'} (\\d)\\n.*\\n(\\d+) \\(`, 's').exec(cellText(cell.value));
        if (!m) throw new Error(`not a grid cell: ${JSON.stringify(cell.value)}`);
        const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? '';
        const group = XLSX_GROUP[argb];
        if (!group) throw new Error(`unknown fill ${argb}`);
        return { box: Number(m[1]), count: Number(m[2]), group };
      }),
    );
    bold.push([2, 3, 4].map((c) => Boolean(row.getCell(c).font?.bold)));
  });
  return { rows, columns, cells, bold };
}

const HTML_GROUP: Record<string, BoxGroup> = { '#c6efce': 'pool', '#ffeb9c': 'middle', '#ffc7ce': 'risk' };

/**
 * HTML page: the cells of the grid's SVG (`<g><title>Kotak N: count</title><rect x y fill>…`),
 * placed into rows by their y and columns by their x, as a browser draws them.
 */
export function htmlGrid(html: string, lang: Lang = 'id'): ReadGrid {
  const svg = /<svg class="grid"[^>]*>([\s\S]*?)<\/svg>/.exec(html)?.[1];
  if (!svg) throw new Error('no grid SVG');
  const word = lang === 'en' ? 'Box' : 'Kotak';
  const found: { x: number; y: number; cell: ReadCell }[] = [];
  const re = new RegExp(`<g><title>${word} (\\d): (\\d+)</title><rect x="([\\d.]+)" y="([\\d.]+)"[^>]* fill="(#[0-9a-f]{6})"[^>]*/>.*?class="cnt"[^>]*>([\\d.,]+)</text>`, 'g');
  for (const m of svg.matchAll(re)) {
    const group = HTML_GROUP[m[5]!];
    if (!group) throw new Error(`unknown fill ${m[5]}`);
    if (Number(m[6]!.replace(/[.,]/g, '')) !== Number(m[2])) throw new Error(`title count ${m[2]} ≠ shown count ${m[6]}`);
    found.push({ x: Number(m[3]), y: Number(m[4]), cell: { box: Number(m[1]), count: Number(m[2]), group } });
  }
  if (found.length !== 9) throw new Error(`${found.length} grid cells in the SVG`);
  const ys = [...new Set(found.map((f) => f.y))].sort((a, b) => a - b);
  const xs = [...new Set(found.map((f) => f.x))].sort((a, b) => a - b);
  if (ys.length !== 3 || xs.length !== 3) throw new Error('the SVG cells do not form a 3×3 grid');
  const cells = ys.map((y) => xs.map((x) => found.find((f) => f.x === x && f.y === y)!.cell));
  // row labels: the text elements left of the grid, top to bottom; column labels below it
  const labels = [...svg.matchAll(/<text [^>]*class="lv"[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<tspan[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return { rows: labels.slice(0, 3), columns: labels.slice(3, 6), cells };
}

/** The heat map's header: the box columns in order, each with its group class. */
export function htmlHeatHeader(html: string): { box: number; group: string }[] {
  const table = /<table class="heat">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<th class="bx (\w+)">(\d)<\/th>/g)].map((m) => ({ box: Number(m[2]), group: m[1]! }));
}

/** The pool table's box chips, top first, with their fill. */
export function htmlPoolChips(html: string): { box: number; group: BoxGroup }[] {
  const table = /<table class="pool">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<span class="chip" style="background:(#[0-9a-f]{6});[^"]*">(\d)<\/span>/g)].map((m) => ({
    box: Number(m[2]),
    group: HTML_GROUP[m[1]!]!,
  }));
}

export const boxes = (g: ReadGrid) => g.cells.map((r) => r.map((c) => c.box));
export const counts = (g: ReadGrid) => g.cells.map((r) => r.map((c) => c.count));
export const groups = (g: ReadGrid) => g.cells.map((r) => r.map((c) => c.group));
