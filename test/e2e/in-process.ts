/** Run `talenta …` in this process (main() with captured stdout/stderr and an injected Io). */
import { Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/commands/shared/io.js';
import type { WriteFs } from '../../src/io/atomic.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): NodeJS.WritableStream & { text: () => string } {
  const chunks: Buffer[] = [];
  const s = {
    write(chunk: string | Buffer, a?: unknown, b?: unknown) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      const cb = typeof a === 'function' ? a : typeof b === 'function' ? b : null;
      if (cb) (cb as () => void)();
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
  return s as unknown as NodeJS.WritableStream & { text: () => string };
}

export async function talenta(
  args: string[],
  opts: { env?: Record<string, string>; stdin?: NodeJS.ReadableStream; writeFs?: WriteFs } = {},
): Promise<InProcessRun> {
  const stdout = sink();
  const stderr = sink();
  const io: Io = {
    stdout,
    stderr,
    stdin: opts.stdin ?? Readable.from([]),
    env: { NO_COLOR: '1', ...opts.env },
    today: () => '2026-09-30',
    version: '0.0.0-test',
    ...(opts.writeFs ? { writeFs: opts.writeFs } : {}),
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
