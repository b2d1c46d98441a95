/**
 * A minimal zip directory reader: the entry names of a zip archive, read from its central
 * directory (no decompression). Used to tell an XLSX workbook from other zip files (a zipped
 * folder of CSVs, a Word document, an OpenDocument spreadsheet, a binary .xlsb) and to catch a
 * truncated download before the streaming XLSX reader sees it; and to reorder a workbook's
 * parts for that reader. Never throws.
 */
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  /** general-purpose flag bit 0: the entry is encrypted (a password-protected zip) */
  encrypted: boolean;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'truncated' | 'corrupt' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

interface RawEntry {
  name: string;
  flags: number;
  /** compression method: 0 stored, 8 deflate */
  method: number;
  crc: number;
  compSize: number;
  size: number;
  localOffset: number;
  /** the central-directory record as read (46 bytes + name + extra + comment) */
  central: Buffer;
}

/** Central-directory records, or null when the zip cannot be walked safely (ZIP64, damage). */
function centralEntries(buf: Buffer): RawEntry[] | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const out: RawEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const len = 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (p + len > buf.length) return null;
    const e: RawEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      central: buf.subarray(p, p + len),
    };
    if (e.compSize === 0xffffffff || e.size === 0xffffffff || e.localOffset === 0xffffffff) return null;
    if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== 0x04034b50) return null;
    out.push(e);
    p += len;
  }
  return out;
}

/** Where the compressed data of an entry starts, or -1. */
function dataStart(buf: Buffer, e: RawEntry): number {
  const lo = e.localOffset;
  const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
  return start + e.compSize > buf.length ? -1 : start;
}

/** Inflate one entry as a stream (memory stays flat) and compare its CRC and size. */
function entryIsSound(data: Buffer, e: RawEntry): Promise<boolean> {
  if (e.method === 0) return Promise.resolve(crc32(data) === e.crc && data.length === e.size);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let crc = 0;
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      crc = crc32(chunk, crc);
      size += chunk.length;
    });
    inflate.on('error', () => resolve(false));
    inflate.on('end', () => resolve(crc === e.crc && size === e.size));
    inflate.end(data);
  });
}

export type ZipCheck = { ok: true } | { ok: false; entry: string; reason: 'damaged' | 'method' };

/**
 * Check that every entry of a zip inflates to its recorded CRC and size. The streaming XLSX
 * reader (exceljs + unzipper) never settles on damaged compressed data: without this check a
 * damaged download would end the process silently. A zip that cannot be walked (ZIP64) is
 * passed as sound.
 */
export async function checkZip(buf: Buffer): Promise<ZipCheck> {
  const entries = centralEntries(buf);
  if (!entries) return { ok: true };
  const parts = entries.filter((e) => !(e.name.endsWith('/') && e.compSize === 0));
  for (const e of parts) if (e.method !== 0 && e.method !== 8) return { ok: false, entry: e.name, reason: 'method' };
  // zlib works on the thread pool: check the entries side by side
  const sound = await Promise.all(
    parts.map((e) => {
      const start = dataStart(buf, e);
      return start < 0 ? Promise.resolve(false) : entryIsSound(buf.subarray(start, start + e.compSize), e);
    }),
  );
  const bad = parts.find((_, i) => !sound[i]);
  return bad ? { ok: false, entry: bad.name, reason: 'damaged' } : { ok: true };
}

/** Position of a workbook part in the order the streaming reader wants. */
function partRank(name: string): number {
  const order = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
  const i = order.indexOf(name);
  if (i >= 0) return i;
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return 8;
  return 7;
}

const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/**
 * The same workbook with its parts reordered for a streaming reader: workbook, relationships,
 * styles and shared strings first, the worksheets last (an empty shared-strings part is added
 * when there is none). The compressed data is copied, never recompressed. Excel and LibreOffice
 * store the sheets first; exceljs's streaming reader then spills every sheet to a temporary file
 * and reads it at the end, and with several sheets it can lose the workbook part altogether
 * (seen with exceljs 4.4.0: "Cannot read properties of undefined (reading 'sheets')"). Returns
 * null when the zip cannot be walked safely (ZIP64, damage): then read it as it is.
 */
