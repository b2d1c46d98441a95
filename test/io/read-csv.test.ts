/**
 * CSV reader (src/io/read-csv.ts): decoding, Excel-compatible parsing, delimiter sniffing, ragged
 * rows. CSV from Indonesian Excel is often `;`-separated with decimal commas (docs/rules.md
 * §2.3), may carry a UTF-8 BOM, and Excel's plain CSV on Windows is Windows-1252; csv-parse has
 * no delimiter detection and `delimiter: [',', ';']` splits `67,14`, so the header line is sniffed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import {
  DELIMITERS,
  decodeText,
  decodeWindows1252,
  firstInvalidUtf8,
  modalWidth,
  parseCsv,
  parseCsvText,
  raggedRowIssues,
  readCsv,
  sniffDelimiter,
  type Delimiter,
} from '../../src/io/read-csv.js';

const records = (text: string, d: Delimiter = ',') => parseCsv(text, d).records;

describe('parseCsv: Excel rules', () => {
  it('plain fields, CRLF / LF / CR line ends, no empty record after the last line end', () => {
    expect(records('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(records('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(records('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(records('a,b\r\n\r\nc,d')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('quoted fields hold delimiters, line breaks and doubled quotes', () => {
    expect(records('"a,b","c\r\nd","say ""hi"""\n')).toEqual([['a,b', 'c\r\nd', 'say "hi"']]);
    expect(records('x;"85,5";"a;b"', ';')).toEqual([['x', '85,5', 'a;b']]);
    expect(records('"",""\n')).toEqual([['', '']]);
  });

  it('empty fields, trailing delimiters', () => {
    expect(records(',,\n')).toEqual([['', '', '']]);
    expect(records('a,')).toEqual([['a', '']]);
  });

  it('a quote inside an unquoted field is a plain character; text after a closing quote is kept', () => {
    expect(records('NAMA,5" disk,x')).toEqual([['NAMA', '5" disk', 'x']]);
    expect(records('"abc"def,g')).toEqual([['abcdef', 'g']]);
  });

  it('a quote that is never closed is a plain character and is reported; later rows stay intact', () => {
    const r = parseCsv('a,b\n"c,d\ne,f\n', ',');
    expect(r.records).toEqual([
      ['a', 'b'],
      ['"c', 'd'],
      ['e', 'f'],
    ]);
    expect(r.unclosedQuotes).toEqual([1]);
  });

  it('a leading BOM is skipped', () => {
    expect(records('\uFEFFNIP,NAMA\n')).toEqual([['NIP', 'NAMA']]);
  });

  it('an 18-digit NIP keeps every digit (cells stay text)', () => {
    expect(records('199611242010042001,85.5\n')).toEqual([['199611242010042001', '85.5']]);
  });

  it('maxRecords stops early', () => {
    expect(parseCsv('a\nb\nc\n', ',', 2).records).toEqual([['a'], ['b']]);
  });
});

describe('sniffDelimiter', () => {
  it('picks the separator of the header line', () => {
    expect(sniffDelimiter('NIP,NAMA,JPM\n1,a,85\n')).toBe(',');
    expect(sniffDelimiter('NIP;NAMA;JPM\n1;a;85\n')).toBe(';');
    expect(sniffDelimiter('NIP\tNAMA\tJPM\n1\ta\t85\n')).toBe('\t');
    expect(sniffDelimiter('NIP|NAMA|JPM\n1|a|85\n')).toBe('|');
  });

  it('decimal commas do not fool it (a `;` file with more commas than semicolons per data row)', () => {
    const text = 'NIP;POTENSI;KOMPETENSI\n1;85,5;80,25\n2;70,1;66,6\n3;90,0;91,5\n';
    expect(sniffDelimiter(text)).toBe(';');
    expect(sniffDelimiter('NIP;JPM\n1;85,5\n')).toBe(';');
  });

  it('title rows above the header do not disturb it, even with commas in them', () => {
    const text = [
      'DAFTAR NOMINATIF PEGAWAI',
      'PEMERINTAH KABUPATEN SUKAMAJU, JAWA BARAT',
      'Keadaan per 30 September 2026, pukul 10.00',
      '',
      'NIP BARU;NAMA;GELAR BELAKANG;UNOR NAMA',
      "'198403122009031001;Ujang;S.Kom., M.AP.;Dinas A",
      "'198607212010032001;Euis;S.H.;Dinas B",
    ].join('\r\n');
    expect(sniffDelimiter(text)).toBe(';');
  });

  it("honours Excel's `sep=` first line", () => {
    expect(sniffDelimiter('sep=|\nA,B,C|D\n')).toBe('|');
    expect(sniffDelimiter('sep=;\r\nA;B\n')).toBe(';');
  });

  it('a tie goes to the split that reaches further down (titles are above the table)', () => {
    expect(sniffDelimiter('JUDUL 1, tahun 2026\nJUDUL 2, tahun 2026\nKOLOM 1|KOLOM 2\n|\n')).toBe('|');
  });

  it('text without any separator gives `,`', () => {
    expect(sniffDelimiter('')).toBe(',');
    expect(sniffDelimiter('hanya satu kolom\nlagi\n')).toBe(',');
  });

  it('a quoted field with the other separators inside counts as one field', () => {
    expect(sniffDelimiter('A;B;C\n"x,y,z,w";2;3\n"p,q,r,s";5;6\n')).toBe(';');
  });
});

describe('ragged rows', () => {
  it('fewer and more fields than the table are reported with row, counts and delimiter', () => {
    const t = parseCsvText('NIP,NAMA,UNOR\n1,a,x\n2,b\n3,c,y,extra\n4,d,z,,\n', 'f.csv');
    expect(t.readerIssues).toEqual([
      expect.objectContaining({ code: 'BARIS_KOLOM_KURANG', row: 3, severity: 'warning', file: 'f.csv', params: { fields: 2, expected: 3, delimiter: '","' } }),
      expect.objectContaining({ code: 'BARIS_KOLOM_LEBIH', row: 4, value: '3,c,y,extra', params: { fields: 4, expected: 3, delimiter: '","' } }),
    ]);
    // the short row is still a row: its missing fields are empty
    expect(t.rows[2]).toEqual(['2', 'b']);
  });

  it('title rows above the header are never reported (padded by Excel or not)', () => {
    const text = 'DAFTAR NOMINATIF;;\nPEMERINTAH KABUPATEN SUKAMAJU\n;;\nNIP;NAMA;UNOR\n1;a;x\n2;b;y\n';
    expect(parseCsvText(text, 'f.csv').readerIssues).toBeUndefined();
  });

  it('a file of one column, and blank rows, are not reported', () => {
    expect(raggedRowIssues([['a'], ['b'], ['']], 'f', ',')).toEqual([]);
    expect(raggedRowIssues([['A', 'B'], ['1', '2'], [''], ['  ', '']], 'f', ',')).toEqual([]);
  });

  it('the table width is the modal width of the first rows (ties: the first seen)', () => {
    expect(modalWidth([['T'], ['A', 'B', 'C'], ['1', '2'], ['1', '2', '3', '4']])).toEqual({ width: 3, rows: 1, last: 1 });
    expect(
      modalWidth([
        ['A', 'B'],
        ['1', '2', '3'],
        ['1', '2', '3'],
      ]),
    ).toEqual({ width: 3, rows: 2, last: 2 });
  });
});

describe('decoding', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  it('UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('NIP;Nama\nx;André')]))).toMatchObject({
      text: 'NIP;Nama\nx;André',
      encoding: 'utf-8',
      via: 'bom',
      invalid: null,
    });
    expect(decodeText(utf8('x;André'))).toMatchObject({ text: 'x;André', via: 'utf8', invalid: null });
  });

  it('UTF-16 LE / BE with BOM (Excel "Unicode Text"), and LE / BE without BOM', () => {
    const s = 'NIP\tNAMA\r\n198403122009031001\tAndré\r\n';
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])).text).toBe(s);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])).text).toBe(s);
    expect(decodeText(Buffer.from(s, 'utf16le'))).toMatchObject({ text: s, encoding: 'utf-16le', via: 'utf16-nul' });
    expect(decodeText(Buffer.from(s, 'utf16le').swap16())).toMatchObject({ text: s, encoding: 'utf-16be' });
  });

  it('bytes that are not UTF-8 are read as Windows-1252, with the first bad line', () => {
    const buf = Buffer.from([...utf8('NIP,NAMA\n'), 0x92, ...utf8('1984,Ajeng'), 0xe9, 0x0a]);
    expect(decodeText(buf)).toEqual({ text: 'NIP,NAMA\n’1984,Ajengé\n', encoding: 'windows-1252', via: 'fallback', invalid: { line: 2, offset: 9 } });
  });

  it('--encoding is honoured when there is no BOM; Windows-1252 maps 0x80–0x9F as Windows does', () => {
    expect(decodeText(Buffer.from([0x80, 0x92, 0x96, 0xe9]), 'windows-1252').text).toBe('€’–é');
    expect(decodeText(Buffer.from([0x92]), 'latin1').text).toBe('’');
    expect(decodeWindows1252(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(decodeText(Buffer.from('x;y', 'utf16le'), 'utf-16le').text).toBe('x;y');
  });

  it('UTF-8 asked for (BOM or --encoding utf-8) but invalid: replaced and located', () => {
    const r = decodeText(Buffer.from([...utf8('a\nb\n'), 0xff, ...utf8('c')]), 'utf-8');
    expect(r).toMatchObject({ text: 'a\nb\n\uFFFDc', via: 'option', invalid: { line: 3 } });
  });

  it('firstInvalidUtf8', () => {
    expect(firstInvalidUtf8(utf8('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1); // stray continuation
  });
});

describe('readCsv', () => {
  it('reports a non-UTF-8 file once, before the row findings', () => {
    const t = readCsv(Buffer.from([...Buffer.from('A,B\n1,2\n'), 0xe9, ...Buffer.from(',3,4\n')]), 'x.csv');
    expect(t.readerIssues!.map((i) => [i.code, i.row])).toEqual([
      ['ENCODING_BUKAN_UTF8', 3],
      ['BARIS_KOLOM_LEBIH', 3],
    ]);
    expect(t.rows[2]).toEqual(['é', '3', '4']);
  });

  it('--delimiter overrides the sniffer', () => {
    expect(readCsv(Buffer.from('A;B,C\n1;2,3\n'), 'x', { delimiter: ',' }).rows).toEqual([
      ['A;B', 'C'],
      ['1;2', '3'],
    ]);
  });

  it('row numbers are record numbers (a quoted line break does not shift them)', () => {
    const t = readCsv(Buffer.from('A,B\n"x\ny",1\nz,2\n'), 'x');
    expect(t.rowNumbers).toEqual([1, 2, 3]);
    expect(t.rows[2]).toEqual(['z', '2']);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(',', ';', '\t', '|', '"', '\r', '\n', 'a', '1', ' ', '\uFEFF', 'é'), maxLength: 200 }),
);

describe('properties', () => {
  it('parsing, sniffing and the ragged-row check never throw on any text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, d) => {
        const t = parseCsvText(text, 'x', d);
        expect(t.rows.length).toBe(t.rowNumbers.length);
        expect(DELIMITERS).toContain(sniffDelimiter(text));
        parseCsvText(text, 'x');
      }),
      { numRuns: 500 },
    );
  });

  it('decoding never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(undefined, 'utf-8', 'windows-1252', 'utf-16le'), (bytes, enc) => {
        const r = decodeText(bytes, enc);
        expect(typeof r.text).toBe('string');
        readCsv(bytes, 'x', enc ? { encoding: enc } : {});
      }),
      { numRuns: 500 },
    );
  });

  /** A random table: 2–8 columns, 1–12 rows, cells with delimiters, quotes, line breaks, unicode. */
  const cell = fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'Z', '1', '0', ' ', '.', '-', '/', "'", 'é', 'ñ', '😀') },
      { weight: 1, arbitrary: fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n') },
    ),
    maxLength: 12,
  });
  const table = fc.integer({ min: 2, max: 8 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 12 }));

  it('round trip: what csv-stringify writes with `,` `;` tab or `|` reads back as the same table', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, d, eol, bom) => {
        // csv-stringify quotes a line break only when it is the record delimiter: ask for both
        const text = (bom ? '\uFEFF' : '') + stringify(rows, { delimiter: d, record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted_match: /[\r\n]/ });
        expect(parseCsv(text, d).records).toEqual(rows);
        expect(parseCsv(text, d).unclosedQuotes).toEqual([]);
        // and it agrees with csv-parse on valid CSV
        expect(parseCsv(text, d).records).toEqual(parse(text, { delimiter: d, bom: true, relax_column_count: true }));
        // bytes → table, through the encodings Excel writes
        const fromBytes = readCsv(Buffer.from(text, 'utf8'), 'x', { delimiter: d });
        expect(fromBytes.rows).toEqual(rows);
        expect(readCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]), 'x', { delimiter: d }).rows).toEqual(rows);
        expect(fromBytes.readerIssues ?? []).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  /** Cells that hold no other separator than the table's own (and text with spaces and quotes). */
  const cellWithout = (d: Delimiter) =>
    fc.string({
      unit: fc.constantFrom('a', 'B', '7', ' ', '.', '"', '-', '\n', d),
      maxLength: 10,
    });

  // the titles hold one `,` each; with more title rows than table rows the text is ambiguous
  it('round trip with sniffing: the delimiter is found from the text alone (titles, header, 3+ rows)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DELIMITERS), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 3, max: 10 }), fc.integer({ min: 0, max: 3 }), (d, w, n, titles) =>
        fc.assert(
          fc.property(fc.array(fc.array(cellWithout(d), { minLength: w, maxLength: w }), { minLength: n, maxLength: n }), (rows) => {
            const header = Array.from({ length: w }, (_, i) => `KOLOM ${i + 1}`);
            const title = Array.from({ length: titles }, (_, i) => [`JUDUL ${i + 1}, ${d === ',' ? 'x' : 'tahun 2026'}`]);
            const text = stringify([...title, header, ...rows], { delimiter: d, quoted_match: /[\r\n]/ });
            expect(sniffDelimiter(text)).toBe(d);
            expect(parseCsvText(text, 'x').rows).toEqual([...title, header, ...rows]);
          }),
          { numRuns: 5 },
        ),
      ),
      { numRuns: 120 },
    );
  });

  it('Windows-1252 round trip: every byte decodes to a character that encodes back to it', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(new Set(text).size).toBe(256);
  });
});
