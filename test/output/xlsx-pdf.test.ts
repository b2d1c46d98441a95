/**
 * The report workbook as it prints: the shipped sample's laporan-talenta.xlsx (classify
 * fixtures/contoh/roster.xlsx, --lang id and --lang en) converted to PDF by LibreOffice headless
 * (one conversion per language, with its own profile folder in a temp dir), read back with
 * poppler's pdftotext. xlsx-print.test.ts checks the page setup exceljs reads; this checks what
 * a spreadsheet program makes of it, and the page setup as the file's XML says it:
 *
 * - every sheet prints: its pages are found, in tab order, by the first line each of its pages
 *   starts with (the title of a text sheet; the header row, which a table sheet repeats on every
 *   page); a table fitted k pages wide prints a multiple of k pages, at most k pages per 10 rows;
 * - every word of every header is on the sheet's pages as one word (a header broken mid-word,
 *   `competenc` / `y`, is not);
 * - no sheet fitted to the page width prints below 60%: from xl/worksheets/sheetN.xml, the scale
 *   is min(1, fitToWidth × 1045 px / Σ column px), A4 landscape less 0.4 in margins = 10.89 in
 *   = 1045 px at 96 dpi, a column `width` w wide trunc(7w + 5) px.
 *
 * soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils) come from .ci/run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talenta } from '../e2e/in-process.js';
import { cellText } from '../../src/io/cell-text.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'talenta-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LANGS = ['id', 'en'] as const;
type Lang = (typeof LANGS)[number];
/** sheets whose first row is not a table header (xlsx-print.test.ts) */
const NOT_TABLES: Record<Lang, string[]> = { id: ['Ringkasan', 'Audit', 'Metodologi'], en: ['Summary', 'Audit', 'Methodology'] };
/**
 * Header words the sample's PDF shows broken today (the column is narrower than the word in the
 * printed font): listed so the suite stays green while src/output is fixed elsewhere; the test
 * fails when one of them is fixed (remove it here) or another word breaks.
 */
const KNOWN_BROKEN: Record<Lang, string[]> = { id: [], en: ['All employees: competency'] };

/** The files of a zip archive (stored or deflated entries), by name: enough for an .xlsx. */
function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 0 ? data : inflateRawSync(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

interface SheetXml {
  name: string;
  fitToPage: boolean;
  fitToWidth: number;
  scale: number;
  widths: number[];
}

/** Each sheet's page setup and column widths, from the workbook's XML, in tab order. */
function sheetsFromXml(file: string): SheetXml[] {
  const zip = unzip(readFileSync(file));
  const text = (name: string) => zip.get(name)!.toString('utf8');
  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  return [...text('xl/workbook.xml').matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)].map((m) => {
    const target = rels.get(m[2]!)!.replace(/^\/?(xl\/)?/, 'xl/');
    const xml = text(target);
    const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(setup)?.[1];
    const widths: number[] = [];
    for (const c of xml.matchAll(/<col [^>]*?min="(\d+)"[^>]*?max="(\d+)"[^>]*?width="([\d.]+)"/g)) {
      for (let i = Number(c[1]); i <= Math.min(Number(c[2]), 200); i++) widths[i - 1] = Number(c[3]);
    }
    return {
      name: unescape(m[1]!),
      fitToPage: /<pageSetUpPr [^>]*fitToPage="(1|true)"/.test(xml),
      fitToWidth: Number(attr('fitToWidth') ?? 1),
      scale: Number(attr('scale') ?? 100),
      widths: Array.from(widths, (w) => w ?? 9),
    };
  });
}

interface Sheet {
  name: string;
  table: boolean;
  /** the header texts (table sheets) or the title (A1) */
  headers: string[];
  rows: number;
  fitToWidth: number;
}
interface Printed {
  sheets: Sheet[];
  xml: SheetXml[];
  /** pdftotext -layout, one string per page */
  pages: string[];
}
const printed: Partial<Record<Lang, Printed>> = {};

async function printOne(lang: Lang): Promise<Printed> {
  const out = join(dir, lang);
  const r = await talenta(['classify', join(ROOT, 'fixtures', 'contoh', 'roster.xlsx'), '--as-of', '2026-09-30', '--lang', lang, '-o', out, '-q']);
  expect(r.code, r.stderr).toBe(0);
  const xlsx = join(out, 'laporan-talenta.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheets = book.worksheets.map((ws): Sheet => {
    const table = !NOT_TABLES[lang].includes(ws.name);
    const headers: string[] = [];
    if (table) ws.getRow(1).eachCell((c) => void headers.push(cellText(c.value)));
    else headers.push(cellText(ws.getCell('A1').value));
    return { name: ws.name, table, headers, rows: ws.rowCount, fitToWidth: ws.pageSetup.fitToWidth || 1 };
  });
  const profile = join(dir, `lo-profile-${lang}`);
  const pdfDir = join(dir, `pdf-${lang}`);
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, xlsx], { timeout: 180_000 });
  const pdf = join(pdfDir, 'laporan-talenta.pdf');
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  const info = (await run('pdfinfo', [pdf])).stdout;
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages.length);
  return { sheets, xml: sheetsFromXml(xlsx), pages };
}

