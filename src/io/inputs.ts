/** Load input files (CSV or XLSX, or `-` for stdin) into raw tables. */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RawTable, Role } from '../core/types.js';
import { decode, parseCsvText, type Delimiter } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { UsageError } from '../errors.js';

export interface InputSpec {
  path: string;
  role?: Role;
}

export interface LoadOptions {
  delimiter?: Delimiter;
  encoding?: string;
  stdin?: NodeJS.ReadableStream;
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

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

export async function loadInputs(
  specs: InputSpec[],
  opts: LoadOptions = {},
): Promise<{ tables: RawTable[]; files: LoadedFile[] }> {
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
          ? `Berkas tidak ditemukan: ${spec.path}`
          : code === 'EISDIR'
            ? `${spec.path} adalah folder, bukan berkas CSV/XLSX.`
            : `Berkas tidak dapat dibaca: ${spec.path} (${code ?? String(err)})`,
      );
    }
    const label = spec.path === '-' ? '(stdin)' : spec.path;
    files.push({ path: label, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length });
    if (buf.length === 0) throw new UsageError(`${label}: berkas kosong. Ekspor ulang data dari SIASN/e-Kinerja.`);
    const lower = spec.path.toLowerCase();
    let raw: RawTable[];
    if (startsWith(buf, ZIP)) {
      try {
        raw = await readXlsx(Readable.from(buf), label);
      } catch (err) {
        throw new UsageError(
          `${label}: bukan berkas XLSX yang dapat dibaca (${(err as Error).message}). Buka di Excel lalu simpan ulang sebagai .xlsx.`,
        );
      }
    } else if (startsWith(buf, OLE)) {
      throw new UsageError(
        `${label}: berkas Excel lama (.xls) atau workbook berpassword. Buka di Excel, hapus password bila ada, lalu simpan sebagai .xlsx (Excel Workbook).`,
      );
    } else if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
      throw new UsageError(`${label}: berekstensi .xlsx tetapi bukan berkas zip/XLSX. Buka di Excel lalu simpan ulang sebagai .xlsx.`);
    } else {
      raw = [parseCsvText(decode(buf, opts.encoding), label, opts.delimiter)];
    }
    for (const t of raw) {
      if (spec.role) t.forcedRole = spec.role;
      tables.push(t);
    }
  }
  return { tables, files };
}
