/**
 * A small streaming XLSX writer: the part of SpreadsheetML talenta's workbooks use (inline
 * strings, numbers, column widths, cell styles, frozen panes, autofilter, print setup and print
 * titles), with an API shaped like exceljs's streaming WorkbookWriter so the report code reads
 * the same.
 *
 * Why not exceljs: it builds a cell object, merges a fresh style object and renders that style
 * to an XML string to look up its id, for every cell; a 200,000-employee report spent 83 s there.
 * Here a row becomes its XML text directly, a style id is looked up once per distinct style, and
 * each sheet's XML is deflated as it is written (zlib, on the thread pool, beside the main
 * thread). Each sheet keeps only its compressed bytes until the workbook is committed, so
 * sheets may be finished in any order; the file is written once, in one pass, at `commit`.
 *
 * Values: strings (XML-escaped; characters XML cannot hold become U+FFFD; longer than Excel's
 * 32,767 characters are cut with a marker, see `cut` and `truncatedCells`), finite numbers, booleans, null/undefined/'' (no cell,
 * unless the cell is styled).
 */
import { createDeflateRaw, crc32, type DeflateRaw } from 'node:zlib';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { dosDateTime, zipEnd, zipHeaders } from '../io/zip-write.js';

type Argb = string;
export interface Font {
  bold?: boolean;
  size?: number;
  color?: { argb: Argb };
}
export interface PatternFill {
  type: 'pattern';
  pattern: 'solid';
  fgColor: { argb: Argb };
}
export interface Alignment {
  wrapText?: boolean;
  vertical?: 'top' | 'middle' | 'bottom';
  horizontal?: 'left' | 'center' | 'right';
}
type BorderStyle = 'thin' | 'medium' | 'thick';
interface Border {
  top?: { style: BorderStyle };
  bottom?: { style: BorderStyle };
  left?: { style: BorderStyle };
  right?: { style: BorderStyle };
}
export interface Style {
  font?: Font;
  fill?: PatternFill;
  alignment?: Alignment;
  border?: Border;
  numFmt?: string;
}
export interface ColumnSpec {
  width?: number;
  style?: Style;
}
export interface PageSetup {
  paperSize?: number;
  orientation?: 'landscape' | 'portrait';
  fitToPage?: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** percent, when the page is not fitted (fitToPage false) */
  scale?: number;
  /** rows repeated on every printed page, e.g. '1:1' */
  printTitlesRow?: string;
  /** columns repeated on every printed page, e.g. 'A:B' */
  printTitlesColumn?: string;
}
export interface SheetOptions {
  views?: { state: 'frozen'; xSplit?: number; ySplit?: number }[];
  pageSetup?: Readonly<PageSetup>;
}
export type CellValue = string | number | boolean | null | undefined;

import { fitCell, MAX_CELL_CHARS } from './xlsx-style.js';

/** Column letters of 1-based column `n` (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;');
}

const BUILTIN_NUMFMT: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** The style tables of one workbook: each distinct font, fill, border, format and xf once. */
class Styles {
  private fonts = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private numFmts: string[] = [];
  private xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private index = new Map<string, number>();
  private ids = new Map<string, number>();

