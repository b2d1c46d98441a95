/**
 * The report workbook on paper (issue "Reports and words": the workbook that prints). The
 * sample agency's workbook, Indonesian and English, read back with exceljs; each sheet checked
 * against what a printout needs, with bounds worked out here from A4 and Excel's units:
 *
 * - A4 landscape is 11.69 in; less the 0.4 in margins left and right, 10.89 in = 1045 px at
 *   96 dpi. A column `w` wide is trunc(7w + 5) px. Fitted to k pages wide, a sheet prints at
 *   min(1, k × 1045 / Σpx); it must not print below 60%.
 * - Calibri 11 fits at most about 1.2 characters per unit of width, so a text of n characters
 *   in a cell w wide needs at least ceil(n / (1.2 w)) lines of 15 pt: a row holding it must be
 *   at least that tall (else the text draws over the next row or is cut).
 * - A header word of n characters needs a column at least n wide (a bold word is wider than
 *   n digits... at least not narrower), else it breaks mid-word (`Peringk at`).
 * - Every table sheet repeats its header row on every page; a table too wide for one page
 *   repeats its NIP (and name) column.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAttributes, buildAudit } from '../../src/core/audit.js';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import type { Lang } from '../../src/i18n.js';
import { loadInputs } from '../../src/io/inputs.js';
import type { Ctx } from '../../src/output/model.js';
import { writeXlsxReport } from '../../src/output/xlsx.js';
import { cellText } from '../../src/io/cell-text.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'talenta-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRINTABLE_PX = 1045;
const px = (w: number) => Math.trunc(7 * w + 5);
const minLines = (text: string, width: number) => Math.ceil(text.length / (1.2 * width));
/** sheets whose first row is a table header */
const NOT_TABLES = { id: ['Ringkasan', 'Audit', 'Metodologi'], en: ['Summary', 'Audit', 'Methodology'] };

const books: Partial<Record<Lang, ExcelJS.Workbook>> = {};

beforeAll(async () => {
  const profile = DEFAULT_PROFILE;
  const { tables } = await loadInputs([{ path: join(ROOT, 'fixtures', 'contoh', 'roster.xlsx') }], {});
  const prepared = prepareInputs(tables, profile);
  const result = classify(prepared, profile, { asOf: '2026-09-30' });
  const audit = buildAudit(result, profile, { attributes: auditAttributes(prepared, result) });
  for (const lang of ['id', 'en'] as const) {
    const ctx: Ctx = { lang, human: true, profile, result, profileHash: '0'.repeat(64) };
    const file = join(dir, `${lang}.xlsx`);
    await writeXlsxReport(file, ctx, { toolVersion: '0.0.0-test', files: [], profileSource: 'test', audit });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    books[lang] = book;
  }
}, 60_000);

/** the width of a cell, or of the merged block it starts */
function cellWidth(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): number {
  const w = (c: number) => ws.getColumn(c).width ?? 9;
  const merge = (ws.model.merges ?? []).find((m: string) => m.split(':')[0] === cell.address);
  if (!merge) return w(Number(cell.col));
  const [a, b] = merge.split(':').map((r: string) => ws.getCell(r));
  let sum = 0;
  for (let c = Number(a!.col); c <= Number(b!.col); c++) sum += w(c);
  return sum;
}