beforeAll(async () => {
  // the two conversions side by side (each LibreOffice has its own profile folder)
  const [id, en] = await Promise.all(LANGS.map(printOne));
  printed.id = id;
  printed.en = en;
}, 300_000);

const firstLine = (page: string) => page.split('\n').find((l) => l.trim() !== '') ?? '';
const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** Whether a page is the first page of `sheet` (or, for a table, any of its pages one page wide). */
function startsSheet(page: string, sheet: Sheet): boolean {
  const line = firstLine(page);
  if (!sheet.table) return line.trim().startsWith(sheet.headers[0]!);
  // the header row's first line holds the first word of each header: the first three, in order
  // and close together, with only the rest of a header's first line between them
  const tokens = words(line);
  const want = sheet.headers.slice(0, 3).map((h) => words(h)[0]!);
  if (tokens[0] !== want[0]) return false;
  let at = 0;
  for (const w of want.slice(1)) {
    const next = tokens.indexOf(w, at + 1);
    if (next < 0 || next - at > 4) return false;
    at = next;
  }
  return true;
}

/** The pages of each sheet, found in tab order. */
function pagesBySheet(p: Printed): Map<string, string[]> {
  const out = new Map<string, string[]>(p.sheets.map((s) => [s.name, []]));
  let i = -1;
  for (const page of p.pages) {
    if (i + 1 < p.sheets.length && startsSheet(page, p.sheets[i + 1]!)) i++;
    if (i < 0) throw new Error(`the first page is not the first sheet's: ${firstLine(page)}`);
    out.get(p.sheets[i]!.name)!.push(page);
  }
  return out;
}

describe.each(LANGS)('the workbook printed by LibreOffice (%s)', (lang) => {
  it('every sheet prints, in tab order, on a plausible number of pages', () => {
    const p = printed[lang]!;
    expect(p.sheets).toHaveLength(12);
    const bySheet = pagesBySheet(p);
    const counts = Object.fromEntries([...bySheet].map(([name, pages]) => [name, pages.length]));
    for (const s of p.sheets) {
      const n = counts[s.name]!;
      // at least one page per page wide; a table: whole rows of pages across, at least 10 rows a page
      const plausible = s.table ? n >= s.fitToWidth && n % s.fitToWidth === 0 && n <= s.fitToWidth * Math.ceil(s.rows / 10) : n >= 1 && n <= Math.ceil(s.rows / 5);
      expect({ sheet: s.name, pages: n, plausible }).toEqual({ sheet: s.name, pages: n, plausible: true });
    }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(p.pages.length);
    // the sample's 493 employees over three pages wide: more than one page down
    const all = p.sheets.find((s) => s.name === (lang === 'en' ? 'All employees' : 'Semua Pegawai'))!;
    expect(counts[all.name]! / all.fitToWidth).toBeGreaterThan(1);
  });

  it("every header word prints whole, on its sheet's pages", () => {
    const p = printed[lang]!;
    const bySheet = pagesBySheet(p);
    const broken: string[] = [];
    for (const s of p.sheets) {
      const printedWords = new Set(bySheet.get(s.name)!.flatMap(words));
      for (const h of s.headers) for (const w of words(h)) if (!printedWords.has(w)) broken.push(`${s.name}: ${w}`);
    }
    expect(broken.sort()).toEqual([...KNOWN_BROKEN[lang]].sort());
  });

  it('no sheet fitted to the page width prints below 60% (the workbook XML)', () => {
    const p = printed[lang]!;
    expect(p.xml.map((s) => s.name)).toEqual(p.sheets.map((s) => s.name));
    for (const s of p.xml) {
      const total = s.widths.reduce((sum, w) => sum + Math.trunc(7 * w + 5), 0);
      const scale = s.fitToPage ? Math.min(1, (s.fitToWidth * 1045) / total) : s.scale / 100;
      expect({ sheet: s.name, fitToPage: s.fitToPage, ok: scale >= 0.6 }).toEqual({ sheet: s.name, fitToPage: true, ok: true });
    }
  });
});
