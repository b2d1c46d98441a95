/**
 * Load input files (CSV or XLSX, or `-` for stdin) into raw tables.
 *
 * What a file is comes from its bytes (src/io/detect.ts), never from its name alone: a workbook
 * under a .csv name is read as a workbook, and a file that is not what it claims (an .xlsx that
 * is not a zip, an old .xls, a password-protected workbook, an HTML page saved as .xls, a zip of
 * CSVs, an empty file, …) is one UsageError (exit 2) that says what the file is and how to fix
 * it. Problems inside a readable file are reader issues on the tables instead.
 */
import { createReadStream, fstatSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { RawTable, Role } from '../core/types.js';
import { isBlank } from '../core/values.js';
import { fillText, LOCALE, type Lang } from '../i18n.js';
import { csvFileReadable, readCsv, readCsvFile, STREAM_MIN_BYTES, type Delimiter } from './read-csv.js';
import { scanFile } from './csv-window.js';
import { readWorkbook } from './read-xlsx.js';
import { detectFile, type FileProblem } from './detect.js';
import { fileProblemMessage, ioMessage } from './messages.js';
import { checkZip } from './zip.js';
import { UsageError } from '../errors.js';

export interface InputSpec {
  path: string;
  role?: Role;
}

export interface LoadOptions {
  delimiter?: Delimiter;
  encoding?: string;
  stdin?: NodeJS.ReadableStream;
  /** language of the error messages (default Indonesian) */
  lang?: Lang;
  /**
   * Stream CSV files of at least this many bytes (only the first rows are held; the rest is read
   * while classifying). Infinity turns it off (explain needs every row in memory).
   */
  streamMinBytes?: number;
  /** bytes of CSV input per streamed batch of records (default 1 MiB; tests use small ones) */
  chunkBytes?: number;
  /** bytes of a streamed CSV file read from disk at a time (default 16 MiB; tests use small ones) */
  windowBytes?: number;
  /** largest input accepted, in bytes (default MAX_INPUT_MB_DEFAULT MiB); larger is exit 2 */
  maxInputBytes?: number;
}

/**
 * The default limit of one input, in MiB: far above a national roster (4.5 million employees ≈
 * 1.1 GB of CSV in all files together), far below what would exhaust memory silently.
 * `--max-input-mb` or TALENTA_MAX_INPUT_MB changes it, up to MAX_INPUT_MB_CEILING.
 */
export const MAX_INPUT_MB_DEFAULT = 2048;
/** a Node Buffer holds at most 4 GiB */
export const MAX_INPUT_MB_CEILING = 4095;
const MIB = 1024 * 1024;

type T = { id: string; en: string };
const fill = (t: T, lang: Lang, p: Record<string, string>) => fillText(t[lang], p);
const GUARD_TEXT = {
  device: {
    id: '{file} adalah {kind}, bukan berkas data; tidak dibaca. Berikan berkas CSV/XLSX, atau - untuk membaca dari pipa (stdin).',
    en: '{file} is {kind}, not a data file; not read. Give a CSV/XLSX file, or - to read from a pipe (stdin).',
  },
  stdinTerminal: {
    id: 'stdin (-) adalah {kind}, bukan pipa atau berkas. Alirkan datanya, mis.: cat pegawai.csv | talenta classify - …, atau berikan nama berkasnya.',
    en: 'stdin (-) is {kind}, not a pipe or a file. Pipe the data in, e.g.: cat pegawai.csv | talenta classify - …, or give the file name.',
  },
  tooLarge: {
    id: '{file} lebih besar dari batas masukan {limit} MB ({size}); berhenti membaca. Periksa bahwa ini berkas yang dimaksud, bagi datanya, atau naikkan batasnya dengan --max-input-mb N atau TALENTA_MAX_INPUT_MB=N (paling tinggi {ceiling}).',
    en: '{file} is larger than the input limit of {limit} MB ({size}); reading stopped. Check that it is the file you meant, split the data, or raise the limit with --max-input-mb N or TALENTA_MAX_INPUT_MB=N (at most {ceiling}).',
  },
} satisfies Record<string, T>;
const DEVICE_KIND: Record<string, T> = {
  char: { id: 'sebuah perangkat karakter (mis. terminal atau /dev/zero)', en: 'a character device (e.g. a terminal or /dev/zero)' },
  block: { id: 'sebuah perangkat blok', en: 'a block device' },
  socket: { id: 'sebuah soket', en: 'a socket' },
};

/**
 * What an input file must not be: a character or block device (a terminal, /dev/zero, a disk)
 * or a socket; a regular file, a pipe or a FIFO is read. Null when fine. (On stdin a socket is
 * read like a pipe.)
 */
export function deviceKind(st: Pick<Stats, 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): 'char' | 'block' | 'socket' | null {
  return st.isCharacterDevice() ? 'char' : st.isBlockDevice() ? 'block' : st.isSocket() ? 'socket' : null;
}

function tooLarge(file: string, size: number | null, limit: number, lang: Lang): UsageError {
  const loc = LOCALE[lang];
  const sizeText = size === null ? (lang === 'en' ? 'more was still coming' : 'datanya masih terus mengalir') : `${Math.ceil(size / MIB).toLocaleString(loc)} MB`;
  return new UsageError(
    fill(GUARD_TEXT.tooLarge, lang, {
      file,
      limit: Math.floor(limit / MIB).toLocaleString(loc),
      size: sizeText,
      ceiling: MAX_INPUT_MB_CEILING.toLocaleString(loc),
    }),
  );
}

/** A stream read to its end, or a UsageError as soon as it passes `limit` bytes. */
async function readBounded(stream: NodeJS.ReadableStream, label: string, limit: number, lang: Lang): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    size += b.length;
    if (size > limit) {
      (stream as { destroy?: () => void }).destroy?.();
      throw tooLarge(label, null, limit, lang);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** One input's bytes: devices refused, the size limit kept (before reading where the size is known). */
async function readSource(path: string, opts: LoadOptions, lang: Lang): Promise<Buffer> {
  const limit = opts.maxInputBytes ?? MAX_INPUT_MB_DEFAULT * MIB;
  if (path === '-') {
    const stdin = opts.stdin ?? process.stdin;
    if (stdin === process.stdin) {
      let kind: ReturnType<typeof deviceKind> = null;
      try {
        kind = deviceKind(fstatSync(0));
      } catch {
        // no stdin to look at: read what comes
      }
      // a socket on stdin is a stream like a pipe (node's own child processes get one)
      if (kind && kind !== 'socket') throw new UsageError(fill(GUARD_TEXT.stdinTerminal, lang, { kind: DEVICE_KIND[kind]![lang] }));
    }
    return readBounded(stdin, '(stdin)', limit, lang);
  }
  const st = await stat(path);
  const kind = deviceKind(st);
  if (kind) throw new UsageError(fill(GUARD_TEXT.device, lang, { file: path, kind: DEVICE_KIND[kind]![lang] }));
  if (st.isFile()) {
    if (st.size > limit) throw tooLarge(path, st.size, limit, lang);
    // readFile holds at most 2 GiB; a larger (allowed) file is read as a stream
    if (st.size < 2 ** 31 - 1) return readFile(path);
  }
  // a FIFO, a pipe given as /dev/fd/N, or a file that is still growing
  return readBounded(createReadStream(path), path, limit, lang);
}

export interface LoadedFile {
  path: string;
  sha256: string;
  bytes: number;
}

const tableIsBlank = (t: RawTable) => t.rows.every((r) => r.every((c) => isBlank(c)));

/** Read one input's bytes into raw tables; throws UsageError when the file cannot be read. */
export async function readInput(buf: Buffer, label: string, opts: LoadOptions = {}): Promise<RawTable[]> {
  const lang = opts.lang ?? 'id';
  const fail = (problem: FileProblem, params: Record<string, string> = {}): never => {
    throw new UsageError(fileProblemMessage(problem, label, lang, params));
  };
  if (buf.length === 0) return fail('empty');
  const kind = detectFile(buf, label);
  if (kind.kind === 'invalid') {
    if (kind.problem === 'zip-archive') {
      const [count = '0', names = ''] = (kind.detail ?? '').split('|');
      return fail('zip-archive', { count, names });
    }
    return fail(kind.problem, { detail: kind.detail ?? '' });
  }
  if (kind.kind === 'xlsx') {
    const check = await checkZip(buf);
    if (!check.ok) {
      return check.reason === 'damaged' ? fail('zip-damaged', { detail: check.entry }) : fail('xlsx-unreadable', { detail: `${check.entry}: compression method not supported` });
    }
    let read;
    try {
      read = await readWorkbook(buf, label);
    } catch (err) {
      return fail('xlsx-unreadable', {
        detail: String((err as Error)?.message ?? err)
          .split('\n')[0]!
          .slice(0, 200),
      });
    }
    if (read.sheetsRead === 0) return fail('xlsx-no-sheets');
    const tables = read.tables.filter((t) => !tableIsBlank(t) || (t.readerIssues?.length ?? 0) > 0);
    if (tables.length === 0) return fail('empty');
    return tables;
  }
  const table = readCsv(buf, label, {
    delimiter: opts.delimiter,
    encoding: opts.encoding,
    streamMinBytes: opts.streamMinBytes ?? STREAM_MIN_BYTES,
    ...(opts.chunkBytes !== undefined ? { chunkBytes: opts.chunkBytes } : {}),
  });
  if (tableIsBlank(table)) return fail('empty');
  return [table];
}

/**
 * A large CSV file (at least `streamMinBytes`) that needs no transcoding, read from disk in
 * windows instead of whole (see src/io/csv-window.ts): its table, or null when the file is to be
 * read whole (small, not a regular file, too large, not plain UTF-8 text, or not readable: the
 * whole read then says why).
 */
async function readWindowed(path: string, opts: LoadOptions, lang: Lang): Promise<{ table: RawTable; file: LoadedFile } | null> {
  const min = opts.streamMinBytes ?? STREAM_MIN_BYTES;
  const limit = opts.maxInputBytes ?? MAX_INPUT_MB_DEFAULT * MIB;
  let scan;
  try {
    const st = await stat(path);
    if (!st.isFile() || st.size < min || st.size > limit || st.size === 0) return null;
    scan = scanFile(path, opts.windowBytes);
  } catch {
    return null;
  }
  if (!csvFileReadable(scan, opts.encoding)) return null;
  // a head of blanks only is 'empty' here (detectFile's own check): the whole read decides
  if (detectFile(scan.head, path).kind !== 'text') return null;
  const table = readCsvFile(scan, path, lang, {
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
    ...(opts.chunkBytes !== undefined ? { chunkBytes: opts.chunkBytes } : {}),
    ...(opts.windowBytes !== undefined ? { windowBytes: opts.windowBytes } : {}),
  });
  if (tableIsBlank(table)) return null;
  return { table, file: { path, sha256: scan.sha256, bytes: scan.size } };
}

export async function loadInputs(specs: InputSpec[], opts: LoadOptions = {}): Promise<{ tables: RawTable[]; files: LoadedFile[] }> {
  const lang = opts.lang ?? 'id';
  const tables: RawTable[] = [];
  const files: LoadedFile[] = [];
  for (const spec of specs) {
    const windowed = spec.path === '-' ? null : await readWindowed(spec.path, opts, lang);
    if (windowed) {
      files.push(windowed.file);
      if (spec.role) windowed.table.forcedRole = spec.role;
      tables.push(windowed.table);
      continue;
    }
    let buf: Buffer;
    try {
      buf = await readSource(spec.path, opts, lang);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT'
          ? ioMessage('notFound', lang, { file: spec.path })
          : code === 'EISDIR'
            ? ioMessage('isDir', lang, { file: spec.path })
            : ioMessage('unreadable', lang, { file: spec.path, code: code ?? String(err) }),
      );
    }
    const label = spec.path === '-' ? '(stdin)' : spec.path;
    files.push({ path: label, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length });
    for (const t of await readInput(buf, label, opts)) {
      if (spec.role) t.forcedRole = spec.role;
      tables.push(t);
    }
  }
  return { tables, files };
}
