/**
 * Output files. Every file is written to a temporary name beside its target and renamed into
 * place only when complete; a report set (classify's or compare's folder) is written to temporary
 * names in full first and then renamed together, so a failed or interrupted run leaves the
 * previous set as it was. Outputs are regular files only: an existing target that is a folder, a
 * device, a FIFO or a socket is refused (exit 2) and left alone; a symbolic link is followed and
 * the file it points to is replaced (the link stays a link).
 */
import { lstat, open, readlink, rm, stat } from 'node:fs/promises';
import { lstatSync, renameSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExitError, UsageError } from '../errors.js';
import { fillText, LOCALE, type Lang } from '../i18n.js';

/** Temporary names still being written; removed by the CLI on SIGINT, SIGTERM and SIGHUP. */
export const pendingTemps = new Set<string>();

function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/** Bytes gathered before one write system call (a write per line costs more than the encoding). */
const WRITE_BATCH_CHARS = 1 << 20;

/**
 * A sink that gathers small chunks and hands them on in batches of about WRITE_BATCH_CHARS:
 * `write` returns at once while the batch fills and waits only when a batch goes out.
 */
export function batched(out: (chunk: string | Buffer) => Promise<void>): { write: (chunk: string | Buffer) => Promise<void>; flush: () => Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    size = 0;
    await out(text);
  };
  const write = async (chunk: string | Buffer): Promise<void> => {
    if (typeof chunk !== 'string') {
      // a block of bytes is a batch of its own (after the text gathered before it)
      await flush();
      if (chunk.length > 0) await out(chunk);
      return;
    }
    parts.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH_CHARS) await flush();
  };
  return { write, flush };
}

/** An open temporary file (the part of node's FileHandle the writers use). */
interface WriteHandle {
  write(chunk: string | Buffer): Promise<unknown>;
  close(): Promise<void>;
}

/** How temporary files are created: node's fs, or a fake in tests (a full disk, a read-only folder). */
export interface WriteFs {
  open(path: string): Promise<WriteHandle>;
}

/** 'wx': a temporary name that exists (e.g. a planted symlink) is never followed */
const nodeWriteFs: WriteFs = { open: (path) => open(path, 'wx') };

export interface WriteOptions {
  lang?: Lang;
  fs?: WriteFs;
}

type T = { id: string; en: string };
const fill = (t: T, lang: Lang, p: Record<string, string>) => fillText(t[lang], p);

const KIND: Record<string, T> = {
  dir: { id: 'sebuah folder', en: 'a folder' },
  char: { id: 'sebuah perangkat karakter', en: 'a character device' },
  block: { id: 'sebuah perangkat blok', en: 'a block device' },
  fifo: { id: 'sebuah FIFO (pipa bernama)', en: 'a FIFO (named pipe)' },
  socket: { id: 'sebuah soket', en: 'a socket' },
  other: { id: 'bukan berkas biasa', en: 'not a regular file' },
};

