/**
 * What a file really is (src/io/detect.ts, src/io/zip.ts) and the one clear error for a file
 * that is not what it claims (src/io/inputs.ts): "an .xlsx that is not a zip, an old .xls, a
 * password-protected workbook, an empty file … is one clear error with the fix, exit 2".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFile, utf16WithoutBom } from '../../src/io/detect.js';
import { checkZip, listZip, reorderWorkbookZip } from '../../src/io/zip.js';
import { readInput } from '../../src/io/inputs.js';
import { UsageError } from '../../src/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const QUIRKS = join(ROOT, 'fixtures', 'quirks');
const quirk = (...p: string[]) => readFileSync(join(QUIRKS, ...p));

/** A zip of stored entries; `encrypted` sets flag bit 0 on every entry. */
function storedZip(files: [string, string | Buffer][], encrypted = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const n = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const l = Buffer.alloc(30);
    l.writeUInt32LE(0x04034b50, 0);
    l.writeUInt16LE(20, 4);
    l.writeUInt16LE(encrypted ? 1 : 0, 6);
    l.writeUInt32LE(crc, 14);
    l.writeUInt32LE(data.length, 18);
    l.writeUInt32LE(data.length, 22);
    l.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(encrypted ? 1 : 0, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(l, n, data);
    centrals.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(files.length, 8);
  e.writeUInt16LE(files.length, 10);
  e.writeUInt32LE(cd.length, 12);
  e.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, e]);
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole = (...streams: string[]) => Buffer.concat([OLE, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(64)]);