  private idOf(list: string[], xml: string, base = 0): number {
    const key = `${base}|${xml}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = list.length + base;
      list.push(xml);
      this.index.set(key, id);
    }
    return id;
  }

  /** The xf id of a style (0: the default). */
  id(style: Style): number {
    const key = JSON.stringify(style);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let numFmtId = 0;
    if (style.numFmt !== undefined) {
      numFmtId = BUILTIN_NUMFMT[style.numFmt] ?? this.idOf(this.numFmts, style.numFmt, 164);
    }
    const f = style.font;
    const fontId = f
      ? this.idOf(
          this.fonts,
          `<font>${f.bold ? '<b/>' : ''}<sz val="${f.size ?? 11}"/>${f.color ? `<color rgb="${xmlAttr(f.color.argb)}"/>` : '<color theme="1"/>'}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
        )
      : 0;
    const fillId = style.fill
      ? this.idOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttr(style.fill.fgColor.argb)}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    const b = style.border;
    const side = (name: string, s?: { style: BorderStyle }) => (s ? `<${name} style="${s.style}"><color indexed="64"/></${name}>` : `<${name}/>`);
    const borderId = b
      ? this.idOf(this.borders, `<border>${side('left', b.left)}${side('right', b.right)}${side('top', b.top)}${side('bottom', b.bottom)}<diagonal/></border>`)
      : 0;
    const a = style.alignment;
    const align = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>`
      : '';
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${align ? `>${align}</xf>` : '/>'}`;
    const id = this.idOf(this.xfs, xf);
    this.ids.set(key, id);
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const fmts = this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlAttr(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
      (fmts.length ? list('numFmts', fmts) : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

/** Merge styles property by property; later ones win. */
function merged(...styles: (Style | undefined)[]): Style {
  const out: Style = {};
  for (const s of styles) {
    if (!s) continue;
    if (s.numFmt !== undefined) out.numFmt = s.numFmt;
    if (s.font) out.font = s.font;
    if (s.fill) out.fill = s.fill;
    if (s.alignment) out.alignment = s.alignment;
    if (s.border) out.border = s.border;
  }
  return out;
}
const isEmptyStyle = (s: Style) => s.numFmt === undefined && !s.font && !s.fill && !s.alignment && !s.border;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** One compressed entry of the package: its bytes, CRC and sizes. */
class Entry {
  readonly parts: Buffer[] = [];
  crc = 0;
  size = 0;
  compressed = 0;
  private readonly z: DeflateRaw;
  private pending = '';
  readonly done: Promise<void>;

  constructor(readonly name: string) {
    // level 2: measured on a 323 MB sheet, 2.7× faster than the default 6 for 18% more bytes
    this.z = createDeflateRaw({ level: 2 });
    this.z.on('data', (c: Buffer) => {
      this.parts.push(c);
      this.compressed += c.length;
    });
    this.done = once(this.z, 'end').then(() => undefined);
  }
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 20) this.flush();
  }
  private flush(): void {
    if (this.pending === '') return;
    const b = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    this.crc = crc32(b, this.crc);
    this.size += b.length;
    this.z.write(b);
  }
  /** True when enough uncompressed text waits that the writer should let the deflater catch up. */
  get busy(): boolean {
    return this.z.writableLength > 8 << 20;
  }
  async drain(): Promise<void> {
    if (this.busy) await once(this.z, 'drain');
  }
  end(): Promise<void> {
    this.flush();
    this.z.end();
    return this.done;
  }
}

export class RowWriter {
  font?: Font;
  fill?: PatternFill;
  alignment?: Alignment;
  height?: number;
  private cells: (Style | undefined)[] | null = null;
  private committed = false;

  constructor(
    private readonly sheet: SheetWriter,
    readonly number: number,
    readonly values: CellValue[],
  ) {}

  /** The style of 1-based cell `i`: set its `fill`, `font`, `alignment`, `border` or `numFmt`. */
  getCell(i: number): Style {
    this.cells ??= [];
    return (this.cells[i - 1] ??= {});
  }

  commit(): void {
    if (this.committed) return;
    this.committed = true;
    const rowStyle: Style | undefined = this.font || this.fill || this.alignment ? { font: this.font, fill: this.fill, alignment: this.alignment } : undefined;
    this.sheet.writeRow(this, rowStyle, this.cells);
  }
}

export class SheetWriter {
  columns: ColumnSpec[] = [];
  pageSetup: PageSetup;
  autoFilter?: { from: { row: number; column: number }; to: { row: number; column: number } };
  private readonly entry: Entry;
  private rows = 0;
  private started = false;
  private committed = false;
  private colXf: number[] = [];
  private colStyle: (Style | undefined)[] = [];
  private refs: string[] = [];
  private merges: string[] = [];

  constructor(
    private readonly wb: WorkbookWriter,
    readonly name: string,
    readonly index: number,
    private readonly options: SheetOptions,
  ) {
    this.entry = new Entry(`xl/worksheets/sheet${index}.xml`);
    this.pageSetup = { ...(options.pageSetup ?? {}) };
  }

  /** rows added so far */
  get rowCount(): number {
    return this.rows;
  }

  addRow(values: CellValue[]): RowWriter {
    return new RowWriter(this, ++this.rows, values);
  }

