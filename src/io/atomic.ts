/** Atomic file writes: write to a temporary name beside the target, then rename. */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary names still being written; removed on Ctrl-C by the CLI. */
export const pendingTemps = new Set<string>();

export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/** Bytes gathered before one write system call (a write per line costs more than the encoding). */
export const WRITE_BATCH_CHARS = 1 << 20;

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

/** Write chunks produced by `produce` to `target` atomically (in batches, not one write per chunk). */
export async function writeAtomic(
  target: string,
  produce: (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>,
): Promise<void> {
  const tmp = tempNameFor(target);
  pendingTemps.add(tmp);
  const fh = await open(tmp, 'w');
  try {
    const sink = batched(async (chunk) => {
      if (typeof chunk === 'string') await fh.write(chunk);
      else await fh.write(chunk);
    });
    await produce(sink.write);
    await sink.flush();
    await fh.close();
    await rename(tmp, target);
  } catch (err) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}

/** Run a writer that creates `tmp` itself (e.g. exceljs), then rename into place. */
export async function renameIntoPlace(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempNameFor(target);
  pendingTemps.add(tmp);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}