describe('detectFile', () => {
  it('workbooks and text', () => {
    expect(detectFile(quirk('xlsx-tanggal', 'roster.xlsx'), 'roster.xlsx')).toEqual({ kind: 'xlsx' });
    expect(detectFile(quirk('xlsx-libreoffice', 'roster.xlsx'), 'data.csv')).toEqual({ kind: 'xlsx' });
    expect(detectFile(Buffer.from('NIP;NAMA\n1;a\n'), 'x.csv')).toEqual({ kind: 'text' });
    expect(detectFile(Buffer.from('NIP\tNAMA\n1\ta\n'), 'x.txt')).toEqual({ kind: 'text' });
    expect(detectFile(quirk('csv-utf16', 'skp-2024.txt'), 'skp-2024.txt')).toEqual({ kind: 'text' });
    expect(detectFile(quirk('csv-utf16', 'cact.txt'), 'cact.txt')).toEqual({ kind: 'text' });
    expect(detectFile(quirk('csv-windows-1252', 'pegawai.csv'), 'pegawai.csv')).toEqual({ kind: 'text' });
  });

  it('OLE compound files: password-protected workbook, old .xls, or either', () => {
    expect(detectFile(quirk('xlsx-berpassword', 'pegawai.xlsx'), 'pegawai.xlsx')).toMatchObject({ problem: 'ole-encrypted' });
    expect(detectFile(quirk('xls-lama', 'pegawai.xls'), 'pegawai.xls')).toMatchObject({ problem: 'ole-xls' });
    expect(detectFile(ole('EncryptionInfo', 'EncryptedPackage'), 'a.xlsx')).toMatchObject({ problem: 'ole-encrypted' });
    expect(detectFile(ole('Workbook'), 'a.xls')).toMatchObject({ problem: 'ole-xls' });
    expect(detectFile(ole('WordDocument'), 'a.xls')).toMatchObject({ problem: 'ole-other' });
  });

  it('zips that are not workbooks', () => {
    expect(
      detectFile(
        storedZip([
          ['a.csv', 'x'],
          ['b.csv', 'y'],
        ]),
        'a.xlsx',
      ),
    ).toEqual({ kind: 'invalid', problem: 'zip-archive', detail: '2|a.csv, b.csv' });
    expect(detectFile(storedZip([['xl/workbook.bin', 'x']]), 'a.xlsb')).toMatchObject({ problem: 'zip-xlsb' });
    expect(detectFile(quirk('bukan-xlsx', 'pegawai.ods'), 'pegawai.ods')).toMatchObject({ problem: 'zip-ods' });
    expect(detectFile(storedZip([['word/document.xml', '<w/>']]), 'a.xlsx')).toMatchObject({ problem: 'zip-office', detail: 'Word (.docx)' });
    expect(detectFile(storedZip([['xl/workbook.xml', '<w/>']], true), 'a.xlsx')).toMatchObject({ problem: 'zip-encrypted' });
    expect(
      detectFile(
        storedZip([
          ['[Content_Types].xml', '<x/>'],
          ['xl/book.xml', '<w/>'],
        ]),
        'a.xlsx',
      ),
    ).toMatchObject({ problem: 'xlsx-layout' });
    const good = quirk('xlsx-tanggal', 'roster.xlsx');
    expect(detectFile(good.subarray(0, good.length - 30), 'a.xlsx')).toMatchObject({ problem: 'zip-truncated' });
    const badDir = Buffer.from(good);
    badDir.writeUInt32LE(0x12345678, badDir.readUInt32LE(badDir.length - 22 + 16));
    expect(detectFile(badDir, 'a.xlsx')).toMatchObject({ problem: 'zip-corrupt' });
  });

  it('web pages, XML, PDF, binary, empty; text under an Excel name', () => {
    expect(detectFile(quirk('bukan-xlsx', 'nominatif.xls'), 'nominatif.xls')).toMatchObject({ problem: 'html' });
    expect(detectFile(Buffer.from('\uFEFF  <!DOCTYPE html><html>'), 'x.csv')).toMatchObject({ problem: 'html' });
    expect(detectFile(Buffer.from('<table><tr><td>NIP</td></tr></table>', 'utf16le'), 'x.xls')).toMatchObject({ problem: 'html' });
    expect(detectFile(Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'x.xls')).toMatchObject({ problem: 'xml-2003' });
    expect(detectFile(Buffer.from('<?xml version="1.0"?><data/>'), 'x.csv')).toMatchObject({ problem: 'xml' });
    expect(detectFile(quirk('bukan-xlsx', 'laporan.pdf'), 'laporan.pdf')).toMatchObject({ problem: 'pdf' });
    expect(detectFile(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 1, 2, 0]), 'x.csv')).toMatchObject({ problem: 'binary' });
    expect(detectFile(Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20]), 'x.csv')).toMatchObject({ problem: 'empty' });
    expect(detectFile(Buffer.from([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]), 'x.txt')).toMatchObject({ problem: 'empty' });
    expect(detectFile(quirk('bukan-xlsx', 'pegawai.xlsx'), 'pegawai.xlsx')).toMatchObject({ problem: 'xlsx-not-zip' });
    expect(detectFile(quirk('bukan-xlsx', 'pegawai.xls'), 'pegawai.xls')).toMatchObject({ problem: 'xls-text' });
  });

  it('UTF-16 without a BOM is recognised from its NUL bytes; ASCII and binary are not', () => {
    expect(utf16WithoutBom(Buffer.from('NIP,NAMA\n', 'utf16le'))).toBe('utf-16le');
    expect(utf16WithoutBom(Buffer.from('NIP,NAMA\n', 'utf16le').swap16())).toBe('utf-16be');
    expect(utf16WithoutBom(Buffer.from('NIP,NAMA\n'))).toBeNull();
    expect(utf16WithoutBom(Buffer.alloc(100))).toBeNull();
  });

  it('a UTF-16 BOM followed by an odd number of bytes is read, not a crash (found by the property below)', () => {
    for (const bom of [
      [0xfe, 0xff],
      [0xff, 0xfe],
    ]) {
      const d = detectFile(Buffer.from([...bom, 0x00]), 'a.csv');
      expect(['text', 'invalid']).toContain(d.kind);
    }
  });

  it('never throws on any bytes, under any name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), b])),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([OLE, b])),
        ),
        fc.constantFrom('a.csv', 'a.xlsx', 'a.xls', 'a', '-'),
        (bytes, name) => {
          const d = detectFile(Buffer.from(bytes), name);
          expect(['xlsx', 'text', 'invalid']).toContain(d.kind);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('zip directory', () => {
  it('lists entries; every prefix of a workbook is handled without throwing', async () => {
    const good = quirk('xlsx-sel-aneh', 'roster.xlsx');
    const l = listZip(good);
    expect(l.ok && l.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(await checkZip(good)).toEqual({ ok: true });
    for (let n = 0; n < good.length; n += 997) {
      const part = good.subarray(0, n);
      expect(listZip(part).ok).toBe(false);
      reorderWorkbookZip(part);
    }
  });

  it('damaged compressed data is found before the streaming reader sees it', async () => {
    const good = quirk('xlsx-tanggal', 'roster.xlsx');
    const bad = Buffer.from(good);
    for (let k = 0; k < 40; k++) bad[Math.floor(bad.length * 0.3) + k]! ^= 0x5a;
    const r = await checkZip(bad);
    expect(r.ok).toBe(false);
  });
});

describe('readInput: one clear error (UsageError, exit 2) per file that is not what it claims', () => {
  const fails = async (buf: Buffer, name: string, lang: 'id' | 'en' = 'id') => {
    try {
      await readInput(buf, name, { lang });
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).exitCode).toBe(2);
      expect((err as Error).message.startsWith(`${name}: `)).toBe(true);
      return (err as Error).message;
    }
    throw new Error(`${name} was read`);
  };

  it('each problem names the file, says what it is and how to fix it', async () => {
    expect(await fails(Buffer.alloc(0), 'kosong.csv')).toMatch(/berkas kosong.*Ekspor ulang/);
    expect(await fails(Buffer.from(';;;\n;;;\n'), 'kosong.csv')).toMatch(/berkas kosong/);
    expect(await fails(quirk('bukan-xlsx', 'kosong.xlsx'), 'kosong.xlsx')).toMatch(/berkas kosong/);
    expect(await fails(quirk('xls-lama', 'pegawai.xls'), 'pegawai.xls')).toMatch(/Excel lama \(\.xls.*simpan sebagai \.xlsx.*password/);
    expect(await fails(quirk('xlsx-berpassword', 'pegawai.xlsx'), 'pegawai.xlsx')).toMatch(/password.*\.xls lama.*simpan sebagai \.xlsx/);
    expect(await fails(ole('x'), 'a.xls')).toMatch(/\.xls\) atau workbook berpassword/);
    expect(await fails(quirk('bukan-xlsx', 'pegawai.xlsx'), 'pegawai.xlsx')).toMatch(/bukan berkas zip\/XLSX.*\.csv.*simpan ulang sebagai \.xlsx/);
    expect(await fails(quirk('bukan-xlsx', 'arsip.xlsx'), 'arsip.xlsx')).toMatch(/arsip zip biasa berisi 2 berkas \(pegawai\.csv, cact\.csv\).*Ekstrak/);
    expect(await fails(quirk('bukan-xlsx', 'terpotong.xlsx'), 'terpotong.xlsx')).toMatch(/terpotong/);
    const bad = Buffer.from(quirk('xlsx-tanggal', 'roster.xlsx'));
    for (let k = 0; k < 40; k++) bad[Math.floor(bad.length * 0.3) + k]! ^= 0x5a;
    expect(await fails(bad, 'rusak.xlsx')).toMatch(/rusak: bagian xl\/.* tidak dapat dibuka/);
    expect(await fails(storedZip([['xl/workbook.xml', '<workbook/>']]), 'x.xlsx')).toMatch(/tanpa worksheet/);
    expect(
      await fails(
        storedZip([
          ['xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>'],
          ['xl/worksheets/sheet1.xml', '<<<>>>'],
        ]),
        'x.xlsx',
      ),
    ).toMatch(/bukan berkas XLSX yang dapat dibaca \(.+\)\. Buka di Excel/);
  });

  it('in English with lang en', async () => {
    expect(await fails(quirk('xls-lama', 'pegawai.xls'), 'pegawai.xls', 'en')).toMatch(/old Excel file \(\.xls.*save it as \.xlsx.*password/);
    expect(await fails(Buffer.alloc(0), 'x.csv', 'en')).toMatch(/the file is empty/);
  });

  it('a workbook under a .csv name is read as a workbook (bytes decide, not the name)', async () => {
    const t = await readInput(quirk('xlsx-tanggal', 'roster.xlsx'), 'roster.csv');
    expect(t.map((x) => x.sheet)).toEqual(['Pegawai', 'CACT', 'SKP 2024', 'SKP 2025']);
  });

  it('the reader never leaves the process hanging: a stalled XLSX read becomes an error', () => {
    // a stream that never ends: nothing is left to run, so `beforeExit` fires
    const script = `
      import { Readable } from 'node:stream';
      import { readWorkbook } from ${JSON.stringify(join(ROOT, 'dist', 'src', 'io', 'read-xlsx.js'))};
      const r = new Readable({ read() {} });
      readWorkbook(r, 'x.xlsx').then(() => console.log('read'), (e) => console.log('error: ' + e.message));
    `;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(out.stdout.trim()).toBe('error: the XLSX reader stopped before the end of the file');
  });
});
