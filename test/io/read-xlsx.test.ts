/**
 * XLSX reader (src/io/read-xlsx.ts) on workbooks built here with exceljs, by hand (inline
 * strings, no shared strings), and by LibreOffice (the committed fixtures/quirks files).
 * What exceljs does to real files (the header of src/io/read-xlsx.ts): dates may arrive as serial
 * numbers, so a number in a date column is an Excel serial (mind date1904); every cell goes
 * through one function; Excel and LibreOffice put the sheets before sharedStrings in the zip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertCell, isDateFormat, isPercentFormat, normaliseCell, readWorkbook, readXlsx } from '../../src/io/read-xlsx.js';
import { listZip, reorderWorkbookZip, storedZip } from '../../src/io/zip.js';
import type { RawTable } from '../../src/core/types.js';
import { excelSerialToIso } from '../../src/core/values.js';

const ROOT = join(import.meta.dirname, '..', '..');
const QUIRKS = join(ROOT, 'fixtures', 'quirks');

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const sheet = (tables: RawTable[], name: string) => tables.find((t) => t.sheet === name)!;

describe('convertCell: one function for every cell', () => {
  it('text, numbers, booleans pass through; text is not trimmed; a NIP number stays a number', () => {
    expect(convertCell(' Baik ').value).toBe(' Baik ');
    expect(convertCell(85.5).value).toBe(85.5);
    expect(convertCell(true).value).toBe(true);
    expect(convertCell(199611242010042000).value).toBe(199611242010042000);
    expect(convertCell(Number.NaN).value).toBeNull();
    expect(convertCell(null).value).toBeNull();
  });

  it('dates → ISO of the UTC calendar date (exceljs reads dates as UTC midnight)', () => {
    expect(convertCell(new Date(Date.UTC(1985, 6, 26))).value).toBe('1985-07-26');
    expect(convertCell(new Date(Date.UTC(1985, 6, 26, 23, 59))).value).toBe('1985-07-26');
    expect(convertCell(new Date(Number.NaN)).value).toBeNull();
  });

  it('a percent-formatted number is read as shown', () => {
    expect(convertCell(0.855, '0.00%').value).toBe(85.5);
    expect(convertCell(0.5993, '0.00%').value).toBe(59.93);
    expect(convertCell(0.855, '"85%"0.00').value).toBe(0.855);
  });

  it('rich text, hyperlinks, formulas (cached result, also 0 and empty), errors', () => {
    expect(convertCell({ richText: [{ text: 'Ujang ' }, { font: { bold: true }, text: 'Saepuloh' }] }).value).toBe('Ujang Saepuloh');
    expect(convertCell({ text: 'Analis', hyperlink: 'https://x' }).value).toBe('Analis');
    expect(convertCell({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'https://x' }).value).toBe('ab');
    expect(convertCell({ formula: 'A1*2', result: 0 })).toEqual({ value: 0, note: null });
    expect(convertCell({ formula: 'A1', result: '' })).toEqual({ value: '', note: null });
    expect(convertCell({ formula: 'A1', result: 'Baik' })).toEqual({ value: 'Baik', note: null });
    expect(convertCell({ sharedFormula: 'D2', result: 81.2 })).toEqual({ value: 81.2, note: null });
    expect(convertCell({ formula: 'DATE(1985,7,26)', result: 31254 }, 'dd/mm/yyyy')).toEqual({ value: '1985-07-26', note: null });
    expect(convertCell({ formula: 'DATE(1985,7,26)', result: 29792 }, 'dd/mm/yyyy', true)).toEqual({ value: '1985-07-26', note: null });
    expect(convertCell({ error: '#N/A' })).toEqual({ value: null, note: { kind: 'error', text: '#N/A' } });
    expect(convertCell({ formula: 'VLOOKUP(1,B:B,2,0)', result: Number.NaN })).toEqual({ value: null, note: { kind: 'error', text: '=VLOOKUP(1,B:B,2,0)' } });
    expect(convertCell({ formula: 'VLOOKUP(1,B:B,2,0)', result: { error: '#REF!' } })).toEqual({ value: null, note: { kind: 'error', text: '#REF!' } });
    expect(convertCell({ formula: 'SUM(A:A)' })).toEqual({ value: null, note: { kind: 'no-result', formula: '=SUM(A:A)' } });
    expect(normaliseCell({ unknown: 1 })).toBeNull();
  });

  it('number formats', () => {
    for (const f of ['dd/mm/yyyy', 'd mmmm yyyy', 'yyyy-mm-dd', 'm/d/yy', '[$-421]dd mmmm yyyy;@', 'h:mm']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '0.00', '#,##0', '@', '0%', '"Tahun "0', undefined]) expect(isDateFormat(f)).toBe(false);
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat('0.00')).toBe(false);
  });

  it('never throws, whatever exceljs hands over', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string()), fc.boolean(), (v, fmt, d1904) => {
        const c = convertCell(v, fmt ?? undefined, d1904).value;
        expect(c === null || ['string', 'number', 'boolean'].includes(typeof c)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readWorkbook', () => {
  it('sheets in tab order with their names, hidden sheets reported, empty sheets skipped', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Dibuat pertama');
    const b = wb.addWorksheet('Tersembunyi', { state: 'hidden' });
    const c = wb.addWorksheet('Kosong');
    const d = wb.addWorksheet('Tab pertama');
    a.getCell('A1').value = 'a';
    b.getCell('A1').value = 'b';
    c.getCell('C3').numFmt = '@';
    d.getCell('A1').value = 'd';
    const set = (ws: ExcelJS.Worksheet, n: number) => ((ws as unknown as { orderNo: number }).orderNo = n);
    set(d, 0);
    set(a, 1);
    set(c, 2);
    set(b, 3);
    const r = await readWorkbook(await bytes(wb), 'x.xlsx');
    expect(r.tables.map((t) => t.sheet)).toEqual(['Tab pertama', 'Dibuat pertama', 'Tersembunyi']);
    expect(r.sheetsListed).toBe(4);
    expect(sheet(r.tables, 'Tersembunyi').readerIssues).toEqual([
      { severity: 'info', code: 'SHEET_TERSEMBUNYI', file: 'x.xlsx', sheet: 'Tersembunyi', row: null, column: null, value: null },
    ]);
  });

  it('every kind of cell, with addresses for errors and formulas without a result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['NIP BARU', 'NAMA', 'TANGGAL LAHIR', 'JPM', 'NILAI', 'NOL', 'KATEGORI', 'CATATAN', 'LINK']);
    const r = ws.addRow([
      '198403122009031001',
      { richText: [{ font: { bold: true }, text: 'Ujang' }, { text: ' Saepuloh' }] },
      new Date(Date.UTC(1984, 2, 12)),
      0.7125,
      { formula: 'D2*100', result: 71.25 },
      { formula: 'D2*0', result: 0 },
      { error: '#N/A' },
      { formula: 'CONCATENATE(A2,B2)' },
      { text: 'SIASN', hyperlink: 'https://siasn.bkn.go.id' },
    ]);
    r.getCell(3).numFmt = 'dd/mm/yyyy';
    r.getCell(4).numFmt = '0.00%';
    ws.addRow([199611242010042000, 'angka']);
    ws.getCell('Z2').numFmt = '@';
    for (let i = 0; i < 3; i++) ws.addRow([]).getCell(2).numFmt = '@';
    const t = (await readXlsx(await bytes(wb), 'x.xlsx'))[0]!;
    expect(t.rows).toEqual([
      ['NIP BARU', 'NAMA', 'TANGGAL LAHIR', 'JPM', 'NILAI', 'NOL', 'KATEGORI', 'CATATAN', 'LINK'],
      ['198403122009031001', 'Ujang Saepuloh', '1984-03-12', 71.25, 71.25, 0, null, null, 'SIASN'],
      [199611242010042000, 'angka'],
    ]);
    expect(t.rowNumbers).toEqual([1, 2, 3]);
    expect(t.readerIssues).toEqual([
      { severity: 'warning', code: 'SEL_GALAT', file: 'x.xlsx', sheet: 'Data', row: 2, column: null, value: '#N/A', cell: 'G2' },
      { severity: 'warning', code: 'SEL_RUMUS_TANPA_HASIL', file: 'x.xlsx', sheet: 'Data', row: 2, column: null, value: '=CONCATENATE(A2,B2)', cell: 'H2' },
    ]);
  });

  it('the 1904 date system: date cells right, serial numbers flagged for the core', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = new Date(Date.UTC(1985, 6, 26));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = 29792;
    const t = (await readXlsx(await bytes(wb), 'x.xlsx'))[0]!;
    expect(t.rows[0]).toEqual(['1985-07-26', 29792]);
    expect(t.date1904).toBe(true);
  });

  it('a hand-written workbook: inline strings, no shared strings, no styles, absolute targets', async () => {
    const buf = storedZip([
      [
        'xl/worksheets/sheet1.xml',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>NIP</t></is></c><c r="C2" t="inlineStr"><is><t>NAMA</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>198403122009031001</t></is></c><c r="B3"><v>42</v></c><c r="C3" t="b"><v>1</v></c></row>' +
          '</sheetData></worksheet>',
      ],
      [
        'xl/workbook.xml',
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Pegawai" sheetId="7" r:id="rId1"/></sheets></workbook>',
      ],
      [
        'xl/_rels/workbook.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      ],
    ]);
    const r = await readWorkbook(buf, 'x.xlsx');
    expect(r.tables).toEqual([
      {
        file: 'x.xlsx',
        sheet: 'Pegawai',
        rows: [
          ['NIP', null, 'NAMA'],
          ['198403122009031001', 42, true],
        ],
        rowNumbers: [2, 3],
        date1904: false,
        fromWorkbook: true,
      },
    ]);
  });

  it('a workbook with an empty sheet stored before the shared strings (plain exceljs streaming fails on it)', async () => {
    const wb = new ExcelJS.Workbook();
    for (let s = 0; s < 6; s++) {
      const ws = wb.addWorksheet(`S${s}`);
      if (s === 2) ws.getCell('B2').numFmt = '@';
      else for (let r = 0; r < 50; r++) ws.addRow([`x${r}`, r]);
    }
    const buf = await bytes(wb);
    const names = (listZip(buf) as { entries: { name: string }[] }).entries.map((e) => e.name);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));
    const r = await readWorkbook(buf, 'x.xlsx');
    expect(r.tables.map((t) => [t.sheet, t.rows.length])).toEqual([
      ['S0', 50],
      ['S1', 50],
      ['S3', 50],
      ['S4', 50],
      ['S5', 50],
    ]);
  });

  it('reorderWorkbookZip keeps every part and its bytes; exceljs reads the same values', async () => {
    const buf = readFileSync(join(ROOT, 'fixtures', 'contoh', 'roster.xlsx'));
    const re = reorderWorkbookZip(buf)!;
    const before = (listZip(buf) as { entries: { name: string }[] }).entries.map((e) => e.name);
    const after = (listZip(re) as { entries: { name: string }[] }).entries.map((e) => e.name);
    expect([...after].sort()).toEqual([...before].sort());
    expect(after.slice(0, 6)).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    const viaExcelJs = new ExcelJS.Workbook();
    await viaExcelJs.xlsx.load(re as unknown as ArrayBuffer);
    expect(viaExcelJs.worksheets.map((w) => w.name)).toEqual(['Pegawai', 'CACT', 'SKP 2024', 'SKP 2025', 'Hukdis']);
    expect(reorderWorkbookZip(buf.subarray(0, 100))).toBeNull();
  });
});

describe('files written by LibreOffice (committed fixtures)', () => {
  it('the sheets come before sharedStrings in the zip, and the workbook reads', async () => {
    const buf = readFileSync(join(QUIRKS, 'xlsx-libreoffice', 'roster.xlsx'));
    const names = (listZip(buf) as { entries: { name: string }[] }).entries.map((e) => e.name);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));
    const r = await readWorkbook(buf, 'roster.xlsx');
    expect(r.tables.map((t) => t.sheet)).toEqual(['Pegawai', 'CACT', 'SKP 2024', 'SKP 2025']);
    const peg = sheet(r.tables, 'Pegawai');
    expect(peg.rows[0]).toEqual(['DAFTAR NOMINATIF PEGAWAI']);
    // the empty third row is not stored by LibreOffice: row numbers keep the sheet's rows
    const header = peg.rowNumbers.indexOf(4);
    expect(peg.rows[header]![0]).toBe('NIP BARU');
    // NIPs stayed text; dates became ISO (date cells) or stayed as written (text)
    const data = peg.rows.slice(header + 1);
    expect(data).toHaveLength(9);
    for (const row of data) expect(typeof row[0]).toBe('string');
    // the first employee's birth date is a date cell, the second's a bare serial number
    const birth = (row: (typeof data)[number]) => String(row[0]).replace(/^(\d{4})(\d{2})(\d{2}).*/, '$1-$2-$3');
    expect(data[0]![4]).toBe(birth(data[0]!));
    expect(typeof data[1]![4]).toBe('number');
    expect(excelSerialToIso(data[1]![4] as number)).toBe(birth(data[1]!));
  });

  it('a CSV re-saved by LibreOffice holds the NIPs as numbers (digits lost): they stay numbers', async () => {
    const r = await readXlsx(readFileSync(join(QUIRKS, 'xlsx-nip-angka', 'pegawai.xlsx')), 'pegawai.xlsx');
    const nips = r[0]!.rows.slice(1).map((row) => row[0]);
    expect(nips.every((n) => typeof n === 'number')).toBe(true);
    // 198403122009031001 cannot be held by a double: the number is not the NIP any more
    expect(nips.map(String)).not.toContain('198403122009031001');
  });

  it('the streaming source may also be a stream (stdin)', async () => {
    const buf = readFileSync(join(QUIRKS, 'xlsx-tanggal', 'roster.xlsx'));
    const t = await readXlsx(Readable.from([buf]), '(stdin)');
    expect(t.map((x) => x.sheet)).toEqual(['Pegawai', 'CACT', 'SKP 2024', 'SKP 2025']);
  });
});

