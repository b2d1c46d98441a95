/**
 * One CSV reader for every size (src/io/csv-records.ts, src/io/read-csv.ts): issue "National
 * scale at DuckDB speed": "One byte-level reader (chunked, so memory stays flat) must give
 * exactly the same records, row numbers and findings as reading the whole file, for every file:
 * prove it with a property test that parses random CSV (CR, LF, CRLF, quotes, embedded newlines,
 * BOM, ragged rows, unclosed quotes) at every chunk boundary."
 *
 * Expected values come from a reference parser written here (Excel's rules as regular
 * expressions over the decoded text, nothing shared with the byte scanner) and from tables the
 * tests build themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, Issue, RawTable } from '../../src/core/types.js';
import { readInput } from '../../src/io/inputs.js';
import { readCsv, sniffDelimiter, toUtf8, type Delimiter } from '../../src/io/read-csv.js';

// ---------------------------------------------------------------------------------------------
// Reference: Excel's rules on text, as regular expressions
// ---------------------------------------------------------------------------------------------

const escapeClass = (d: string) => (d === '\t' ? '\\t' : d === '|' ? '\\|' : d);

/**
 * Records of CSV text by Excel's rules. A field is either a quoted field (an opening quote,
 * then as many characters other than a quote or doubled quotes as there are — taken atomically,
 * with no giving back — then a closing quote, then any text up to the next delimiter or line
 * end), or, when that does not match, everything up to the next delimiter or line end (so a
 * quote never closed is a plain character). Records end at CRLF, LF or CR; a final line end
 * does not start a record; one leading BOM is skipped.
 */
