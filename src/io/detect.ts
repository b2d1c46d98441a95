/**
 * What a file really is, from its bytes (never from its name alone): an XLSX workbook, delimited
 * text, or something talenta cannot read — with the reason, so that the message can say what
 * the file is and how to fix it. Pure; never throws.
 */
import { listZip } from './zip.js';

export type FileProblem =
  /** 0 bytes, or only a BOM and blank lines */
  | 'empty'
  /** OLE compound file holding EncryptionInfo/EncryptedPackage: a password-protected workbook */
  | 'ole-encrypted'
  /** OLE compound file holding a Workbook/Book stream: Excel 97–2003 .xls */
  | 'ole-xls'
  /** any other OLE compound file (could be either; the message names both) */
  | 'ole-other'
  | 'zip-truncated'
  | 'zip-corrupt'
  /** an entry's compressed data does not inflate to its CRC (a damaged file) */
  | 'zip-damaged'
  | 'zip-encrypted'
  | 'zip-xlsb'
  /** an OOXML spreadsheet without xl/workbook.xml (parts in unusual places) */
  | 'xlsx-layout'
  /** a workbook in which no worksheet could be read */
  | 'xlsx-no-sheets'
  /** the XLSX reader failed (damaged XML or zip data) */
  | 'xlsx-unreadable'
  | 'zip-ods'
  | 'zip-office'
  | 'zip-archive'
  | 'html'
  | 'xml-2003'
  | 'xml'
  | 'pdf'
  | 'binary'
  /** text content under an .xlsx/.xlsm name */
  | 'xlsx-not-zip'
  /** text content under an .xls name */
  | 'xls-text';

export type Detected = { kind: 'xlsx' } | { kind: 'text' } | { kind: 'invalid'; problem: FileProblem; detail?: string };

const startsWith = (b: Buffer, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');
const ENCRYPTION_INFO = utf16('EncryptionInfo');
const WORKBOOK = utf16('Workbook');
const BOOK = utf16('Book\0');

/** Extension of a path, lower case, with the dot (`.xlsx`), or '' */
function extensionOf(path: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

/** Does the byte buffer look like UTF-16 text without a BOM? (NULs in every other byte) */
export function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasBom(buf: Buffer): boolean {
  return startsWith(buf, [0xef, 0xbb, 0xbf]) || startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff]);
}

/** The start of a text file as ASCII-ish text (UTF-16 folded), for markup checks. */
function head(buf: Buffer): string {
  let b = buf.subarray(0, 2048);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) b = b.subarray(3);
  let s: string;
  if (startsWith(b, [0xff, 0xfe])) s = b.subarray(2).toString('utf16le');
  else if (startsWith(b, [0xfe, 0xff]))
    s = Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  else {
    const u = utf16WithoutBom(b);
    s =
      u === 'utf-16le'
        ? b.toString('utf16le')
        : u === 'utf-16be'
          ? Buffer.from(b.subarray(0, b.length & ~1))
              .swap16()
              .toString('utf16le')
          : b.toString('latin1');
  }
  return s.replace(/^\uFEFF/, '').trimStart();
}

function detectZip(buf: Buffer): Detected {
  const listing = listZip(buf);
  if (!listing.ok) return { kind: 'invalid', problem: listing.reason === 'truncated' ? 'zip-truncated' : 'zip-corrupt' };
  const names = listing.entries.map((e) => e.name);
  const has = (n: string) => names.includes(n);
  if (listing.entries.some((e) => e.encrypted)) return { kind: 'invalid', problem: 'zip-encrypted' };
  if (has('xl/workbook.xml')) return { kind: 'xlsx' };
  if (has('xl/workbook.bin')) return { kind: 'invalid', problem: 'zip-xlsb' };
  // an Office Open XML spreadsheet whose parts are not where Excel puts them
  if (has('[Content_Types].xml') && names.some((n) => /^xl\//i.test(n))) return { kind: 'invalid', problem: 'xlsx-layout' };
  if (has('mimetype') && has('content.xml')) return { kind: 'invalid', problem: 'zip-ods' };
  if (has('word/document.xml')) return { kind: 'invalid', problem: 'zip-office', detail: 'Word (.docx)' };
  if (has('ppt/presentation.xml')) return { kind: 'invalid', problem: 'zip-office', detail: 'PowerPoint (.pptx)' };
  const files = names.filter((n) => !n.endsWith('/'));
  const shown = files.slice(0, 4).join(', ') + (files.length > 4 ? ', …' : '');
  return { kind: 'invalid', problem: 'zip-archive', detail: `${files.length}|${shown}` };
}

function detectOle(buf: Buffer): Detected {
  if (buf.includes(ENCRYPTED_PACKAGE) || buf.includes(ENCRYPTION_INFO)) return { kind: 'invalid', problem: 'ole-encrypted' };
  if (buf.includes(WORKBOOK) || buf.includes(BOOK)) return { kind: 'invalid', problem: 'ole-xls' };
  return { kind: 'invalid', problem: 'ole-other' };
}

/** Classify a file's bytes; `name` only refines the message (an .xlsx holding text). */
export function detectFile(buf: Buffer, name: string): Detected {
  if (startsWith(buf, ZIP) || startsWith(buf, ZIP_EMPTY)) return detectZip(buf);
  if (startsWith(buf, OLE)) return detectOle(buf);
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46])) return { kind: 'invalid', problem: 'pdf' };
  const text = head(buf);
  if (text === '' && isBlankText(buf)) return { kind: 'invalid', problem: 'empty' };
  if (/^<(!doctype\s+html|html|table|body|meta)\b/i.test(text)) return { kind: 'invalid', problem: 'html' };
  if (/^<\?xml/i.test(text)) {
    return { kind: 'invalid', problem: /urn:schemas-microsoft-com:office:spreadsheet/.test(text) ? 'xml-2003' : 'xml' };
  }
  if (!hasBom(buf) && utf16WithoutBom(buf) === null && buf.subarray(0, 65536).includes(0)) {
    return { kind: 'invalid', problem: 'binary' };
  }
  const ext = extensionOf(name);
  if (ext === '.xlsx' || ext === '.xlsm') return { kind: 'invalid', problem: 'xlsx-not-zip' };
  if (ext === '.xls') return { kind: 'invalid', problem: 'xls-text' };
  return { kind: 'text' };
}

/** Only a BOM, whitespace and line ends (in UTF-8 or UTF-16). */
function isBlankText(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x00) continue;
    if (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe)) continue;
    return false;
  }
  return true;
}
