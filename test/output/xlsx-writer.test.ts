/**
 * The streaming XLSX writer (src/output/xlsx-writer.ts), read back with an independent reader
 * (exceljs) and checked with the ZIP checker the input side uses: values, escaping, Excel's cell
 * limit, styles (column, row and cell), frozen panes, filter, print setup and titles, and
 * byte-identical output for the same input.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { columnLetters, WorkbookWriter } from '../../src/output/xlsx-writer.js';
import { MAX_CELL_CHARS } from '../../src/output/xlsx-style.js';
import { checkZip, listZip } from '../../src/io/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'talenta-xlsxw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG = 'x'.repeat(MAX_CELL_CHARS + 10);

async function build(file: string): Promise<WorkbookWriter> {
  const wb = new WorkbookWriter({ filename: file });
  wb.created = wb.modified = new Date('2026-09-30T00:00:00Z');
  const a = wb.addWorksheet("Pegawai's", {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  a.columns = [{ width: 21 }, { width: 10, style: { numFmt: '0.00' } }, { width: 8, style: { numFmt: '0.0%' } }, { width: 30 }];
  a.pageSetup.printTitlesRow = '1:1';
  a.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 4 } };
  const head = a.addRow(['NIP', 'Skor', 'Persen', 'Teks']);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };
  head.height = 44;
  head.commit();
  a.addRow(['197203152001032001', 80.125, 0.25, 'a & b < c > d "e"']).commit();
  a.addRow(['0012', 0, 1, '  spasi di depan\nbaris dua']).commit();
  a.addRow(['x\u0001y\u0007z', null, undefined, 'emoji 😀 lone \ud800 end']).commit();
  a.addRow([true, false, Number.NaN, LONG]).commit();
  const styled = a.addRow(['merah', 1.5]);
  styled.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  styled.getCell(2).numFmt = '0.000';
  styled.getCell(3).border = { top: { style: 'medium' }, bottom: { style: 'medium' } };
  styled.commit();
  a.commit();
  const b = wb.addWorksheet('Kosong');
  b.commit();
  await wb.commit();
  return wb;
}

describe('xlsx-writer', () => {
  it('columnLetters: A, Z, AA, AZ, BA, XFD', () => {
    expect([1, 26, 27, 52, 53, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  });

  it('writes a valid package that an independent reader reads back exactly', async () => {
    const file = join(dir, 'a.xlsx');
    const wb = await build(file);
    const bytes = readFileSync(file);
    expect(await checkZip(bytes)).toEqual({ ok: true });
    const listing = listZip(bytes);
    expect(listing.ok).toBe(true);
    if (listing.ok) {
      expect(listing.entries.map((e) => e.name).sort()).toEqual(
        [
          '[Content_Types].xml',
          '_rels/.rels',
          'docProps/app.xml',
          'docProps/core.xml',
          'xl/_rels/workbook.xml.rels',
          'xl/styles.xml',
          'xl/workbook.xml',
          'xl/worksheets/sheet1.xml',
          'xl/worksheets/sheet2.xml',
        ].sort(),
      );
    }
    expect(wb.truncatedCells).toBe(1);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Pegawai's", 'Kosong']);
    const ws = book.getWorksheet("Pegawai's")!;
    const row = (n: number) => [1, 2, 3, 4].map((c) => ws.getRow(n).getCell(c).value);
    expect(row(1)).toEqual(['NIP', 'Skor', 'Persen', 'Teks']);
    // a NIP stays text, leading zeros included
    expect(row(2)).toEqual(['197203152001032001', 80.125, 0.25, 'a & b < c > d "e"']);
    expect(row(3)).toEqual(['0012', 0, 1, '  spasi di depan\nbaris dua']);
    // characters XML cannot carry become U+FFFD; a valid pair (emoji) stays; empty cells are absent
    expect(row(4)).toEqual(['x\ufffdy\ufffdz', null, null, 'emoji 😀 lone \ufffd end']);
    const long = ws.getRow(5).getCell(4).value as string;
    expect(long.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(long.endsWith(' … [dipotong: 32.777 karakter, Excel memuat paling banyak 32.767]')).toBe(true);
    expect([ws.getRow(5).getCell(1).value, ws.getRow(5).getCell(2).value, ws.getRow(5).getCell(3).value]).toEqual([true, false, null]);

    // styles: the header row's font and fill; column formats; a cell's own format and fill win
    expect(ws.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(ws.getRow(1).getCell(4).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(ws.getRow(1).height).toBe(44);
    expect(ws.getRow(2).getCell(2).numFmt).toBe('0.00');
    expect(ws.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(ws.getRow(6).getCell(2).numFmt).toBe('0.000');
    expect(ws.getRow(6).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getRow(6).getCell(3).border?.top?.style).toBe('medium');
    expect(ws.getRow(6).getCell(4).fill).toBeUndefined();
    expect(ws.getColumn(1).width).toBe(21);
    expect(ws.getColumn(4).width).toBe(30);
    // frozen first row and column, filter on the header, landscape fit to one page wide, titles
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D1');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('is deterministic: the same cells give the same bytes', async () => {
    await build(join(dir, 'b.xlsx'));
    await build(join(dir, 'c.xlsx'));
    expect(readFileSync(join(dir, 'b.xlsx')).equals(readFileSync(join(dir, 'c.xlsx')))).toBe(true);
  });

  it('refuses rows on a sheet already committed', async () => {
    const wb = new WorkbookWriter({ filename: join(dir, 'd.xlsx') });
    const s = wb.addWorksheet('S');
    s.commit();
    expect(() => s.addRow(['x']).commit()).toThrow(/already committed/);
  });
});
