/**
 * Load input files (CSV or XLSX, or `-` for stdin) into raw tables.
 *
 * What a file is comes from its bytes (src/io/detect.ts), never from its name alone: a workbook
 * under a .csv name is read as a workbook, and a file that is not what it claims (an .xlsx that
 * is not a zip, an old .xls, a password-protected workbook, an HTML page saved as .xls, a zip of
 * CSVs, an empty file, …) is one UsageError (exit 2) that says what the file is and how to fix
 * it. Problems inside a readable file are reader issues on the tables instead.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { RawTable, Role } from '../core/types.js';
import { isBlank } from '../core/values.js';
import type { Lang } from '../i18n.js';
import { readCsv, STREAM_MIN_BYTES, type Delimiter } from './read-csv.js';
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
}

export interface LoadedFile {
  path: string;
  sha256: string;
  bytes: number;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
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
      return check.reason === 'damaged'
        ? fail('zip-damaged', { detail: check.entry })
        : fail('xlsx-unreadable', { detail: `${check.entry}: compression method not supported` });
    }
    let read;
    try {
      read = await readWorkbook(buf, label);
    } catch (err) {
      return fail('xlsx-unreadable', { detail: String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200) });
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

export async function loadInputs(
  specs: InputSpec[],
  opts: LoadOptions = {},
): Promise<{ tables: RawTable[]; files: LoadedFile[] }> {
  const lang = opts.lang ?? 'id';
  const tables: RawTable[] = [];
  const files: LoadedFile[] = [];
  for (const spec of specs) {
    let buf: Buffer;
    try {
      buf = spec.path === '-' ? await readAll(opts.stdin ?? process.stdin) : await readFile(spec.path);
    } catch (err) {
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