export function reorderWorkbookZip(buf: Buffer): Buffer | null {
  const entries = centralEntries(buf);
  if (!entries) return null;
  const sorted = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => partRank(a.e.name) - partRank(b.e.name) || a.i - b.i)
    .map((x) => x.e);
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const add = (local: Buffer, data: Buffer, central: Buffer) => {
    central.writeUInt32LE(offset, 42);
    parts.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  };
  let needSst = !entries.some((x) => x.name === 'xl/sharedStrings.xml');
  // some generators omit the workbook's relationships: without them the reader loses sheets
  // silently; rebuilt from workbook.xml when its sheets and the worksheet parts pair up one to one
  let rels = entries.some((x) => x.name === 'xl/_rels/workbook.xml.rels') ? null : workbookRels(buf, entries);
  for (const e of sorted) {
    if (rels && partRank(e.name) > 2) {
      const [l, c] = storedEntry('xl/_rels/workbook.xml.rels', rels);
      add(l, rels, c);
      rels = null;
    }
    if (needSst && partRank(e.name) > 5) {
      const [l, c] = storedEntry('xl/sharedStrings.xml', EMPTY_SST);
      add(l, EMPTY_SST, c);
      needSst = false;
    }
    const lo = e.localOffset;
    const nameLen = buf.readUInt16LE(lo + 26);
    const extraLen = buf.readUInt16LE(lo + 28);
    const start = lo + 30 + nameLen + extraLen;
    if (start + e.compSize > buf.length) return null;
    // a fresh local header with the sizes and CRC of the central record (no data descriptor)
    const local = Buffer.from(buf.subarray(lo, lo + 30 + nameLen + extraLen));
    local.writeUInt16LE(e.flags & ~0x0008, 6);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compSize, 18);
    local.writeUInt32LE(e.size, 22);
    const central = Buffer.from(e.central);
    central.writeUInt16LE(e.flags & ~0x0008, 8);
    add(local, buf.subarray(start, start + e.compSize), central);
  }
  return Buffer.concat([...parts, ...endOfZip(centrals, offset)]);
}

/** The central directory and the end record of a zip whose entries end at `offset`. */
function endOfZip(centrals: Buffer[], offset: number): Buffer[] {
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return [cd, end];
}

/** A zip of stored (uncompressed) entries, in the order given (fixtures and tests build odd workbooks with it). */
export function storedZip(files: [string, Buffer | string][]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const [local, central] = storedEntry(name, data);
    central.writeUInt32LE(offset, 42);
    parts.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  return Buffer.concat([...parts, ...endOfZip(centrals, offset)]);
}

/**
 * A workbook without `xl/sharedStrings.xml` whose worksheets refer to shared strings (`t="s"`):
 * its text cells cannot be read (the file is not empty, it is incomplete).
 */
export function lacksSharedStrings(buf: Buffer): boolean {
  const entries = centralEntries(buf);
  if (!entries || entries.some((x) => x.name === 'xl/sharedStrings.xml')) return false;
  return entries.some((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x.name) && /\bt="s"/.test(entryText(buf, x) ?? ''));
}

/** The text of an entry (stored or deflated), or null. */
function entryText(buf: Buffer, e: RawEntry): string | null {
  const start = dataStart(buf, e);
  if (start < 0 || e.size > 64 * 1024 * 1024) return null;
  try {
    const data = buf.subarray(start, start + e.compSize);
    return (e.method === 0 ? data : e.method === 8 ? inflateRawSync(data, { maxOutputLength: e.size + 1 }) : null)?.toString('utf8') ?? null;
  } catch {
    return null;
  }
}

/**
 * A `xl/_rels/workbook.xml.rels` for a workbook that has none: the sheets of workbook.xml in
 * order, paired with the worksheet parts in number order. Null when they do not pair up one to one
 * (the reader then reads what it can, and the sheet count check refuses the file).
 */
function workbookRels(buf: Buffer, entries: RawEntry[]): Buffer | null {
  const wb = entries.find((x) => x.name === 'xl/workbook.xml');
  const xml = wb ? entryText(buf, wb) : null;
  if (!xml) return null;
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/g)].map((m) => m[1]!);
  const parts = entries
    .map((x) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(x.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[0].slice(3));
  if (ids.length === 0 || ids.length !== parts.length) return null;
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      ids.map((id, i) => `<Relationship Id="${esc(id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${parts[i]}"/>`).join('') +
      '</Relationships>',
  );
}

/** Local header and central record of a stored (uncompressed) entry. */
function storedEntry(name: string, data: Buffer): [Buffer, Buffer] {
  const n = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30 + n.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  n.copy(local, 30);
  const central = Buffer.alloc(46 + n.length);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  n.copy(central, 46);
  return [local, central];
}

/** The entries of the zip in `buf`, in central-directory order. */
export function listZip(buf: Buffer): ZipListing {
  // the end-of-central-directory record sits in the last 22 + 65,535 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'truncated' };
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const z64 = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD) return { ok: false, reason: 'corrupt' };
    count = Number(buf.readBigUInt64LE(z64 + 32));
    offset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: 'corrupt' };
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > buf.length) return { ok: false, reason: 'corrupt' };
    const name = buf.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    entries.push({ name, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}
