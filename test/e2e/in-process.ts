/**
 * Run `talenta …` in this process: main(argv, io) with captured stdout/stderr and an injected Io,
 * the way bin/talenta.js runs it but without starting Node again (a spawned run costs about a
 * second of start-up on a loaded machine; this costs milliseconds). Use it for every command
 * test; spawn the built binary (helpers.ts runCli) only for what needs a real process: the exit
 * status of a real exit, signals, EPIPE, the real stdin, TTY/colour and the README's commands.
 *
 * `cwd`: the folder relative paths in `args` (inputs, -o, the default output folder) resolve
 * against. Node has one working directory per process, so every run here takes its turn (one
 * queue per test file's process; the vitest pool is `forks`, where process.chdir works) and the
 * previous directory is put back when the run ends, also when it throws. Concurrent tests in
 * one file therefore never see each other's directory.
 */
import { Readable } from 'node:stream';
import { main, toolVersion } from '../../src/cli.js';
import type { Io } from '../../src/commands/shared/io.js';
import type { WriteFs } from '../../src/io/atomic.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  env?: Record<string, string>;
  /** a stream, or the bytes standard input holds (like spawnSync's `input`) */
  stdin?: NodeJS.ReadableStream | string | Buffer;
  writeFs?: WriteFs;
  /** working directory for this run (default: the test process's, the checkout root) */
  cwd?: string;
  /** today's date, YYYY-MM-DD (the only clock the commands read; default 2026-09-30) */
  today?: string;
  /** the version the run reports (default the package's, as the built CLI does) */
  version?: string;
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

const VERSION = toolVersion();
let queue: Promise<unknown> = Promise.resolve();

async function runOnce(args: string[], opts: InProcessOptions): Promise<InProcessRun> {
  const stdout = sink();
  const stderr = sink();
  const stdin =
    opts.stdin === undefined ? Readable.from([]) : typeof opts.stdin === 'string' || Buffer.isBuffer(opts.stdin) ? Readable.from([Buffer.from(opts.stdin)]) : opts.stdin;
  const io: Io = {
    stdout,
    stderr,
    stdin,
    env: { NO_COLOR: '1', ...opts.env },
    today: () => opts.today ?? '2026-09-30',
    version: opts.version ?? VERSION,
    ...(opts.writeFs ? { writeFs: opts.writeFs } : {}),
  };
  const before = process.cwd();
  if (opts.cwd) process.chdir(opts.cwd);
  try {
    const code = await main(args, io);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    if (opts.cwd) process.chdir(before);
  }
}

export function talenta(args: string[], opts: InProcessOptions = {}): Promise<InProcessRun> {
  const run = queue.then(() => runOnce(args, opts));
  queue = run.catch(() => undefined);
  return run;
}
