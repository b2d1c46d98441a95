/**
 * Read one earlier result of `talenta classify` for `talenta compare`: the JSON document
 * (`hasil-talenta.json`, `--json`, `-o - --format json|jsonl`), the employee table `pegawai.csv`
 * (also `-o -` CSV) or the workbook `laporan-talenta.xlsx` (its "Semua Pegawai"/"All employees"
 * sheet, plus the Metodologi/Methodology sheet for the reference date and the profile). A folder
 * written by `classify -o` is accepted too (its JSON, else its workbook, else its CSV).
 *
 * The format is recognised from the bytes. Anything that is not a talenta result is refused with
 * a UsageError (exit 2) that says what the file looks like. exceljs is imported lazily (through
 * read-xlsx.ts), only for a workbook.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Run, RunEmployee, RunFormat, RunProfile } from '../core/compare.js';
import type { Cell, PerformanceLevel, PotentialLevel } from '../core/types.js';
import { UsageError } from '../errors.js';
import { COMPARE_MSG, fillText, PERFORMANCE_LABEL, PERFORMANCE_TERM, POTENTIAL_LABEL, POTENTIAL_TERM, type Lang } from '../i18n.js';
import { EMPLOYEE_COLUMNS } from '../output/model.js';
import { SCHEMA_VERSION as CLASSIFY_SCHEMA_VERSION } from '../output/json.js';
import { cellText } from './cell-text.js';
import { decode, parseCsvText } from './read-csv.js';

export interface ReadRunOptions {
  lang: Lang;
  stdin?: NodeJS.ReadableStream;
}

/** A run as read, before the comparison gives it its label. */
export type ReadRun = Omit<Run, 'label' | 'labelFrom'>;

const msg = (k: keyof typeof COMPARE_MSG, lang: Lang, params: Record<string, string | number> = {}) => fillText(COMPARE_MSG[k][lang], params);

/** Files of a `classify -o` folder, in order of preference. */
const FOLDER_FILES = ['hasil-talenta.json', 'laporan-talenta.xlsx', 'pegawai.csv'];

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