describe.each(['id', 'en'] as const)('the workbook on paper (%s)', (lang) => {
  const sheets = () => books[lang]!.worksheets;

  it('has all twelve sheets, each A4 landscape', () => {
    expect(sheets().length).toBe(12);
    for (const ws of sheets()) expect([ws.name, ws.pageSetup.orientation, ws.pageSetup.paperSize]).toEqual([ws.name, 'landscape', 9]);
  });

  it('no sheet prints below 60% of its size', () => {
    for (const ws of sheets()) {
      const total = (ws.columns ?? []).reduce((s, c) => s + px(c.width ?? 9), 0);
      const scale = ws.pageSetup.fitToPage ? Math.min(1, ((ws.pageSetup.fitToWidth || 1) * PRINTABLE_PX) / total) : (ws.pageSetup.scale ?? 100) / 100;
      expect({ sheet: ws.name, ok: scale >= 0.6 }).toEqual({ sheet: ws.name, ok: true });
    }
  });

  it('every table repeats its header row on every page; a table spread over pages repeats its NIP column', () => {
    for (const ws of sheets()) {
      if (NOT_TABLES[lang].includes(ws.name)) continue;
      expect({ sheet: ws.name, titles: ws.pageSetup.printTitlesRow }).toEqual({ sheet: ws.name, titles: '1:1' });
      if ((ws.pageSetup.fitToWidth ?? 1) > 1 && ws.getCell('A1').value === 'NIP') {
        expect({ sheet: ws.name, columns: ws.pageSetup.printTitlesColumn?.startsWith('A:') }).toEqual({ sheet: ws.name, columns: true });
      }
    }
  });

  it('no header word is wider than its column, and the header row is tall enough for its lines', () => {
    for (const ws of sheets()) {
      if (NOT_TABLES[lang].includes(ws.name)) continue;
      const head = ws.getRow(1);
      let lines = 1;
      head.eachCell((cell) => {
        const text = cellText(cell.value);
        const width = ws.getColumn(Number(cell.col)).width ?? 9;
        for (const word of text.split(/\s+/)) expect({ sheet: ws.name, word, fits: word.length <= width }).toEqual({ sheet: ws.name, word, fits: true });
        lines = Math.max(lines, minLines(text, width));
      });
      expect({ sheet: ws.name, tall: (head.height ?? 15) >= lines * 15 }).toEqual({ sheet: ws.name, tall: true });
    }
  });

  it('wrapped text never draws over the next row, and no long sentence runs past the print area', () => {
    const checked = [
      lang === 'en' ? 'Methodology' : 'Metodologi',
      'Audit',
      lang === 'en' ? 'Fairness' : 'Keadilan',
      lang === 'en' ? 'Near the line' : 'Dekat Batas',
      'Talent Pool',
    ];
    let wrappedRows = 0;
    for (const ws of sheets().filter((s) => checked.includes(s.name))) {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => {
          // the other cells of a merged block read as its first cell's value
          if (typeof cell.value !== 'string' || cell.master.address !== cell.address) return;
          const width = cellWidth(ws, cell);
          const need = minLines(cell.value, width);
          if (need <= 1) return;
          // a text that needs more than one line must wrap, in a row tall enough for it
          expect({ sheet: ws.name, cell: cell.address, wraps: cell.alignment?.wrapText === true }).toEqual({ sheet: ws.name, cell: cell.address, wraps: true });
          expect({ sheet: ws.name, cell: cell.address, tall: (row.height ?? 15) >= need * 15 }).toEqual({ sheet: ws.name, cell: cell.address, tall: true });
          wrappedRows++;
        });
      });
    }
    // the check saw wrapped rows (the Metodologi rules, the audit's sentences)
    expect(wrappedRows).toBeGreaterThan(10);
  });

  it('the headers of a table can be told apart (no two alike)', () => {
    for (const ws of sheets()) {
      if (NOT_TABLES[lang].includes(ws.name)) continue;
      const heads: string[] = [];
      ws.getRow(1).eachCell((c) => void heads.push(cellText(c.value)));
      expect({ sheet: ws.name, dupes: heads.filter((h, i) => h !== '' && heads.indexOf(h) !== i) }).toEqual({ sheet: ws.name, dupes: [] });
    }
  });

  it('Ringkasan says the workbook is for people and the CSV files for machines', () => {
    const ws = books[lang]!.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    const start = lang === 'en' ? 'This workbook is for reading and printing. The CSV files are for machines' : 'Workbook ini untuk dibaca dan dicetak. Berkas CSV untuk mesin';
    expect(texts.some((t) => t.startsWith(start))).toBe(true);
  });

  it('shares print as percentages (Tabel Ringkasan, Per unit)', () => {
    const summary = books[lang]!.getWorksheet(lang === 'en' ? 'Summary table' : 'Tabel Ringkasan')!;
    const col = (summary.getRow(1).values as unknown[]).indexOf(lang === 'en' ? 'Share' : 'Persentase');
    expect(col).toBeGreaterThan(0);
    const shares = summary.getColumn(col).values.filter((v): v is number => typeof v === 'number');
    expect(shares.length).toBeGreaterThan(0);
    summary.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(col).value === 'number') expect(row.getCell(col).numFmt).toBe('0.0%');
    });
  });
});