const TEXT = {
  notRegular: {
    id: '{file} adalah {kind}, bukan berkas biasa; talenta hanya menulis berkas biasa dan tidak menyentuhnya. Pilih nama berkas lain.',
    en: '{file} is {kind}, not a regular file; talenta writes regular files only and has left it alone. Choose another file name.',
  },
  linkLoop: {
    id: '{file}: tautan simbolik berputar atau terlalu panjang; tidak ditulis. Perbaiki tautannya atau pilih nama berkas lain.',
    en: '{file}: the symbolic link loops or is too long; nothing written. Fix the link or choose another file name.',
  },
  diskFull: {
    id: 'Ruang disk habis di folder {dir} saat menulis {file} ({code}); {written} sudah ditulis saat itu dan semuanya dihapus lagi, laporan sebelumnya tetap utuh. Kosongkan ruang (sedikitnya {written} lebih) atau pilih folder di disk lain dengan -o.',
    en: 'No space left in the folder {dir} while writing {file} ({code}); {written} had been written by then and all of it was removed again, the previous report is untouched. Free some space (at least {written} more) or choose a folder on another disk with -o.',
  },
  notWritable: {
    id: 'Folder {dir} tidak dapat ditulis: {why} ({code}); tidak ada berkas run ini yang tertinggal di sana, laporan sebelumnya tetap utuh. Periksa izin folder itu atau pilih folder lain dengan -o.',
    en: "The folder {dir} cannot be written: {why} ({code}); nothing of this run is left there, the previous report is untouched. Check the folder's permissions or choose another folder with -o.",
  },
  writeFailed: {
    id: '{file} tidak dapat ditulis ({code}: {detail}); laporan sebelumnya tetap utuh.',
    en: '{file} cannot be written ({code}: {detail}); the previous report is untouched.',
  },
  renameFailed: {
    id: 'Mengganti {file} gagal ({code}: {detail}); berkas yang sudah diganti: {done}. Jalankan lagi setelah masalahnya diperbaiki.',
    en: 'Replacing {file} failed ({code}: {detail}); files already replaced: {done}. Run again once the problem is fixed.',
  },
} satisfies Record<string, T>;

const WHY: Record<string, T> = {
  EACCES: { id: 'izin ditolak', en: 'permission denied' },
  EPERM: { id: 'operasi tidak diizinkan', en: 'operation not permitted' },
  EROFS: { id: 'sistem berkasnya hanya-baca', en: 'the file system is read-only' },
  ENOENT: { id: 'folder itu tidak ada (lagi)', en: 'the folder does not exist (any more)' },
};

function sizeText(bytes: number, lang: Lang): string {
  const mb = bytes / 1e6;
  const n = mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
  return `${n.toLocaleString(LOCALE[lang])} MB`;
}

