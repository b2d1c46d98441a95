/**
 * A large CSV file read from disk in windows (src/io/csv-window.ts) gives exactly what reading
 * its bytes whole gives: the same records, row numbers and findings, at every window size and
 * every batch size, whatever falls on a window's end (a CRLF split in two, a doubled quote, a
 * multi-byte character, a quote never closed). Its first pass hashes the file and checks its
 * UTF-8 in pieces: the same hash and the same verdict as on the whole bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Issue, RawTable } from '../../src/core/types.js';
import { csvFileReadable, readCsv, readCsvFile } from '../../src/io/read-csv.js';
import { FileRecords, scanFile } from '../../src/io/csv-window.js';
import { loadInputs } from '../../src/io/inputs.js';
import { IoError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'talenta-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function fileOf(bytes: Buffer): string {
  const p = join(dir, `f${fileNo++}.csv`);
  writeFileSync(p, bytes);
  return p;
}

interface Read {
  rows: unknown[];
  rowNumbers: number[];
  issues: Issue[];
}
function collect(t: RawTable): Read {
  const out: Read = { rows: [...t.rows], rowNumbers: [...t.rowNumbers], issues: [...(t.readerIssues ?? [])] };
  for (const b of t.rest?.() ?? []) {
    b.rows.forEach((r, i) => {
      out.rows.push(r);
      out.rowNumbers.push(b.firstRowNumber + i);
    });
    out.issues.push(...b.issues);
  }
  return out;
}
const json = (r: Read) => JSON.stringify([r.rows, r.rowNumbers, r.issues]);

// text over CSV's special characters, so that any of them can fall on a window's end
const piece = fc.constantFrom(',', ';', '"', '""', '\r', '\n', '\r\n', 'a', 'b', ' ', '1', 'é', '😀', '\t');
const csvText = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 0, maxLength: 160 })).map(([bom, p]) => (bom ? '\uFEFF' : '') + 'A,B,C\r\n' + p.join(''));

describe('a file read in windows = its bytes read whole', () => {
  it('the same records, row numbers and findings at every window size and batch size', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const bytes = Buffer.from(text, 'utf8');
        const path = fileOf(bytes);
        const whole = json(collect(readCsv(bytes, path)));
        const scan = scanFile(path, 16);
        expect(csvFileReadable(scan)).toBe(true);
        for (const windowBytes of [4, 5, 7, 13, 64, bytes.length + 1]) {
          for (const chunkBytes of [1, 3, 50]) {
            const t = readCsvFile(scan, path, 'id', { windowBytes, chunkBytes });
            expect(json(collect(t))).toBe(whole);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a quote never closed far before the end grows the window to the end of the file, and reads as the whole does', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i},nama ${i},unit`);
    rows[40] = '40,"nama tanpa kutip penutup,unit';
    const bytes = Buffer.from(['NO,NAMA,UNIT', ...rows].join('\n') + '\n', 'utf8');
    const path = fileOf(bytes);
    const whole = collect(readCsv(bytes, path));
    expect(whole.issues.map((i) => [i.code, i.row])).toContainEqual(['CSV_KUTIP_TIDAK_DITUTUP', 42]);
    const t = readCsvFile(scanFile(path), path, 'id', { windowBytes: 32, chunkBytes: 100 });
    expect(json(collect(t))).toBe(json(whole));
  });

  it('rest() reads the file again each time it is called, with the same batches', () => {
    const bytes = Buffer.from('A,B\n' + Array.from({ length: 100 }, (_, i) => `${i},"x\r\ny"`).join('\r\n'), 'utf8');
    const path = fileOf(bytes);
    const t = readCsvFile(scanFile(path), path, 'id', { windowBytes: 10, chunkBytes: 7 });
    const a = [...t.rest!()];
    expect(a.reduce((n, b) => n + b.rows.length, 0)).toBe(100 - 29);
    expect([...t.rest!()]).toEqual(a);
  });

  it('holds no window between reads: the file is closed after the first rows and after each full read', () => {
    const bytes = Buffer.from('A,B\n' + Array.from({ length: 100 }, (_, i) => `${i},y`).join('\n'), 'utf8');
    const path = fileOf(bytes);
    const scan = scanFile(path);
    const reader = new FileRecords(scan, ',', path, 'id', 16);
    const out: string[][] = [];
    reader.read(reader.start, Infinity, 5, out, []);
    expect(out).toEqual([
      ['A', 'B'],
      ['0', 'y'],
      ['1', 'y'],
      ['2', 'y'],
      ['3', 'y'],
    ]);
    expect(reader.holding).toBe(true);
    reader.close();
    expect(reader.holding).toBe(false);
    const t = readCsvFile(scan, path, 'id', { windowBytes: 16, chunkBytes: 8 });
    expect(collect(t).rows).toHaveLength(101);
  });
});

describe('the first pass', () => {
  it('hashes the file and judges its UTF-8 as on the whole bytes, at every piece size (sequences split, cut short at the end, bad bytes)', () => {
    const samples = [
      Buffer.from('NIP,NAMA\n1,Ñoño 😀 é\n', 'utf8'),
      Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xe9]), Buffer.from(',x\n')]), // Windows-1252 é
      Buffer.concat([Buffer.from('a,b\n1,x'), Buffer.from([0xf0, 0x9f, 0x98])]), // cut short at the end
      Buffer.concat([Buffer.from('a,b\n'), Buffer.from([0xed, 0xa0, 0x80])]), // a surrogate, not UTF-8
      Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62]),
    ];
    for (const bytes of samples) {
      const path = fileOf(bytes);
      for (let piece = 16; piece <= bytes.length + 1; piece++) {
        const s = scanFile(path, piece);
        expect(s.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(s.utf8).toBe(isUtf8(bytes));
        expect(s.size).toBe(bytes.length);
        expect(s.head.equals(bytes)).toBe(true);
      }
    }
  });

  it('only plain UTF-8 is read in windows: not Windows-1252, not UTF-16, not a doubled BOM, not another --encoding', () => {
    const scan = (b: Buffer) => scanFile(fileOf(b));
    expect(csvFileReadable(scan(Buffer.from('a,b\n1,é\n')))).toBe(true);
    expect(csvFileReadable(scan(Buffer.from('a,b\n1,é\n')), 'utf-8')).toBe(true);
    expect(csvFileReadable(scan(Buffer.from('a,b\n1,é\n')), 'windows-1252')).toBe(false);
    expect(csvFileReadable(scan(Buffer.from([0x61, 0x2c, 0xe9, 0x0a])))).toBe(false);
    expect(csvFileReadable(scan(Buffer.from('\ufeff\ufeffa,b\n')))).toBe(false);
    expect(csvFileReadable(scan(Buffer.from('\ufeffa,b\n')))).toBe(true);
    expect(csvFileReadable(scan(Buffer.from('a,b\n1,2\n', 'utf16le')))).toBe(false);
  });
});

describe('loadInputs', () => {
  const csv = 'NIP BARU,NAMA\n' + Array.from({ length: 300 }, (_, i) => `19800101200001${String(1000 + i)},Pegawai ${i}`).join('\n') + '\n';

  it('a large file read in windows gives the table and hash of the whole read', async () => {
    const path = fileOf(Buffer.from(csv));
    const windowed = await loadInputs([{ path }], { streamMinBytes: 1, windowBytes: 64, chunkBytes: 100 });
    const whole = await loadInputs([{ path }], { streamMinBytes: Infinity });
    expect(windowed.files).toEqual(whole.files);
    expect(windowed.files[0]!.sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(json(collect(windowed.tables[0]!))).toBe(json(collect(whole.tables[0]!)));
  });

  it('a file changed after it was first read is an I/O error that says so, never a mixed result', async () => {
    const path = fileOf(Buffer.from(csv));
    const { tables } = await loadInputs([{ path }], { streamMinBytes: 1, windowBytes: 64 });
    writeFileSync(path, csv + '19800101200001999,Pegawai baru\n');
    const read = () => [...tables[0]!.rest!()];
    expect(read).toThrow(IoError);
    expect(read).toThrow(/berubah ketika sedang dibaca/);
  });

  it('the same size but a new modification time counts as changed too', async () => {
    const path = fileOf(Buffer.from(csv));
    const { tables } = await loadInputs([{ path }], { streamMinBytes: 1, windowBytes: 64, lang: 'en' });
    utimesSync(path, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(() => [...tables[0]!.rest!()]).toThrow(/changed while it was being read/);
  });
});
