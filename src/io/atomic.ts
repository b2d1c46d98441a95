/** Atomic file writes: write to a temporary name beside the target, then rename. */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary names still being written; removed on Ctrl-C by the CLI. */
export const pendingTemps = new Set<string>();

export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/** Write chunks produced by `produce` to `target` atomically. */
export async function writeAtomic(
  target: string,
  produce: (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>,
): Promise<void> {
  const tmp = tempNameFor(target);
  pendingTemps.add(tmp);
  const fh = await open(tmp, 'w');
  try {
    await produce(async (chunk) => {
      if (typeof chunk === 'string') await fh.write(chunk);
      else await fh.write(chunk);
    });
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