/** A write error as a sentence (exit 2) that names the folder and the fix; other errors as they are. */
export function writeError(err: unknown, file: string, written: number, lang: Lang, dir = dirname(file)): unknown {
  if (err instanceof ExitError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (!/^E[A-Z]+$/.test(code)) return err;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new UsageError(fill(TEXT.diskFull, lang, { dir, file: basename(file), code, written: sizeText(written, lang) }));
  const why = WHY[code];
  if (why) return new UsageError(fill(TEXT.notWritable, lang, { dir, code, why: why[lang] }));
  return new UsageError(fill(TEXT.writeFailed, lang, { file, code, detail: e.message }));
}

/**
 * Where an output named `target` is written: the path itself, or — for a symbolic link — the
 * file it points to (links followed hop by hop, so a dangling link creates its target). A target
 * that exists and is not a regular file is refused with exit 2.
 */
async function outputTarget(target: string, lang: Lang = 'id'): Promise<string> {
  let p = resolve(target);
  for (let hops = 0; ; hops++) {
    let st;
    try {
      st = await lstat(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw writeError(err, p, 0, lang);
    }
    if (st.isFile()) return p;
    if (st.isSymbolicLink()) {
      if (hops >= 40) throw new UsageError(fill(TEXT.linkLoop, lang, { file: target }));
      p = resolve(dirname(p), await readlink(p));
      continue;
    }
    const kind = st.isDirectory() ? 'dir' : st.isCharacterDevice() ? 'char' : st.isBlockDevice() ? 'block' : st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'other';
    throw new UsageError(fill(TEXT.notRegular, lang, { file: p === resolve(target) ? target : `${target} → ${p}`, kind: KIND[kind]![lang] }));
  }
}

/**
 * A set of output files replaced together: each `write` goes to a temporary name beside its
 * target; `commit` renames them all into place, in one synchronous run (no signal handler can
 * run between two renames); `discard` (called on any failure) removes the temporary files and
 * leaves every target as it was. Limit: a sequence of renames is not one atomic system call — a
 * crash of the machine (or SIGKILL) in the middle of `commit` can leave part of the set replaced.
 */
export class ReportSet {
  private staged: { tmp: string; target: string }[] = [];
  private written = 0;
  /** the set's own files this run does not write: removed once the new set is in place */
  stale: string[] = [];
  private readonly lang: Lang;
  private readonly fs: WriteFs;

  constructor(opts: WriteOptions = {}) {
    this.lang = opts.lang ?? 'id';
    this.fs = opts.fs ?? nodeWriteFs;
  }

  /** Write the chunks `produce` makes to a temporary file for `target` (in batches). */
  async write(target: string, produce: (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>): Promise<void> {
    const tmp = await this.stage(target);
    let fh: WriteHandle | null = null;
    try {
      fh = await this.fs.open(tmp);
      const handle = fh;
      const sink = batched(async (chunk) => {
        await handle.write(chunk);
        this.written += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      });
      await produce(sink.write);
      await sink.flush();
      fh = null;
      await handle.close();
    } catch (err) {
      if (fh) await fh.close().catch(() => {});
      throw await this.fail(err, tmp);
    }
  }

  /** Run a writer that creates the temporary file itself (exceljs). */
  async writeWith(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
    const tmp = await this.stage(target);
    try {
      await write(tmp);
      this.written += (await stat(tmp)).size;
    } catch (err) {
      throw await this.fail(err, tmp);
    }
  }

  /** Rename every temporary file into place, then remove the `stale` files. */
  commit(): void {
    const done: string[] = [];
    try {
      for (const s of this.staged) {
        renameSync(s.tmp, s.target);
        pendingTemps.delete(s.tmp);
        done.push(basename(s.target));
      }
    } catch (err) {
      const failed = this.staged[done.length]!;
      this.removeTemps();
      const e = err as NodeJS.ErrnoException;
      throw new UsageError(fill(TEXT.renameFailed, this.lang, { file: failed.target, code: e.code ?? '', detail: e.message, done: done.join(', ') || '–' }));
    }
    this.staged = [];
    for (const f of this.stale) {
      const st = lstatSafe(f);
      if (st && (st.isFile() || st.isSymbolicLink())) rmSync(f, { force: true });
    }
  }

  /** Remove every temporary file written so far; the targets are left as they were. */
  async discard(): Promise<void> {
    this.removeTemps();
  }

  private removeTemps(): void {
    for (const s of this.staged) {
      try {
        rmSync(s.tmp, { force: true });
      } catch {
        // not a file (something else took the name): left alone
      }
      pendingTemps.delete(s.tmp);
    }
    this.staged = [];
  }

  private async stage(target: string): Promise<string> {
    const real = await outputTarget(target, this.lang);
    const tmp = tempNameFor(real);
    pendingTemps.add(tmp);
    this.staged.push({ tmp, target: real });
    // a temporary file left by an earlier run with the same process id
    await rm(tmp, { force: true }).catch(() => {});
    return tmp;
  }

  private async fail(err: unknown, tmp: string): Promise<unknown> {
    const target = this.staged.find((s) => s.tmp === tmp)?.target ?? tmp;
    this.removeTemps();
    return writeError(err, target, this.written, this.lang);
  }
}

function lstatSafe(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Write chunks produced by `produce` to `target` atomically (in batches, not one write per chunk). */
export async function writeAtomic(target: string, produce: (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>, opts: WriteOptions = {}): Promise<void> {
  const set = new ReportSet(opts);
  await set.write(target, produce);
  set.commit();
}

/** Run a writer that creates `tmp` itself (e.g. exceljs), then rename into place. */
export async function renameIntoPlace(target: string, write: (tmp: string) => Promise<void>, opts: WriteOptions = {}): Promise<void> {
  const set = new ReportSet(opts);
  await set.writeWith(target, write);
  set.commit();
}

/** A writer's way to a file: a one-file atomic write by default, or a staged member of a ReportSet. */
export interface FileSink {
  write: ReportSet['write'];
  writeWith: ReportSet['writeWith'];
}

export const atomicSink = (opts: WriteOptions = {}): FileSink => ({
  write: (target, produce) => writeAtomic(target, produce, opts),
  writeWith: (target, write) => renameIntoPlace(target, write, opts),
});