describe('a workbook without xl/_rels/workbook.xml.rels loses no sheet', () => {
  const ws = (rows: string[][]) =>
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`).join('') +
    '</sheetData></worksheet>';
  const workbookXml =
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    '<sheet name="Pegawai" sheetId="1" r:id="rId1"/><sheet name="Hukdis" sheetId="2" r:id="rId2"/></sheets></workbook>';
  const parts: [string, string][] = [
    ['xl/workbook.xml', workbookXml],
    [
      'xl/worksheets/sheet1.xml',
      ws([
        ['NIP BARU', 'NAMA'],
        ['198507262010011001', 'Ani'],
      ]),
    ],
    [
      'xl/worksheets/sheet2.xml',
      ws([
        ['NIP BARU', 'TINGKAT HUKUMAN', 'TMT HUKUMAN'],
        ['198507262010011001', 'Berat', '2025-06-01'],
      ]),
    ],
  ];

  it('every sheet listed in workbook.xml is read, under its own name', async () => {
    const read = await readWorkbook(storedZip(parts), 'tanpa-rels.xlsx');
    expect(read.tables.map((t) => t.sheet)).toEqual(['Pegawai', 'Hukdis']);
    expect(read.tables[1]!.rows[1]).toEqual(['198507262010011001', 'Berat', '2025-06-01']);
  });

  it('a sheet listed in workbook.xml whose part is missing: the file is refused, not read without it', async () => {
    await expect(readWorkbook(storedZip(parts.slice(0, 2)), 'kurang.xlsx')).rejects.toThrow(/Hukdis/);
  });
});

describe('messages: a workbook without its shared strings is not an "empty file"', () => {
  it('refused with a message that names the missing part', async () => {
    const buf = storedZip([
      [
        'xl/workbook.xml',
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ],
      [
        'xl/worksheets/sheet1.xml',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>',
      ],
    ]);
    await expect(readWorkbook(buf, 'tanpa-sst.xlsx')).rejects.toThrow(/sharedStrings\.xml is missing/);
  });
});