async function readBytes(path: string, opts: ReadRunOptions): Promise<{ file: string; buf: Buffer }> {
  if (path === '-') return { file: '(stdin)', buf: await readAll(opts.stdin ?? process.stdin) };
  const ioError = (err: unknown, file: string): never => {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? msg('notFound', opts.lang, { file }) : msg('unreadable', opts.lang, { file, code: code ?? String(err) }));
  };
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (err) {
    ioError(err, path);
  }
  if (isDir) {
    for (const name of FOLDER_FILES) {
      const candidate = join(path, name);
      try {
        return { file: candidate, buf: await readFile(candidate) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') ioError(err, candidate);
      }
    }
    throw new UsageError(msg('emptyDir', opts.lang, { file: path }));
  }
  try {
    return { file: path, buf: await readFile(path) };
  } catch (err) {
    return ioError(err, path);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Read one talenta result (file, folder or `-`). */
export async function readRun(path: string, opts: ReadRunOptions): Promise<ReadRun> {
  const { file, buf } = await readBytes(path, opts);
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const lang = opts.lang;
  if (buf.length === 0) throw new UsageError(msg('empty', lang, { file }));
  if (startsWith(buf, ZIP)) return { ...(await fromXlsx(buf, file, lang)), file, sha256 };
  if (startsWith(buf, OLE)) throw new UsageError(msg('notTalenta', lang, { file, why: msg('oldXls', lang) }));
  const text = decode(buf).replace(/^\uFEFF/, '');
  const head = text.trimStart();
  if (head === '') throw new UsageError(msg('empty', lang, { file }));
  if (head.startsWith('{') || head.startsWith('[')) return { ...fromJsonText(text, file, lang), file, sha256 };
  return { ...fromCsvText(text, file, lang), file, sha256 };
}

// ---- values ---------------------------------------------------------------------------------

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const POT_WORDS = new Map<string, PotentialLevel>();
for (const [code, term] of Object.entries(POTENTIAL_TERM)) POT_WORDS.set(norm(term), code as PotentialLevel);
for (const [code, t] of Object.entries(POTENTIAL_LABEL)) {
  POT_WORDS.set(norm(t.id), code as PotentialLevel);
  POT_WORDS.set(norm(t.en), code as PotentialLevel);
  POT_WORDS.set(norm(code), code as PotentialLevel);
}
const PERF_WORDS = new Map<string, PerformanceLevel>();
for (const [code, term] of Object.entries(PERFORMANCE_TERM)) PERF_WORDS.set(norm(term), code as PerformanceLevel);
for (const [code, t] of Object.entries(PERFORMANCE_LABEL)) {
  PERF_WORDS.set(norm(t.id), code as PerformanceLevel);
  PERF_WORDS.set(norm(t.en), code as PerformanceLevel);
  PERF_WORDS.set(norm(code), code as PerformanceLevel);
}
const TRUE_WORDS = new Set(['1', 'ya', 'yes', 'true', 'y']);
const FALSE_WORDS = new Set(['0', 'tidak', 'no', 'false', 'n', '']);

class BadValue extends Error {
  constructor(
    readonly column: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${column}: ${value}`);
  }
}

const text = (v: unknown): string => cellText(v).trim();

function toBox(v: unknown, column: string): number | null {
  const s = text(v);
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 9) throw new BadValue(column, s, '1–9');
  return n;
}

function toNumber(v: unknown, column: string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = text(v);
  if (s === '') return null;
  const n = Number(s.replace(',', '.'));
  if (!Number.isFinite(n)) throw new BadValue(column, s, 'number');
  return n;
}

function toPot(v: unknown, column: string): PotentialLevel | null {
  const s = text(v);
  if (s === '') return null;
  const l = POT_WORDS.get(norm(s));
  if (!l) throw new BadValue(column, s, 'Tinggi/Menengah/Rendah');
  return l;
}

function toPerf(v: unknown, column: string): PerformanceLevel | null {
  const s = text(v);
  if (s === '') return null;
  const l = PERF_WORDS.get(norm(s));
  if (!l) throw new BadValue(column, s, 'Di Atas/Sesuai/Di Bawah Ekspektasi');
  return l;
}

function toBool(v: unknown, column: string): boolean {
  if (typeof v === 'boolean') return v;
  const s = norm(text(v));
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  throw new BadValue(column, s, '1/0');
}

/** Reason codes from `A|B` (CSV) or `A (words); B (words)` (workbook). */
function toReasons(v: unknown): string[] {
  const s = text(v);
  if (s === '') return [];
  return s
    .split(/[|;]/)
    .map((p) => /^\s*([A-Z][A-Z0-9_:]*)/.exec(p)?.[1] ?? '')
    .filter((c) => c !== '');
}

// ---- JSON -----------------------------------------------------------------------------------

interface JsonEmployee {
  nip?: unknown;
  nama?: unknown;
  jabatan?: unknown;
  unorInduk?: unknown;
  box?: unknown;
  potential?: { score?: unknown; level?: unknown } | null;
  performance?: { score?: unknown; level?: unknown } | null;
  talentScore?: unknown;
  talentPool?: unknown;
  reasons?: unknown;
}

function employeeFromJson(o: JsonEmployee, where: () => string, file: string, lang: Lang): RunEmployee {
  try {
    if (typeof o !== 'object' || o === null || !('nip' in o) || !('box' in o)) throw new BadValue('employee', JSON.stringify(o).slice(0, 60), 'nip, box');
    return {
      nip: text(o.nip),
      nama: text(o.nama),
      jabatan: text(o.jabatan),
      unorInduk: text(o.unorInduk),
      box: toBox(o.box, 'box'),
      potentialScore: toNumber(o.potential?.score, 'potential.score'),
      potentialLevel: toPot(o.potential?.level, 'potential.level'),
      performanceScore: toNumber(o.performance?.score, 'performance.score'),
      performanceLevel: toPerf(o.performance?.level, 'performance.level'),
      talentScore: toNumber(o.talentScore, 'talentScore'),
      talentPool: toBool(o.talentPool ?? false, 'talentPool'),
      reasons: Array.isArray(o.reasons) ? o.reasons.map((r) => text(r)).filter((r) => r !== '') : [],
    };
  } catch (err) {
    if (err instanceof BadValue) {
      throw new UsageError(msg('badValue', lang, { file, where: where(), column: err.column, value: err.value, expected: err.expected }));
    }
    throw err;
  }
}

function fromJsonText(src: string, file: string, lang: Lang): Omit<ReadRun, 'file' | 'sha256'> {
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch (err) {
    // JSON lines (`classify -o - --format jsonl`): one employee per line, no metadata
    const lines = src.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 1) {
      const employees: RunEmployee[] = [];
      lines.forEach((l, i) => {
        let o: unknown;
        try {
          o = JSON.parse(l);
        } catch (e) {
          throw new UsageError(msg('badJson', lang, { file, detail: `${lang === 'en' ? 'line' : 'baris'} ${i + 1}: ${(e as Error).message}` }));
        }
        employees.push(employeeFromJson(o as JsonEmployee, () => `${lang === 'en' ? 'line' : 'baris'} ${i + 1}`, file, lang));
      });
      return { asOf: null, format: 'jsonl', profile: null, employees };
    }
    throw new UsageError(msg('badJson', lang, { file, detail: (err as Error).message }));
  }
  const d = doc as Record<string, unknown>;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) {
    throw new UsageError(msg('notTalenta', lang, { file, why: msg('noEmployees', lang) }));
  }
  if (Array.isArray(d.pairs) && Array.isArray(d.runs)) throw new UsageError(msg('compareOutput', lang, { file }));
  const tool = d.tool as { name?: unknown } | undefined;
  if (!Array.isArray(d.employees) || tool?.name !== 'talenta') {
    throw new UsageError(msg('notTalenta', lang, { file, why: msg('noEmployees', lang) }));
  }
  if (typeof d.schemaVersion === 'number' && d.schemaVersion > CLASSIFY_SCHEMA_VERSION)
    throw new UsageError(msg('schemaNewer', lang, { file, v: d.schemaVersion, max: CLASSIFY_SCHEMA_VERSION }));
  const p = d.profile as { id?: unknown; version?: unknown; hash?: unknown } | undefined;
  const profile: RunProfile | null =
    p && typeof p.id === 'string' ? { id: p.id, version: typeof p.version === 'number' ? p.version : null, hash: typeof p.hash === 'string' ? p.hash : null } : null;
  const asOf = typeof d.asOf === 'string' ? d.asOf : null;
  const employees = (d.employees as JsonEmployee[]).map((o, i) => employeeFromJson(o, () => `employees[${i}]`, file, lang));
  return { asOf, format: 'json', profile, employees };
}

// ---- tables (CSV and the workbook sheet) ------------------------------------------------------

/** Header text (key, Indonesian or English header) → the stable column key. */
const HEADER_KEYS = new Map<string, string>();
for (const c of EMPLOYEE_COLUMNS) {
  HEADER_KEYS.set(norm(c.key), c.key);
  HEADER_KEYS.set(norm(c.header.id), c.key);
  HEADER_KEYS.set(norm(c.header.en), c.key);
}
const REQUIRED = ['nip', 'kotak', 'talent_pool'];
/** Headers of the input tables talenta reads (to say "run classify first"). */
const INPUT_HEADERS = ['nip baru', 'jpm potensi', 'predikat kinerja', 'tahun', 'kedudukan hukum nama', 'jabatan nama', 'tingkat hukuman'];

function employeesFromTable(rows: Cell[][], rowNumbers: number[], file: string, lang: Lang): RunEmployee[] {
  const headerAt = rows.findIndex((r) => r.some((c) => text(c) !== ''));
  const header = (rows[headerAt] ?? []).map((c) => norm(text(c)));
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    const k = HEADER_KEYS.get(h);
    if (k && !col.has(k)) col.set(k, i);
  });
  const missing = REQUIRED.filter((k) => !col.has(k));
  if (missing.length > 0) {
    if (col.has('nip') && col.has('kotak') && col.has('peringkat')) throw new UsageError(msg('poolOnly', lang, { file }));
    if (header.some((h) => INPUT_HEADERS.includes(h))) throw new UsageError(msg('looksLikeInput', lang, { file }));
    throw new UsageError(msg('notTalenta', lang, { file, why: msg('missingColumns', lang, { columns: missing.join(', ') }) }));
  }
  const get = (r: Cell[], k: string): Cell => {
    const i = col.get(k);
    return i === undefined ? null : (r[i] ?? null);
  };
  const out: RunEmployee[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.every((c) => text(c) === '')) continue;
    try {
      out.push({
        nip: text(get(r, 'nip')).replace(/^'/, ''),
        nama: text(get(r, 'nama')),
        jabatan: text(get(r, 'jabatan')),
        unorInduk: text(get(r, 'unor_induk')),
        box: toBox(get(r, 'kotak'), 'kotak'),
        potentialScore: toNumber(get(r, 'skor_potensial'), 'skor_potensial'),
        potentialLevel: toPot(get(r, 'level_potensial'), 'level_potensial'),
        performanceScore: toNumber(get(r, 'skor_kinerja'), 'skor_kinerja'),
        performanceLevel: toPerf(get(r, 'level_kinerja'), 'level_kinerja'),
        talentScore: toNumber(get(r, 'nilai_talenta'), 'nilai_talenta'),
        talentPool: toBool(get(r, 'talent_pool'), 'talent_pool'),
        reasons: toReasons(get(r, 'alasan')),
      });
    } catch (err) {
      if (err instanceof BadValue) {
        const where = `${lang === 'en' ? 'row' : 'baris'} ${rowNumbers[i] ?? i + 1}`;
        throw new UsageError(msg('badValue', lang, { file, where, column: err.column, value: err.value, expected: err.expected }));
      }
      throw err;
    }
  }
  return out;
}

function fromCsvText(src: string, file: string, lang: Lang): Omit<ReadRun, 'file' | 'sha256'> {
  const t = parseCsvText(src, file);
  return { asOf: null, format: 'csv', profile: null, employees: employeesFromTable(t.rows, t.rowNumbers, file, lang) };
}

// ---- workbook -------------------------------------------------------------------------------

const EMPLOYEE_SHEETS = ['semua pegawai', 'all employees'];
const METHOD_SHEETS = ['metodologi', 'methodology'];
const COMPARE_SHEETS = ['matriks transisi', 'transition matrix'];

async function fromXlsx(buf: Buffer, file: string, lang: Lang): Promise<Omit<ReadRun, 'file' | 'sha256'>> {
  const { readXlsx } = await import('./read-xlsx.js');
  let tables;
  try {
    tables = await readXlsx(Readable.from(buf), file);
  } catch (err) {
    throw new UsageError(msg('notTalenta', lang, { file, why: msg('badXlsx', lang, { detail: (err as Error).message }) }));
  }
  const sheet = (names: string[]) => tables.find((t) => names.includes(norm(t.sheet ?? '')));
  if (sheet(COMPARE_SHEETS)) throw new UsageError(msg('compareOutput', lang, { file }));
  const emp = sheet(EMPLOYEE_SHEETS);
  if (!emp) {
    const looksInput = tables.some((t) => (t.rows[0] ?? []).some((c) => INPUT_HEADERS.includes(norm(text(c)))));
    throw new UsageError(looksInput ? msg('looksLikeInput', lang, { file }) : msg('notTalenta', lang, { file, why: msg('noEmployeeSheet', lang) }));
  }
  const employees = employeesFromTable(emp.rows, emp.rowNumbers, file, lang);
  let asOf: string | null = null;
  let profile: RunProfile | null = null;
  const md = sheet(METHOD_SHEETS);
  if (md) {
    const kv = new Map<string, string>();
    for (const r of md.rows) {
      const k = norm(text(r[0]));
      if (k !== '' && !kv.has(k)) kv.set(k, text(r[1]));
    }
    const date = kv.get('tanggal acuan') ?? kv.get('reference date') ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) asOf = date;
    const hash = kv.get('sha-256 profil') ?? kv.get('profile sha-256') ?? '';
    const desc = kv.get('profil') ?? kv.get('profile') ?? '';
    const m = /^(\S+)(?: v(\d+))?/.exec(desc);
    if (m || hash) {
      profile = { id: m?.[1] ?? '?', version: m?.[2] ? Number(m[2]) : null, hash: /^[0-9a-f]{64}$/i.test(hash) ? hash.toLowerCase() : null };
    }
  }
  return { asOf, format: 'xlsx' as RunFormat, profile, employees };
}

/** A date `YYYY-MM-DD` in a path (e.g. `laporan-talenta-2026-09-30/pegawai.csv`), the last one. */
export function dateInPath(path: string): string | null {
  const all = path.match(/\d{4}-\d{2}-\d{2}/g);
  return all ? all[all.length - 1]! : null;
}