  private start(): void {
    this.started = true;
    this.colStyle = this.columns.map((c) => c.style);
    this.colXf = this.columns.map((c) => (c.style && !isEmptyStyle(c.style) ? this.wb.styles.id(c.style) : 0));
    const ps = this.pageSetup;
    const view = this.options.views?.[0];
    let pane = '';
    if (view && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) {
      const x = view.xSplit ?? 0;
      const y = view.ySplit ?? 0;
      const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
      pane = `<pane${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''} topLeftCell="${columnLetters(x + 1)}${y + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
    }
    const cols = this.columns.length
      ? `<cols>${this.columns
          .map(
            (c, i) =>
              `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 9.140625}"${c.width !== undefined ? ' customWidth="1"' : ''}${this.colXf[i] ? ` style="${this.colXf[i]}"` : ''}/>`,
          )
          .join('')}</cols>`
      : '';
    this.entry.write(
      `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
        (ps.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    );
  }

  private ref(i: number): string {
    return (this.refs[i] ??= columnLetters(i + 1));
  }

  /** @internal called by RowWriter.commit */
  writeRow(row: RowWriter, rowStyle: Style | undefined, cellStyles: (Style | undefined)[] | null): void {
    if (this.committed) throw new Error(`sheet "${this.name}" is already committed`);
    if (!this.started) this.start();
    const n = row.number;
    let xml = row.height !== undefined ? `<row r="${n}" ht="${row.height}" customHeight="1">` : `<row r="${n}">`;
    const values = row.values;
    const width = Math.max(values.length, cellStyles?.length ?? 0);
    for (let i = 0; i < width; i++) {
      const v = values[i];
      let s: number;
      if (rowStyle === undefined && cellStyles?.[i] === undefined) s = this.colXf[i] ?? 0;
      else {
        const st = merged(this.colStyle[i], i < values.length ? rowStyle : undefined, cellStyles?.[i]);
        s = isEmptyStyle(st) ? 0 : this.wb.styles.id(st);
      }
      const sAttr = s ? ` s="${s}"` : '';
      if (typeof v === 'number') {
        if (Number.isFinite(v)) {
          xml += `<c r="${this.ref(i)}${n}"${sAttr}><v>${v}</v></c>`;
          continue;
        }
      } else if (typeof v === 'boolean') {
        xml += `<c r="${this.ref(i)}${n}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
        continue;
      } else if (typeof v === 'string' && v !== '') {
        let t = v;
        if (t.length > MAX_CELL_CHARS) {
          t = this.wb.cut(t);
          this.wb.truncatedCells++;
        }
        const space = t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32 ? ' xml:space="preserve"' : '';
        xml += `<c r="${this.ref(i)}${n}"${sAttr} t="inlineStr"><is><t${space}>${xmlText(t)}</t></is></c>`;
        continue;
      }
      if (s) xml += `<c r="${this.ref(i)}${n}"${sAttr}/>`;
    }
    this.entry.write(xml + '</row>');
  }

  /** Merge a block of cells (1-based, inclusive); the first cell's value and style show. */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(`${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`);
  }

  /** True when the caller should `await drain()` before adding more rows (a large sheet). */
  get busy(): boolean {
    return this.entry.busy;
  }
  drain(): Promise<void> {
    return this.entry.drain();
  }

  commit(): void {
    if (this.committed) return;
    if (!this.started) this.start();
    this.committed = true;
    const ps = this.pageSetup;
    let tail = '</sheetData>';
    const f = this.autoFilter;
    if (f) tail += `<autoFilter ref="${columnLetters(f.from.column)}${f.from.row}:${columnLetters(f.to.column)}${f.to.row}"/>`;
    if (this.merges.length) tail += `<mergeCells count="${this.merges.length}">${this.merges.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
    const m = ps.margins;
    if (m) tail += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    const setup = [
      ps.paperSize !== undefined ? ` paperSize="${ps.paperSize}"` : '',
      !ps.fitToPage && ps.scale !== undefined ? ` scale="${ps.scale}"` : '',
      ps.fitToWidth !== undefined ? ` fitToWidth="${ps.fitToWidth}"` : '',
      ps.fitToHeight !== undefined ? ` fitToHeight="${ps.fitToHeight}"` : '',
      ps.orientation ? ` orientation="${ps.orientation}"` : '',
    ].join('');
    if (setup) tail += `<pageSetup${setup}/>`;
    this.entry.write(tail + '</worksheet>');
    this.wb.finished(this.entry.end());
  }

  /** @internal the workbook's defined names for this sheet (print titles, filter range) */
  definedNames(localId: number): string {
    const q = `'${this.name.replace(/'/g, "''")}'`;
    let out = '';
    const f = this.autoFilter;
    if (f) {
      out += `<definedName name="_xlnm._FilterDatabase" localSheetId="${localId}" hidden="1">${xmlText(`${q}!$${columnLetters(f.from.column)}$${f.from.row}:$${columnLetters(f.to.column)}$${f.to.row}`)}</definedName>`;
    }
    const titles: string[] = [];
    const c = this.pageSetup.printTitlesColumn;
    if (c) {
      const [a, b] = c.split(':');
      titles.push(`${q}!$${a}:$${b ?? a}`);
    }
    const t = this.pageSetup.printTitlesRow;
    if (t) {
      const [a, b] = t.split(':');
      titles.push(`${q}!$${a}:$${b ?? a}`);
    }
    if (titles.length) out += `<definedName name="_xlnm.Print_Titles" localSheetId="${localId}">${xmlText(titles.join(','))}</definedName>`;
    return out;
  }

  /** @internal */
  get zipEntry(): Entry {
    return this.entry;
  }
}

/** A streaming workbook written to `filename` at `commit()`. */
export class WorkbookWriter {
  creator = 'talenta';
  created = new Date(0);
  modified = new Date(0);
  /** cells cut to Excel's 32,767 characters */
  truncatedCells = 0;
  /** @internal */
  readonly styles = new Styles();
  private readonly sheets: SheetWriter[] = [];
  private readonly ends: Promise<void>[] = [];

  /** @internal how a text past MAX_CELL_CHARS is cut (default: fitCell's Indonesian marker) */
  readonly cut: (text: string) => string;

  constructor(private readonly options: { filename: string; cut?: (text: string) => string }) {
    this.cut = options.cut ?? ((t) => fitCell(t, 'id') as string);
  }

  addWorksheet(name: string, options: SheetOptions = {}): SheetWriter {
    const s = new SheetWriter(this, name, this.sheets.length + 1, options);
    this.sheets.push(s);
    return s;
  }

  /** @internal */
  finished(end: Promise<void>): void {
    this.ends.push(end);
  }

  async commit(): Promise<void> {
    for (const s of this.sheets) s.commit();
    await Promise.all(this.ends);
    const n = this.sheets.length;
    const names = this.sheets.map((s, i) => s.definedNames(i)).join('');
    const parts: [string, string][] = [
      [
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${this.sheets
          .map((s) => `<Override PartName="/xl/worksheets/sheet${s.index}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join(
            '',
          )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      ],
      [
        'docProps/core.xml',
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${this.created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${this.modified.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:modified></cp:coreProperties>`,
      ],
      [
        'docProps/app.xml',
        `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>talenta</Application></Properties>`,
      ],
      [
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${this.sheets
          .map((s) => `<sheet name="${xmlAttr(s.name)}" sheetId="${s.index}" r:id="rId${s.index}"/>`)
          .join('')}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}</workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.sheets
          .map((s) => `<Relationship Id="rId${s.index}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${s.index}.xml"/>`)
          .join('')}<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
      ],
      ['xl/styles.xml', this.styles.xml()],
    ];
    const small: Entry[] = [];
    for (const [name, text] of parts) {
      const e = new Entry(name);
      e.write(text);
      small.push(e);
      void e.end();
    }
    await Promise.all(small.map((e) => e.done));
    await writeZip(this.options.filename, [...small, ...this.sheets.map((s) => s.zipEntry)], this.modified);
  }
}

/** Write a ZIP of deflated entries (sizes known before: no data descriptors). */
async function writeZip(path: string, entries: Entry[], when: Date): Promise<void> {
  const dos = dosDateTime(when);
  // 'wx': like every temporary output (src/io/atomic.ts), a name that exists is never followed
  const fh = await open(path, 'wx');
  try {
    let offset = 0;
    const central: Buffer[] = [];
    for (const e of entries) {
      const h = zipHeaders({ name: e.name, method: 8, crc: e.crc, compressed: e.compressed, size: e.size, offset }, dos);
      central.push(h.central);
      await fh.writev([h.local, ...e.parts]);
      offset += h.local.length + e.compressed;
      e.parts.length = 0;
    }
    await fh.writev([
      ...central,
      zipEnd(
        entries.length,
        central.reduce((s, b) => s + b.length, 0),
        offset,
      ),
    ]);
  } finally {
    await fh.close();
  }
}