function referenceParse(text: string, d: string): { records: string[][]; unclosed: number[] } {
  const c = escapeClass(d);
  const quoted = new RegExp(`"(?=((?:[^"]|"")*))\\1"([^${c}\\r\\n]*)`, 'y');
  const plain = new RegExp(`[^${c}\\r\\n]*`, 'y');
  const lineEnd = /\r\n|\r|\n/y;
  const records: string[][] = [];
  const unclosed: number[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let record: string[] = [];
  while (i < text.length) {
    let field: string;
    quoted.lastIndex = i;
    const q = text[i] === '"' ? quoted.exec(text) : null;
    if (q) {
      field = q[1]!.replaceAll('""', '"') + q[2]!;
      i = quoted.lastIndex;
    } else {
      if (text[i] === '"' && !unclosed.includes(records.length)) unclosed.push(records.length);
      plain.lastIndex = i;
      field = plain.exec(text)![0];
      i = plain.lastIndex;
    }
    record.push(field);
    if (text[i] === d) {
      i++;
      if (i === text.length) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    lineEnd.lastIndex = i;
    if (lineEnd.exec(text)) i = lineEnd.lastIndex;
  }
  if (record.length > 0) records.push(record);
  return { records, unclosed };
}

/** The ragged-row findings by the rule in read-csv.ts, written out: [row, code]. */
function referenceRagged(records: string[][]): [number, string][] {
  const first = records.slice(0, 30);
  const count = new Map<number, number>();
  for (const r of first) if (r.length >= 2) count.set(r.length, (count.get(r.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of count) {
    if (n > best) {
      width = w;
      best = n;
    }
  }
  if (width < 2) return [];
  const blank = (cells: string[]) => cells.every((f) => f.trim() === '');
  const start = first.findIndex((r) => r.length === width && r.filter((f) => f.trim() !== '').length >= 2);
  if (start < 0) return [];
  const out: [number, string][] = [];
  records.forEach((r, i) => {
    if (i <= start || r.length === width || blank(r)) return;
    if (r.length > width && blank(r.slice(width))) return;
    out.push([i + 1, r.length > width ? 'BARIS_KOLOM_LEBIH' : 'BARIS_KOLOM_KURANG']);
  });
  return out;
}

describe('the reference parser itself (hand-worked cases)', () => {
  it('follows the rules of read-csv.ts', () => {
    expect(referenceParse('a,b\r\nc,d\re\n\n', ',')).toEqual({ records: [['a', 'b'], ['c', 'd'], ['e'], ['']], unclosed: [] });
    expect(referenceParse('"a,""b""\nc"x,5" y,', ',')).toEqual({ records: [['a,"b"\ncx', '5" y', '']], unclosed: [] });
    expect(referenceParse('a\n"b""\nc,"d"', ',')).toEqual({ records: [['a'], ['b"\nc,d"']], unclosed: [] });
    expect(referenceParse('a\n"b""\nc,d', ',')).toEqual({ records: [['a'], ['"b""'], ['c', 'd']], unclosed: [1] });
    expect(referenceParse('\uFEFF\uFEFFa', ',')).toEqual({ records: [['\uFEFFa']], unclosed: [] });
    // widths 3 and 4 tie (two rows each): the first seen wins; padding with blanks is no finding
    expect(referenceRagged([['T'], ['A', 'B', 'C'], ['1', '2', '3'], ['1', '2'], ['1', '2', '3', ' '], ['1', '2', '3', '4'], [' ', '']])).toEqual([
      [4, 'BARIS_KOLOM_KURANG'],
      [6, 'BARIS_KOLOM_LEBIH'],
    ]);
  });

  it('BOMs as the whole-text reader dropped them: the UTF-8 BOM, one more by the decoder, one more by the parser', () => {
    const bom = '\uFEFF';
    for (const [n, expected] of [
      [1, 'a'],
      [2, 'a'],
      [3, 'a'],
      [4, '\uFEFFa'],
    ] as const) {
      expect(readCsv(Buffer.from(bom.repeat(n) + 'a,b\n'), 'f').rows).toEqual([[expected, 'b']]);
      expect(readCsv(Buffer.from(bom.repeat(n) + 'a,b\n'), 'f', { streamMinBytes: 0, chunkBytes: 1 }).rows).toEqual([[expected, 'b']]);
    }
    // without a BOM first, a later one is text, also at the start of a batch (after the first 30 rows)
    const later = collect(readCsv(Buffer.from('x\n'.repeat(30) + '\uFEFFa,b\n'), 'f', { streamMinBytes: 0, chunkBytes: 1 }));
    expect(later.batches).toEqual([1]);
    expect(later.rows.at(-1)).toEqual(['\uFEFFa', 'b']);
  });

  it('nothing to read: no records (an empty input, a BOM alone)', () => {
    expect(readCsv(Buffer.alloc(0), 'f').rows).toEqual([]);
    expect(readCsv(Buffer.from([0xef, 0xbb, 0xbf]), 'f', { streamMinBytes: 0, chunkBytes: 1 }).rows).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What a table holds, whether read in one go or in batches
// ---------------------------------------------------------------------------------------------

interface Read {
  rows: Cell[][];
  rowNumbers: number[];
  issues: Issue[];
  /** records per batch from rest() */
  batches: number[];
}

function collect(t: RawTable): Read {
  const out: Read = { rows: [...t.rows], rowNumbers: [...t.rowNumbers], issues: [...(t.readerIssues ?? [])], batches: [] };
  for (const b of t.rest?.() ?? []) {
    out.batches.push(b.rows.length);
    b.rows.forEach((r, i) => {
      out.rows.push(r);
      out.rowNumbers.push(b.firstRowNumber + i);
    });
    out.issues.push(...b.issues);
  }
  return out;
}

/** The same records, row numbers and findings (compared as JSON first: thousands of reads per property). */
const same = (a: Read, b: Read) => {
  const strip = (r: Read) => JSON.stringify([r.rows, r.rowNumbers, r.issues]);
  if (strip(a) !== strip(b)) {
    expect(a.rows).toEqual(b.rows);
    expect(a.rowNumbers).toEqual(b.rowNumbers);
    expect(a.issues).toEqual(b.issues);
  }
};

// ---------------------------------------------------------------------------------------------
// Random CSV
// ---------------------------------------------------------------------------------------------

/** Text over CSV's special characters: any mix, so quotes open, close, double or never close. */
const piece = fc.constantFrom(',', ';', '"', '""', '\r', '\n', '\r\n', 'a', 'b', ' ', '1', 'é', '😀', '\uFEFF', '\t', '|');
const noise = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** A table: cells plain, quoted (delimiters, line breaks, doubled quotes inside) or with a stray quote; ragged rows; any line end. */
const cellText = fc.array(fc.constantFrom('a', 'Z', '7', ' ', 'é', '😀', '.', ','), { maxLength: 3 }).map((p) => p.join(''));
const cell = fc.oneof(
  { weight: 4, arbitrary: cellText },
  { weight: 1, arbitrary: fc.tuple(cellText, fc.constantFrom(',', ';', '\n', '\r\n', '\r', '""'), cellText).map(([a, s, b]) => `"${a}${s}${b}"`) },
  { weight: 1, arbitrary: cellText.map((a) => `${a}"x`) },
  { weight: 1, arbitrary: fc.constant('') },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const tableText = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(fc.integer({ min: -1, max: 1 }), eol), { minLength: 32, maxLength: 45 }))
  .chain(([width, shape]) =>
    fc.tuple(
      ...shape.map(([extra, end]) => fc.array(cell, { minLength: Math.max(1, width + extra), maxLength: Math.max(1, width + extra) }).map((cells) => cells.join(',') + end)),
    ),
  )
  .map((lines) => lines.join(''));

/** Random CSV: a BOM or not, a table, noise anywhere (an unclosed quote, empty lines, …). */
const csvText = fc.tuple(fc.boolean(), tableText, noise, fc.nat(), fc.constantFrom('', '\n\n', '\r\r\n', '"')).map(([bom, table, extra, at, tail]) => {
  const k = at % (table.length + 1);
  return (bom ? '\uFEFF' : '') + table.slice(0, k) + extra + table.slice(k) + tail;
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('chunked reading = reading in one go = the reference', () => {
  it('the same records, row numbers and findings for every chunk size from 1 byte to past the end', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom<Delimiter | undefined>(undefined, ',', ';'), (text, delimiter) => {
        const bytes = Buffer.from(text, 'utf8');
        const opts = delimiter ? { delimiter } : {};
        const whole = collect(readCsv(bytes, 'f.csv', opts));
        expect(whole.batches).toEqual([]);
        // the reference, on the text as decodeText gives it: a BOM says UTF-8, and the decoder
        // drops one more (as every WHATWG decoder does)
        const decoded = new TextDecoder().decode(text.startsWith('\uFEFF') ? bytes.subarray(3) : bytes);
        const d = delimiter ?? sniffDelimiter(decoded);
        const ref = referenceParse(decoded, d);
        expect(whole.rows).toEqual(ref.records);
        expect(whole.rowNumbers).toEqual(ref.records.map((_, i) => i + 1));
        expect(whole.issues.filter((i) => i.code === 'CSV_KUTIP_TIDAK_DITUTUP').map((i) => i.row)).toEqual(ref.unclosed.map((i) => i + 1));
        expect(whole.issues.filter((i) => i.code !== 'CSV_KUTIP_TIDAK_DITUTUP').map((i) => [i.row, i.code])).toEqual(referenceRagged(ref.records));
        // in batches, at every chunk size (the delimiter as sniffed once: the sniffer reads the
        // first bytes, whatever the chunk size)
        const first = readCsv(bytes, 'f.csv', { ...opts, streamMinBytes: 0, chunkBytes: 1 });
        expect(first.rows.length).toBe(Math.min(30, ref.records.length));
        const byRecord = collect(first);
        same(byRecord, whole);
        // at 1 byte, one record per batch: the batches really are cut
        expect(byRecord.batches).toEqual(ref.records.slice(30).map(() => 1));
        for (let chunk = 2; chunk <= bytes.length + 1; chunk++) {
          const streamed = collect(readCsv(bytes, 'f.csv', { delimiter: d, streamMinBytes: 0, chunkBytes: chunk }));
          same(streamed, whole);
          // batches are whole records, never empty
          expect(streamed.batches.includes(0)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rest() gives the same batches every time it is called', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 64 }), (text, chunk) => {
        const t = readCsv(Buffer.from(text, 'utf8'), 'f.csv', { streamMinBytes: 0, chunkBytes: chunk });
        expect([...(t.rest?.() ?? [])]).toEqual([...(t.rest?.() ?? [])]);
      }),
      { numRuns: 100 },
    );
  });

  it('UTF-16 input, transcoded in pieces of any size, reads as its decoded text does', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom<'utf-16le' | 'utf-16be'>('utf-16le', 'utf-16be'), (text, enc) => {
        const le = Buffer.from(text, 'utf16le');
        const body = enc === 'utf-16le' ? le : Buffer.from(le).swap16();
        const bytes = Buffer.concat([Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
        const decoded = new TextDecoder(enc).decode(body);
        const ref = referenceParse(decoded, sniffDelimiter(decoded));
        for (const chunk of [1, 2, 3, 7, 64, bytes.length]) {
          const got = collect(readCsv(bytes, 'f.csv', { streamMinBytes: 0, chunkBytes: chunk }));
          expect(got.rows).toEqual(ref.records);
          expect(got.rowNumbers).toEqual(ref.records.map((_, i) => i + 1));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('transcoding does not depend on the piece size (split characters, surrogate pairs, bad bytes)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 80 }),
        fc.constantFrom(undefined, 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'iso-8859-2'),
        fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
        (raw, enc, bom) => {
          const bytes = Buffer.concat([Buffer.from(bom), raw]);
          const whole = toUtf8(bytes, enc, Infinity);
          for (let piece = 1; piece <= bytes.length + 1; piece++) expect(toUtf8(bytes, enc, piece)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Regressions: what the old streaming path (slices cut at LF with an even quote count) lost
// ---------------------------------------------------------------------------------------------

describe('rows the old streaming path lost are read, at any size', () => {
  const N = 100;
  const header = ['NIP', 'NAMA', 'UNOR'];
  const data = Array.from({ length: N }, (_, i) => [String(198001012000011001n + BigInt(i)), `Pegawai ${i + 1}`, `Unit ${i % 7}`]);
  const csv = (rows: string[][], ends: (i: number) => string) => rows.map((r, i) => r.join(',') + ends(i)).join('');

  /** Read streamed (the first rows, then batches) at several chunk sizes, and whole. */
  async function readAllWays(buf: Buffer): Promise<Read[]> {
    const ways: Read[] = [];
    for (const streamMinBytes of [1, Infinity]) {
      for (const chunkBytes of [undefined, 1, 50, 1000]) {
        const [t] = await readInput(buf, 'pegawai.csv', { streamMinBytes, ...(chunkBytes ? { chunkBytes } : {}) });
        ways.push(collect(t!));
      }
    }
    return ways;
  }

  it('CR-only line ends (old Mac, some exports): every record', async () => {
    const buf = Buffer.from(csv([header, ...data], () => '\r'));
    for (const r of await readAllWays(buf)) {
      expect(r.rows).toEqual([header, ...data]);
      expect(r.rowNumbers).toEqual(Array.from({ length: N + 1 }, (_, i) => i + 1));
      expect(r.issues).toEqual([]);
    }
  });

  it('mixed line ends (CRLF, LF and CR in one file): every record', async () => {
    const buf = Buffer.from(csv([header, ...data], (i) => ['\r\n', '\n', '\r'][i % 3]!));
    for (const r of await readAllWays(buf)) {
      expect(r.rows).toEqual([header, ...data]);
      expect(r.rowNumbers).toEqual(Array.from({ length: N + 1 }, (_, i) => i + 1));
      expect(r.issues).toEqual([]);
    }
  });

  it('a stray quote in one field, then quoted fields with line breaks: no split field, no shifted row', async () => {
    // row 6: `Guru 5" Kelas` (a plain quote); from row 8 on, every 5th row: a quoted name with a line break
    const rows = data.map((r, i) => (i === 4 ? [r[0]!, r[1]!, 'Guru 5" Kelas'] : i >= 6 && i % 5 === 1 ? [r[0]!, `"${r[1]}\nS.Pd."`, r[2]!] : r));
    const expected = rows.map((r) => r.map((f) => (f.startsWith('"') ? f.slice(1, -1) : f)));
    const buf = Buffer.from(csv([header, ...rows], () => '\n'));
    for (const r of await readAllWays(buf)) {
      expect(r.rows).toEqual([header, ...expected]);
      expect(r.rowNumbers).toEqual(Array.from({ length: N + 1 }, (_, i) => i + 1));
      expect(r.issues).toEqual([]);
    }
  });

  it('ragged rows after the first rows: judged by the table width of the first rows, at their own row', async () => {
    // rows 41 and 71 short, row 91 long; the batches hold no full-width rows to judge by
    const rows = data.map((r, i) => (i === 39 || i === 69 ? r.slice(0, 2) : i === 89 ? [...r, 'x'] : r));
    const buf = Buffer.from(csv([header, ...rows], () => '\n'));
    for (const r of await readAllWays(buf)) {
      expect(r.issues.map((i) => [i.code, i.row])).toEqual([
        ['BARIS_KOLOM_KURANG', 41],
        ['BARIS_KOLOM_KURANG', 71],
        ['BARIS_KOLOM_LEBIH', 91],
      ]);
    }
  });

  it('an unclosed quote far from the end: a plain character, reported at its row, in every batch layout', async () => {
    const rows = data.map((r, i) => (i === 60 ? [r[0]!, `"${r[1]}`, r[2]!] : r));
    const buf = Buffer.from(csv([header, ...rows], () => '\r\n'));
    for (const r of await readAllWays(buf)) {
      expect(r.rows).toEqual([header, ...rows]);
      expect(r.issues.map((i) => [i.code, i.row, i.value])).toEqual([['CSV_KUTIP_TIDAK_DITUTUP', 62, rows[60]!.join(',')]]);
    }
  });
});

describe('every CSV fixture, every encoding: streamed in small batches = held whole', () => {
  const root = join(import.meta.dirname, '..', '..', 'fixtures');
  const files = [
    ...readdirSync(join(root, 'quirks'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(root, 'quirks', d.name)).map((f) => join(root, 'quirks', d.name, f))),
    ...readdirSync(join(root, 'contoh', 'csv')).map((f) => join(root, 'contoh', 'csv', f)),
  ].filter((f) => /\.(csv|txt)$/i.test(f));

  it('covers UTF-16 and Windows-1252 files', () => {
    expect(files.some((f) => f.includes('csv-utf16'))).toBe(true);
    expect(files.some((f) => f.includes('csv-windows-1252'))).toBe(true);
  });

  it('the same rows, row numbers and findings (a file that is not CSV: the same error)', async () => {
    const read = async (buf: Buffer, f: string, opts: { streamMinBytes: number; chunkBytes?: number }) => {
      try {
        const tables = await readInput(buf, f, opts);
        return tables.map((t) => collect(t));
      } catch (err) {
        return (err as Error).message;
      }
    };
    let streamedTables = 0;
    for (const f of files) {
      const buf = readFileSync(f);
      const whole = await read(buf, f, { streamMinBytes: Infinity });
      for (const chunkBytes of [1, 100, 4096]) {
        const streamed = await read(buf, f, { streamMinBytes: 1, chunkBytes });
        if (typeof whole === 'string') expect(streamed).toBe(whole);
        else {
          expect(typeof streamed).toBe('object');
          (streamed as Read[]).forEach((s, i) => same(s, whole[i]!));
          // a CSV file longer than its first rows was really read in batches
          if ((streamed as Read[])[0]!.rows.length > 30) {
            expect((streamed as Read[])[0]!.batches.length).toBeGreaterThan(0);
            streamedTables++;
          }
        }
      }
    }
    expect(streamedTables).toBeGreaterThan(10);
  });

  it('a Windows-1252 file streams too: its text, the encoding warning once and first', async () => {
    const rows = [['NIP', 'NAMA'], ...Array.from({ length: 80 }, (_, i) => [String(1000 + i), i % 2 ? `André ${i}` : `Ma’ruf ${i}`])];
    const text = rows.map((r) => r.join(';') + '\r\n').join('');
    // Windows-1252: é is 0xE9, ’ is 0x92 (not UTF-8: the first bad byte is on line 2)
    const buf = Buffer.from(text.replaceAll('’', '\x92'), 'latin1');
    const [t] = await readInput(buf, 'pegawai.csv', { streamMinBytes: 1, chunkBytes: 64 });
    const r = collect(t!);
    expect(r.batches.length).toBeGreaterThan(1);
    expect(r.rows).toEqual(rows);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([['ENCODING_BUKAN_UTF8', 2]]);
  });
});
